import { useTranslation } from 'react-i18next';
import { pick } from '../../shared/domain/text';
import { errorReason, useAppStore } from '../store/app-store';
import { Icon } from '../ui/icons';
import { ThaiText } from '../ui/ThaiText';

/**
 * The host refused something. When it said why (a command's refusal carries a reason in Thai and
 * English), that is what the alert says, in the UI language. Otherwise the code's own sentence
 * in the user's language, with the host's words (English, technical) as detail. Polite: it does
 * not steal focus.
 */
export function ErrorAlert() {
  const { t } = useTranslation();
  const message = useAppStore((s) => s.live.lastError);
  const code = useAppStore((s) => s.live.lastErrorCode);
  const reason = useAppStore((s) => errorReason(s.live));
  const language = useAppStore((s) => s.session.uiLanguage);
  const clear = useAppStore((s) => s.clearError);
  if (!message) return null;
  return (
    <div className="notice notice-error" role="alert" aria-live="polite" data-testid="error-alert">
      <Icon name="alert" />
      <div className="notice-body">
        {reason ? (
          <p className="notice-title" data-testid="error-reason">
            <ThaiText text={pick(reason, language)} />
          </p>
        ) : (
          <>
            <p className="notice-title">
              <ThaiText text={t(`errors.code.${code ?? 'UNKNOWN'}`)} />
            </p>
            <p className="notice-detail">
              {t('errors.detail')}: <span lang="en">{message}</span>
            </p>
          </>
        )}
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
