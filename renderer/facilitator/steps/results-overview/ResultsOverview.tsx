import { Fragment, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { radarSvg } from '../../../../shared/charts';
import { pick, type Language } from '../../../../shared/domain/text';
import type { Workshop } from '../../../../shared/domain/workshop';
import { componentStatistics, type ComponentStatistics } from '../../../../shared/polls';
import { useAppStore } from '../../../store/app-store';
import { ThaiText } from '../../../ui/ThaiText';
import { componentStepId } from '../components.step';
import { consensusBand, formatConsensus, formatLevel, formatSigned } from '../component/figures';
import { ColumnHead } from '../component/ResultsPanel';
import { SvgChart } from '../component/SvgChart';
import { heatClass, type HeatKind } from './heat';
import '../component/component.css';
import './results-overview.css';

/**
 * All eight components at once: a radar of the room's current and target medians (each
 * component's latest round), and every figure of every round in one table, shaded so the eye
 * finds the large gaps and the split rooms — with the numbers always written in.
 */
export function ResultsOverview({ workshop, language }: { workshop: Workshop; language: Language }) {
  const { t } = useTranslation();
  const statistics = useMemo(() => componentStatistics(workshop), [workshop]);
  const assessed = statistics.filter((s) => s.rounds.some((r) => r.current.answered > 0)).length;
  return (
    <div className="results-overview" data-testid="results-overview">
      <p className="lead">
        <ThaiText text={t('scoring.overview.intro', { assessed, total: statistics.length })} />
      </p>
      <Radar statistics={statistics} language={language} />
      <HeatTable statistics={statistics} language={language} />
    </div>
  );
}

function Radar({ statistics, language }: { statistics: ComponentStatistics[]; language: Language }) {
  const { t } = useTranslation();
  const id = useId();
  const svg = useMemo(() => {
    const latest = statistics.map((s) => s.rounds.at(-1) ?? null);
    const series = [{ name: t('scoring.overview.current'), values: latest.map((r) => r?.current.median ?? null) }];
    if (statistics.some((s) => s.askTarget)) series.push({ name: t('scoring.overview.target'), values: latest.map((r) => r?.targetMedian ?? null) });
    return radarSvg({
      axes: statistics.map((s) => ({ label: `${s.code} ${pick(s.name, language)}` })),
      series,
      title: t('scoring.overview.radarTitle'),
      width: 720,
      height: 560,
    });
  }, [statistics, language, t]);
  return (
    <section className="card overview-radar" aria-labelledby={id} data-testid="overview-radar">
      <h2 id={id} className="section-title">
        <ThaiText text={t('scoring.overview.radarHeading')} />
      </h2>
      <p className="section-intro">
        <ThaiText text={t('scoring.overview.radarIntro')} />
      </p>
      <SvgChart svg={svg} testId="radar" className="svg-chart-radar" />
    </section>
  );
}

function HeatCell({ kind, value, text, testId, words }: { kind: HeatKind; value: number | null; text: string; testId?: string; words?: string | null }) {
  const arrow = kind === 'shift' && value !== null && value !== 0 ? (value > 0 ? '▲ ' : '▼ ') : '';
  return (
    <td className={`num heat ${heatClass(kind, value)}`} data-testid={testId} data-value={value ?? ''}>
      {arrow && <span aria-hidden="true">{arrow}</span>}
      {text}
      {words && (
        <span className="heat-words">
          <ThaiText text={words} />
        </span>
      )}
    </td>
  );
}

function HeatTable({ statistics, language }: { statistics: ComponentStatistics[]; language: Language }) {
  const { t } = useTranslation();
  const goTo = useAppStore((s) => s.goTo);
  const id = useId();
  return (
    <section className="card overview-heat" aria-labelledby={id} data-testid="overview-heat">
      <h2 id={id} className="section-title">
        <ThaiText text={t('scoring.overview.tableHeading')} />
      </h2>
      <div className="table-wrap">
        <table className="data-table heat-table">
          <thead>
            <tr>
              <ColumnHead column="component" />
              <ColumnHead column="round" full="scoring.stats.round" />
              <ColumnHead column="n" full="scoring.stats.n" />
              <ColumnHead column="median" full="scoring.stats.median" />
              <ColumnHead column="iqr" full="scoring.stats.iqr" />
              <ColumnHead column="consensus" full="scoring.stats.consensus" />
              <ColumnHead column="target" full="scoring.stats.target" />
              <ColumnHead column="gap" full="scoring.stats.gap" />
              <ColumnHead column="shift" full="scoring.stats.shiftShort" />
            </tr>
          </thead>
          <tbody>
            {statistics.map((component) => {
              const name = (
                <th scope="row" rowSpan={Math.max(1, component.rounds.length)} className="heat-component">
                  <button type="button" className="link-button" data-testid={`heat-go-${component.code}`} onClick={() => goTo(componentStepId(component.code))}>
                    <span className="heat-code">{component.code}</span>
                    <span>
                      <ThaiText text={pick(component.name, language)} />
                    </span>
                  </button>
                </th>
              );
              if (component.rounds.length === 0) {
                return (
                  <tr key={component.componentId} data-testid={`heat-${component.code}`}>
                    {name}
                    <td colSpan={8} className="muted heat-empty">
                      <ThaiText text={t('scoring.overview.notAssessed')} />
                    </td>
                  </tr>
                );
              }
              return (
                <Fragment key={component.componentId}>
                  {component.rounds.map((round, index) => (
                    <tr key={round.round} data-testid={`heat-${component.code}-${round.round}`} className={index === component.rounds.length - 1 ? 'heat-latest' : ''}>
                      {index === 0 && name}
                      <td>
                        <span className="nowrap">{t('scoring.round.number', { round: round.round })}</span>
                        <span className="heat-state">
                          <ThaiText text={t(`scoring.round.stepName.${round.state}`)} />
                        </span>
                      </td>
                      <td className="num" data-testid={`heat-${component.code}-${round.round}-n`} data-value={round.current.n}>
                        {round.current.n}
                      </td>
                      <HeatCell kind="level" value={round.current.median} text={formatLevel(round.current.median)} testId={`heat-${component.code}-${round.round}-median`} />
                      <HeatCell kind="spread" value={round.current.iqr} text={formatLevel(round.current.iqr)} />
                      <HeatCell
                        kind="consensus"
                        value={round.current.consensus}
                        text={formatConsensus(round.current.consensus)}
                        words={round.current.consensus === null ? null : t(`terms.consensusBand.${consensusBand(round.current.consensus)}`)}
                      />
                      <HeatCell kind="level" value={round.targetMedian} text={formatLevel(round.targetMedian)} testId={`heat-${component.code}-${round.round}-target`} />
                      <HeatCell kind="gap" value={round.gap} text={formatSigned(round.gap)} testId={`heat-${component.code}-${round.round}-gap`} />
                      <HeatCell kind="shift" value={round.shift?.median ?? null} text={round.shift ? formatSigned(round.shift.median) : '—'} />
                    </tr>
                  ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="heat-legend" data-testid="heat-legend">
        <p>
          <ThaiText text={t('scoring.overview.legend')} />
        </p>
        <ul>
          <li>
            <span className="heat-swatches" aria-hidden="true">
              {[1, 2, 3, 4, 5].map((n) => (
                <span key={n} className={`heat-swatch heat-blue-${n}`} />
              ))}
            </span>
            <span>
              <ThaiText text={t('scoring.overview.legendBlue')} />
            </span>
          </li>
          <li>
            <span className="heat-swatches" aria-hidden="true">
              {[1, 2, 3].map((n) => (
                <span key={n} className={`heat-swatch heat-orange-${n}`} />
              ))}
            </span>
            <span>
              <ThaiText text={t('scoring.overview.legendOrange')} />
            </span>
          </li>
        </ul>
      </div>
    </section>
  );
}
