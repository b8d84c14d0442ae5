import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/icons';
import { ThaiText } from '../../ui/ThaiText';
import { useOpenNotice } from './open-notice';

/** "12 changes were recovered": said once after opening, until dismissed. */
export function OpenNotice() {
  const { t } = useTranslation();
  const report = useOpenNotice((s) => s.report);
  const dismiss = useOpenNotice((s) => s.set);
  if (!report) return null;
  const lines = [
    report.recovered > 0 ? t('files.recovered', { count: report.recovered }) : null,
    report.migratedFrom !== null ? t('files.migrated') : null,
    report.readOnly ? (report.warning ?? t('files.readOnly')) : null,
  ].filter((line): line is string => line !== null);
  return (
    <div className="notice notice-info" role="status" data-testid="open-notice">
      <Icon name="alert" />
      <div className="notice-body">
        {lines.map((line) => (
          <p key={line}>
            <ThaiText text={line} />
          </p>
        ))}
      </div>
      <button type="button" className="icon-button" onClick={() => dismiss(null)} aria-label={t('files.dismiss')} title={t('files.dismiss')}>
        <Icon name="remove" />
      </button>
    </div>
  );
}
