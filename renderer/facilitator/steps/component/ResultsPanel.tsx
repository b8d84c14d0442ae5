import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { histogramSvg } from '../../../../shared/charts';
import type { FrameworkComponent } from '../../../../shared/domain/framework';
import { pick, type Language } from '../../../../shared/domain/text';
import type { ComponentStatistics, RoundStatistics, SectorBreakdown, SectorDivergence } from '../../../../shared/polls';
import { ThaiText } from '../../../ui/ThaiText';
import { consensusBand, formatConsensus, formatLevel, formatSigned, sourcesLine } from './figures';
import { SvgChart } from './SvgChart';

interface ResultsPanelProps {
  statistics: ComponentStatistics;
  component: FrameworkComponent;
  language: Language;
  minGroupSize: number;
}

/**
 * What the room answered, for the facilitator: the distribution (phones, entered ballots and show of
 * hands merged, with how many came from each), the figures the discussion turns on (median, IQR, consensus in
 * numbers and words, target, gap, shift from the previous round), every round side by side, and
 * the sectors (small groups withheld, divergent ones flagged). All from `componentStatistics`.
 */
export function ResultsPanel({ statistics, component, language, minGroupSize }: ResultsPanelProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<number | null>(null);
  const rounds = statistics.rounds;
  const latest = rounds.at(-1);
  const round = rounds.find((r) => r.round === chosen) ?? latest;
  if (!round) return null;

  return (
    <section className="results" aria-label={t('scoring.results.title')} data-testid="results" data-round={round.round}>
      <div className="results-head">
        <h3 className="subsection-title">
          <ThaiText text={t('scoring.results.title')} />
        </h3>
        {rounds.length > 1 && (
          <div className="segmented round-picker" role="group" aria-label={t('scoring.results.pickRound')}>
            {rounds.map((r) => (
              <button
                key={r.round}
                type="button"
                className="segment-button"
                aria-pressed={r.round === round.round}
                data-testid={`results-round-${r.round}`}
                onClick={() => setChosen(r.round === latest?.round ? null : r.round)}
              >
                {t('scoring.round.number', { round: r.round })}
              </button>
            ))}
          </div>
        )}
      </div>
      {round.state !== 'revealed' && (
        <p className="results-private" data-testid="results-private">
          <ThaiText text={t('scoring.results.notShownYet')} />
        </p>
      )}
      <p
        className="results-from"
        data-testid="results-from"
        data-phones={round.from.phones}
        data-entered={round.from.entered}
        data-tally={round.from.tally}
      >
        <ThaiText text={sourcesLine(round.from, (origin, count) => t(`scoring.results.from.${origin}`, { count }))} />
      </p>
      <div className="results-body">
        <Charts round={round} component={component} language={language} />
        <Figures round={round} previous={rounds.find((r) => r.round === round.round - 1)} />
      </div>
      {rounds.length > 1 && <RoundsTable rounds={rounds} />}
      <SectorTable round={round} language={language} minGroupSize={minGroupSize} />
    </section>
  );
}

function Charts({ round, component, language }: { round: RoundStatistics; component: FrameworkComponent; language: Language }) {
  const { t } = useTranslation();
  const charts = useMemo(() => {
    const levelLabels = component.levels.map((level, i) => `${i + 1} ${pick(level.name, language)}`);
    const current = histogramSvg({
      counts: round.current.counts,
      levelLabels,
      title: t('scoring.results.currentChart', { round: round.round }),
      highlightMedian: round.current.median,
      abstain: round.current.abstentions,
      abstainLabel: t('terms.abstain'),
      // About the size it is shown at, with type set for the screen (the chart scales with its box).
      width: 480,
      height: 290,
      fontSize: 15,
    });
    const target =
      round.target && round.target.answered > 0
        ? histogramSvg({
            counts: round.target.counts,
            levelLabels,
            title: t('scoring.results.targetChart', { round: round.round }),
            highlightMedian: round.target.median,
            width: 480,
            height: 250,
            fontSize: 15,
          })
        : null;
    return { current, target };
  }, [round, component, language, t]);
  return (
    <div className="results-charts">
      <SvgChart svg={charts.current} testId="histogram-current" />
      {charts.target && <SvgChart svg={charts.target} testId="histogram-target" className="svg-chart-secondary" />}
    </div>
  );
}

/** One figure: its label, its value, and a line or two of detail under it. */
function Figure({ testId, label, value, raw, detail }: { testId: string; label: string; value: string; raw: number | null; detail?: string | readonly string[] | null }) {
  const details = detail === null || detail === undefined ? [] : typeof detail === 'string' ? [detail] : detail;
  return (
    <div className="figure" data-testid={testId} data-value={raw ?? ''}>
      <dt>
        <ThaiText text={label} />
      </dt>
      <dd>
        <span className="figure-value">{value}</span>
        {details.map((line) => (
          <span key={line} className="figure-detail">
            <ThaiText text={line} />
          </span>
        ))}
      </dd>
    </div>
  );
}

