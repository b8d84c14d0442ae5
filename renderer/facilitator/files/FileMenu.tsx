import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../shared/contracts/facilitator';
import type { HistoryEntry } from '../../../shared/format/history';
import { pick } from '../../../shared/domain/text';
import { useAppStore } from '../../store/app-store';
import { ThaiText } from '../../ui/ThaiText';
import { formatMoment } from './when';
import { useOpenNotice } from './open-notice';

type Panel = 'history' | 'backups' | null;

/** The workshop file's verbs inside the window: save now, history, backups, close. */
export function FileMenu() {
  const { t } = useTranslation();
  const ask = useAppStore((s) => s.ask);
  const readOnly = useAppStore((s) => s.host?.file.readOnly ?? false);
  const hasFile = useAppStore((s) => s.host?.file.path !== null && s.host?.file.path !== undefined);
  const [open, setOpen] = useState(false);
  const [panel, setPanel] = useState<Panel>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (!hasFile) return null;
  const choose = (action: () => void) => () => {
    setOpen(false);
    action();
  };

  return (
    <div className="file-menu" ref={menuRef} onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" className="button button-quiet" data-testid="file-menu" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('files.menu.button')}
      </button>
      {open && (
        <ul className="file-menu-list" role="menu">
          <li role="none">
            <button type="button" role="menuitem" data-testid="file-save" disabled={readOnly} onClick={choose(() => void ask((api) => api.saveWorkshop()))}>
              {t('files.menu.save')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" data-testid="file-history" onClick={choose(() => setPanel('history'))}>
              {t('files.menu.history')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" data-testid="file-backups" onClick={choose(() => setPanel('backups'))}>
              {t('files.menu.backups')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" data-testid="file-close" onClick={choose(() => void ask((api) => api.closeWorkshop()))}>
              {t('files.menu.close')}
            </button>
          </li>
        </ul>
      )}
      {panel === 'history' && <HistoryDialog onClose={() => setPanel(null)} />}
      {panel === 'backups' && <BackupsDialog onClose={() => setPanel(null)} />}
    </div>
  );
}

function Dialog({ title, onClose, children, testId }: { title: string; onClose: () => void; children: React.ReactNode; testId: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="dialog-backdrop" onPointerDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        className="dialog card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${testId}-title`}
        data-testid={testId}
        tabIndex={-1}
        ref={ref}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <h2 id={`${testId}-title`} className="section-title">
          {title}
        </h2>
        {children}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('files.history.close')}
          </button>
        </div>
      </div>
    </div>
  );
}

function HistoryDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ask = useAppStore((s) => s.ask);
  const language = useAppStore((s) => s.session.uiLanguage);
  const revision = useAppStore((s) => s.host?.revision);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  useEffect(() => {
    void ask((api) => api.getHistory()).then(setEntries);
  }, [ask, revision]);

  const who = (actor: string) =>
    actor === 'facilitator' ? t('files.history.facilitator') : actor === 'system' ? t('files.history.system') : t('files.history.participant', { id: actor.split(':')[1] ?? '' });

  return (
    <Dialog title={t('files.history.heading')} onClose={onClose} testId="history-dialog">
      <p className="muted">
        <ThaiText text={t('files.history.intro')} />
      </p>
      {entries && entries.length === 0 && <p>{t('files.history.empty')}</p>}
      {entries && entries.length > 0 && (
        <div className="dialog-scroll">
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">{t('files.history.when')}</th>
                <th scope="col">{t('files.history.who')}</th>
                <th scope="col">{t('files.history.what')}</th>
              </tr>
            </thead>
            <tbody>
              {[...entries].reverse().map((entry) => (
                <tr key={entry.seq}>
                  <td>{formatMoment(entry.at, language)}</td>
                  <td>{who(entry.actor)}</td>
                  <td>{pick(entry.label, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}

function BackupsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ask = useAppStore((s) => s.ask);
  const language = useAppStore((s) => s.session.uiLanguage);
  const setNotice = useOpenNotice((s) => s.set);
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  useEffect(() => {
    void ask((api) => api.listBackups()).then(setBackups);
  }, [ask]);

  const restore = async (backup: BackupSummary) => {
    if (!window.confirm(t('files.backups.confirm', { when: formatMoment(backup.takenAt, language) }))) return;
    const report = await ask((api) => api.restoreBackup(backup.name));
    if (report) {
      setNotice(report);
      onClose();
    }
  };

  return (
    <Dialog title={t('files.backups.heading')} onClose={onClose} testId="backups-dialog">
      <p className="muted">
        <ThaiText text={t('files.backups.intro')} />
      </p>
      {backups && backups.length === 0 && <p>{t('files.backups.empty')}</p>}
      {backups && backups.length > 0 && (
        <ul className="file-rows">
          {backups.map((backup) => (
            <li key={backup.name} className="file-row">
              <span>{t('files.backups.taken', { when: formatMoment(backup.takenAt, language) })}</span>
              <button type="button" className="button" data-testid={`backup-restore-${backup.name}`} onClick={() => void restore(backup)}>
                {t('files.backups.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
