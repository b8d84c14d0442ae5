import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkComponent } from '../../../../shared/domain/framework';
import type { Poll } from '../../../../shared/domain/polls';
import { pick, type Language } from '../../../../shared/domain/text';
import type { Workshop } from '../../../../shared/domain/workshop';
import { defaultLevels } from '../../../../shared/frameworks/maturity-levels';
import { componentStatistics, findTally, latestRound, maturityPollFor, type RoundStatistics } from '../../../../shared/polls';
import { useAppStore } from '../../../store/app-store';
import { Icon } from '../../../ui/icons';
import { ThaiText } from '../../../ui/ThaiText';
import { ActionCard, NewActionForm } from './ActionEditor';
import { EntryList } from './EntryList';
import { EvidenceList } from './EvidenceList';
import { sourcesLine } from './figures';
import { SavedText } from './fields';
import { ResultsPanel } from './ResultsPanel';
import { RoundBar } from './RoundBar';
import { TallyEntry } from './TallyEntry';
import './component.css';

const ENTRY_MAX = 5000;
const NOTES_MAX = 20000;

/**
 * One component of the framework, assessed by the room: what it means, the maturity scale, the
 * vote (phones and/or a typed show of hands) with its results, and what the room records —
 * notes, evidence, strengths, gaps, ideas — and the actions that turn gaps into commitments.
 */
export function ComponentStep({ workshop, language, code }: { workshop: Workshop; language: Language; code: string }) {
  const { t } = useTranslation();
  const component = workshop.framework.components.find((c) => c.code === code);
  if (!component) {
    return (
      <p className="muted" data-testid="component-missing">
        <ThaiText text={t('scoring.component.missing', { code })} />
      </p>
    );
  }
  return (
    <div className="component-step" data-testid={`component-step-${code}`}>
      <ComponentIntro workshop={workshop} component={component} language={language} />
      <MaturityScale component={component} language={language} />
      <Voting workshop={workshop} component={component} language={language} />
      <Discussion workshop={workshop} component={component} language={language} />
    </div>
  );
}

