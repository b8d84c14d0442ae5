import { pick } from '../../domain/text';
import { checkedInCount, responseRate } from '../../polls/results';
import { latestRound } from '../../polls/rounds';
import { componentSummary, questionSubject, questionText, votingState } from '../subjects';
import { defineView } from './define';

/**
 * The question the room is answering: the component, its definition and the scale with each
 * level's name and description (maturity), or the options (choice polls), how many have answered
 * so far and, while voting is open, how to join from a phone. Never the answers themselves: a room
 * that sees the distribution votes on it.
 */
export const questionView = defineView({
  kind: 'question',
  label: { th: 'คำถาม', en: 'Question' },
  choosable: true,
  build: ({ workshop, language, choice, live }) => {
    const subject = questionSubject(workshop, choice);
    if (!subject) return null;
    const { poll, component } = subject;
    const round = poll ? latestRound(poll) : undefined;
    const kind = poll?.kind ?? 'maturity';
    const voting = votingState(poll);
    const access = live.access;
    const joinable = voting === 'open' && access?.running && access.joinOpen && !access.loopbackOnly && access.url;
    return {
      kind: 'question',
      language,
      pollId: poll?.id ?? null,
      pollKind: kind,
      component: componentSummary(component, language),
      question: questionText(poll, component, language),
      scale:
        kind === 'maturity' && component
          ? component.levels.map((level, index) => ({ level: index + 1, name: pick(level.name, language), description: pick(level.description, language) }))
          : [],
      options: kind === 'maturity' ? [] : (poll?.options ?? []).map((option) => pick(option.label, language)),
      askTarget: poll?.askTarget ?? false,
      round: round?.number ?? null,
      voting,
      responses: poll && round ? (responseRate(workshop, poll.id, round.number)?.responses ?? 0) : 0,
      checkedIn: checkedInCount(workshop),
      join: joinable ? { url: access.url!, sessionCode: access.sessionCode, qrSvg: access.qrSvg } : null,
    };
  },
});
