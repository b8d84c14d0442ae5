import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain/people';
import { pick, type Language } from '../../../../shared/domain/text';
import type { Workshop } from '../../../../shared/domain/workshop';
import { ERASED_MARKER } from '../../../../shared/people/erasure-words';
import { erasureTargets, findMentions, sameNameOnRegister, type PersonMention } from '../../../../shared/people/mentions';
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
 * times — so counts still add up) and asks for the word ลบ / ERASE to be typed. Before that it
 * shows where else the person appears (`findMentions`: action owners, notes, stakeholder cards,
 * open-text answers, their votes), which the erasure rewrites too.
 */
export function EraseDialog({
  workshop,
  language,
  participant,
  onClose,
}: {
  workshop: Workshop;
  language: Language;
  participant: Participant | null;
  onClose: () => void;
}) {
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
                <PeopleText text={t('people.erase.gone.mentions')} />
              </li>
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
              <li>
                <PeopleText text={t('people.erase.kept.votes')} />
              </li>
            </ul>
          </div>
        </div>
        <ErasePlaces workshop={workshop} language={language} participant={participant} />
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

/** How many places the dialog lists before "and N more" (erasing everyone can find hundreds). */
const PLACES_SHOWN = 40;

/** Where else the person (or everyone) appears, and what the erasure will do there. */
function ErasePlaces({ workshop, language, participant }: { workshop: Workshop; language: Language; participant: Participant | null }) {
  const { t } = useTranslation();
  const { texts, votes, codes, sameName } = useMemo(() => {
    const mentions = findMentions(workshop, erasureTargets(workshop, participant?.id));
    const byId = new Map(workshop.participants.map((p) => [p.id, p.code]));
    return {
      texts: mentions.filter((m) => m.area !== 'ballot' || !m.kinds.includes('vote')),
      votes: mentions.filter((m) => m.kinds.includes('vote')).length,
      codes: byId,
      sameName: participant ? sameNameOnRegister(workshop, participant.id).map((p) => p.code) : [],
    };
  }, [workshop, participant]);
  const marker = ERASED_MARKER[workshop.meta.language];
  const kinds = (m: PersonMention) => m.kinds.map((kind) => t(`people.erase.places.kind.${kind}`)).join(' · ');

  return (
    <section className="pp-erase-places" data-testid="erase-places" aria-labelledby="erase-places-title">
      <h3 className="pp-subtitle" id="erase-places-title">
        {t(participant ? 'people.erase.places.title' : 'people.erase.places.titleAll')}
      </h3>
      {texts.length === 0 && votes === 0 ? (
        <p data-testid="erase-places-none">
          <PeopleText text={t(participant ? 'people.erase.places.none' : 'people.erase.places.noneAll')} />
        </p>
      ) : (
        <>
          {texts.length > 0 && (
            <>
              <p data-testid="erase-places-count">
                <PeopleText text={t('people.erase.places.count', { count: texts.length, marker })} />
              </p>
              <ul className="pp-erase-place-list">
                {texts.slice(0, PLACES_SHOWN).map((m) => (
                  <li key={`${m.participantId}|${m.key}`} data-testid="erase-place" data-key={m.key}>
                    {!participant && <span className="pp-erase-place-code">{codes.get(m.participantId)}</span>}
                    <span className="pp-erase-place-label">
                      <PeopleText text={pick(m.label, language)} />
                    </span>
                    <span className="pp-erase-place-kind">{kinds(m)}</span>
                  </li>
                ))}
              </ul>
              {texts.length > PLACES_SHOWN && <p className="muted">{t('people.erase.places.more', { count: texts.length - PLACES_SHOWN })}</p>}
            </>
          )}
          {votes > 0 && (
            <p className="pp-erase-votes" data-testid="erase-places-votes">
              <PeopleText text={t(participant ? 'people.erase.places.votes' : 'people.erase.places.votesAll', { count: votes })} />
            </p>
          )}
        </>
      )}
      {sameName.length > 0 && (
        <p className="pp-note" data-testid="erase-same-name">
          <PeopleText text={t('people.erase.places.sameName', { codes: sameName.join(', ') })} />
        </p>
      )}
      <p className="muted pp-erase-limits">
        <PeopleText text={t('people.erase.places.limits')} />
      </p>
    </section>
  );
}
