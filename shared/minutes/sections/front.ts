/**
 * The front of the minutes in the official form: the title lines, ผู้มาประชุม / ผู้ไม่มาประชุม,
 * เริ่มประชุมเวลา, the objectives and the agenda; and the end: เลิกประชุมเวลา and the signatures.
 */
import type { Participant } from '../../domain/people';
import { anonymousPhonesLine, attendance, isAnonymousPhone } from '../../people/attendance';
import { UNLISTED_SECTOR } from '../../people/equality';
import { partitionCounts, type GroupCount } from '../../people/group-count';
import type { MinutesContext } from '../context';
import type { MinutesBlock, RichText, TableCell } from '../model';

/** "รายงานการประชุม" + the title, without saying "การประชุม" twice. */
export function documentTitle(ctx: MinutesContext): string[] {
  const title = ctx.workshop.meta.title.trim() || ctx.words.untitled;
  if (ctx.options.language === 'en') return [ctx.words.documentKind, title];
  if (title.startsWith('รายงาน')) return [title];
  if (title.startsWith('การประชุม')) return [`รายงาน${title}`];
  return [`${ctx.words.documentKind}${title}`];
}

export function headerBlocks(ctx: MinutesContext): MinutesBlock[] {
  const { meta } = ctx.workshop;
  const { words, fmt } = ctx;
  const blocks: MinutesBlock[] = documentTitle(ctx).map((line, i) => ({
    kind: 'heading',
    level: 1,
    text: line,
    align: 'center',
    ...(i === 0 ? { section: 'header' as const } : {}),
  }));
  const lead = (text: string): MinutesBlock => ({ kind: 'paragraph', text, align: 'center', tone: 'lead' });
  if (meta.organisation.trim()) blocks.push(lead(meta.organisation.trim()));
  if (meta.meetingNumber.trim()) blocks.push(lead(words.meetingNumber(fmt.digits(meta.meetingNumber.trim()))));
  const date = fmt.dateLong(meta.date);
  const time = fmt.timeRange(meta.startTime, meta.endTime);
  const when = words.when(date, time);
  if (when) blocks.push(lead(when));
  if (meta.venue.trim()) blocks.push(lead(words.venue(meta.venue.trim())));
  blocks.push({ kind: 'rule' });
  return blocks;
}

const byCode = (a: Participant, b: Participant) => a.code.localeCompare(b.code, 'en', { numeric: true });

function personName(ctx: MinutesContext, participant: Participant): string {
  if (participant.erased) return `${participant.code} ${ctx.words.erasedName}`;
  return participant.name.trim() || participant.code;
}

/** Longer than this, a word of a name may be broken (it could not fit a line whole anyway). */
const NAME_WORD_MAX = 40;

/**
 * A name as words a line may break between but not inside: "นางสาววิไลวรรณ" and
 * "เกื้อกูลสงเคราะห์ราษฎร์" each stay whole (a Thai surname is one word to its owner, however a
 * dictionary would split it), so a long name wraps between given name and surname.
 */
function nameText(text: string): RichText {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.some((word) => word.length > NAME_WORD_MAX)) return text;
  return words.map((word, i) => ({ text: i < words.length - 1 ? `${word} ` : word, keepTogether: true }));
}

/** Named: a numbered table of names and organisations. Anonymised: the codes in one paragraph. */
function peopleList(ctx: MinutesContext, people: Participant[], empty: string): MinutesBlock[] {
  const { words, fmt } = ctx;
  if (people.length === 0) return [{ kind: 'paragraph', text: empty, indent: 'block' }];
  if (!ctx.options.named) {
    return [
      { kind: 'paragraph', text: words.codesIntro(fmt.int(people.length)), indent: 'block' },
      // Codes stay as they are in the register (P001…), so they can be looked up there.
      { kind: 'paragraph', text: people.map((p) => p.code).join(', '), indent: 'block' },
    ];
  }
  const rows: TableCell[][] = people.map((p, i) => [
    { text: fmt.int(i + 1), align: 'right' },
    { text: nameText(personName(ctx, p)) },
    p.erased ? '' : p.organisation.trim(),
  ]);
  return [
    {
      kind: 'table',
      columns: [
        // Names first: the name column takes what the organisation's leaves (organisations wrap
        // more gracefully: they are phrases; a name should break only between its words).
        { header: words.numberColumn, width: { fraction: 0.07 }, align: 'right' },
        { header: words.nameColumn, width: 'fill' },
        { header: words.organisationColumn, width: { fraction: 0.4 } },
      ],
      rows,
      keepRowsTogether: true,
    },
  ];
}

/** Per sector: present and absent, each column suppressed against its own total. */
export function attendanceBySector(ctx: MinutesContext): { id: string; label: string; present: GroupCount; absent: GroupCount }[] {
  const { sectors, minGroupSize } = ctx.workshop.settings;
  const listed = new Set(sectors.map((s) => s.id));
  const present = new Map<string, number>([...sectors.map((s) => [s.id, 0] as [string, number]), [UNLISTED_SECTOR, 0]]);
  const absent = new Map(present);
  for (const p of [...attendance(ctx.workshop).people, ...attendance(ctx.workshop).absentPeople]) {
    const key = listed.has(p.sector) ? p.sector : UNLISTED_SECTOR;
    const target = p.checkedInAt !== null ? present : absent;
    target.set(key, target.get(key)! + 1);
  }
  const presentCounts = partitionCounts(present, minGroupSize);
  const absentCounts = partitionCounts(absent, minGroupSize);
  const rows = sectors.map((s) => ({ id: s.id, label: ctx.text(s.label), present: presentCounts.get(s.id)!, absent: absentCounts.get(s.id)! }));
  if (present.get(UNLISTED_SECTOR)! + absent.get(UNLISTED_SECTOR)! > 0) {
    rows.push({
      id: UNLISTED_SECTOR,
      label: ctx.text({ th: 'ไม่ระบุภาคส่วน', en: 'No sector' }),
      present: presentCounts.get(UNLISTED_SECTOR)!,
      absent: absentCounts.get(UNLISTED_SECTOR)!,
    });
  }
  return rows;
}

