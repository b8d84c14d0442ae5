import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../domain/create';
import { CURRENT_FORMAT_VERSION, formatPath, parseRuamFile, serializeRuamFile } from './ruam-file';

const workshop = createWorkshop({ id: 'w1', createdAt: '2026-11-26T02:00:00.000Z', meta: { title: 'เวทีรับฟัง' } });
const fixtures = path.join(import.meta.dirname, '../../tests/fixtures/format');

describe('.ruam file format', () => {
  it('round-trips a workshop', () => {
    const text = serializeRuamFile(workshop, '2026-11-26T03:00:00.000Z', 'Ruam test');
    const parsed = parseRuamFile(text);
    expect(parsed).toMatchObject({ ok: true, formatVersion: CURRENT_FORMAT_VERSION, migratedFrom: null, readOnly: false });
    if (parsed.ok) expect(parsed.workshop).toEqual(workshop);
  });

  it('says plainly when a file is not JSON', () => {
    expect(parseRuamFile('{"format": "ruam-')).toMatchObject({ ok: false, problem: { code: 'NOT_JSON' } });
  });

  it('says plainly when JSON is not a Ruam file', () => {
    expect(parseRuamFile('{"name": "package"}')).toMatchObject({ ok: false, problem: { code: 'NOT_RUAM' } });
    expect(parseRuamFile('[]')).toMatchObject({ ok: false, problem: { code: 'NOT_RUAM' } });
  });

  it('names the JSON path of an invalid value', () => {
    const file = JSON.parse(serializeRuamFile(workshop, 'x', 'y'));
    file.workshop.meta.facilitators = ['ok', 42];
    const parsed = parseRuamFile(JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'INVALID', path: '$.workshop.meta.facilitators[1]' } });
  });

  it('opens a file from a newer format read-only, with a message, when it still parses', () => {
    const file = JSON.parse(serializeRuamFile(workshop, 'x', 'y'));
    file.formatVersion = CURRENT_FORMAT_VERSION + 1;
    file.workshop.somethingNew = { a: 1 };
    const parsed = parseRuamFile(JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: true, readOnly: true, warning: { code: 'NEWER_VERSION' } });
  });

  it('refuses a file from a newer format that it cannot read at all', () => {
    const parsed = parseRuamFile(JSON.stringify({ format: 'ruam-workshop', formatVersion: 99, workshop: { shape: 'unknown' } }));
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'NEWER_VERSION', formatVersion: 99 } });
  });

  it('keeps opening every fixture of every format version', () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith('.ruam'));
    expect(files.length).toBeGreaterThanOrEqual(CURRENT_FORMAT_VERSION);
    for (const file of files) {
      const parsed = parseRuamFile(readFileSync(path.join(fixtures, file), 'utf8'));
      expect(parsed.ok, file).toBe(true);
      if (parsed.ok) expect(parsed.workshop.framework.components, file).toHaveLength(8);
    }
  });

  it('writes JSON paths the way a reader expects', () => {
    expect(formatPath(['workshop', 'meta', 'agenda', 3])).toBe('$.workshop.meta.agenda[3]');
    expect(formatPath([])).toBe('$');
  });
});

describe('migration from format 1', () => {
  it('adds settings, empty registers and default level descriptions, keeping the meta', () => {
    const v1 = readFileSync(path.join(fixtures, 'v1-workshop.ruam'), 'utf8');
    const parsed = parseRuamFile(v1);
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 1, formatVersion: CURRENT_FORMAT_VERSION });
    if (!parsed.ok) return;
    expect(parsed.workshop.meta.title).toBe('เวทีรับฟังความคิดเห็น ครั้งที่ ๑');
    expect(parsed.workshop.settings.minGroupSize).toBe(5);
    expect(parsed.workshop.participants).toEqual([]);
    expect(parsed.workshop.framework.components[0]!.levels).toHaveLength(5);
    expect(parsed.workshop.framework.components[0]!.levels[2]!.description.en).toContain('machine-readable');
  });
});

describe('migration from format 2', () => {
  it('starts the participant code counter at the highest code in the register', () => {
    const file = JSON.parse(readFileSync(path.join(fixtures, 'v2-workshop.ruam'), 'utf8'));
    file.workshop.participants = ['P004', 'P011', 'X9'].map((code, i) => ({
      id: `p${i}`, code, name: '', organisation: '', sector: 'government', contact: '', socialGroups: [], groupsConsent: false, checkedInAt: null, source: 'register', erased: false,
    }));
    const parsed = parseRuamFile(JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 2 });
    if (parsed.ok) expect(parsed.workshop.codesIssued).toBe(11);
  });
});

describe('migration from format 4', () => {
  it('leaves the rounds as they were: nothing recorded what the projector showed, and nothing is guessed', () => {
    const file = JSON.parse(readFileSync(path.join(fixtures, 'v4-workshop.ruam'), 'utf8'));
    file.workshop.polls = [
      {
        id: 'poll-1', kind: 'maturity', componentId: 'C01', question: { th: '', en: '' }, options: [], maxChoices: null, askTarget: false, allowChange: true,
        rounds: [{ number: 1, state: 'revealed', openedAt: '2026-11-26T02:10:00.000Z', closedAt: '2026-11-26T02:15:00.000Z' }],
      },
    ];
    const parsed = parseRuamFile(JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 4, formatVersion: 5 });
    if (parsed.ok) expect(parsed.workshop.polls[0]!.rounds[0]).toEqual({ number: 1, state: 'revealed', openedAt: '2026-11-26T02:10:00.000Z', closedAt: '2026-11-26T02:15:00.000Z' });
  });
});

describe('format 5', () => {
  it('keeps when each round’s results were first on the projector (and a round revealed but never shown says so)', () => {
    const parsed = parseRuamFile(readFileSync(path.join(fixtures, 'v5-workshop.ruam'), 'utf8'));
    expect(parsed).toMatchObject({ ok: true, migratedFrom: null, formatVersion: 5 });
    if (!parsed.ok) return;
    expect(parsed.workshop.polls[0]!.rounds.map((round) => [round.state, round.shownAt])).toEqual([
      ['revealed', '2026-11-26T02:30:05.000Z'],
      ['revealed', undefined],
    ]);
    const again = parseRuamFile(serializeRuamFile(parsed.workshop, '2026-11-26T04:00:00.000Z', 'Ruam test'));
    expect(again.ok && again.workshop).toEqual(parsed.workshop);
  });

  it('refuses a shownAt that is not a time string', () => {
    const file = JSON.parse(readFileSync(path.join(fixtures, 'v5-workshop.ruam'), 'utf8'));
    file.workshop.polls[0].rounds[1].shownAt = 42;
    expect(parseRuamFile(JSON.stringify(file))).toMatchObject({ ok: false, problem: { code: 'INVALID', path: '$.workshop.polls[0].rounds[1].shownAt' } });
  });
});
