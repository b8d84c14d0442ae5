/**
 * The framework summary, the overview of the eight components, and one sub-section per component:
 * its distribution, median, consensus, gap, the shift between rounds, the by-sector breakdown
 * (small groups withheld, as shared/scoring decides) and what the room recorded.
 */
import { histogramSvg } from '../../charts/histogram';
import { radarSvg } from '../../charts/radar';
import type { FrameworkComponent } from '../../domain/framework';
import { namedSources, type ComponentStatistics, type RoundStatistics, type SectorBreakdown } from '../../polls/results';
import type { MinutesContext } from '../context';
import { consensusBand } from '../figures';
import type { MinutesBlock, RichText, TableCell } from '../model';

export const HISTOGRAM_SIZE = { width: 440, height: 210 } as const;
export const RADAR_SIZE = { width: 440, height: 330 } as const;
/** Chart text a little smaller than the body, as figure labels are. */
export const CHART_FONT_SIZE = 11;

export function frameworkBlocks(ctx: MinutesContext): MinutesBlock[] {
  const { framework } = ctx.workshop;
  const { words, fmt } = ctx;
  return [
    ctx.section(ctx.text(framework.name) || words.frameworkHeading, 'framework'),
    { kind: 'paragraph', text: ctx.text(framework.definition), indent: 1 },
    { kind: 'heading', level: 4, text: words.principlesLabel(fmt.int(framework.principles.length)) },
    { kind: 'list', items: framework.principles.map((p) => ({ marker: `${fmt.int(p.number)}.`, text: ctx.text(p.name) })) },
    { kind: 'heading', level: 4, text: words.componentsLabel(fmt.int(framework.components.length)) },
    { kind: 'list', items: framework.components.map((c) => ({ marker: `${fmt.digits(c.code)}`, text: ctx.text(c.name) })) },
    { kind: 'paragraph', text: ctx.text(framework.source), tone: 'note' },
  ];
}

const latest = (stats: ComponentStatistics): RoundStatistics | undefined => stats.rounds.at(-1);

function componentLabel(ctx: MinutesContext, component: { code: string; name: { th: string; en: string } }): string {
  return `${ctx.fmt.digits(component.code)} ${ctx.text(component.name)}`;
}

export function overviewBlocks(ctx: MinutesContext): MinutesBlock[] {
  const { words, fmt } = ctx;
  const blocks: MinutesBlock[] = [ctx.section(words.overviewHeading, 'overview'), { kind: 'paragraph', text: fmt.digits(words.overviewIntro), indent: 1 }];
  const scored = ctx.statistics.filter((s) => latest(s) !== undefined);
  if (scored.length > 0 && ctx.statistics.length >= 3) {
    const axes = ctx.statistics.map((s) => ({ label: fmt.digits(s.code) }));
    const series = [{ name: words.currentSeries, values: ctx.statistics.map((s) => latest(s)?.current.median ?? null) }];
    if (ctx.statistics.some((s) => s.askTarget && latest(s)?.targetMedian != null)) {
      series.push({ name: words.targetSeries, values: ctx.statistics.map((s) => latest(s)?.targetMedian ?? null) });
    }
    blocks.push({
      kind: 'figure',
      svg: radarSvg({ axes, series, ...RADAR_SIZE, fontSize: CHART_FONT_SIZE }),
      ...RADAR_SIZE,
      caption: ctx.figureCaption(words.radarCaption),
    });
  }
  const rows: TableCell[][] = ctx.statistics.map((s) => {
    const round = latest(s);
    const number = (text: string): TableCell => ({ text, align: 'right', muted: text === '—' });
    if (!round) return [componentLabel(ctx, s), { text: words.notScored, colSpan: 6, muted: true }, null, null, null, null, null];
    return [
      componentLabel(ctx, s),
      number(fmt.int(round.current.n)),
      number(fmt.level(round.current.median)),
      number(s.askTarget ? fmt.level(round.targetMedian) : '—'),
      number(s.askTarget ? fmt.signed(round.gap) : '—'),
      number(fmt.consensus(round.current.consensus)),
      number(round.shift ? fmt.signed(round.shift.median) : '—'),
    ];
  });
  blocks.push({
    kind: 'table',
    caption: ctx.tableCaption(words.overviewHeading),
    columns: [
      { header: words.componentColumn, width: 'fill' },
      { header: words.respondentsColumn, width: { fraction: 0.1 }, align: 'right' },
      { header: words.medianColumn, width: { fraction: 0.12 }, align: 'right' },
      { header: words.targetColumn, width: { fraction: 0.11 }, align: 'right' },
      { header: words.gapColumn, width: { fraction: 0.1 }, align: 'right' },
      { header: words.consensusColumn, width: { fraction: 0.13 }, align: 'right' },
      { header: words.shiftColumn, width: { fraction: 0.13 }, align: 'right' },
    ],
    rows,
    keepRowsTogether: true,
    note: fmt.digits(words.scaleNote),
  });
  return blocks;
}

