// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import type { ActionItem } from '../../../shared/domain/outcomes';
import type { Workshop } from '../../../shared/domain/workshop';
import { componentStatistics } from '../../../shared/polls/results';
import { aBallot, aPoll, aRound, aWorkshop, options, ratings } from '../../../shared/polls/test-builders';
import { INITIAL_PRESENTATION } from '../../../shared/projector/presentation';
import { toProjectorView } from '../../../shared/projector/to-view';
import type { ViewChoice } from '../../../shared/projector/types';
import { TERMS, consensusBand } from '../../../shared/scoring/terms';
import { createI18n } from '../../i18n';
import { byTestId, cleanup, render, textOf } from '../../test-utils';
import { ProjectorScreen } from '../ProjectorScreen';

/** The projector says the figures with the shared words (shared/scoring/terms.ts), as the other surfaces do. */

afterEach(cleanup);

const action = (id: string, priority: ActionItem['priority'], fields: Partial<ActionItem> = {}): ActionItem => ({
  id,
  title: `กิจกรรม ${id}`,
  owner: 'กองแผนงาน',
  due: '',
  indicator: '',
  priority,
  componentId: null,
  inPlan: true,
  ...fields,
});

function workshop(): Workshop {
  return aWorkshop({
    polls: [
      aPoll('maturity', { id: 'm1', componentId: 'C01', askTarget: true, rounds: [aRound(1, 'revealed'), aRound(2, 'revealed')] }),
      aPoll('dots', { id: 'd1', options: options('a', 'b', 'c'), maxChoices: 3, rounds: [aRound(1, 'revealed')] }),
    ],
    ballots: [
      ...ratings('m1', [1, 2, 3, 3, 4, 'abstain'], { targets: [4, 5, 4, 5, null, null] }),
      ...ratings('m1', [2, 3, 3, 3, 4, 'abstain'], { round: 2, targets: [4, 4, 4, 4, null, null] }),
      aBallot('d1', { kind: 'dots', dots: { a: 2, b: 1 } }),
      aBallot('d1', { kind: 'dots', dots: { b: 1, c: 1 } }),
    ],
    actions: [action('x', 'medium'), action('y', 'high'), action('z', 'low')],
  });
}

async function show(w: Workshop, choice: ViewChoice) {
  const state = { ...INITIAL_PRESENTATION, choice };
  return render(
    <I18nextProvider i18n={createI18n('th')}>
      <ProjectorScreen presentation={{ state, view: toProjectorView(w, state) }} revision={1} />
    </I18nextProvider>,
  );
}

describe('the projector’s words for the figures', () => {
  it('results: the same labels, bands and abstain word as the facilitator and the minutes; consensus as 0.00; the change before → after', async () => {
    const w = workshop();
    const rounds = componentStatistics(w)[0]!.rounds;
    const first = rounds[0]!;
    const second = rounds[1]!;
    await show(w, { kind: 'results', componentId: 'C01' });
    const text = textOf();
    expect(text).toContain(TERMS.currentMedian.th);
    expect(text).toContain(TERMS.targetMedian.th);
    expect(text).toContain(TERMS.consensus.th);
    expect(text).toContain(TERMS.consensusBand[consensusBand(second.current.consensus!)].th);
    expect(byTestId('projector-consensus').textContent).toBe(second.current.consensus!.toFixed(2));
    expect(text).not.toMatch(/ระดับที่ควรเป็น|ไม่ประเมิน|ความเห็นตรงกัน|%/);

    expect(first.current.median).toBe(second.current.median);
    expect(byTestId('projector-shift-median').textContent).toBe(`${TERMS.median.th} 3 → 3 (${TERMS.unchanged.th})`);
    expect(byTestId('projector-shift-consensus').textContent).toBe(
      `${TERMS.consensus.th} ${first.current.consensus!.toFixed(2)} → ${second.current.consensus!.toFixed(2)}`,
    );
  });

  it('priorities: a shared rank says "ร่วม"', async () => {
    await show(workshop(), { kind: 'priorities', pollId: 'd1' });
    const rows = [...byTestId('projector-ranking').querySelectorAll('.pj-rank')].map((rank) => rank.textContent);
    expect(rows).toEqual([`1${TERMS.jointRank.th}`, `1${TERMS.jointRank.th}`, '3']);
  });

  it('action plan: the plan order and the shared priority words (a medium priority is never "สำคัญ")', async () => {
    await show(workshop(), { kind: 'actionPlan' });
    const priorities = [...byTestId('projector-actions').querySelectorAll('.pj-priority')].map((p) => p.textContent);
    expect(priorities).toEqual([TERMS.priority.high.th, TERMS.priority.medium.th, TERMS.priority.low.th]);
  });
});
