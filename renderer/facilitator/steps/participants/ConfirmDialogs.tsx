import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain/people';
import { useAppStore } from '../../../store/app-store';
import { Dialog } from './Dialog';
import { PeopleText } from './text';

/** Take someone off the register (undoable): said plainly, with erasure offered as the alternative. */
export function RemoveParticipantDialog({ participant, onClose }: { participant: Participant; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const who = participant.erased || !participant.name ? participant.code : `${participant.name} (${participant.code})`;
  return (
    <Dialog
      title={t('people.remove.title')}
      onClose={onClose}
      testId="remove-dialog"
      size="small"
      footer={
        <>
          <button type="button" className="button button-quiet" onClick={onClose} data-autofocus>
            {t('people.common.cancel')}
          </button>
          <button
            type="button"
            className="button pp-danger"
            data-testid="remove-confirm"
            onClick={async () => {
              if (await dispatch({ type: 'participant.remove', payload: { ids: [participant.id] } })) onClose();
            }}
          >
            {t('people.remove.confirm')}
          </button>
        </>
      }
    >
      <p className="lead">
        <PeopleText text={t('people.remove.question', { who })} />
      </p>
      <p className="muted">
        <PeopleText text={t('people.remove.explain')} />
      </p>
    </Dialog>
  );
}

/**
 * PDPA erasure, for everyone or one person: not undoable, so the dialog says what goes (names,
 * organisations, contacts), what stays (codes, sectors, social groups given with consent, check-in
 * times — so counts still add up) and asks for the word ลบ / ERASE to be typed.
 */
export function EraseDialog({ participant, onClose }: { participant: Participant | null; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const id = useId();
  const [typed, setTyped] = useState('');
  const word = t('people.erase.word');
  // Either language's word: a facilitator may switch the UI language, not their habit.
  const accepted = ['ลบ', 'ERASE'].includes(typed.trim().toUpperCase());
  const erase = async () => {
    if (!accepted) return;
    const payload = participant ? { participantId: participant.id } : {};
    if (await dispatch({ type: 'people.erasePersonalData', payload })) onClose();
  };
  return (
    <Dialog
      title={participant ? t('people.erase.titleOne', { code: participant.code }) : t('people.erase.title')}
      onClose={onClose}
      testId="erase-dialog"
      size="medium"
      footer={
        <>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('people.common.cancel')}
          </button>
          <button type="button" className="button pp-danger" data-testid="erase-confirm" disabled={!accepted} onClick={() => void erase()}>
            {t('people.erase.confirm')}
          </button>
        </>
      }
    >
      <div className="people-form">
        <div className="pp-erase-columns">
          <div className="pp-erase-gone">
            <h3 className="pp-subtitle">{t('people.erase.goneTitle')}</h3>
            <ul className="pp-plain-list">
              <li>{t('people.erase.gone.names')}</li>
              <li>{t('people.erase.gone.organisations')}</li>
              <li>{t('people.erase.gone.contacts')}</li>
              <li>
                <PeopleText text={t('people.erase.gone.backups')} />
              </li>
            </ul>
          </div>
          <div className="pp-erase-kept">
            <h3 className="pp-subtitle">{t('people.erase.keptTitle')}</h3>
            <ul className="pp-plain-list">
              <li>{t('people.erase.kept.codes')}</li>
              <li>{t('people.erase.kept.sectors')}</li>
              <li>{t('people.erase.kept.groups')}</li>
              <li>{t('people.erase.kept.checkIns')}</li>
            </ul>
          </div>
        </div>
        <p className="pp-note pp-note-warning">
          <PeopleText text={t('people.erase.final')} />
        </p>
        <form
          className="field"
          onSubmit={(event) => {
            event.preventDefault();
            void erase();
          }}
        >
          <label className="field-label" htmlFor={`${id}-word`}>
            <PeopleText text={t('people.erase.typeWord', { word })} />
          </label>
          <input
            id={`${id}-word`}
            className="input pp-erase-word"
            value={typed}
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            data-autofocus
            data-testid="erase-word"
            onChange={(event) => setTyped(event.target.value)}
          />
        </form>
      </div>
    </Dialog>
  );
}
