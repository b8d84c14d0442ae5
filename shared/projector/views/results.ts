import { pick } from '../../domain/text';
import { MATURITY_LEVEL_COUNT } from '../../polls/poll-types';
import { componentStatistics, pollResults, responseRate, type RoundStatistics } from '../../polls/results';
import { latestRound } from '../../polls/rounds';
import { MATURITY_SCALE_NAMES } from '../../frameworks/maturity-levels';
import type { Language } from '../../domain/text';
import type { Workshop } from '../../domain/workshop';
import type { Poll } from '../../domain/polls';
import type { ChoiceResults, MaturityResults, SectorResult } from '../types';
import { componentSummary, questionSubject, questionText, votingState } from '../subjects';
import { defineView } from './define';

function maturityResults(workshop: Workshop, poll: Poll, language: Language): MaturityResults | null {
  const statistics = componentStatistics(workshop).find((component) => component.pollId === poll.id);
  const rounds = statistics?.rounds ?? [];
  const latest = rounds.at(-1);
  if (!latest) return null;
  const previous: RoundStatistics | undefined = rounds.at(-2);
  const { current } = latest;
  return {
    counts: [...current.counts],
    abstain: current.abstentions,
    answered: current.answered,
    median: current.median,
    q1: current.q1,
    q3: current.q3,
    consensus: current.consensus,
    targetMedian: latest.targetMedian,
    gap: latest.gap,
    shift:
      latest.shift && previous
        ? {
            fromRound: previous.round,
            median: latest.shift.median,
            consensus: latest.shift.consensus,
            before: { median: previous.current.median, n: previous.current.n },
          }
        : null,
    // Sectors nobody answered from say nothing and protect no one: left out.
    bySector: latest.bySector
      .filter((entry) => !(entry.suppressed && entry.reason === 'no-responses'))
      .map((entry): SectorResult =>
        entry.suppressed
          ? { label: pick(entry.label, language), suppressed: true, reason: entry.reason }
          : {
              label: pick(entry.label, language),
              suppressed: false,
              n: entry.statistics.n,
              median: entry.statistics.median,
              counts: [...entry.statistics.counts],
            },
      ),
    minGroupSize: workshop.settings.minGroupSize,
  };
}

function choiceResults(workshop: Workshop, poll: Poll, round: number, language: Language): ChoiceResults | null {
  const results = pollResults(workshop, poll.id, round);
  if (!results || (results.kind !== 'single' && results.kind !== 'multiple')) return null;
  const labels = new Map(poll.options.map((option) => [option.id, pick(option.label, language)]));
  return { options: results.options.map((option) => ({ label: labels.get(option.optionId) ?? option.optionId, count: option.count })) };
}

/**
 * A question's results, once revealed: the distribution (histogram), median, consensus, the shift
 * from the previous round and the breakdown by sector with small groups withheld. Until the
 * facilitator reveals the round, the view holds no result at all, only the response count.
 */
export const resultsView = defineView({
  kind: 'results',
  label: { th: 'ผลคะแนน', en: 'Results' },
  choosable: true,
  build: ({ workshop, language, choice }) => {
    const subject = questionSubject(workshop, choice);
    if (!subject) return null;
    const { poll, component } = subject;
    const round = poll ? latestRound(poll) : undefined;
    const revealed = round?.state === 'revealed';
    const levelNames = (component?.levels.map((level) => level.name) ?? MATURITY_SCALE_NAMES)
      .slice(0, MATURITY_LEVEL_COUNT)
      .map((name) => pick(name, language));
    return {
      kind: 'results',
      language,
      pollId: poll?.id ?? null,
      pollKind: poll?.kind ?? 'maturity',
      component: componentSummary(component, language),
      question: questionText(poll, component, language),
      levelNames,
      round: round?.number ?? null,
      voting: votingState(poll),
      responses: poll && round ? (responseRate(workshop, poll.id, round.number)?.responses ?? 0) : 0,
      maturity: revealed && poll?.kind === 'maturity' ? maturityResults(workshop, poll, language) : null,
      choices: revealed && poll && round && poll.kind !== 'maturity' ? choiceResults(workshop, poll, round.number, language) : null,
    };
  },
});
