/**
 * The stakeholder map (figure and table) and who was in the room (representation figures and the
 * equality check's sentences). Stakeholders are organisations, not people: they are named in any
 * export. Counts of people in a sector or social group below the minimum group size are withheld.
 */
import { quadrantOf, QUADRANTS, stakeholderGridSvg, type Quadrant } from '../../charts/stakeholder-grid';
import { representationSvg, type RepresentationRow } from '../../charts/representation';
import { IAP2_LABELS, type Stakeholder } from '../../domain/stakeholders';
import { equalityCheck, type GroupPresence } from '../../people/equality';
import { QUADRANT_LABELS } from '../../people/quadrant-labels';
import type { MinutesContext } from '../context';
import type { MinutesBlock, TableCell } from '../model';
import { CHART_FONT_SIZE } from './assessment';

export const GRID_SIZE = { width: 460, height: 360 } as const;
const REPRESENTATION_WIDTH = 440;

function sectorLabel(ctx: MinutesContext, id: string): string {
  const sector = ctx.workshop.settings.sectors.find((s) => s.id === id);
  return sector ? ctx.text(sector.label) : id;
}

function participation(ctx: MinutesContext, stakeholder: Stakeholder): string {
  const level = (value: Stakeholder['currentLevel']) => (value ? ctx.text(IAP2_LABELS[value]) : '—');
  if (!stakeholder.currentLevel && !stakeholder.desiredLevel) return '—';
  return `${level(stakeholder.currentLevel)} → ${level(stakeholder.desiredLevel)}`;
}

export function stakeholderBlocks(ctx: MinutesContext): MinutesBlock[] {
  const { words, fmt } = ctx;
  const stakeholders = ctx.workshop.stakeholders;
  const blocks: MinutesBlock[] = [ctx.section(words.stakeholdersHeading, 'stakeholders')];
  if (stakeholders.length === 0) return [...blocks, { kind: 'paragraph', text: words.noStakeholders, indent: 1 }];
  blocks.push({ kind: 'paragraph', text: fmt.digits(words.stakeholdersIntro), indent: 1 });

  const quadrantLabels = Object.fromEntries(QUADRANTS.map((q) => [q.id, ctx.text(QUADRANT_LABELS[q.id])])) as Record<Quadrant, string>;
  const gridOptions = {
    stakeholders: stakeholders.map((s) => ({ id: s.id, name: s.name.trim() || '—', influence: s.influence, interest: s.interest })),
    quadrantLabels,
    axisLabels: { influence: words.axisInfluence, interest: words.axisInterest },
    ...GRID_SIZE,
    fontSize: CHART_FONT_SIZE,
    formatNumber: (value: number) => fmt.int(value),
  };
  blocks.push({ kind: 'figure', svg: stakeholderGridSvg(gridOptions), ...GRID_SIZE, caption: ctx.figureCaption(words.gridCaption) });
  // A name that does not fit a crowded cell of the grid is still in the table below.

  // Grouped by how to engage them (Mendelow), most influential first within each group.
  const columns = [
    { header: words.numberColumn, width: { fraction: 0.06 }, align: 'right' as const },
    { header: words.stakeholderColumn, width: 'fill' as const },
    { header: words.sectorColumn, width: { fraction: 0.2 } },
    { header: `${words.influenceColumn} / ${words.interestColumn}`, width: { fraction: 0.13 }, align: 'center' as const },
    { header: words.participationColumn, width: { fraction: 0.25 } },
  ];
  const rows: TableCell[][] = [];
  let number = 0;
  for (const quadrant of QUADRANTS) {
    const members = stakeholders
      .filter((s) => quadrantOf(s.influence, s.interest) === quadrant.id)
      .sort((a, b) => b.influence - a.influence || b.interest - a.interest || a.name.localeCompare(b.name, ctx.options.language));
    if (members.length === 0) continue;
    rows.push([{ text: [{ text: quadrantLabels[quadrant.id], bold: true }], colSpan: columns.length, group: true }, null, null, null, null]);
    for (const s of members) {
      number += 1;
      rows.push([
        { text: fmt.int(number), align: 'right' },
        s.name.trim() || '—',
        sectorLabel(ctx, s.sector),
        { text: `${fmt.int(s.influence)} / ${fmt.int(s.interest)}`, align: 'center' },
        participation(ctx, s),
      ]);
    }
  }
  blocks.push({ kind: 'table', caption: ctx.tableCaption(words.stakeholdersHeading), columns, rows, keepRowsTogether: true });
  return blocks;
}

function representationRows(ctx: MinutesContext, rows: readonly GroupPresence[], flagMissing: (row: GroupPresence) => boolean): RepresentationRow[] {
  return rows.map((row) => {
    const shown = row.inRoom.kind === 'exact';
    const flag = row.status === 'thin' ? 'thin' : row.status === 'missing' && flagMissing(row) ? 'missing' : undefined;
    return {
      label: ctx.text(row.label),
      count: row.inRoom.kind === 'exact' ? row.inRoom.value : 0,
      ...(shown ? {} : { suppressed: true }),
      ...(flag ? { flag } : {}),
    };
  });
}

function representationFigure(ctx: MinutesContext, rows: RepresentationRow[], caption: string): MinutesBlock {
  const { words, fmt } = ctx;
  const height = Math.max(120, 24 + rows.length * 30);
  return {
    kind: 'figure',
    svg: representationSvg({
      rows,
      labels: {
        suppressed: words.representationLabels.suppressed(fmt.int(ctx.workshop.settings.minGroupSize)),
        missing: words.representationLabels.missing,
        thin: words.representationLabels.thin,
      },
      width: REPRESENTATION_WIDTH,
      height,
      fontSize: CHART_FONT_SIZE,
      formatNumber: (value) => fmt.int(value),
    }),
    width: REPRESENTATION_WIDTH,
    height,
    caption: ctx.figureCaption(caption),
  };
}

export function representationBlocks(ctx: MinutesContext): MinutesBlock[] {
  const { words, fmt } = ctx;
  const report = equalityCheck(ctx.workshop);
  const blocks: MinutesBlock[] = [ctx.section(words.representationHeading, 'representation')];
  if (report.sectors.length > 0) {
    // "Other" nobody came from is not a gap worth flagging (as the equality check has it).
    blocks.push(representationFigure(ctx, representationRows(ctx, report.sectors, (row) => row.id !== 'other'), words.representationCaption));
  }
  if (report.groupsDeclaredBy > 0 && report.socialGroups.length > 0) {
    blocks.push(representationFigure(ctx, representationRows(ctx, report.socialGroups, () => true), words.socialGroupsCaption));
    blocks.push({ kind: 'paragraph', text: words.groupsDeclared(fmt.int(report.groupsDeclaredBy)), tone: 'note' });
  }
  blocks.push({ kind: 'heading', level: 4, text: words.equalityLabel });
  blocks.push({ kind: 'list', items: report.sentences.map((s) => ({ marker: '•', text: fmt.digits(ctx.text(s.text)) })) });
  return blocks;
}