function ComponentIntro({ workshop, component, language }: { workshop: Workshop; component: FrameworkComponent; language: Language }) {
  const { t } = useTranslation();
  // The Thai name is the official one (OPDC's handbook); the English names are OPDC's own
  // labels but secondary. In Thai the step title already names the component, and an English
  // line under it reads as something left untranslated, so Thai shows Thai only. In English the
  // official Thai name stays beneath, so the facilitator can match it to the handbook and the
  // Thai minutes.
  const thaiName = language === 'en' ? component.name.th.trim() : '';
  return (
    <section className="card component-intro" aria-label={t('scoring.component.about')}>
      <span className="component-code" aria-hidden="true">
        {component.code}
      </span>
      <div className="component-intro-text">
        {thaiName && (
          <p className="component-other-name" lang="th" data-testid="component-other-name">
            <ThaiText text={thaiName} />
          </p>
        )}
        <p className="lead component-definition-text">
          <ThaiText text={pick(component.definition, language)} />
        </p>
        <div className="principle-chips">
          <span className="principle-chips-label">{t('scoring.component.principles')}</span>
          <ul>
            {workshop.framework.principles.map((principle) => (
              <li key={principle.id} className="principle-chip">
                <span className="principle-chip-number">P{principle.number}</span>
                <span>
                  <ThaiText text={pick(principle.name, language)} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

function MaturityScale({ component, language }: { component: FrameworkComponent; language: Language }) {
  const { t } = useTranslation();
  const id = useId();
  const dispatch = useAppStore((s) => s.dispatch);
  const [editing, setEditing] = useState(false);
  const isDefault = useMemo(() => JSON.stringify(component.levels) === JSON.stringify(defaultLevels(component.code)), [component]);
  // Edits are in the UI language; the other language keeps its text (each language is its own field).
  const save = (level: number, field: 'name' | 'description', value: string) => {
    const current = component.levels[level - 1]![field][language];
    if (value.trim() === current || value.trim() === '') return;
    void dispatch({ type: 'framework.updateLevel', payload: { componentId: component.id, level, [field]: { [language]: value.trim() } } });
  };
  return (
    <section className="card scale" aria-labelledby={id} data-testid="maturity-scale">
      <div className="card-head">
        <h2 id={id} className="section-title">
          <ThaiText text={t('scoring.scale.title')} />
        </h2>
        {isDefault && <span className="badge badge-soon">{t('scoring.scale.defaultsBadge')}</span>}
        <button type="button" className="button button-quiet" data-testid="scale-edit" aria-pressed={editing} onClick={() => setEditing(!editing)}>
          {t(editing ? 'scoring.scale.done' : 'scoring.scale.edit')}
        </button>
      </div>
      <ol className="scale-levels">
        {component.levels.map((level, i) => (
          <li key={i} className={`scale-level scale-level-${i + 1}`} data-testid={`scale-level-${i + 1}`}>
            <span className="scale-number" aria-hidden="true">
              {i + 1}
            </span>
            {editing ? (
              <span className="scale-text scale-edit">
                <input
                  key={`name-${language}-${pick(level.name, language)}`}
                  className="input"
                  aria-label={t('scoring.scale.editName', { level: i + 1 })}
                  data-testid={`scale-name-${i + 1}`}
                  defaultValue={level.name[language]}
                  maxLength={300}
                  onBlur={(event) => save(i + 1, 'name', event.currentTarget.value)}
                  onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
                />
                <textarea
                  key={`description-${language}-${pick(level.description, language)}`}
                  className="input"
                  rows={2}
                  aria-label={t('scoring.scale.editDescription', { level: i + 1 })}
                  data-testid={`scale-description-${i + 1}`}
                  defaultValue={level.description[language]}
                  maxLength={300}
                  onBlur={(event) => save(i + 1, 'description', event.currentTarget.value)}
                />
              </span>
            ) : (
              <span className="scale-text">
                <span className="scale-name">
                  <span className="visually-hidden">{t('scoring.scale.level', { level: i + 1 })} </span>
                  <ThaiText text={pick(level.name, language)} />
                </span>
                <span className="scale-description">
                  <ThaiText text={pick(level.description, language)} />
                </span>
              </span>
            )}
          </li>
        ))}
      </ol>
      <p className="field-hint" data-testid="scale-note">
        <ThaiText text={t(isDefault ? 'scoring.scale.defaultsNote' : 'scoring.scale.customNote')} />
      </p>
      {editing && !isDefault && (
        <button
          type="button"
          className="button"
          data-testid="scale-reset"
          onClick={() => void dispatch({ type: 'framework.resetLevels', payload: { componentId: component.id } })}
        >
          {t('scoring.scale.reset')}
        </button>
      )}
    </section>
  );
}

function Voting({ workshop, component, language }: { workshop: Workshop; component: FrameworkComponent; language: Language }) {
  const { t } = useTranslation();
  const id = useId();
  const poll = maturityPollFor(workshop, component.id);
  const statistics = useMemo(() => componentStatistics(workshop).find((s) => s.componentId === component.id), [workshop, component.id]);
  const round = poll ? latestRound(poll) : undefined;
  const latest = statistics?.rounds.at(-1);
  return (
    <>
      {/* A direct child of the step, so it stays in sight (sticky) down to the actions. */}
      {poll && <RoundBar poll={poll} responses={latest && <Responses round={latest} />} />}
      <section className="card voting" aria-labelledby={id} data-testid="voting">
        <h2 id={id} className="section-title">
          <ThaiText text={t('scoring.poll.title')} />
        </h2>
        {!poll ? (
          <CreatePoll component={component} />
        ) : (
          <>
            <p className="poll-question" data-testid="poll-question">
              <span className="muted">{t('scoring.poll.question')} </span>
              <ThaiText text={pick(poll.question, language)} />
            </p>
            <PollSettings workshop={workshop} poll={poll} />
            {round ? (
              <TallyEntry
                key={`${poll.id}-${round.number}`}
                poll={poll}
                round={round.number}
                stored={findTally(workshop, poll.id, round.number)}
                component={component}
                language={language}
              />
            ) : (
              <p className="muted tally-waiting">
                <ThaiText text={t('scoring.tally.openFirst')} />
              </p>
            )}
            {statistics && statistics.rounds.length > 0 && (
              <ResultsPanel statistics={statistics} component={component} language={language} minGroupSize={workshop.settings.minGroupSize} />
            )}
          </>
        )}
      </section>
    </>
  );
}

function Responses({ round }: { round: RoundStatistics }) {
  const { t } = useTranslation();
  const rate = round.responseRate;
  return (
    <p
      className="round-responses"
      aria-live="polite"
      data-testid="round-responses"
      data-phones={rate.from.phones}
      data-entered={rate.from.entered}
      data-tally={rate.from.tally}
    >
      <strong>
        <ThaiText text={t('scoring.poll.responses', { count: rate.responses })} />
      </strong>{' '}
      <span className="muted">
        <ThaiText text={sourcesLine(rate.from, (origin, count) => t(`scoring.poll.responsesFrom.${origin}`, { count }))} />
        {rate.checkedIn > 0 && (
          <>
            {' · '}
            <ThaiText text={t('scoring.poll.checkedIn', { count: rate.checkedIn })} />
          </>
        )}
      </span>
    </p>
  );
}

function CreatePoll({ component }: { component: FrameworkComponent }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const [askTarget, setAskTarget] = useState(true);
  const id = useId();
  return (
    <div className="create-poll" data-testid="create-poll">
      <p className="lead">
        <ThaiText text={t('scoring.poll.intro')} />
      </p>
      <label className="check-field" htmlFor={id}>
        <input id={id} type="checkbox" data-testid="poll-ask-target" checked={askTarget} onChange={(event) => setAskTarget(event.target.checked)} />
        <span>
          <ThaiText text={t('scoring.poll.askTarget')} />
        </span>
      </label>
      <div>
        <button
          type="button"
          className="button button-primary button-large"
          data-testid="poll-create"
          onClick={() => void dispatch({ type: 'poll.create', payload: { kind: 'maturity', componentId: component.id, askTarget } })}
        >
          <Icon name="plus" />
          <span>
            <ThaiText text={t('scoring.poll.create')} />
          </span>
        </button>
      </div>
    </div>
  );
}

/** The target question can change only while nobody has answered (poll.update refuses after). */
function PollSettings({ workshop, poll }: { workshop: Workshop; poll: Poll }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const id = useId();
  const answered = workshop.ballots.some((b) => b.pollId === poll.id) || workshop.tallies.some((tally) => tally.pollId === poll.id);
  return (
    <div className="poll-settings">
      <label className="check-field" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          data-testid="poll-ask-target"
          checked={poll.askTarget}
          disabled={answered}
          aria-describedby={answered ? `${id}-locked` : undefined}
          onChange={(event) => void dispatch({ type: 'poll.update', payload: { pollId: poll.id, askTarget: event.target.checked } })}
        />
        <span>
          <ThaiText text={t('scoring.poll.askTarget')} />
        </span>
      </label>
      {answered ? (
        <span className="field-hint" id={`${id}-locked`}>
          <ThaiText text={t('scoring.poll.settingsLocked')} />
        </span>
      ) : (
        <button type="button" className="button button-quiet" data-testid="poll-delete" onClick={() => void dispatch({ type: 'poll.delete', payload: { pollId: poll.id } })}>
          <Icon name="remove" size={18} />
          {t('scoring.poll.delete')}
        </button>
      )}
    </div>
  );
}

function Discussion({ workshop, component, language }: { workshop: Workshop; component: FrameworkComponent; language: Language }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const notesId = useId();
  const actionsId = useId();
  const [prefill, setPrefill] = useState<{ text: string; nonce: number } | null>(null);
  const notes = workshop.componentNotes.find((n) => n.componentId === component.id);
  const actions = workshop.actions.filter((a) => a.componentId === component.id);
  const lang = workshop.meta.language;
  const componentId = component.id;
  const lists = [
    { noun: 'strength', list: 'strengths', entries: notes?.strengths ?? [] },
    { noun: 'gap', list: 'gaps', entries: notes?.gaps ?? [] },
    { noun: 'idea', list: 'ideas', entries: notes?.ideas ?? [] },
  ] as const;

  return (
    <>
      <section className="card discussion" aria-labelledby={notesId} data-testid="discussion">
        <h2 id={notesId} className="section-title">
          <ThaiText text={t('scoring.notes.title')} />
        </h2>
        <SavedText
          className="notes-field"
          value={notes?.notes ?? ''}
          label={t('scoring.notes.label')}
          testId="component-notes"
          maxLength={NOTES_MAX}
          multiline
          lang={lang}
          placeholder={t('scoring.notes.placeholder')}
          onSave={(text) => dispatch({ type: 'notes.set', payload: { componentId, notes: text } })}
        />
        <p className="field-hint">
          <ThaiText text={t('scoring.notes.hint')} />
        </p>
        <EvidenceList componentId={componentId} evidence={notes?.evidence ?? []} lang={lang} />
        <div className="entry-lists">
          {lists.map(({ noun, list, entries }) => (
            <EntryList
              key={list}
              title={t(`scoring.${list}.title`)}
              hint={t(`scoring.${list}.hint`)}
              entries={entries}
              testId={list}
              placeholder={t(`scoring.${list}.placeholder`)}
              maxLength={ENTRY_MAX}
              lang={lang}
              onAdd={(text) => dispatch({ type: `${noun}.add`, payload: { componentId, text } })}
              onUpdate={(entryId, text) => dispatch({ type: `${noun}.update`, payload: { componentId, entryId, text } })}
              onRemove={(entryId) => dispatch({ type: `${noun}.remove`, payload: { componentId, entryId } })}
              entryTools={
                noun === 'gap'
                  ? (entry, index) => (
                      <button
                        type="button"
                        className="icon-button"
                        data-testid={`gaps-to-action-${index + 1}`}
                        aria-label={t('scoring.gaps.toAction', { number: index + 1 })}
                        title={t('scoring.gaps.toAction', { number: index + 1 })}
                        onClick={() => {
                          // The new-action form takes the gap as its title and the focus.
                          setPrefill((p) => ({ text: entry.text, nonce: (p?.nonce ?? 0) + 1 }));
                        }}
                      >
                        <Icon name="next" />
                      </button>
                    )
                  : undefined
              }
            />
          ))}
        </div>
      </section>

      <section className="card actions" aria-labelledby={actionsId} data-testid="component-actions">
        <h2 id={actionsId} className="section-title">
          <ThaiText text={t('scoring.actions.title')} />
        </h2>
        <p className="section-intro">
          <ThaiText text={t('scoring.actions.intro')} />
        </p>
        {actions.length > 0 && (
          <div className="action-list">
            {actions.map((action, index) => (
              <ActionCard key={action.id} action={action} language={language} lang={lang} testId={`action-${index + 1}`} />
            ))}
          </div>
        )}
        <NewActionForm componentId={componentId} language={language} lang={lang} testId="new-action" prefill={prefill} />
      </section>
    </>
  );
}
