import { z } from 'zod';
import { workshopSchema, type Workshop } from '../domain/workshop';
import { MIGRATIONS } from './migrations';
import { historyEntrySchema, type HistoryEntry } from './history';

/**
 * The .ruam file: one JSON document, the workshop wrapped in an envelope that says what it is
 * and which format version wrote it. Every change to the shape bumps CURRENT_FORMAT_VERSION and
 * adds a migration from the previous version (./migrations.ts) plus a fixture of the old version
 * (tests/fixtures/format/) that must keep opening.
 */
export const FORMAT_NAME = 'ruam-workshop';
export const CURRENT_FORMAT_VERSION = 5;

export const ruamFileSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.number().int().positive(),
  savedAt: z.string(),
  /** What wrote the file, for support: not used to interpret it. */
  writtenBy: z.string(),
  /**
   * Which journal records this snapshot already contains (the journal's generation and last seq),
   * so a crash between writing the snapshot and resetting the journal never replays twice.
   */
  journalFold: z.object({ genesis: z.string(), seq: z.number().int().min(0) }).nullable().optional(),
  /** Who changed what, when: hash-chained (see ./history.ts). */
  history: z.array(historyEntrySchema).optional(),
  workshop: workshopSchema,
});
export type RuamFile = z.infer<typeof ruamFileSchema>;

export type FileProblem =
  | { code: 'NOT_JSON'; message: string }
  | { code: 'NOT_RUAM'; message: string }
  | { code: 'INVALID'; message: string; path: string }
  | { code: 'NEWER_VERSION'; message: string; formatVersion: number };

export type ParsedFile =
  | {
      ok: true;
      workshop: Workshop;
      formatVersion: number;
      migratedFrom: number | null;
      readOnly: boolean;
      journalFold: { genesis: string; seq: number } | null;
      history: HistoryEntry[];
      warning?: FileProblem;
    }
  | { ok: false; problem: FileProblem };

/** Parse and validate a .ruam file's text, migrating older versions. Never throws. */
export function parseRuamFile(text: string): ParsedFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail({ code: 'NOT_JSON', message: `The file is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).` });
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== FORMAT_NAME) {
    return fail({ code: 'NOT_RUAM', message: 'This is not a Ruam workshop file.' });
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'INVALID', message: 'The file has no valid format version.', path: 'formatVersion' });
  }

  if (version > CURRENT_FORMAT_VERSION) {
    // A newer Ruam wrote this. Show what we understand, but never write it back: we would drop
    // whatever the newer version added.
    const parsed = ruamFileSchema.safeParse(raw);
    const newer: FileProblem = {
      code: 'NEWER_VERSION',
      formatVersion: version,
      message: `This file was written by a newer version of Ruam (file format ${version}; this version reads up to ${CURRENT_FORMAT_VERSION}). It is opened read-only; update Ruam to edit it.`,
    };
    if (!parsed.success) return fail(newer);
    return { ok: true, workshop: parsed.data.workshop, formatVersion: version, migratedFrom: null, readOnly: true, journalFold: null, history: parsed.data.history ?? [], warning: newer };
  }

  let current: unknown = raw;
  for (let v = version; v < CURRENT_FORMAT_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return fail({ code: 'INVALID', message: `No migration from format ${v}.`, path: 'formatVersion' });
    current = { ...migrate(current), formatVersion: v + 1 };
  }
  const parsed = ruamFileSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = formatPath(issue.path);
    return fail({ code: 'INVALID', path, message: `The workshop file is damaged at ${path}: ${issue.message}.` });
  }
  return {
    ok: true,
    workshop: parsed.data.workshop,
    formatVersion: CURRENT_FORMAT_VERSION,
    migratedFrom: version === CURRENT_FORMAT_VERSION ? null : version,
    readOnly: false,
    journalFold: parsed.data.journalFold ?? null,
    history: parsed.data.history ?? [],
  };
}

export function serializeRuamFile(
  workshop: Workshop,
  savedAt: string,
  writtenBy: string,
  journalFold: { genesis: string; seq: number } | null = null,
  history: HistoryEntry[] = [],
): string {
  // Compact JSON: a large workshop (thousands of ballots) is ~20% smaller and faster to fsync
  // than indented; the envelope comes first so `head` shows what the file is. `ruam info` reads it.
  const file: RuamFile = { format: FORMAT_NAME, formatVersion: CURRENT_FORMAT_VERSION, savedAt, writtenBy, journalFold, history, workshop };
  return JSON.stringify(file) + '\n';
}

/** A JSON path as a reader would write it: $.workshop.meta.facilitators[2] */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '$');
}

function fail(problem: FileProblem): ParsedFile {
  return { ok: false, problem };
}
