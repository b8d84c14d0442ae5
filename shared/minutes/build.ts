import type { Workshop } from '../domain/workshop';
import { suggestedFileName } from '../format/file-names';
import { dueDateWarning } from '../format/thai-date';
import { createContext, type MinutesContext } from './context';
import { MINUTES_FORMAT, MINUTES_VERSION, type MinutesBlock, type MinutesDocument, type MinutesOutlineEntry, type MinutesWarning } from './model';
import { resolveMinutesOptions, type MinutesOptions } from './options';
import { withNameMatchedPhonesPresent } from '../people/attendance';
import { shortenAtWord } from '../text/shorten';
import { unresolvedPhoneMatches } from './phone-matches';
import { frameworkBlocks, overviewBlocks, componentsBlocks } from './sections/assessment';
import {
  agendaBlocks,
  attendanceBlocks,
  closingBlocks,
  documentTitle,
  headerBlocks,
  objectivesBlocks,
  openingBlocks,
  signatureBlocks,
} from './sections/front';
import { actionBlocks, appendixBlocks, planActions, principlesBlocks, prioritiesBlocks } from './sections/outcomes';
import { representationBlocks, stakeholderBlocks } from './sections/people';

/**
 * The minutes of a workshop, as a format-neutral document (see model.ts), in the form Thai
 * agencies file: title lines, ผู้มาประชุม / ผู้ไม่มาประชุม, เริ่มประชุมเวลา, objectives and
 * agenda, the framework, the results overall and per component, stakeholders, representation,
 * priorities, the action plan, the four principles, เลิกประชุมเวลา, signatures, and optionally
 * the raw distributions. Pure and deterministic: the same workshop and options give the same
 * document.
 */
export function buildMinutes(workshop: Workshop, options: MinutesOptions = {}): MinutesDocument {
  const resolved = resolveMinutesOptions(workshop, options);
  // A phone whose name is on the register counts as that person everywhere in the minutes, also
  // when their entry was not ticked at the desk (never the same name present and absent).
  const ctx = createContext(withNameMatchedPhonesPresent(workshop), resolved);
  const blocks: MinutesBlock[] = [
    ...headerBlocks(ctx),
    ...attendanceBlocks(ctx),
    ...openingBlocks(ctx),
    ...objectivesBlocks(ctx),
    ...agendaBlocks(ctx),
    ...frameworkBlocks(ctx),
    ...overviewBlocks(ctx),
    ...componentsBlocks(ctx),
    ...stakeholderBlocks(ctx),
    ...representationBlocks(ctx),
    ...prioritiesBlocks(ctx),
    ...actionBlocks(ctx),
    ...principlesBlocks(ctx),
    ...closingBlocks(ctx),
    ...signatureBlocks(ctx),
    ...(resolved.appendixRawDistributions ? appendixBlocks(ctx) : []),
  ];
  const title = documentTitle(ctx).join(' ');
  return {
    format: MINUTES_FORMAT,
    version: MINUTES_VERSION,
    language: resolved.language,
    thaiDigits: resolved.thaiDigits,
    named: resolved.named,
    appendixRawDistributions: resolved.appendixRawDistributions,
    title,
    pageNumberTemplate: ctx.words.pageNumber,
    fileStem: fileStem(workshop, resolved.named, ctx),
    blocks,
    outline: outlineOf(blocks),
    warnings: warningsFor(ctx, workshop),
  };
}

/** The numbered sections and sub-sections, for the preview's table of contents and PDF bookmarks. */
function outlineOf(blocks: readonly MinutesBlock[]): MinutesOutlineEntry[] {
  const outline: MinutesOutlineEntry[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' && block.section && (block.level === 2 || block.level === 3)) {
      outline.push({ section: block.section, level: block.level, text: block.text, block: index });
    }
  });
  return outline;
}

/** "2569-12-15 รายงานการประชุม <title> (ไม่ระบุตัวตน)", without ".pdf": the shared naming rule. */
function fileStem(workshop: Workshop, named: boolean, ctx: MinutesContext): string {
  const name = suggestedFileName({
    kind: 'minutes',
    title: workshop.meta.title,
    date: workshop.meta.date,
    language: ctx.options.language,
    privacy: named ? undefined : 'anonymised',
    extension: 'pdf',
  });
  return name.slice(0, -'.pdf'.length);
}

/** An action's title in a warning: enough to find it in the plan. */
const TITLE_IN_WARNING = 50;

/**
 * What would leave a gap in signable minutes, for the facilitator to fix before exporting (a
 * checklist beside the preview, never printed). `recorded` is the workshop as recorded (the
 * register's own check-ins), for the questions only the facilitator can answer.
 */
function warningsFor(ctx: MinutesContext, recorded: Workshop): MinutesWarning[] {
  const { workshop, words, fmt } = ctx;
  const { meta } = workshop;
  const warnings: MinutesWarning[] = [];
  const add = (code: MinutesWarning['code'], text: string) => warnings.push({ code, text });
  if (!meta.title.trim()) add('no-title', words.warnings.noTitle);
  if (!meta.date) add('no-date', words.warnings.noDate);
  if (!meta.venue.trim()) add('no-venue', words.warnings.noVenue);
  if (!meta.noteTaker.trim()) add('no-note-taker', words.warnings.noNoteTaker);
  if (!meta.facilitators.some((f) => f.trim())) add('no-facilitator', words.warnings.noFacilitator);
  if (!workshop.participants.some((p) => p.checkedInAt !== null)) add('nobody-checked-in', words.warnings.nobodyCheckedIn);
  const pairs = unresolvedPhoneMatches(recorded).reduce((sum, match) => sum + match.candidates.length, 0);
  if (pairs > 0) add('possible-duplicates', words.warnings.possibleDuplicates(fmt.int(pairs)));
  for (const stats of ctx.statistics) if (stats.rounds.length === 0) add('component-not-scored', words.warnings.componentNotScored(fmt.digits(stats.code)));
  const { plan, others } = planActions(ctx);
  if (plan.length === 0) add('no-actions', words.warnings.noActions);
  const incomplete = plan.filter((a) => !a.owner.trim() || !a.due).length;
  if (incomplete > 0) add('action-incomplete', words.warnings.actionIncomplete(fmt.int(incomplete)));
  // The same check as the action editor's (shared/format/thai-date): against the workshop's date
  // only — the minutes are pure, so no "today" stands in when the date is missing (no-date says so).
  for (const action of [...plan, ...others]) {
    const warning = action.due ? dueDateWarning(action.due, { workshopDate: meta.date, today: '' }) : null;
    if (!warning) continue;
    const title = action.title.trim().replace(/\s+/g, ' ');
    const short = title.length > TITLE_IN_WARNING ? `${shortenAtWord(title, (part) => part.length < TITLE_IN_WARNING)}…` : title || words.notSet;
    const what = [short, fmt.dateShort(action.due), fmt.dateShort(warning.reference)] as const;
    if (warning.code === 'dueBeforeWorkshop') add('action-due-before-workshop', words.warnings.actionDueBeforeWorkshop(...what));
    else if (warning.code === 'dueFarAfterWorkshop') add('action-due-far-after-workshop', words.warnings.actionDueFarAfterWorkshop(...what));
  }
  return warnings;
}