/** Phrases a line may break between but not inside ("มัธยฐาน ๓ → ๓ (ไม่เปลี่ยน)" stays whole). */
function phrases(parts: readonly string[]): RichText {
  return parts.map((text, i) => ({ text: i < parts.length - 1 ? `${text} ` : text, keepTogether: true }));
}

function levelWithName(ctx: MinutesContext, component: FrameworkComponent | undefined, value: number | null): string {
  if (value === null) return '—';
  const name = Number.isInteger(value) && component ? ctx.text(component.levels[value - 1]!.name) : '';
  return name ? ctx.words.levelName(ctx.fmt.level(value), `(${name})`) : ctx.fmt.level(value);
}

function respondentsText(ctx: MinutesContext, round: RoundStatistics): string {
  const { words, fmt } = ctx;
  const rate = round.responseRate;
  const base =
    rate.rate === null
      ? words.respondentsNoRate(fmt.int(round.current.n))
      : words.respondents(fmt.int(round.current.n), fmt.percent(rate.rate), fmt.int(rate.checkedIn));
  // Said only when not every response came from a phone.
  if (round.from.entered === 0 && round.from.tally === 0) return base;
  return `${base}; ${words.sources(namedSources(round.from).map(({ origin, count }) => ({ origin, count: fmt.int(count) })))}`;
}

function breakdownRow(ctx: MinutesContext, entry: SectorBreakdown): TableCell[] | null {
  const { words, fmt } = ctx;
  const label = ctx.text(entry.label);
  if (!entry.suppressed) {
    const s = entry.statistics;
    return [label, { text: fmt.int(s.n), align: 'right' }, { text: fmt.level(s.median), align: 'right' }, { text: fmt.consensus(s.consensus), align: 'right' }];
  }
  if (entry.reason === 'no-responses') return null;
  const text = entry.reason === 'below-minimum' ? words.suppressedRow(fmt.int(ctx.workshop.settings.minGroupSize)) : words.withheldRow;
  return [label, { text, colSpan: 3, muted: true }, null, null];
}

function entriesList(items: readonly { text: string }[]): MinutesBlock {
  return { kind: 'list', items: items.map((item) => ({ marker: '•', text: item.text.trim() })) };
}