function Figures({ round, previous }: { round: RoundStatistics; previous: RoundStatistics | undefined }) {
  const { t } = useTranslation();
  const s = round.current;
  const band = s.consensus === null ? null : consensusBand(s.consensus);
  return (
    <dl className="figures">
      <Figure
        testId="stat-n"
        label={t('scoring.stats.n')}
        value={String(s.n)}
        raw={s.n}
        detail={s.n > 0 ? t('scoring.stats.nDetail', { answered: s.answered, abstain: s.abstentions }) : null}
      />
      <Figure testId="stat-median" label={t('scoring.stats.median')} value={formatLevel(s.median)} raw={s.median} />
      <Figure
        testId="stat-iqr"
        label={t('scoring.stats.iqr')}
        value={formatLevel(s.iqr)}
        raw={s.iqr}
        detail={s.q1 !== null && s.q3 !== null ? t('scoring.stats.iqrDetail', { q1: formatLevel(s.q1), q3: formatLevel(s.q3) }) : null}
      />
      <Figure
        testId="stat-consensus"
        label={t('scoring.stats.consensus')}
        value={formatConsensus(s.consensus)}
        raw={s.consensus}
        detail={band ? t(`terms.consensusBand.${band}`) : null}
      />
      {round.target && (
        <>
          <Figure
            testId="stat-target"
            label={t('scoring.stats.target')}
            value={formatLevel(round.targetMedian)}
            raw={round.targetMedian}
            detail={round.target.answered > 0 ? t('scoring.stats.targetDetail', { count: round.target.answered }) : null}
          />
          <Figure
            testId="stat-gap"
            label={t('scoring.stats.gap')}
            value={formatSigned(round.gap)}
            raw={round.gap}
            detail={round.gap !== null ? t('scoring.stats.gapDetail') : null}
          />
        </>
      )}
      {round.shift && (
        <Figure
          testId="stat-shift"
          label={t('scoring.stats.shift', { round: round.round - 1 })}
          // No change is said in words: a bare "0" reads as "the median is 0".
          value={round.shift.median === null ? '—' : round.shift.median === 0 ? t('terms.unchanged') : formatSigned(round.shift.median)}
          raw={round.shift.median}
          detail={
            previous
              ? [
                  t('scoring.stats.shiftMedian', { before: formatLevel(previous.current.median), after: formatLevel(s.median) }),
                  t('scoring.stats.shiftConsensus', { before: formatConsensus(previous.current.consensus), after: formatConsensus(s.consensus) }),
                ]
              : null
          }
        />
      )}
    </dl>
  );
}

