import type { Category } from '../domain/people';
import type { LocalizedText } from '../domain/text';
import type { Workshop } from '../domain/workshop';
import { attendance } from './attendance';
import { overlappingCount, partitionCounts, type GroupCount } from './group-count';

/** Sectors whose absence is never a gap worth saying out loud. */
const NEVER_A_GAP = new Set(['other']);

/** The key under which participants whose sector is empty or no longer on the list are counted. */
export const UNLISTED_SECTOR = '';

export type PresenceStatus = 'missing' | 'thin' | 'present';

export interface GroupPresence {
  id: string;
  label: LocalizedText;
  /** Checked-in participants from this group, with small numbers replaced (see GroupCount). */
  inRoom: GroupCount;
  /** missing: nobody; thin: fewer than the minimum group size; present: at least that many. */
  status: PresenceStatus;
  /** Stakeholders on the map from this sector / speaking for this group. They are organisations, not people: never suppressed. */
  stakeholders: number;
}

export interface EqualitySentence {
  /** Whether it is about who is in the room or about the stakeholder map. */
  about: 'room' | 'map';
  severity: 'gap' | 'thin' | 'ok';
  subject: { kind: 'sector' | 'socialGroup'; id: string } | null;
  /** Something a facilitator can say out loud. */
  text: LocalizedText;
}

export interface EqualityReport {
  minGroupSize: number;
  /** Everyone in the room, counted as people (`attendance(workshop).present`; the room's total is not a small group). */
  checkedIn: number;
  sectors: GroupPresence[];
  /** Checked-in participants with no sector, or one since removed from the list. */
  unlistedSector: GroupCount;
  socialGroups: GroupPresence[];
  /** Checked-in participants who agreed to say their social groups: the social-group figures describe only them. */
  groupsDeclaredBy: number;
  /** Gaps first (room, then map), then thin groups; an "all sectors present" sentence when there is nothing to flag. */
  sentences: EqualitySentence[];
}

/** "ชุมชน" → "ภาคชุมชน", "ภาคเอกชน" stays: the sentence reads naturally whichever label the facilitator typed. */
function prefixed(label: string, prefix: string): string {
  return label.startsWith(prefix) ? label : `${prefix}${label}`;
}

const THAI = '\u0e00-\u0e7f';
/** A Latin word (with what may end it: "LGBTQ+", "NGO)") against Thai on either side. */
const THAI_BEFORE_LATIN = new RegExp(`([${THAI}])(?=[A-Za-z])`, 'g');
const LATIN_BEFORE_THAI = new RegExp(`([A-Za-z][A-Za-z0-9+.)&'’-]*)(?=[${THAI}])`, 'g');

/**
 * Thai writing puts a space around a word in Latin letters: "อยู่ในกลุ่ม LGBTQ+ ในห้อง", not
 * "อยู่ในกลุ่มLGBTQ+ในห้อง". Applied to the finished Thai sentence, so labels the facilitator typed
 * in English ("NGO", "SME") read right wherever they land. Digits are left as written.
 */
export function spaceLatinInThai(text: string): string {
  return text.replace(THAI_BEFORE_LATIN, '$1 ').replace(LATIN_BEFORE_THAI, '$1 ');
}

const thSector = (c: Category) => prefixed(c.label.th || c.label.en, 'ภาค');
const enLabel = (c: Category) => c.label.en || c.label.th;
const thGroup = (c: Category) => prefixed(c.label.th || c.label.en, 'กลุ่ม');
const stakeholderWord = (k: number) => (k === 1 ? 'stakeholder' : 'stakeholders');

function status(n: number, min: number): PresenceStatus {
  return n === 0 ? 'missing' : n < min ? 'thin' : 'present';
}

/**
 * The equality-of-social-groups check (principle P4): which sectors and social groups are in the
 * room (checked-in participants) and spoken for on the stakeholder map, which are missing or thin,
 * in sentences to read out. Numbers for a group below the workshop's minimum group size are
 * replaced by "fewer than N" — no small group is singled out, here or on the projector.
 */
