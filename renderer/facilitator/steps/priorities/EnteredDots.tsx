import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain/people';
import type { Poll } from '../../../../shared/domain/polls';
import { pick, type Language } from '../../../../shared/domain/text';
import type { Workshop } from '../../../../shared/domain/workshop';
import { findBallot } from '../../../../shared/polls';
import { PHONE_PARTICIPANT_PREFIX } from '../../../../shared/participant/identity';
import { useAppStore } from '../../../store/app-store';
import { ThaiText } from '../../../ui/ThaiText';
import { useRefusal } from '../component/fields';
import { FieldProblem } from '../../../ui/FieldProblem';
import { parseCount } from '../component/figures';

/** How a registered person is named here: their code, and their name unless it was erased. */
export function participantLabel(participant: Participant): string {
  return participant.erased || participant.name.trim() === '' ? participant.code : `${participant.code} ${participant.name}`;
}

/** The voter id a participant's ballot is filed under (a phone's is its token hash, as in checkBallot). */
function voterIdOf(participant: Participant): string {
  return participant.id.startsWith(PHONE_PARTICIPANT_PREFIX) ? participant.id.slice(PHONE_PARTICIPANT_PREFIX.length) : participant.id;
}

/**
 * For a room without phones: the facilitator enters a named participant's dots (from their sticky
 * dots or a paper slip) as that person's ballot — `ballot.cast` with the participant's id, so one
 * person still has one ballot and their sector comes from the register. There is no typed "dot
 * tally" (counts per item without names): no such command exists yet.
 */
export function EnteredDots({ workshop, poll, round, language }: { workshop: Workshop; poll: Poll; round: number; language: Language }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const refusal = useRefusal();
  const id = useId();
  const people = workshop.participants;
  const [personId, setPersonId] = useState('');
  const [dots, setDots] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const limit = poll.maxChoices ?? 3;
  const person = people.find((p) => p.id === personId);
  const existing = person ? findBallot(workshop, poll.id, round, voterIdOf(person)) : undefined;

  const choose = (next: string) => {
    setPersonId(next);
    setProblem(null);
    const chosen = people.find((p) => p.id === next);
    const ballot = chosen ? findBallot(workshop, poll.id, round, voterIdOf(chosen)) : undefined;
    setDots(ballot?.answer.kind === 'dots' ? Object.fromEntries(Object.entries(ballot.answer.dots).map(([k, v]) => [k, String(v)])) : {});
  };

  const counts = poll.options.map((option) => parseCount(dots[option.id] ?? '', 100));
  const placed = counts.every((c) => c !== null) ? (counts as number[]).reduce((a, b) => a + b, 0) : null;

  const save = async () => {
    if (!person) return;
    if (placed === null) return setProblem(t('scoring.tally.notANumber'));
    if (placed === 0) return setProblem(t('scoring.dots.enterNone'));
    if (placed > limit) return setProblem(t('scoring.dots.enterTooMany', { limit, placed }));
    const answer = Object.fromEntries(poll.options.map((o, i) => [o.id, counts[i]!]).filter(([, n]) => (n as number) > 0));
    const ok = await dispatch({ type: 'ballot.cast', payload: { pollId: poll.id, round, participantId: person.id, answer: { kind: 'dots', dots: answer } } });
    if (ok) {
      setPersonId('');
      setDots({});
      setProblem(null);
    } else setProblem(refusal());
  };

  return (
    <details className="entered-dots" data-testid="entered-dots">
      <summary>
        <ThaiText text={t('scoring.dots.enterTitle')} />
      </summary>
      {people.length === 0 ? (
        <p className="muted">
          <ThaiText text={t('scoring.dots.enterNoPeople')} />
        </p>
      ) : (
        <div className="entered-dots-body">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-person`}>
              {t('scoring.dots.enterPerson')}
            </label>
            <select id={`${id}-person`} className="input" data-testid="entered-dots-person" value={personId} onChange={(event) => choose(event.target.value)}>
              <option value="">{t('scoring.dots.enterChoose')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {participantLabel(p)}
                  {findBallot(workshop, poll.id, round, voterIdOf(p)) ? ` ✓ ${t('scoring.dots.enterHasBallot')}` : ''}
                </option>
              ))}
            </select>
          </div>
          {person && (
            <>
              {existing && !poll.allowChange && (
                <p className="field-hint">
                  <ThaiText text={t('scoring.dots.enterLocked')} />
                </p>
              )}
              <ul className="entered-dots-items">
                {poll.options.map((option, i) => (
                  <li key={option.id}>
                    <label htmlFor={`${id}-${option.id}`}>
                      <ThaiText text={pick(option.label, language)} />
                    </label>
                    <input
                      id={`${id}-${option.id}`}
                      className="input tally-input"
                      type="text"
                      inputMode="numeric"
                      data-testid={`entered-dots-${i + 1}`}
                      value={dots[option.id] ?? ''}
                      placeholder="0"
                      maxLength={3}
                      aria-invalid={counts[i] === null || undefined}
                      onChange={(event) => {
                        setDots((d) => ({ ...d, [option.id]: event.target.value }));
                        setProblem(null);
                      }}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter') {
                          event.preventDefault();
                          void save();
                        }
                      }}
                    />
                  </li>
                ))}
              </ul>
              <div className="tally-footer">
                <button type="button" className="button button-primary" data-testid="entered-dots-save" onClick={() => void save()}>
                  {t('scoring.dots.enterSave')}
                </button>
                <span className="tally-state">
                  <ThaiText text={t('scoring.dots.enterPlaced', { placed: placed ?? '—', limit })} />
                </span>
              </div>
              {problem && (
                <FieldProblem id={`${id}-problem`}>
                  <ThaiText text={problem} />
                </FieldProblem>
              )}
            </>
          )}
        </div>
      )}
    </details>
  );
}
