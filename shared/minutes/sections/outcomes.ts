/**
 * What the workshop decided: the priority ranking, the action plan (what, who, when in พ.ศ.,
 * indicator), how the workshop met the four principles, and the raw distributions appendix.
 */
import type { ActionItem } from '../../domain/outcomes';
import { PRIORITIES } from '../../domain/outcomes';
import { equalityCheck } from '../../people/equality';
import { dotRanking } from '../../polls/results';
import type { MinutesContext } from '../context';
import type { MinutesBlock, RichText, TableCell, TableColumn } from '../model';
import { attendanceBySector } from './front';

export function prioritiesBlocks(ctx: MinutesContext): MinutesBlock[] {
  const { words, fmt } = ctx;
  const blocks: MinutesBlock[] = [ctx.section(words.prioritiesHeading, 'priorities')];
  const rankings = ctx.workshop.polls
    .filter((poll) => poll.kind === 'dots')
    .map((poll) => dotRanking(ctx.workshop, poll.id))
    .filter((ranking) => ranking !== null && ranking.round !== null && ranking.items.length > 0);
  if (rankings.length === 0) return [...blocks, { kind: 'paragraph', text: words.noPriorities, indent: 1 }];
  for (const ranking of rankings) {
    if (!ranking) continue;
    const question = ctx.text(ranking.question);
    blocks.push({ kind: 'heading', level: 4, text: question });
    blocks.push({
      kind: 'paragraph',
      text: words.rankingIntro(fmt.int(ranking.respondents), fmt.int(ranking.dotsPlaced), fmt.int(ranking.round ?? 1)),
      indent: 1,
    });
    blocks.push({
      kind: 'table',
      caption: ctx.tableCaption(question),
      columns: [
        { header: words.rankColumn, width: { fraction: 0.09 }, align: 'right' },
        { header: words.itemColumn, width: 'fill' },
        { header: words.dotsColumn, width: { fraction: 0.11 }, align: 'right' },
        { header: words.votersColumn, width: { fraction: 0.14 }, align: 'right' },
      ],
      rows: ranking.items.map((item) => [
        { text: fmt.int(item.rank), align: 'right' },
        ctx.text(item.label),
        { text: fmt.int(item.dots), align: 'right' },
        { text: fmt.int(item.voters), align: 'right' },
      ]),
      keepRowsTogether: true,
    });
  }
  return blocks;
}

const PRIORITY_ORDER = new Map(PRIORITIES.map((p, i) => [p, i]));

/** High before medium before low; then the earliest due date; undated last; then as entered. */
function planOrder(actions: readonly ActionItem[]): ActionItem[] {
  return actions
    .map((action, index) => ({ action, index }))
    .sort(
      (a, b) =>
        PRIORITY_ORDER.get(a.action.priority)! - PRIORITY_ORDER.get(b.action.priority)! ||
        (a.action.due || '9999').localeCompare(b.action.due || '9999') ||
        a.index - b.index,
    )
    .map(({ action }) => action);
}

/** The actions of the plan: those chosen into it, or every action when none was chosen yet. */
export function planActions(ctx: MinutesContext): { plan: ActionItem[]; others: ActionItem[] } {
  const actions = ctx.workshop.actions.filter((a) => a.title.trim() !== '');
  const chosen = actions.filter((a) => a.inPlan);
  if (chosen.length === 0) return { plan: planOrder(actions), others: [] };
  return { plan: planOrder(chosen), others: planOrder(actions.filter((a) => !a.inPlan)) };
}