export function equalityCheck(workshop: Workshop): EqualityReport {
  const { sectors, socialGroups, minGroupSize: min } = workshop.settings;
  // People, not devices: a phone linked to (or matching) someone at the desk is that person.
  const present = attendance(workshop).people;
  const listed = new Set(sectors.map((s) => s.id));

  const sectorSizes = new Map<string, number>(sectors.map((s) => [s.id, 0]));
  sectorSizes.set(UNLISTED_SECTOR, 0);
  for (const p of present) {
    const key = listed.has(p.sector) ? p.sector : UNLISTED_SECTOR;
    sectorSizes.set(key, sectorSizes.get(key)! + 1);
  }
  const sectorCounts = partitionCounts(sectorSizes, min);

  const declared = present.filter((p) => p.groupsConsent);
  const groupSizes = new Map<string, number>(socialGroups.map((g) => [g.id, 0]));
  for (const p of declared) {
    for (const g of new Set(p.socialGroups)) if (groupSizes.has(g)) groupSizes.set(g, groupSizes.get(g)! + 1);
  }

  const sectorStakeholders = new Map<string, number>();
  const groupStakeholders = new Map<string, number>();
  for (const s of workshop.stakeholders) {
    sectorStakeholders.set(s.sector, (sectorStakeholders.get(s.sector) ?? 0) + 1);
    for (const g of new Set(s.socialGroups)) groupStakeholders.set(g, (groupStakeholders.get(g) ?? 0) + 1);
  }

  const sectorRows: GroupPresence[] = sectors.map((c) => ({
    id: c.id,
    label: c.label,
    inRoom: sectorCounts.get(c.id)!,
    status: status(sectorSizes.get(c.id)!, min),
    stakeholders: sectorStakeholders.get(c.id) ?? 0,
  }));
  const groupRows: GroupPresence[] = socialGroups.map((c) => ({
    id: c.id,
    label: c.label,
    inRoom: overlappingCount(groupSizes.get(c.id)!, min),
    status: status(groupSizes.get(c.id)!, min),
    stakeholders: groupStakeholders.get(c.id) ?? 0,
  }));

  return {
    minGroupSize: min,
    checkedIn: present.length,
    sectors: sectorRows,
    unlistedSector: sectorCounts.get(UNLISTED_SECTOR)!,
    socialGroups: groupRows,
    groupsDeclaredBy: declared.length,
    sentences: sentencesFor({
      checkedIn: present.length,
      declared: declared.length,
      min,
      mapStarted: workshop.stakeholders.length > 0,
      sectors: sectors.map((c, i) => ({ category: c, row: sectorRows[i]! })),
      groups: socialGroups.map((c, i) => ({ category: c, row: groupRows[i]! })),
    }),
  };
}

interface SentenceInput {
  checkedIn: number;
  declared: number;
  min: number;
  mapStarted: boolean;
  sectors: { category: Category; row: GroupPresence }[];
  groups: { category: Category; row: GroupPresence }[];
}

