import type { LocalizedText } from '../domain/text';
import { normaliseText } from './normalise';

/** What a column of an imported register can hold. */
export const IMPORT_FIELDS = ['name', 'title', 'firstName', 'lastName', 'organisation', 'sector', 'contact', 'socialGroups', 'groupsConsent'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One entry per column of the sheet: the field it fills, or null when it is not imported. */
export type ColumnMapping = (ImportField | null)[];

export const IMPORT_FIELD_LABELS: Record<ImportField, LocalizedText> = {
  name: { th: 'ชื่อ-นามสกุล', en: 'Name' },
  title: { th: 'คำนำหน้า', en: 'Title' },
  firstName: { th: 'ชื่อ', en: 'First name' },
  lastName: { th: 'นามสกุล', en: 'Last name' },
  organisation: { th: 'หน่วยงาน', en: 'Organisation' },
  sector: { th: 'ภาคส่วน', en: 'Sector' },
  contact: { th: 'ช่องทางติดต่อ', en: 'Contact' },
  socialGroups: { th: 'กลุ่มทางสังคม', en: 'Social groups' },
  groupsConsent: { th: 'ยินยอมให้ระบุกลุ่ม', en: 'Consent to record groups' },
};

type Target = ImportField | 'ignore';

/**
 * Header names seen on Thai registration sheets and Google Forms exports, in compact form (see
 * compactHeader). "ignore" entries are columns that merely contain a field's word ("ลายมือชื่อ" is a
 * signature, not a name): the longest matching alias wins, so they shadow the shorter one.
 */
const ALIASES: [Target, string[]][] = [
  ['name', ['ชื่อนามสกุล', 'ชื่อสกุล', 'ชื่อและนามสกุล', 'ชื่อผู้เข้าร่วม', 'ชื่อผู้เข้าร่วมประชุม', 'ผู้เข้าร่วม', 'ชื่อ', 'name', 'fullname', 'participant', 'participantname', 'nameandsurname', 'yourname']],
  ['firstName', ['ชื่อจริง', 'firstname', 'givenname', 'forename']],
  ['lastName', ['นามสกุล', 'สกุล', 'lastname', 'surname', 'familyname']],
  ['title', ['คำนำหน้า', 'คำนำหน้าชื่อ', 'title', 'prefix', 'salutation']],
  ['organisation', ['หน่วยงาน', 'ชื่อหน่วยงาน', 'สังกัด', 'องค์กร', 'องค์การ', 'หน่วยงานองค์กร', 'บริษัท', 'สถาบัน', 'organisation', 'organization', 'org', 'agency', 'affiliation', 'company', 'institution']],
  ['sector', ['ภาคส่วน', 'ภาค', 'ภาคส่วนที่สังกัด', 'sector']],
  ['contact', ['ติดต่อ', 'ช่องทางติดต่อ', 'ช่องทางการติดต่อ', 'อีเมล', 'อีเมล์', 'อีเมลล์', 'โทรศัพท์', 'โทร', 'เบอร์โทร', 'เบอร์', 'มือถือ', 'ไลน์', 'contact', 'email', 'mail', 'phone', 'tel', 'telephone', 'mobile', 'lineid']],
  ['socialGroups', ['กลุ่มทางสังคม', 'กลุ่มสังคม', 'กลุ่ม', 'กลุ่มเปราะบาง', 'socialgroup', 'socialgroups', 'group', 'groups']],
  ['groupsConsent', ['ยินยอม', 'ความยินยอม', 'ยินยอมให้ระบุกลุ่ม', 'consent', 'groupsconsent', 'groupconsent']],
  ['ignore', ['ลายมือชื่อ', 'ชื่อเล่น', 'ชื่อโครงการ', 'ชื่อเล่นชื่อ', 'ตำแหน่ง', 'ลำดับ', 'ลำดับที่', 'หมายเหตุ', 'ที่อยู่', 'signature', 'nickname', 'position', 'remark', 'remarks', 'note', 'notes', 'no', 'timestamp', 'ประทับเวลา']],
];

/** Lower case, Thai digits as Arabic, remarks in brackets dropped, spaces and punctuation removed. */
export function compactHeader(header: string): string {
  return normaliseText(header)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

/** Latin words and adjacent pairs ("e-mail address" → e, mail, address, email, mailaddress). */
function latinTokens(header: string): Set<string> {
  const words = normaliseText(header)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const tokens = new Set(words);
  for (let i = 0; i + 1 < words.length; i++) tokens.add(words[i]! + words[i + 1]!);
  return tokens;
}

const isLatin = (alias: string) => /^[a-z0-9]+$/.test(alias);

/** The field a header names, and how sure: exact 2, contains 1, none 0. */
function recogniseHeader(header: string): { target: Target; strength: number; aliasLength: number } | null {
  const compact = compactHeader(header);
  if (compact === '') return null;
  const tokens = latinTokens(header);
  let best: { target: Target; strength: number; aliasLength: number } | null = null;
  for (const [target, aliases] of ALIASES) {
    for (const alias of aliases) {
      let strength = 0;
      if (compact === alias) strength = 2;
      // Thai has no spaces, so a Thai alias may sit anywhere in the header; a Latin one must be a
      // word ("line" is not in "online", "tel" not in "hotel").
      else if (isLatin(alias) ? tokens.has(alias) : compact.includes(alias)) strength = 1;
      if (strength === 0) continue;
      if (!best || strength > best.strength || (strength === best.strength && alias.length > best.aliasLength)) {
        best = { target, strength, aliasLength: alias.length };
      }
    }
  }
  return best;
}

/**
 * Which field each column holds, from its header (Thai or English). Each field is given to one
 * column, the surest; contact may come from several (e-mail and phone). A lone "ชื่อ" beside a
 * "นามสกุล" column is the first name.
 */
export function recogniseColumns(headers: readonly string[]): ColumnMapping {
  const found = headers.map((header) => recogniseHeader(header));
  const hasLastName = found.some((f) => f?.target === 'lastName');
  const mapping: ColumnMapping = headers.map(() => null);
  const order = found
    .map((f, column) => ({ f, column }))
    .filter((x): x is { f: NonNullable<typeof x.f>; column: number } => x.f !== null && x.f.target !== 'ignore')
    .sort((a, b) => b.f.strength - a.f.strength || b.f.aliasLength - a.f.aliasLength || a.column - b.column);
  const taken = new Set<ImportField>();
  for (const { f, column } of order) {
    let field = f.target as ImportField;
    if (field === 'name' && hasLastName && compactHeader(headers[column]!) === 'ชื่อ') field = 'firstName';
    if (field === 'name' && hasLastName && compactHeader(headers[column]!) === 'name') field = 'firstName';
    if (field !== 'contact' && taken.has(field)) continue;
    taken.add(field);
    mapping[column] = field;
  }
  return mapping;
}

/**
 * How much a row looks like the register's header. A cell that is exactly a known header name
 * outweighs any number of cells that merely contain one: data rows are full of such words
 * ("ภาครัฐ", "บริษัท …", "กลุ่มเยาวชน") and title rows too ("รายชื่อผู้เข้าร่วม…"), but rarely exactly.
 */
export function headerScore(cells: readonly string[]): number {
  let exact = 0;
  let partial = 0;
  for (const cell of cells) {
    const found = recogniseHeader(cell);
    if (!found || found.target === 'ignore') continue;
    if (found.strength === 2) exact++;
    else partial++;
  }
  return exact * 1000 + partial;
}

/** Whether a mapping can give anyone a name. */
export function mapsAName(mapping: ColumnMapping): boolean {
  return mapping.includes('name') || mapping.includes('firstName') || mapping.includes('lastName');
}

export interface MappingOverride {
  /** A header as written in the sheet, or a 1-based column number. */
  column: string;
  /** A field name, or "ignore". */
  field: string;
}

/**
 * The facilitator's corrections on top of the recognised mapping (`--map ชื่อ=name`, `--map 3=ignore`).
 * A field that may appear once moves to the named column. Unknown columns or fields are errors.
 */
export function applyMappingOverrides(
  headers: readonly string[],
  mapping: ColumnMapping,
  overrides: readonly MappingOverride[],
): { ok: true; mapping: ColumnMapping } | { ok: false; message: string } {
  const next = [...mapping];
  for (const { column, field } of overrides) {
    let index = -1;
    if (/^\d+$/.test(column.trim())) index = Number(column.trim()) - 1;
    else {
      const wanted = normaliseText(column);
      index = headers.findIndex((h) => normaliseText(h) === wanted);
      if (index === -1) index = headers.findIndex((h) => compactHeader(h) === compactHeader(column) && compactHeader(column) !== '');
    }
    if (index < 0 || index >= headers.length) {
      return { ok: false, message: `no column "${column}" (columns: ${headers.map((h, i) => `${i + 1}:${h}`).join(', ')})` };
    }
    if (field === 'ignore') {
      next[index] = null;
      continue;
    }
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) {
      return { ok: false, message: `unknown field "${field}" (fields: ${IMPORT_FIELDS.join(', ')}, ignore)` };
    }
    const target = field as ImportField;
    if (target !== 'contact') for (let i = 0; i < next.length; i++) if (next[i] === target) next[i] = null;
    next[index] = target;
  }
  return { ok: true, mapping: next };
}
