import { pick } from '../../domain/text';
import { dotRanking } from '../../polls/results';
import { latestRound } from '../../polls/rounds';
import { pollOfKind, votingState } from '../subjects';
import { defineView } from './define';

/**
 * Dot voting: while the round is open or closed, the items to choose from and how many have voted;
 * once revealed, the ranking with each item's dots. Hidden counts are not in the view.
 */
export const prioritiesView = defineView({
  kind: 'priorities',
  label: { th: 'ลำดับความสำคัญ', en: 'Priorities' },
  choosable: true,
  build: ({ workshop, language, choice }) => {
    const poll = pollOfKind(workshop, choice.pollId, 'dots');
    if (!poll) return null;
    const round = latestRound(poll);
    const ranking = dotRanking(workshop, poll.id);
    const revealed = round?.state === 'revealed' && ranking !== null;
    return {
      kind: 'priorities',
      language,
      pollId: poll.id,
      question: pick(poll.question, language),
      round: round?.number ?? null,
      voting: votingState(poll),
      respondents: ranking?.respondents ?? 0,
      revealed,
      items: revealed
        ? ranking!.items.map((item) => ({ rank: item.rank, label: pick(item.label, language), dots: item.dots, voters: item.voters }))
        : poll.options.map((option) => ({ rank: null, label: pick(option.label, language), dots: null, voters: null })),
      dotsPlaced: revealed ? ranking!.dotsPlaced : null,
    };
  },
});