function actionTable(ctx: MinutesContext, actions: readonly ActionItem[], caption: string): MinutesBlock {
  const { words, fmt } = ctx;
  const codeOf = new Map(ctx.workshop.framework.components.map((c) => [c.id, c.code]));
  const columns: TableColumn[] = [
    { header: words.numberColumn, width: { fraction: 0.06 }, align: 'right' },
    { header: words.actionColumn, width: 'fill' },
    { header: words.ownerColumn, width: { fraction: 0.17 } },
    { header: words.dueColumn, width: { fraction: 0.17 } },
    { header: words.indicatorColumn, width: { fraction: 0.2 } },
  ];
  const rows: TableCell[][] = [];
  let number = 0;
  for (const priority of PRIORITIES) {
    const group = actions.filter((a) => a.priority === priority);
    if (group.length === 0) continue;
    rows.push([{ text: [{ text: words.priority[priority], bold: true }], colSpan: columns.length, group: true }, null, null, null, null]);
    for (const action of group) {
      number += 1;
      const code = action.componentId ? codeOf.get(action.componentId) : undefined;
      const what: RichText = code
        ? [{ text: `${action.title.trim()} ` }, { text: words.forComponent(fmt.digits(code)), italics: true, keepTogether: true }]
        : action.title.trim();
      const owner = action.owner.trim();
      const due = fmt.dateShort(action.due);
      rows.push([
        { text: fmt.int(number), align: 'right' },
        what,
        owner ? owner : { text: words.notSet, muted: true },
        due ? { text: [{ text: due, keepTogether: true }] } : { text: words.notSet, muted: true },
        action.indicator.trim() || { text: '—', muted: true },
      ]);
    }
  }
  return { kind: 'table', caption: ctx.tableCaption(caption), columns, rows };
}

export function actionBlocks(ctx: MinutesContext): MinutesBlock[] {
  const { words, fmt } = ctx;
  const blocks: MinutesBlock[] = [ctx.section(words.actionsHeading, 'actions')];
  const { plan, others } = planActions(ctx);
  if (plan.length === 0) return [...blocks, { kind: 'paragraph', text: words.noActions, indent: 1 }];
  blocks.push({ kind: 'paragraph', text: words.actionsIntro(fmt.int(plan.length)), indent: 1 });
  blocks.push(actionTable(ctx, plan, words.actionsHeading));
  if (others.length > 0) {
    blocks.push({ kind: 'heading', level: 4, text: words.otherActionsHeading });
    blocks.push({ kind: 'paragraph', text: words.otherActionsIntro(fmt.int(others.length)), indent: 1 });
    blocks.push(actionTable(ctx, others, words.otherActionsHeading));
  }
  return blocks;
}