export function attendanceBlocks(ctx: MinutesContext): MinutesBlock[] {
  const { words, fmt, workshop } = ctx;
  const present = attendance(workshop).people.filter((p) => !isAnonymousPhone(p)).sort(byCode);
  const absent = [...attendance(workshop).absentPeople].sort(byCode);
  const blocks: MinutesBlock[] = [
    { kind: 'heading', level: 3, text: words.present, section: 'attendance' },
    ...(present.length > 0 || attendance(workshop).present === 0 ? peopleList(ctx, present, words.nobodyPresent) : []), ...anonymousPhonesLine(attendance(workshop), ctx.options.language, fmt.int).map((text): MinutesBlock => ({ kind: 'paragraph', text, indent: 'block' })),
    { kind: 'heading', level: 3, text: words.absent },
    ...peopleList(ctx, absent, words.nobodyAbsent),
  ];

  const sectorRows = attendanceBySector(ctx).filter((row) => !(row.present.kind === 'exact' && row.present.value === 0 && row.absent.kind === 'exact' && row.absent.value === 0));
  if (workshop.participants.length > 0) {
    const cell = (count: GroupCount): TableCell => ({ text: fmt.groupCount(count), align: 'right', muted: count.kind !== 'exact' });
    blocks.push({
      kind: 'table',
      caption: ctx.tableCaption(words.attendanceBySector),
      columns: [
        { header: words.sectorColumn, width: 'fill' },
        { header: words.presentColumn, width: { fraction: 0.2 }, align: 'right' },
        { header: words.absentColumn, width: { fraction: 0.2 }, align: 'right' },
      ],
      rows: [
        ...sectorRows.map((row) => [row.label, cell(row.present), cell(row.absent)]),
        [
          { text: [{ text: words.total, bold: true }] },
          { text: [{ text: fmt.int(attendance(workshop).present), bold: true }], align: 'right' },
          { text: [{ text: fmt.int(absent.length), bold: true }], align: 'right' },
        ],
      ],
      keepRowsTogether: true,
      note: words.suppressedNote(fmt.int(workshop.settings.minGroupSize)),
    });
  }
  if (!ctx.options.named && workshop.participants.length > 0) blocks.push({ kind: 'paragraph', text: fmt.digits(words.anonymisedNote), tone: 'note' });

  // The facilitators and the note-taker run and record the meeting: they sign it, so they are named.
  const facilitators = workshop.meta.facilitators.map((name) => name.trim()).filter(Boolean);
  if (facilitators.length > 0) blocks.push({ kind: 'paragraph', text: words.facilitatorsLine(facilitators.join(', ')) });
  if (workshop.meta.noteTaker.trim()) blocks.push({ kind: 'paragraph', text: words.noteTakerLine(workshop.meta.noteTaker.trim()) });
  return blocks;
}

export function openingBlocks(ctx: MinutesContext): MinutesBlock[] {
  const time = ctx.fmt.time(ctx.workshop.meta.startTime);
  return [{ kind: 'paragraph', text: [{ text: time ? ctx.words.opening(time) : ctx.words.openingNoTime, bold: true }] }];
}

function numberedList(ctx: MinutesContext, items: readonly string[]): MinutesBlock {
  return { kind: 'list', items: items.map((text, i) => ({ marker: `${ctx.fmt.int(i + 1)}.`, text: text.trim() })) };
}

export function objectivesBlocks(ctx: MinutesContext): MinutesBlock[] {
  const objectives = ctx.workshop.meta.objectives.filter((o) => o.trim() !== '');
  return [
    ctx.section(ctx.words.objectives, 'objectives'),
    objectives.length > 0 ? numberedList(ctx, objectives) : { kind: 'paragraph', text: ctx.words.noObjectives, indent: 1 },
  ];
}

export function agendaBlocks(ctx: MinutesContext): MinutesBlock[] {
  const agenda = ctx.workshop.meta.agenda.filter((a) => a.trim() !== '');
  return [
    ctx.section(ctx.words.agenda, 'agenda'),
    agenda.length > 0
      ? { kind: 'list', items: agenda.map((text, i) => ({ marker: ctx.words.agendaItem(ctx.fmt.int(i + 1)), text: text.trim() })) }
      : { kind: 'paragraph', text: ctx.words.noAgenda, indent: 1 },
  ];
}

export function closingBlocks(ctx: MinutesContext): MinutesBlock[] {
  const time = ctx.fmt.time(ctx.workshop.meta.endTime);
  return [{ kind: 'paragraph', text: [{ text: time ? ctx.words.closing(time) : ctx.words.closingNoTime, bold: true }] }];
}

export function signatureBlocks(ctx: MinutesContext): MinutesBlock[] {
  const { meta } = ctx.workshop;
  return [
    { kind: 'heading', level: 4, text: ctx.words.signatures, section: 'signatures' },
    {
      kind: 'signatures',
      signLabel: ctx.words.sign,
      signers: [
        { role: ctx.words.noteTakerRole, name: meta.noteTaker.trim() },
        { role: ctx.words.reviewerRole, name: meta.facilitators.find((name) => name.trim() !== '')?.trim() ?? '' },
      ],
    },
  ];
}
