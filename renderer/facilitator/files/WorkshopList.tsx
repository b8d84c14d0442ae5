import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenReport, WorkshopFileSummary, WorkshopListing } from '../../../shared/contracts/facilitator';
import { useAppStore } from '../../store/app-store';
import { ThaiText } from '../../ui/ThaiText';
import { formatMoment } from './when';
import { useOpenNotice } from './open-notice';

/**
 * The start screen's list of workshop files (the workshops folder and recently opened ones).
 * Opening one that is damaged shows what is wrong and where, and offers its backups.
 */
export function WorkshopList() {
  const { t } = useTranslation();
  const ask = useAppStore((s) => s.ask);
  const language = useAppStore((s) => s.session.uiLanguage);
  const fileProblem = useAppStore((s) => s.live.fileProblem);
  const goTo = useAppStore((s) => s.goTo);
  const setNotice = useOpenNotice((s) => s.set);
  const [listing, setListing] = useState<WorkshopListing | null>(null);

  useEffect(() => {
    void ask((api) => api.listWorkshops()).then(setListing);
  }, [ask]);

  const opened = (report: OpenReport | null) => {
    if (!report) return;
    setNotice(report);
    goTo('overview');
  };
  const open = async (file: WorkshopFileSummary) => opened(await ask((api) => api.openWorkshop(file.ref)));
  const restore = async (name: string) => opened(await ask((api) => api.restoreBackup(name)));

  if (!listing || listing.folder === null) return null;
  const recentOnly = listing.recent.filter((r) => !listing.files.some((f) => f.ref === r.ref));

  return (
    <section className="card workshop-list" aria-labelledby="workshop-list-heading" data-testid="workshop-list">
      <h2 id="workshop-list-heading" className="section-title">
        {t('files.list.heading')}
      </h2>
      <p className="muted workshop-folder">{t('files.list.folder', { folder: listing.folder })}</p>
      {fileProblem && (
        <div className="file-problem" data-testid="file-problem">
          <p className="notice-title">{t('files.problem.heading')}</p>
          {fileProblem.path && <p className="muted">{t('files.problem.where', { path: fileProblem.path })}</p>}
          {fileProblem.backups && fileProblem.backups.length > 0 ? (
            <>
              <p>{t('files.problem.backups')}</p>
              <ul className="file-rows">
                {fileProblem.backups.map((backup) => (
                  <li key={backup.name} className="file-row">
                    <span>{formatMoment(backup.takenAt, language)}</span>
                    <button type="button" className="button" data-testid={`restore-${backup.name}`} onClick={() => void restore(backup.name)}>
                      {t('files.problem.restore')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">{t('files.problem.noBackups')}</p>
          )}
        </div>
      )}
      {listing.files.length === 0 && recentOnly.length === 0 ? (
        <p className="muted">{t('files.list.empty')}</p>
      ) : (
        <ul className="file-rows">
          {[...listing.files, ...recentOnly].map((file) => (
            <li key={file.ref} className="file-row">
              <div className="file-row-text">
                <span className="file-title">
                  <ThaiText text={file.title || t('files.list.untitled')} />
                </span>
                <span className="muted file-meta">
                  {file.name} · {t('files.list.modified', { when: formatMoment(file.modifiedAt, language) })}
                </span>
              </div>
              <button
                type="button"
                className="button"
                data-testid={`open-file-${file.name}`}
                aria-label={t('files.list.openNamed', { name: file.title || file.name })}
                onClick={() => void open(file)}
              >
                {t('files.list.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
