/**
 * What the workshop decided: the priority ranking, the action plan (what, who, when in พ.ศ.,
 * indicator), how the workshop met the four principles, and the raw distributions appendix.
 */
import type { ActionItem } from '../../domain/outcomes';
import { attendance } from '../../people/attendance';
import { equalityCheck } from '../../people/equality';
import { workshopPlanOrder, type PlanEntry } from '../../polls/plan-order';
import { dotRanking } from '../../polls/results';
import type { MinutesContext } from '../context';
import type { MinutesBlock, RichText, TableCell, TableColumn, TextRun } from '../model';
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
    // Items with as many dots share a rank; said in words ("๑ (ร่วม)") rather than left to guess.
    const sharing = (rank: number) => ranking.items.filter((other) => other.rank === rank).length > 1;
    const anyTied = ranking.items.some((item) => sharing(item.rank));
    blocks.push({
      kind: 'table',
      caption: ctx.tableCaption(question),
      columns: [
        { header: words.rankColumn, width: { fraction: anyTied ? 0.13 : 0.09 }, align: 'right' },
        { header: words.itemColumn, width: 'fill' },
        { header: words.dotsColumn, width: { fraction: 0.11 }, align: 'right' },
        { header: words.votersColumn, width: { fraction: 0.14 }, align: 'right' },
      ],
      rows: ranking.items.map((item) => [
        { text: [{ text: sharing(item.rank) ? words.jointRank(fmt.int(item.rank)) : fmt.int(item.rank), keepTogether: true }], align: 'right' },
        ctx.text(item.label),
        { text: fmt.int(item.dots), align: 'right' },
        { text: fmt.int(item.voters), align: 'right' },
      ]),
      keepRowsTogether: true,
      ...(anyTied ? { note: words.jointRankNote } : {}),
    });
  }
  return blocks;
}

/**
 * The action plan in its one order (shared/polls/plan-order.ts, as on the facilitator's screen and
 * the projector): the actions chosen into it, or every action when none was chosen yet; `others`
 * are the actions not (yet) in it.
 */
export function planEntries(ctx: MinutesContext): { plan: PlanEntry[]; others: PlanEntry[] } {
  const actions = ctx.workshop.actions.filter((a) => a.title.trim() !== '');
  const chosen = actions.filter((a) => a.inPlan);
  if (chosen.length === 0) return { plan: workshopPlanOrder(ctx.workshop, actions), others: [] };
  return { plan: workshopPlanOrder(ctx.workshop, chosen), others: workshopPlanOrder(ctx.workshop, actions.filter((a) => !a.inPlan)) };
}

/** `planEntries`' actions alone. */
export function planActions(ctx: MinutesContext): { plan: ActionItem[]; others: ActionItem[] } {
  const { plan, others } = planEntries(ctx);
  return { plan: plan.map((entry) => entry.action), others: others.map((entry) => entry.action) };
}

function actionTable(ctx: MinutesContext, entries: readonly PlanEntry[], caption: string): MinutesBlock {
  const { words, fmt } = ctx;
  const codeOf = new Map(ctx.workshop.framework.components.map((c) => [c.id, c.code]));
  const columns: TableColumn[] = [
    { header: words.numberColumn, width: { fraction: 0.06 }, align: 'right' },
    { header: words.actionColumn, width: 'fill' },
    { header: words.priorityColumn, width: { fraction: 0.13 } },
    { header: words.ownerColumn, width: { fraction: 0.16 } },
    { header: words.dueColumn, width: { fraction: 0.14 } },
    { header: words.indicatorColumn, width: { fraction: 0.16 } },
  ];
  const rows: TableCell[][] = entries.map(({ action, rank, tied }, index) => {
    const code = action.componentId ? codeOf.get(action.componentId) : undefined;
    // "(องค์ประกอบที่ ๐๓, อันดับโหวต ๔)": each part kept whole, a line may break between them.
    const notes = [code ? words.forComponent(fmt.digits(code)) : null, rank !== null ? words.voteRank(fmt.int(rank), tied) : null].filter((note): note is string => note !== null);
    const noteRuns: TextRun[] = notes.flatMap((note, i) => {
      const run: TextRun = { text: `${i === 0 ? '(' : ''}${note}${i === notes.length - 1 ? ')' : ','}`, italics: true, keepTogether: true };
      return i === 0 ? [run] : [{ text: ' ', italics: true }, run];
    });
    const what: RichText = notes.length > 0 ? [{ text: `${action.title.trim()} ` }, ...noteRuns] : action.title.trim();
    const owner = action.owner.trim();
    const due = fmt.dateShort(action.due);
    return [
      { text: fmt.int(index + 1), align: 'right' },
      what,
      { text: [{ text: words.priorityLevel[action.priority], keepTogether: true }] },
      owner ? owner : { text: words.notSet, muted: true },
      due ? { text: [{ text: due, keepTogether: true }] } : { text: words.notSet, muted: true },
      action.indicator.trim() || { text: '—', muted: true },
    ];
  });
  return { kind: 'table', caption: ctx.tableCaption(caption), columns, rows };
}

export function actionBlocks(ctx: MinutesContext): MinutesBlock[] {
  const { words, fmt } = ctx;
  const blocks: MinutesBlock[] = [ctx.section(words.actionsHeading, 'actions')];
  const { plan, others } = planEntries(ctx);
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

  // P1: results shown to the room. Counted from what the host recorded the projector drawing
  // (`shownAt`), not from the round's state: a round revealed while the screen was blank was never
  // seen there, and one shown then hidden was. When some round's results went to the phones but
  // never up on the screen, the rounds revealed (on the phones) are said apart.
  const rounds = workshop.polls.filter((p) => p.kind === 'maturity' || p.kind === 'dots').flatMap((p) => p.rounds);
  const shown = rounds.filter((r) => r.shownAt !== undefined).length;
  const revealed = rounds.filter((r) => r.state === 'revealed');
  const phonesOnly = revealed.some((r) => r.shownAt === undefined);
  const p1 = rounds.length === 0 ? words.p1NoRounds : words.p1(fmt.int(shown), fmt.int(rounds.length), phonesOnly ? fmt.int(revealed.length) : null);

  // P2: who took part, by sector (small groups withheld), and how many responded.
  const present = attendance(workshop).present;
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