export function principlesBlocks(ctx: MinutesContext): MinutesBlock[] {
  const { words, fmt, workshop } = ctx;
  const principles = workshop.framework.principles;
  const name = (id: string, fallback: number) => {
    const p = principles.find((x) => x.id === id) ?? principles[fallback];
    return p ? `${fmt.int(p.number)}. ${ctx.text(p.name)}` : id;
  };

  // P1: results shown to the room as each round closed.
  const rounds = workshop.polls.filter((p) => p.kind === 'maturity' || p.kind === 'dots').flatMap((p) => p.rounds);
  const revealed = rounds.filter((r) => r.state === 'revealed').length;
  const p1 = rounds.length === 0 ? words.p1NoRounds : words.p1(fmt.int(revealed), fmt.int(rounds.length));

  // P2: who took part, by sector (small groups withheld), and how many responded.
  const present = workshop.participants.filter((p) => p.checkedInAt !== null).length;
  const sectors = attendanceBySector(ctx).filter((row) => !(row.present.kind === 'exact' && row.present.value === 0));
  const bySector = sectors.map((row) => `${row.label} ${fmt.groupCount(row.present)}`).join(', ');
  const rates = ctx.statistics.flatMap((s) => {
    const rate = s.rounds.at(-1)?.responseRate.rate;
    return rate === null || rate === undefined ? [] : [rate];
  });
  const p2Rates = rates.length === 0 ? words.p2NoRates : words.p2Rates(fmt.percent(rates.reduce((a, b) => a + b, 0) / rates.length), fmt.percent(Math.min(...rates)), fmt.percent(Math.max(...rates)));
  const p2 = `${words.p2(fmt.int(present), fmt.int(sectors.length), bySector || words.none)}\n${p2Rates}`;

  // P3: actions with owners and dates.
  const { plan } = planActions(ctx);
  const withOwner = plan.filter((a) => a.owner.trim() !== '').length;
  const withDue = plan.filter((a) => a.due !== '').length;
  const complete = plan.filter((a) => a.owner.trim() !== '' && a.due !== '').length;
  const p3 =
    plan.length === 0
      ? words.p3None
      : complete === plan.length
        ? words.p3(fmt.int(plan.length), fmt.int(complete))
        : `${words.p3(fmt.int(plan.length), fmt.int(complete))}\n${words.p3Missing(fmt.int(plan.length - withOwner), fmt.int(plan.length - withDue))}`;

  // P4: which sectors and social groups were represented, and which were missing.
  const report = equalityCheck(workshop);
  const label = (row: { label: { th: string; en: string } }) => ctx.text(row.label);
  const presentSectors = report.sectors.filter((s) => s.status !== 'missing').map(label);
  const missingSectors = report.sectors.filter((s) => s.status === 'missing' && s.id !== 'other').map(label);
  let p4 = words.p4(presentSectors.join(', ') || words.none, missingSectors.join(', ') || words.none);
  if (report.groupsDeclaredBy > 0) {
    const missingGroups = report.socialGroups.filter((g) => g.status === 'missing').map(label);
    p4 += `\n${words.p4Groups(fmt.int(report.groupsDeclaredBy), missingGroups.join(', ') || words.none)}`;
  }

  return [
    ctx.section(words.principlesHeading(fmt.int(principles.length)), 'principles'),
    { kind: 'paragraph', text: words.principlesIntro, indent: 1 },
    {
      kind: 'table',
      caption: ctx.tableCaption(words.principlesHeading(fmt.int(principles.length))),
      columns: [
        { header: words.principleColumn, width: { fraction: 0.3 } },
        { header: words.whatWeDidColumn, width: 'fill' },
      ],
      rows: [
        [name('P1', 0), p1],
        [name('P2', 1), p2],
        [name('P3', 2), p3],
        [name('P4', 3), p4],
      ],
    },
    { kind: 'paragraph', text: words.ita, indent: 1 },
  ];
}

export function appendixBlocks(ctx: MinutesContext): MinutesBlock[] {
  const { words, fmt } = ctx;
  const levels = 5;
  const columns: TableColumn[] = [
    { header: words.componentColumn, width: { fraction: 0.13 } },
    { header: words.roundColumn, width: { fraction: 0.08 }, align: 'right' },
    { header: '', width: 'fill' },
    ...Array.from({ length: levels }, (_, i): TableColumn => ({ header: fmt.int(i + 1), width: { fraction: 0.08 }, align: 'right' })),
    { header: words.abstainColumn, width: { fraction: 0.1 }, align: 'right' },
    { header: words.totalColumn, width: { fraction: 0.08 }, align: 'right' },
  ];
  const rows: TableCell[][] = [];
  for (const stats of ctx.statistics) {
    for (const round of stats.rounds) {
      const row = (kind: string, counts: readonly number[], abstain: number | null, n: number): TableCell[] => [
        fmt.digits(stats.code),
        { text: fmt.int(round.round), align: 'right' },
        kind,
        ...counts.map((count): TableCell => ({ text: fmt.int(count), align: 'right' })),
        { text: abstain === null ? '—' : fmt.int(abstain), align: 'right', muted: abstain === null },
        { text: fmt.int(n), align: 'right' },
      ];
      rows.push(row(words.currentRow, round.current.counts, round.current.abstentions, round.current.n));
      if (round.target) rows.push(row(words.targetRow, round.target.counts, null, round.target.answered));
    }
  }
  const heading: MinutesBlock = { kind: 'heading', level: 2, text: words.appendixHeading, section: 'appendix' };
  if (rows.length === 0) return [{ kind: 'pageBreak' }, heading, { kind: 'paragraph', text: words.p1NoRounds, indent: 1 }];
  return [
    { kind: 'pageBreak' },
    heading,
    { kind: 'paragraph', text: fmt.digits(words.appendixIntro), indent: 1 },
    { kind: 'table', caption: ctx.tableCaption(words.appendixHeading), columns, rows, keepRowsTogether: true },
  ];
}
