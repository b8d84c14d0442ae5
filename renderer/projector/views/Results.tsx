import { useCallback } from 'react';
import { histogramSvg } from '../../../shared/charts/histogram';
import type { MaturityResults, ViewOf } from '../../../shared/projector/types';
import { consensusBand, levelChange } from '../../../shared/scoring/terms';
import { Chart, type ChartBox } from '../Chart';
import { useFit } from '../fit';
import { formatLevel, Slide, TextBox, useSlide } from '../slide';
import { ThaiText } from '../../ui/ThaiText';
import { withoutComponentPrefix } from './Question';
import { VotingStatus } from './status';

/**
 * Tastle–Wierman consensus as every surface writes it, "0.62" (a percentage would read as "62% of
 * the room agree", which it is not), with its words from shared/scoring/terms.ts under it.
 */
function formatConsensus(value: number | null): string {
  return value === null ? '–' : value.toFixed(2);
}

/** "Systematic, documented" → "Systematic": under a bar there is room for the gist, the question slide has the rest. */
function chartLabel(name: string): string {
  return name.split(',')[0]!.trim();
}

const signed = (value: number, format: (v: number) => string) => (value > 0 ? `+${format(value)}` : value < 0 ? `−${format(-value)}` : '±0');

/** A median that moved between rounds: "+1 ระดับ"; one that did not: "ไม่เปลี่ยน" (never a bare 0). */
function medianChange(delta: number | null, language: 'th' | 'en'): string | null {
  return delta === null ? null : levelChange(delta, signed(delta, formatLevel))[language];
}

/**
 * A question's results once revealed: the distribution, the median, the consensus, the shift
 * since the last round and the breakdown by sector (small groups withheld). Before that, only how
 * many have answered.
 */
export function ResultsSlide({ view }: { view: ViewOf<'results'> }) {
  const { t } = useSlide();
  // Every sector stays on the slide (a withheld one says so): the type shrinks instead.
  const { ref, fit } = useFit<HTMLElement>(JSON.stringify(view));
  const component = view.component;
  const revealed = view.maturity !== null || view.choices !== null;
  const question = component ? withoutComponentPrefix(view.question, component.code, component.name) : view.question;
  return (
    <Slide
      kind="results"
      kicker={[component ? t('projector.component', { code: component.code }) : null, t('projector.kinds.results'), view.round && view.round > 1 ? t('projector.round', { round: view.round }) : null]
        .filter(Boolean)
        .join(' · ')}
      heading={component ? component.name : view.question}
      fitRef={ref}
      fit={fit}
      status={<VotingStatus voting={view.voting} round={view.round} responses={view.responses} />}
    >
      {!revealed && (
        <div className="pj-waiting-results" data-testid="projector-results-hidden">
          {component && question && <TextBox className="pj-prompt" text={question} />}
          <TextBox className="pj-notice pj-notice-large" text={view.voting === 'notStarted' ? t('projector.results.notStarted') : t('projector.results.hidden')} />
          {view.voting !== 'notStarted' && (
            <p className="pj-big-number" data-textbox="">
              {view.responses}
            </p>
          )}
        </div>
      )}
      {view.maturity && <MaturityResultsBody results={view.maturity} levelNames={view.levelNames} />}
      {view.choices && <ChoiceBars options={view.choices.options} />}
    </Slide>
  );
}

