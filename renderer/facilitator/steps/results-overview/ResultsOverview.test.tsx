// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { componentStatistics } from '../../../../shared/polls';
import { aPoll, aRound, aTally, aWorkshop, ratings } from '../../../../shared/polls/test-builders';
import { useAppStore } from '../../../store/app-store';
import { byTestId, cleanup, click, renderApp } from '../../../test-utils';

afterEach(cleanup);

function twoComponents() {
  return aWorkshop({
    polls: [
      aPoll('maturity', { id: 'p1', componentId: 'C01', askTarget: true, rounds: [aRound(1, 'revealed'), aRound(2, 'revealed')] }),
      aPoll('maturity', { id: 'p4', componentId: 'C04', askTarget: true, rounds: [aRound(1, 'revealed')] }),
    ],
    ballots: [...ratings('p1', [2, 2, 3], { targets: [4, 4, 5] }), ...ratings('p1', [3, 3, 3, 4], { round: 2, targets: [4, 5, 5, 5] })],
    tallies: [aTally('p4', [3, 4, 1, 0, 0], 2, { targetCounts: [0, 0, 2, 5, 1] })],
  });
}

describe('the results overview', () => {
  it('sits after the eight components and before priorities', async () => {
    await renderApp({ step: 'component-08' });
    await click(byTestId('step-next'));
    expect(useAppStore.getState().session.step).toBe('results-overview');
    expect(byTestId('step-title').textContent).toBe('สรุปผลการประเมิน');
  });

  it('draws current and target medians of every component on the radar', async () => {
    const workshop = twoComponents();
    await renderApp({ step: 'results-overview', workshop });
    const stats = componentStatistics(workshop);
    const radar = byTestId('radar').querySelector('svg')!;
    const markers = (series: number) =>
      [...radar.querySelectorAll(`[data-series="${series}"][data-axis]`)].map((m) => [Number(m.getAttribute('data-axis')), Number(m.getAttribute('data-value'))]);
    expect(markers(0)).toEqual([
      [0, stats[0]!.rounds[1]!.current.median],
      [3, stats[3]!.rounds[0]!.current.median],
    ]);
    expect(markers(1)).toEqual([
      [0, stats[0]!.rounds[1]!.targetMedian],
      [3, stats[3]!.rounds[0]!.targetMedian],
    ]);
  });

  it('lists every figure per component and round, with the number always written in a shaded cell', async () => {
    const workshop = twoComponents();
    await renderApp({ step: 'results-overview', workshop });
    const stats = componentStatistics(workshop);
    for (const [code, index, round] of [['01', 0, 1], ['01', 0, 2], ['04', 3, 1]] as const) {
      const expected = stats[index]!.rounds[round - 1]!;
      expect(Number(byTestId(`heat-${code}-${round}-n`).textContent)).toBe(expected.current.n);
      expect(Number(byTestId(`heat-${code}-${round}-median`).getAttribute('data-value'))).toBe(expected.current.median);
      expect(Number(byTestId(`heat-${code}-${round}-target`).getAttribute('data-value'))).toBe(expected.targetMedian);
      expect(Number(byTestId(`heat-${code}-${round}-gap`).getAttribute('data-value'))).toBe(expected.gap);
    }
    const median = byTestId('heat-01-2-median');
    expect(median.textContent).toBe('3');
    expect(median.className).toContain('heat-blue-3');
    expect(byTestId('heat-01-2-gap').textContent).toBe('+2');
    expect(byTestId('heat-02').textContent).toContain('ยังไม่ได้ประเมิน');

    await click(byTestId('heat-go-04'));
    expect(useAppStore.getState().session.step).toBe('component-04');
  });
});
