import type { Category } from '../domain/people';
import { normaliseText } from './normalise';

/**
 * Words people write in a register's sector or group column, for Ruam's default ids. Only used
 * when the workshop's list still has that id; the list's own labels and ids always match too.
 */
const SECTOR_ALIASES: Record<string, string[]> = {
  government: ['รัฐ', 'ราชการ', 'หน่วยงานรัฐ', 'หน่วยงานภาครัฐ', 'ข้าราชการ', 'รัฐวิสาหกิจ', 'ท้องถิ่น', 'อปท', 'องค์กรปกครองส่วนท้องถิ่น', 'gov', 'government', 'publicsector', 'state', 'localgovernment'],
  private: ['เอกชน', 'ธุรกิจ', 'บริษัท', 'ผู้ประกอบการ', 'private', 'privatesector', 'business', 'company', 'industry'],
  'civil-society': ['ประชาสังคม', 'ภาคประชาสังคม', 'องค์กรพัฒนาเอกชน', 'เอ็นจีโอ', 'มูลนิธิ', 'สมาคม', 'ngo', 'cso', 'civilsociety', 'nonprofit', 'foundation'],
  community: ['ชุมชน', 'ผู้นำชุมชน', 'ภาคชุมชน', 'community', 'communityleader', 'village'],
  academia: ['วิชาการ', 'นักวิชาการ', 'สถาบันการศึกษา', 'มหาวิทยาลัย', 'academia', 'academic', 'university', 'research', 'researcher'],
  media: ['สื่อ', 'สื่อมวลชน', 'นักข่าว', 'media', 'press', 'journalist'],
  international: ['ระหว่างประเทศ', 'องค์กรระหว่างประเทศ', 'international', 'internationalorganisation', 'internationalorganization', 'un', 'donor'],
  public: ['ประชาชน', 'ประชาชนทั่วไป', 'ภาคประชาชน', 'public', 'generalpublic', 'citizen', 'citizens', 'resident'],
  other: ['อื่น', 'อื่นๆ', 'อื่นๆระบุ', 'other', 'others'],
};

const GROUP_ALIASES: Record<string, string[]> = {
  women: ['ผู้หญิง', 'หญิง', 'สตรี', 'women', 'woman', 'female'],
  youth: ['เยาวชน', 'เด็กและเยาวชน', 'คนรุ่นใหม่', 'youth', 'young', 'youngpeople'],
  older: ['ผู้สูงอายุ', 'ผู้สูงวัย', 'older', 'olderpersons', 'olderpeople', 'elderly', 'senior', 'seniors'],
  disability: ['คนพิการ', 'ผู้พิการ', 'พิการ', 'disability', 'disabled', 'personswithdisabilities', 'pwd'],
  minority: ['ชาติพันธุ์', 'กลุ่มชาติพันธุ์', 'ชนกลุ่มน้อย', 'ภาษาส่วนน้อย', 'minority', 'ethnicminority', 'indigenous'],
  rural: ['ชนบท', 'ผู้อยู่อาศัยในชนบท', 'rural'],
  'low-income': ['ผู้มีรายได้น้อย', 'รายได้น้อย', 'ยากจน', 'lowincome', 'poor'],
  lgbtq: ['lgbtq', 'lgbt', 'lgbtqi', 'lgbtqia', 'ความหลากหลายทางเพศ', 'หลากหลายทางเพศ'],
};

/** Case, spaces, punctuation and a leading "ภาค"/"กลุ่ม" do not matter when matching a value. */
export function compactValue(value: string): string {
  return normaliseText(value).replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

function withoutPrefix(compact: string): string {
  for (const prefix of ['ภาค', 'กลุ่ม']) if (compact.startsWith(prefix) && compact.length > prefix.length + 1) return compact.slice(prefix.length);
  return compact;
}

function buildIndex(categories: readonly Category[], aliases: Record<string, string[]>): Map<string, string> {
  const index = new Map<string, string>();
  const add = (text: string, id: string) => {
    const compact = compactValue(text);
    if (compact === '') return;
    if (!index.has(compact)) index.set(compact, id);
    const bare = withoutPrefix(compact);
    if (!index.has(bare)) index.set(bare, id);
  };
  // The list's own ids and labels first: they win over the built-in aliases.
  for (const c of categories) {
    add(c.id, c.id);
    for (const label of [c.label.th, c.label.en]) {
      add(label, c.id);
      // "ภาคประชาสังคม / องค์กรพัฒนาเอกชน": either half names the sector.
      for (const part of label.split(/[/,、]| หรือ | or /)) add(part, c.id);
    }
  }
  for (const c of categories) for (const alias of aliases[c.id] ?? []) add(alias, c.id);
  return index;
}

export type CategoryMatch = { id: string; recognised: true } | { id: null; recognised: false };

function matcher(categories: readonly Category[], aliases: Record<string, string[]>): (value: string) => CategoryMatch {
  const index = buildIndex(categories, aliases);
  // A register repeats a handful of values thousands of times: normalise each only once.
  const seen = new Map<string, CategoryMatch>();
  return (value) => {
    let match = seen.get(value);
    if (!match) {
      const compact = compactValue(value);
      const id = index.get(compact) ?? index.get(withoutPrefix(compact));
      match = id === undefined ? { id: null, recognised: false } : { id, recognised: true };
      seen.set(value, match);
    }
    return match;
  };
}

/** Maps what a register says ("ภาครัฐ", "Private sector", "NGO") to one of the workshop's sector ids. */
export function sectorMatcher(sectors: readonly Category[]): (value: string) => CategoryMatch {
  return matcher(sectors, SECTOR_ALIASES);
}

/** Maps a social group's name ("ผู้สูงอายุ", "Youth", "LGBT") to one of the workshop's social-group ids. */
export function socialGroupMatcher(socialGroups: readonly Category[]): (value: string) => CategoryMatch {
  return matcher(socialGroups, GROUP_ALIASES);
}

/** A cell listing several groups: "ผู้หญิง, เยาวชน", "women; youth", one per line. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[,;|\n\r、]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

const YES = new Set(['ใช่', 'ยินยอม', 'ให้', 'ได้', 'ตกลง', 'y', 'yes', 'true', '1', '✓', '✔', '☑', 'x', 'agree', 'agreed', 'consent', 'ok']);
const NO = new Set(['', 'ไม่', 'ไม่ใช่', 'ไม่ยินยอม', 'ไม่ให้', 'ไม่ได้', 'n', 'no', 'false', '0', '✗', '☐', '-', 'disagree', 'none']);

/** A consent cell: true, false, or null when it cannot be read (treated as no consent). */
export function parseConsent(cell: string): boolean | null {
  const value = normaliseText(cell).replace(/\s+/g, '');
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
}