function sentencesFor(input: SentenceInput): EqualitySentence[] {
  const { min } = input;
  const roomGaps: EqualitySentence[] = [];
  const mapGaps: EqualitySentence[] = [];
  const thin: EqualitySentence[] = [];

  if (input.checkedIn === 0) {
    roomGaps.push({
      about: 'room',
      severity: 'gap',
      subject: null,
      text: { th: 'ยังไม่มีผู้เข้าร่วมลงทะเบียนเข้างาน', en: 'No one has checked in yet.' },
    });
  }

  // Sectors on the map but not in the room come first: the room is missing people the issue affects.
  const missingSectors = input.sectors
    .filter(({ category, row }) => row.status === 'missing' && !NEVER_A_GAP.has(category.id))
    .sort((a, b) => b.row.stakeholders - a.row.stakeholders);
  for (const { category: c, row } of input.checkedIn > 0 ? missingSectors : []) {
    const k = row.stakeholders;
    roomGaps.push({
      about: 'room',
      severity: 'gap',
      subject: { kind: 'sector', id: c.id },
      text:
        k > 0
          ? {
              th: `ยังไม่มีผู้แทนจาก${thSector(c)}ในห้อง ทั้งที่มีผู้มีส่วนได้ส่วนเสียจากภาคส่วนนี้ ${k} รายในแผนผัง`,
              en: `No one from ${enLabel(c)} is in the room yet, although ${k} ${stakeholderWord(k)} on the map ${k === 1 ? 'is' : 'are'} from this sector.`,
            }
          : { th: `ยังไม่มีผู้แทนจาก${thSector(c)}ในห้อง`, en: `No one from ${enLabel(c)} is in the room yet.` },
    });
  }
  for (const { category: c, row } of input.sectors) {
    if (row.status !== 'thin') continue;
    thin.push({
      about: 'room',
      severity: 'thin',
      subject: { kind: 'sector', id: c.id },
      text: {
        th: `ผู้แทนจาก${thSector(c)}ในห้องยังมีน้อย (น้อยกว่า ${min} คน)`,
        en: `Few people from ${enLabel(c)} are in the room (fewer than ${min}).`,
      },
    });
  }

  if (input.checkedIn > 0 && input.declared === 0) {
    roomGaps.push({
      about: 'room',
      severity: 'gap',
      subject: null,
      text: {
        th: 'ยังไม่มีผู้เข้าร่วมในห้องที่ยินยอมให้ระบุกลุ่มทางสังคม จึงยังตรวจความเท่าเทียมของกลุ่มทางสังคมไม่ได้',
        en: 'No one in the room has agreed to tell us their social groups, so the equality of social groups cannot be checked yet.',
      },
    });
  } else if (input.declared > 0) {
    // Social groups are self-declared with consent: "nobody said so" is what we know, not "nobody is".
    const missingGroups = input.groups.filter(({ row }) => row.status === 'missing').sort((a, b) => b.row.stakeholders - a.row.stakeholders);
    for (const { category: c, row } of missingGroups) {
      const k = row.stakeholders;
      roomGaps.push({
        about: 'room',
        severity: 'gap',
        subject: { kind: 'socialGroup', id: c.id },
        text:
          k > 0
            ? {
                th: `ยังไม่มีผู้ใดในห้องระบุว่าอยู่ใน${thGroup(c)} ทั้งที่มีผู้มีส่วนได้ส่วนเสีย ${k} รายในแผนผังที่เป็นตัวแทนของกลุ่มนี้`,
                en: `No one in the room has said they belong to the group “${enLabel(c)}” yet, although ${k} ${stakeholderWord(k)} on the map speak${k === 1 ? 's' : ''} for it.`,
              }
            : {
                th: `ยังไม่มีผู้ใดในห้องระบุว่าอยู่ใน${thGroup(c)}`,
                en: `No one in the room has said they belong to the group “${enLabel(c)}” yet.`,
              },
      });
    }
    for (const { category: c, row } of input.groups) {
      if (row.status !== 'thin') continue;
      thin.push({
        about: 'room',
        severity: 'thin',
        subject: { kind: 'socialGroup', id: c.id },
        text: {
          th: `ผู้ที่ระบุว่าอยู่ใน${thGroup(c)}ในห้องยังมีน้อย (น้อยกว่า ${min} คน)`,
          en: `Few people in the room have said they belong to the group “${enLabel(c)}” (fewer than ${min}).`,
        },
      });
    }
  }

  if (input.mapStarted) {
    for (const { category: c, row } of input.sectors) {
      if (row.stakeholders > 0 || NEVER_A_GAP.has(c.id)) continue;
      mapGaps.push({
        about: 'map',
        severity: 'gap',
        subject: { kind: 'sector', id: c.id },
        text: {
          th: `ยังไม่มีผู้มีส่วนได้ส่วนเสียจาก${thSector(c)}ในแผนผัง`,
          en: `The stakeholder map has no one from ${enLabel(c)} yet.`,
        },
      });
    }
    for (const { category: c, row } of input.groups) {
      if (row.stakeholders > 0) continue;
      mapGaps.push({
        about: 'map',
        severity: 'gap',
        subject: { kind: 'socialGroup', id: c.id },
        text: {
          th: `ยังไม่มีผู้มีส่วนได้ส่วนเสียในแผนผังที่เป็นตัวแทนของ${thGroup(c)}`,
          en: `No stakeholder on the map speaks for the group “${enLabel(c)}” yet.`,
        },
      });
    }
  }

  const sentences = [...roomGaps, ...mapGaps, ...thin].map((s) => ({ ...s, text: { ...s.text, th: spaceLatinInThai(s.text.th) } }));
  const sectorFlagged = sentences.some((s) => s.about === 'room' && s.subject?.kind === 'sector');
  if (input.checkedIn > 0 && !sectorFlagged) {
    sentences.push({
      about: 'room',
      severity: 'ok',
      subject: null,
      text: { th: 'มีผู้แทนจากทุกภาคส่วนในรายการอยู่ในห้อง', en: 'Every sector on the list is represented in the room.' },
    });
  }
  return sentences;
}