function MaturityResultsBody({ results, levelNames }: { results: MaturityResults; levelNames: string[] }) {
  const { t, contrast, language } = useSlide();
  const build = useCallback(
    (box: ChartBox) =>
      histogramSvg({
        counts: results.counts,
        levelLabels: levelNames.map((name, i) => `${i + 1} ${chartLabel(name)}`),
        highlightMedian: results.median,
        abstain: results.abstain,
        abstainLabel: t('terms.abstain'),
        width: box.width,
        height: box.height,
        contrast,
        fontSize: Math.max(10, box.unit * 1.8),
      }),
    [results, levelNames, contrast, t],
  );
  const medianName = results.median !== null && Number.isInteger(results.median) ? levelNames[results.median - 1] : null;
  const sectors = results.bySector;
  return (
    <div className="pj-results">
      <Chart build={build} label={t('projector.results.chartTitle')} testId="projector-histogram" className="pj-results-chart" />
      <div className="pj-results-stats">
        {results.answered === 0 ? (
          <TextBox className="pj-notice" text={t('projector.results.noAnswers')} />
        ) : (
          <>
            <div className="pj-stat">
              <TextBox className="pj-label" text={t('projector.results.median')} />
              <p className="pj-stat-value" data-textbox="" data-testid="projector-median">
                {formatLevel(results.median)}
              </p>
              {medianName && <TextBox className="pj-stat-note" text={medianName} />}
            </div>
            <div className="pj-stat">
              <TextBox className="pj-label" text={t('projector.results.consensus')} />
              <p className="pj-stat-value" data-textbox="" data-testid="projector-consensus">
                {formatConsensus(results.consensus)}
              </p>
              {results.consensus !== null && <TextBox className="pj-stat-note" text={t(`terms.consensusBand.${consensusBand(results.consensus)}`)} />}
            </div>
            {results.targetMedian !== null && (
              <div className="pj-stat">
                <TextBox className="pj-label" text={t('projector.results.target')} />
                <p className="pj-stat-value pj-stat-value-small" data-textbox="">
                  {formatLevel(results.targetMedian)}
                </p>
                {results.gap !== null && results.gap > 0 && <TextBox className="pj-stat-note" text={t('projector.results.gap', { gap: formatLevel(results.gap) })} />}
              </div>
            )}
            {results.shift && (
              <div className="pj-stat pj-shift" data-testid="projector-shift">
                <TextBox className="pj-label" text={t('projector.results.shift', { round: results.shift.fromRound })} />
                <p className="pj-stat-note" data-textbox="" data-testid="projector-shift-median">
                  <ThaiText text={t('terms.median')} />{' '}
                  <span className="pj-nowrap">
                    {formatLevel(results.shift.before.median)} → {formatLevel(results.median)}
                  </span>
                  {medianChange(results.shift.median, language) && (
                    <>
                      {' '}
                      <span className="pj-nowrap">({medianChange(results.shift.median, language)})</span>
                    </>
                  )}
                </p>
                {results.shift.consensus !== null && results.consensus !== null && (
                  // Before → after, like the median: "+21%" of a 0…1 measure read as a share of people.
                  <p className="pj-stat-note" data-textbox="" data-testid="projector-shift-consensus">
                    <ThaiText text={t('terms.consensus')} />{' '}
                    <span className="pj-nowrap">
                      {formatConsensus(results.consensus - results.shift.consensus)} → {formatConsensus(results.consensus)}
                    </span>
                  </p>
                )}
              </div>
            )}
          </>
        )}
      </div>
      {results.bySector.length > 0 && (
        <section className="pj-sectors" data-testid="projector-by-sector">
          <TextBox as="h2" className="pj-label" text={t('projector.results.bySector')} />
          <ul className="pj-sector-list">
            {sectors.map((sector) => (
              <li key={sector.label} className={`pj-sector${sector.suppressed ? ' pj-sector-suppressed' : ''}`} data-suppressed={sector.suppressed ? 'true' : 'false'}>
                <TextBox as="div" className="pj-sector-label" text={sector.label} />
                <TextBox
                  as="div"
                  className="pj-sector-value"
                  text={
                    sector.suppressed
                      ? sector.reason === 'complementary'
                        ? t('projector.results.withheld')
                        : t('projector.results.suppressed', { min: results.minGroupSize })
                      : `${t('projector.results.sectorMedian', { median: formatLevel(sector.median) })} · ${t('projector.results.sectorAnswered', { count: sector.n })}`
                  }
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ChoiceBars({ options }: { options: { label: string; count: number }[] }) {
  const most = Math.max(1, ...options.map((option) => option.count));
  return (
    <ol className="pj-bars" data-testid="projector-choice-results">
      {options.map((option, index) => (
        <li key={index} className="pj-bar-row">
          <TextBox as="div" className="pj-bar-label" text={option.label} />
          <div className="pj-bar-track">
            <div className="pj-bar" style={{ width: `${(option.count / most) * 100}%` }} />
          </div>
          <p className="pj-bar-value" data-textbox="">
            {option.count}
          </p>
        </li>
      ))}
    </ol>
  );
}
