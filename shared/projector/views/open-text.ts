import { pick } from '../../domain/text';
import type { Workshop } from '../../domain/workshop';
import type { Poll } from '../../domain/polls';
import { pollResults } from '../../polls/results';
import { latestRound } from '../../polls/rounds';
import { pollOfKind, votingState } from '../subjects';
import { wordCloud } from '../word-cloud';
import { defineView } from './define';

/** The wall never holds more than this many answers (the slide shows as many as fit). */
export const OPEN_TEXT_WALL_LIMIT = 120;

/**
 * The answers of a poll's latest round that the facilitator approved, newest first. Pending and
 * hidden answers never leave the host for the projector.
 */
export function approvedAnswers(workshop: Workshop, poll: Poll): { id: string; text: string; at: string }[] {
  const round = latestRound(poll);
  if (!round) return [];
  const results = pollResults(workshop, poll.id, round.number);
  if (!results || results.kind !== 'text') return [];
  return results.answers
    .filter((answer) => answer.moderation === 'approved')
    .map((answer) => ({ id: answer.ballotId, text: answer.text, at: answer.at }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? -1 : 1));
}

/** The wall of open-text answers, moderated: only what the facilitator approved. */
export const openTextView = defineView({
  kind: 'openText',
  label: { th: 'ความคิดเห็นปลายเปิด', en: 'Open answers' },
  choosable: true,
  build: ({ workshop, language, choice }) => {
    const poll = pollOfKind(workshop, choice.pollId, 'text');
    if (!poll) return null;
    return {
      kind: 'openText',
      language,
      pollId: poll.id,
      question: pick(poll.question, language),
      answers: approvedAnswers(workshop, poll)
        .slice(0, OPEN_TEXT_WALL_LIMIT)
        .map(({ id, text }) => ({ id, text })),
      round: latestRound(poll)?.number ?? null,
      voting: votingState(poll),
    };
  },
});

/** The approved answers as a word cloud: whole Thai words, no stop-words, sized by frequency. */
export const wordCloudView = defineView({
  kind: 'wordCloud',
  label: { th: 'เมฆคำ', en: 'Word cloud' },
  choosable: true,
  build: ({ workshop, language, choice }) => {
    const poll = pollOfKind(workshop, choice.pollId, 'text');
    if (!poll) return null;
    const answers = approvedAnswers(workshop, poll);
    return {
      kind: 'wordCloud',
      language,
      pollId: poll.id,
      question: pick(poll.question, language),
      words: wordCloud(answers.map((answer) => answer.text)),
      answers: answers.length,
    };
  },
});
