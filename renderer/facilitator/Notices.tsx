import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store';
import { Icon } from '../ui/icons';
import { ThaiText } from '../ui/ThaiText';

/**
 * The host refused something. Said in the user's language from the error code; the host's own
 * words (English, technical) follow as detail. Polite: it does not steal focus.
 */
export function ErrorAlert() {
  const { t } = useTranslation();
  const message = useAppStore((s) => s.live.lastError);
  const code = useAppStore((s) => s.live.lastErrorCode);
  const clear = useAppStore((s) => s.clearError);
  if (!message) return null;
  return (
    <div className="notice notice-error" role="alert" aria-live="polite" data-testid="error-alert">
      <Icon name="alert" />
      <div className="notice-body">
        <p className="notice-title">
          <ThaiText text={t(`errors.code.${code ?? 'UNKNOWN'}`)} />
        </p>
        <p className="notice-detail">
          {t('errors.detail')}: <span lang="en">{message}</span>
        </p>
      </div>
      <button type="button" className="icon-button" data-testid="error-dismiss" onClick={clear} aria-label={t('errors.dismiss')} title={t('errors.dismiss')}>
        <Icon name="remove" />
      </button>
    </div>
  );
}

/** Shown only after a first connection was lost (a window still starting up is not "lost"). */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const lost = useAppStore((s) => s.live.hasConnected && !s.live.connected);
  if (!lost) return null;
  return (
    <div className="connection-banner" role="alert" data-testid="connection-lost">
      <Icon name="offline" />
      <p>
        <strong>
          <ThaiText text={t('connection.lost')} />
        </strong>{' '}
        <ThaiText text={t('connection.lostDetail')} />
      </p>
    </div>
  );
}
