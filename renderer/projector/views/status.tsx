import type { VotingState } from '../../../shared/projector/types';
import { TextBox, useSlide } from '../slide';

/** Where voting stands and how many have answered: the room watches its own count grow. */
export function VotingStatus({ voting, round, responses, total }: { voting: VotingState; round: number | null; responses: number; total?: number }) {
  const { t } = useSlide();
  return (
    <div className="pj-voting" data-testid="projector-voting" data-voting={voting}>
      <span className={`pj-pill pj-pill-${voting}`} data-textbox="">
        {t(`projector.voting.${voting}`)}
        {round !== null && round > 1 ? ` · ${t('projector.round', { round })}` : ''}
      </span>
      {voting !== 'notStarted' && (
        <TextBox
          className="pj-count"
          testId="projector-responses"
          text={total && total > 0 ? t('projector.responsesOf', { count: responses, total }) : t('projector.responses', { count: responses })}
        />
      )}
    </div>
  );
}