function RoundsTable({ rounds }: { rounds: readonly RoundStatistics[] }) {
  const { t } = useTranslation();
  const id = useId();
  const withTarget = rounds.some((r) => r.target !== null);
  return (
    <div className="table-wrap">
      <table className="data-table" aria-labelledby={id} data-testid="rounds-table">
        <caption id={id}>
          <ThaiText text={t('scoring.results.roundsTitle')} />
        </caption>
        <thead>
          <tr>
            <ColumnHead column="round" full="scoring.stats.round" />
            <ColumnHead column="n" full="scoring.stats.n" />
            <ColumnHead column="median" full="scoring.stats.median" />
            <ColumnHead column="iqr" full="scoring.stats.iqr" />
            <ColumnHead column="consensus" full="scoring.stats.consensus" />
            {withTarget && <ColumnHead column="target" full="scoring.stats.target" />}
            {withTarget && <ColumnHead column="gap" full="scoring.stats.gap" />}
            <ColumnHead column="shift" full="scoring.stats.shiftShort" />
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.round} data-round={r.round}>
              <th scope="row">
                <span className="nowrap">{t('scoring.round.number', { round: r.round })}</span>{' '}
                <span className="muted nowrap">({t(`scoring.round.stepName.${r.state}`)})</span>
              </th>
              <td className="num">{r.current.n}</td>
              <td className="num">{formatLevel(r.current.median)}</td>
              <td className="num">{formatLevel(r.current.iqr)}</td>
              <td className="num">{formatConsensus(r.current.consensus)}</td>
              {withTarget && <td className="num">{formatLevel(r.targetMedian)}</td>}
              {withTarget && <td className="num">{formatSigned(r.gap)}</td>}
              <td className="num">{r.shift ? formatSigned(r.shift.median) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SectorTable({ round, language, minGroupSize }: { round: RoundStatistics; language: Language; minGroupSize: number }) {
  const { t } = useTranslation();
  const id = useId();
  const rows = round.bySector.filter((row) => !(row.suppressed && row.reason === 'no-responses'));
  const anySector = rows.some((row) => row.sector !== null);
  const divergence = new Map(round.divergence.map((d) => [d.sector, d]));
  return (
    <div className="sectors" data-testid="sectors">
      <h4 id={id} className="minor-title">
        <ThaiText text={t('scoring.sectors.title')} />
      </h4>
      {!anySector ? (
        <p className="muted" data-testid="sectors-none">
          <ThaiText text={t('scoring.sectors.none')} />
        </p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table" aria-labelledby={id}>
              <thead>
                <tr>
                  <ColumnHead column="sector" />
                  <ColumnHead column="n" full="scoring.stats.n" />
                  <ColumnHead column="median" full="scoring.stats.median" />
                  <ColumnHead column="iqr" full="scoring.stats.iqr" />
                  <ColumnHead column="consensus" full="scoring.stats.consensus" />
                  <ColumnHead column="divergence" />
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <SectorRow key={row.sector ?? ''} row={row} divergence={row.sector ? divergence.get(row.sector) : undefined} language={language} minGroupSize={minGroupSize} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="field-hint">
            <ThaiText text={t('scoring.sectors.note', { min: minGroupSize })} />
          </p>
        </>
      )}
    </div>
  );
}

function SectorRow({ row, divergence, language, minGroupSize }: { row: SectorBreakdown; divergence: SectorDivergence | undefined; language: Language; minGroupSize: number }) {
  const { t } = useTranslation();
  const label = pick(row.label, language);
  if (row.suppressed) {
    return (
      <tr className="row-withheld" data-testid={`sector-${row.sector ?? 'none'}`} data-suppressed={row.reason}>
        <th scope="row">
          <ThaiText text={label} />
        </th>
        <td colSpan={5} className="withheld">
          <ThaiText text={row.reason === 'complementary' ? t('scoring.sectors.complementary') : t('scoring.sectors.belowMinimum', { min: minGroupSize })} />
        </td>
      </tr>
    );
  }
  const s = row.statistics;
  return (
    <tr data-testid={`sector-${row.sector ?? 'none'}`}>
      <th scope="row">
        <ThaiText text={label} />
      </th>
      <td className="num">{s.n}</td>
      <td className="num">{formatLevel(s.median)}</td>
      <td className="num">{formatLevel(s.iqr)}</td>
      <td className="num">{formatConsensus(s.consensus)}</td>
      <td data-testid={`sector-${row.sector ?? 'none'}-divergence`} data-diverges={divergence?.assessed && divergence.diverges ? 'yes' : 'no'}>
        <DivergenceCell divergence={divergence} />
      </td>
    </tr>
  );
}

function DivergenceCell({ divergence }: { divergence: SectorDivergence | undefined }) {
  const { t } = useTranslation();
  if (!divergence) return <span className="muted">—</span>;
  if (!divergence.assessed) return <span className="muted"><ThaiText text={t('scoring.sectors.notAssessed')} /></span>;
  if (!divergence.diverges) return <span className="muted"><ThaiText text={t('scoring.sectors.inLine')} /></span>;
  const higher = divergence.difference > 0;
  return (
    <span className={`flag ${higher ? 'flag-higher' : 'flag-lower'}`}>
      <span aria-hidden="true">{higher ? '▲' : '▼'}</span>{' '}
      <ThaiText
        text={t(higher ? 'scoring.sectors.higher' : 'scoring.sectors.lower', {
          difference: formatLevel(Math.abs(divergence.difference)),
          rest: formatLevel(divergence.restMedian),
        })}
      />
    </span>
  );
}

const TEXT_COLUMNS = new Set<Column>(['round', 'sector', 'divergence', 'component']);
type Column = 'round' | 'n' | 'median' | 'iqr' | 'consensus' | 'target' | 'gap' | 'shift' | 'sector' | 'divergence' | 'component';
type FullName = 'scoring.stats.round' | 'scoring.stats.n' | 'scoring.stats.median' | 'scoring.stats.iqr' | 'scoring.stats.consensus' | 'scoring.stats.target' | 'scoring.stats.gap' | 'scoring.stats.shiftShort';

/**
 * A table column's short name, with the full name as its tooltip. Kept on one line (plain text and
 * nowrap, not ThaiText, whose <wbr>s would still let a compound such as เป้า|หมาย split).
 */
export function ColumnHead({ column, full }: { column: Column; full?: FullName }) {
  const { t } = useTranslation();
  return (
    <th scope="col" className={TEXT_COLUMNS.has(column) ? undefined : 'num'} title={full ? t(full) : undefined}>
      {t(`scoring.column.${column}`)}
    </th>
  );
}
