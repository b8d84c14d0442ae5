import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain/people';
import { pick } from '../../../../shared/domain/text';
import { Icon } from '../../../ui/icons';
import type { StepProps } from '../define-step';
import { CheckInDesk } from './CheckInDesk';
import { EraseDialog, RemoveParticipantDialog } from './ConfirmDialogs';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { ParticipantDialog } from './ParticipantDialog';
import { RegisterTable } from './RegisterTable';
import { SettingsDialog } from './SettingsDialog';
import './people.css';
import { PeopleText } from './text';

type Open =
  | { kind: 'none' }
  | { kind: 'add' }
  | { kind: 'details'; participant: Participant }
  | { kind: 'remove'; participant: Participant }
  | { kind: 'import'; file: File | null }
  | { kind: 'export' }
  | { kind: 'settings' }
  | { kind: 'erase'; participant: Participant | null };

/**
 * The participants step: the check-in desk at the top (its search box has the focus), the PDPA
 * notice, and the register with add, import, export, settings and erasure.
 */
export function ParticipantsStep({ workshop, language }: StepProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [dropping, setDropping] = useState(false);
  const close = () => setOpen({ kind: 'none' });
  // Dialogs work on the current record, not the one they were opened with.
  const current = (p: Participant) => workshop.participants.find((x) => x.id === p.id) ?? null;

  return (
    <div className="people-step">
      <CheckInDesk workshop={workshop} language={language} />

      <details className="card pdpa-card" data-testid="pdpa-notice">
        <summary>
          <span className="pdpa-summary-title">{t('people.pdpa.title')}</span>
          <span className="muted pdpa-summary-hint">{t('people.pdpa.show')}</span>
        </summary>
        <p className="pdpa-text" lang={workshop.meta.language}>
          <PeopleText text={pick(workshop.settings.pdpaNotice, workshop.meta.language)} />
        </p>
        <button type="button" className="button pp-small" data-testid="pdpa-edit" onClick={() => setOpen({ kind: 'settings' })}>
          {t('people.pdpa.edit')}
        </button>
      </details>

      <section
        className={`card register-card${dropping ? ' register-dropping' : ''}`}
        aria-labelledby="register-title"
        data-testid="register"
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDropping(true);
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
        }}
        onDrop={(event) => {
          const file = event.dataTransfer.files[0];
          if (!file) return;
          event.preventDefault();
          setDropping(false);
          setOpen({ kind: 'import', file });
        }}
      >
        <div className="register-head">
          <h2 id="register-title" className="section-title">
            {t('people.register.title')}
          </h2>
          <div className="pp-toolbar" role="toolbar" aria-label={t('people.register.toolbar')}>
            <button type="button" className="button button-primary" data-testid="participant-add" onClick={() => setOpen({ kind: 'add' })}>
              <Icon name="plus" size={18} />
              {t('people.register.add')}
            </button>
            <button type="button" className="button" data-testid="import-open" onClick={() => setOpen({ kind: 'import', file: null })}>
              {t('people.register.import')}
            </button>
            <button type="button" className="button" data-testid="export-open" onClick={() => setOpen({ kind: 'export' })}>
              {t('people.register.export')}
            </button>
            <button type="button" className="button button-quiet" data-testid="settings-open" onClick={() => setOpen({ kind: 'settings' })}>
              {t('people.register.settings')}
            </button>
            <button type="button" className="button button-quiet pp-danger-quiet" data-testid="erase-open" onClick={() => setOpen({ kind: 'erase', participant: null })} disabled={workshop.participants.length === 0}>
              {t('people.register.erase')}
            </button>
          </div>
        </div>
        {dropping && (
          <p className="pp-drop-hint" aria-hidden="true">
            {t('people.import.dropOnRegister')}
          </p>
        )}
        <RegisterTable
          workshop={workshop}
          language={language}
          onEditDetails={(participant) => setOpen({ kind: 'details', participant })}
          onRemove={(participant) => setOpen({ kind: 'remove', participant })}
        />
      </section>

      {open.kind === 'add' && <ParticipantDialog workshop={workshop} language={language} participant={null} onClose={close} />}
      {open.kind === 'details' && current(open.participant) && (
        <ParticipantDialog
          workshop={workshop}
          language={language}
          participant={current(open.participant)}
          onClose={close}
          onErase={() => setOpen({ kind: 'erase', participant: open.participant })}
        />
      )}
      {open.kind === 'remove' && current(open.participant) && <RemoveParticipantDialog participant={current(open.participant)!} onClose={close} />}
      {open.kind === 'import' && <ImportDialog language={language} initialFile={open.file} onClose={close} />}
      {open.kind === 'export' && <ExportDialog language={language} onClose={close} />}
      {open.kind === 'settings' && <SettingsDialog workshop={workshop} onClose={close} />}
      {open.kind === 'erase' && open.participant === null && <EraseDialog workshop={workshop} language={language} participant={null} onClose={close} />}
      {open.kind === 'erase' && open.participant !== null && current(open.participant) && (
        <EraseDialog workshop={workshop} language={language} participant={current(open.participant)} onClose={close} />
      )}
    </div>
  );
}