function discussionBlocks(ctx: MinutesContext, componentId: string): MinutesBlock[] {
  const { words } = ctx;
  const notes = ctx.workshop.componentNotes.find((n) => n.componentId === componentId);
  const blocks: MinutesBlock[] = [];
  const paragraphs = (notes?.notes ?? '')
    .split(/\n\s*\n|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (paragraphs.length > 0) {
    blocks.push({ kind: 'heading', level: 4, text: words.notesLabel });
    for (const text of paragraphs) blocks.push({ kind: 'paragraph', text, indent: 1 });
  }
  const evidence = (notes?.evidence ?? []).filter((e) => e.text.trim() || e.url.trim());
  if (evidence.length > 0) {
    blocks.push({ kind: 'heading', level: 4, text: words.evidenceLabel });
    blocks.push({
      kind: 'list',
      items: evidence.map((e) => {
        const text: RichText = e.url.trim() ? [{ text: e.text.trim() || e.url.trim() }, ...(e.text.trim() ? [{ text: ` (${e.url.trim()})`, italics: true }] : [])] : e.text.trim();
        return { marker: '•', text };
      }),
    });
  }
  const lists = [
    [words.strengthsLabel, notes?.strengths ?? []],
    [words.gapsLabel, notes?.gaps ?? []],
    [words.ideasLabel, notes?.ideas ?? []],
  ] as const;
  for (const [label, entries] of lists) {
    const filled = entries.filter((e) => e.text.trim() !== '');
    if (filled.length === 0) continue;
    blocks.push({ kind: 'heading', level: 4, text: label }, entriesList(filled));
  }
  if (blocks.length === 0) return [{ kind: 'paragraph', text: words.nothingRecorded, tone: 'note' }];
  return blocks;
}

export function componentBlocks(ctx: MinutesContext, stats: ComponentStatistics): MinutesBlock[] {
  const { words, fmt } = ctx;
  const component = ctx.workshop.framework.components.find((c) => c.id === stats.componentId);
  const label = `${words.componentCode(fmt.digits(stats.code))} ${ctx.text(stats.name)}`;
  const blocks: MinutesBlock[] = [ctx.subsection(label, `component-${stats.code}`)];
  if (component) blocks.push({ kind: 'paragraph', text: ctx.text(component.definition), tone: 'note' });
  const round = latest(stats);
  if (!round) {
    blocks.push({ kind: 'paragraph', text: words.notScored, indent: 1 });
    return [...blocks, ...discussionBlocks(ctx, stats.componentId)];
  }

  const levelLabels = Array.from({ length: round.current.counts.length }, (_, i) => {
    const name = component?.levels[i] ? ctx.text(component.levels[i]!.name) : '';
    return `${fmt.int(i + 1)} ${name}`.trim();
  });
  blocks.push({
    kind: 'figure',
    svg: histogramSvg({
      counts: round.current.counts,
      levelLabels,
      abstain: round.current.abstentions,
      abstainLabel: words.abstainLabel,
      highlightMedian: round.current.median,
      ...HISTOGRAM_SIZE,
      fontSize: CHART_FONT_SIZE,
      formatNumber: (value) => fmt.int(value),
    }),
    ...HISTOGRAM_SIZE,
    caption: ctx.figureCaption(words.histogramCaption(words.componentCode(fmt.digits(stats.code)), fmt.int(round.round), fmt.int(round.current.n))),
  });

  const consensus = round.current.consensus;
  const items: { key: string; value: RichText }[] = [
    { key: words.keyRespondents, value: respondentsText(ctx, round) },
    { key: words.keyMedian, value: [{ text: levelWithName(ctx, component, round.current.median), bold: true }] },
  ];
  if (stats.askTarget) {
    items.push({ key: words.keyTarget, value: levelWithName(ctx, component, round.targetMedian) });
    items.push({ key: words.keyGap, value: fmt.signed(round.gap) });
  }
  items.push({ key: words.keyConsensus, value: consensus === null ? '—' : `${fmt.consensus(consensus)} (${words.consensusBand[consensusBand(consensus)]})` });
  const previous = stats.rounds.at(-2);
  items.push({
    key: words.keyShift,
    value:
      round.shift && previous
        ? phrases(words.shiftText({
            from: fmt.int(previous.round),
            to: fmt.int(round.round),
            medianBefore: fmt.level(previous.current.median),
            medianAfter: fmt.level(round.current.median),
            medianChange: round.shift.median === null ? '—' : words.levelChange(round.shift.median, fmt.signed(round.shift.median)),
            consensusBefore: fmt.consensus(previous.current.consensus),
            consensusAfter: fmt.consensus(round.current.consensus),
            nBefore: fmt.int(round.shift.n.before),
            nAfter: fmt.int(round.shift.n.after),
          }))
        : words.oneRound,
  });
  blocks.push({ kind: 'keyValue', items });

  if (stats.rounds.length > 1) {
    blocks.push({
      kind: 'table',
      caption: ctx.tableCaption(words.roundsTableCaption(words.componentCode(fmt.digits(stats.code)))),
      columns: [
        { header: words.roundColumn, width: 'fill' },
        { header: words.respondentsColumn, width: { fraction: 0.14 }, align: 'right' },
        { header: words.medianColumn, width: { fraction: 0.14 }, align: 'right' },
        { header: words.targetColumn, width: { fraction: 0.14 }, align: 'right' },
        { header: words.consensusColumn, width: { fraction: 0.16 }, align: 'right' },
      ],
      rows: stats.rounds.map((r) => [
        words.roundLabel(fmt.int(r.round)),
        { text: fmt.int(r.current.n), align: 'right' },
        { text: fmt.level(r.current.median), align: 'right' },
        { text: stats.askTarget ? fmt.level(r.targetMedian) : '—', align: 'right' },
        { text: fmt.consensus(r.current.consensus), align: 'right' },
      ]),
      keepRowsTogether: true,
    });
  }

  // One breakdown per poll (the latest round): two breakdowns could be subtracted from each other.
  const rows = round.bySector.map((entry) => breakdownRow(ctx, entry)).filter((row): row is TableCell[] => row !== null);
  if (rows.length > 0) {
    const min = fmt.int(ctx.workshop.settings.minGroupSize);
    blocks.push({
      kind: 'table',
      caption: ctx.tableCaption(`${words.byGroupHeading} ${words.componentCode(fmt.digits(stats.code))}`),
      columns: [
        { header: words.sectorColumn, width: 'fill' },
        { header: words.respondentsColumn, width: { fraction: 0.14 }, align: 'right' },
        { header: words.medianColumn, width: { fraction: 0.14 }, align: 'right' },
        { header: words.consensusColumn, width: { fraction: 0.16 }, align: 'right' },
      ],
      rows,
      keepRowsTogether: true,
      note: words.byGroupIntro(fmt.int(round.round), min),
    });
    if (round.bySector.every((entry) => entry.suppressed)) blocks.push({ kind: 'paragraph', text: words.noGroupFigures, tone: 'note' });
    const divergent = round.divergence.flatMap((d) => (d.assessed && d.diverges ? [d] : []));
    if (divergent.length > 0) {
      blocks.push({
        kind: 'list',
        items: divergent.map((d) => {
          const sector = ctx.text(d.label);
          const diff = fmt.level(Math.abs(d.difference));
          return { marker: '•', text: d.difference > 0 ? words.divergesHigher(sector, diff) : words.divergesLower(sector, diff) };
        }),
      });
    }
  }
  return [...blocks, ...discussionBlocks(ctx, stats.componentId)];
}

export function componentsBlocks(ctx: MinutesContext): MinutesBlock[] {
  return [ctx.section(ctx.words.results, 'results'), ...ctx.statistics.flatMap((stats) => componentBlocks(ctx, stats))];
}
