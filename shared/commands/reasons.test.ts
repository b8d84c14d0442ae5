import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../domain/text';
import { phoneParticipantId } from '../participant/identity';
import { rejected } from './define';
import { checkEvidenceLink } from './outcomes/evidence-link';
import { configureRefusal } from './polls/support';
import { aParticipant, facilitator, phone, Room, system } from './polls/test-support';
import * as reasons from './reasons';

/**
 * Every refusal says why in Thai and English (`rejected({ th, en })`). The type check makes the
 * argument a LocalizedText; the tests below check the sentences are there: every `rejected(` call
 * written out in the source, the shared ones in reasons.ts, and refusals triggered through the
 * registry. (Room.refusal, used by the command tests, checks every refusal they trigger too.)
 */

const COMMANDS_DIR = path.dirname(fileURLToPath(import.meta.url));
const THAI = /[\u0E01-\u0E5B]/;

/** Files still on the transitional English-only `rejected('…')` (see define.ts); empty this list when they are converted. */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !/\.test\.ts$/.test(entry.name) && entry.name !== 'test-support.ts' ? [full] : [];
  });
}

/** The text of each `rejected(…)` call's argument, brackets and quotes balanced (enough for this code base). */
function rejectedCalls(source: string): string[] {
  const calls: string[] = [];
  const pattern = /\brejected\(/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    if (/function\s+$/.test(source.slice(Math.max(0, match.index - 20), match.index))) continue; // its own definition
    let depth = 1;
    let quote: string | null = null;
    let i = match.index + match[0].length;
    for (; i < source.length && depth > 0; i++) {
      const c = source[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === "'" || c === '"' || c === '`') quote = c;
      else if (c === '(' || c === '{' || c === '[') depth++;
      else if (c === ')' || c === '}' || c === ']') depth--;
    }
    calls.push(source.slice(match.index + match[0].length, i - 1).trim());
  }
  return calls;
}

/** The string literals given as `th:` and `en:` in a call's argument. */
const literals = (argument: string, key: 'th' | 'en') => [...argument.matchAll(new RegExp(`\\b${key}:\\s*(['"\`])((?:\\\\.|(?!\\1).)*)\\1`, 'gs'))].map((m) => m[2]!);

function expectBilingual(text: LocalizedText, where: string) {
  expect(text.th.trim(), where).not.toBe('');
  expect(text.th, where).toMatch(THAI);
  expect(text.en.trim(), where).not.toBe('');
}

describe('every rejected( call in shared/commands', () => {
  const files = sourceFiles(COMMANDS_DIR).map((file) => ({ file, name: path.relative(COMMANDS_DIR, file).split(path.sep).join('/') }));
  const calls = files.flatMap(({ file, name }) => rejectedCalls(readFileSync(file, 'utf8')).map((argument) => ({ name, argument })));

  it('finds the calls (so the checks below are not vacuous)', () => {
    expect(calls.length).toBeGreaterThan(60);
  });

  it('gives a reason, not a bare English string (but for the files listed as not yet converted)', () => {
    const bare = calls.filter(({ name, argument }) => /^['"`]/.test(argument));
    expect(bare).toEqual([]);
  });

  it('writes a non-empty Thai sentence and a non-empty English one wherever it spells them out', () => {
    const spelled = calls.filter(({ argument }) => /\bth:/.test(argument));
    expect(spelled.length).toBeGreaterThan(25);
    for (const { name, argument } of spelled) {
      const th = literals(argument, 'th');
      const en = literals(argument, 'en');
      expect(th.length, `${name}: ${argument}`).toBeGreaterThan(0);
      expect(th.length, `${name}: ${argument}`).toBe(en.length);
      for (const text of th) expect(text, `${name}: ${argument}`).toMatch(THAI);
      for (const text of en) expect(text.trim(), `${name}: ${argument}`).not.toBe('');
    }
  });
});

describe('the shared refusals (reasons.ts)', () => {
  it.each(Object.entries(reasons))('%s says it in Thai and English', (name, value) => {
    const text = typeof value === 'function' ? (value as (...args: string[]) => LocalizedText)('x1', 'x2') : value;
    expectBilingual(text, name);
  });

  it('refuses with the reason, its English as the message for logs and the CLI', () => {
    expect(rejected(reasons.FACILITATOR_ONLY)).toEqual({
      ok: false,
      error: { code: 'REJECTED', message: 'Only the facilitator can do this.', reason: reasons.FACILITATOR_ONLY },
    });
  });

  it('says why an evidence link is refused in both languages', () => {
    for (const link of ['data.go.th', 'http://data.go.th', 'https://user:secret@data.go.th']) {
      const checked = checkEvidenceLink(link);
      expect(checked.ok, link).toBe(false);
      if (!checked.ok) expectBilingual(checked.message, link);
    }
  });

  it('passes a poll-settings refusal through when it is bilingual, and frames an English-only one in Thai', () => {
    const both = { th: 'ตัวเลือกทุกข้อต้องมีชื่อ', en: 'Every option needs a label.' };
    expect(configureRefusal(both)).toBe(both);
    const framed = configureRefusal('Every option needs a label.');
    expectBilingual(framed, 'framed');
    expect(framed.en).toBe('Every option needs a label.');
  });
});

describe('refusals through the registry, in Thai', () => {
  const rating = (current: number) => ({ kind: 'maturity' as const, current, target: null });
  function openPoll(extra: Record<string, unknown> = {}) {
    const room = new Room();
    const id = room.maturityPoll('C01', extra);
    room.openVoting(id);
    return { room, id };
  }

  it('tells the facilitator, in Thai, that the person already voted from their phone', () => {
    const { room, id } = openPoll({ allowChange: false });
    room.register(aParticipant('p1'));
    room.register(aParticipant(phoneParticipantId('hash-of-nok'), { source: 'phone', linkedTo: 'p1' }));
    room.do('ballot.cast', { pollId: id, answer: rating(3) }, phone('nok'));
    const reason = room.reason('ballot.cast', { pollId: id, answer: rating(4), participantId: 'p1' });
    expect(reason.th).toBe('ผู้เข้าร่วมคนนี้ลงคะแนนในรอบนี้แล้วจากโทรศัพท์ของตน และคำถามนี้ไม่อนุญาตให้เปลี่ยนคำตอบ');
    expect(reason.en).toMatch(/already voted from their phone/);
  });

  it('says what to do next with the rounds of a poll', () => {
    const { room, id } = openPoll();
    expect(room.reason('round.open', { pollId: id }).th).toContain('ลงคะแนนอีกรอบ');
    expect(room.reason('round.revote', { pollId: id }).th).toBe('รอบที่ 1 ยังเปิดให้ลงคะแนนอยู่ กรุณาปิดการลงคะแนนก่อนเริ่มรอบใหม่');
    expect(room.reason('round.hide', { pollId: id }).th).toContain('ยังไม่ได้เปิดเผย');
    expect(room.reason('poll.create', { kind: 'maturity', componentId: 'C01' }).th).toContain('องค์ประกอบที่ 01 มีคำถามประเมินระดับอยู่แล้ว');
    expect(room.reason('round.close', { pollId: 'gone' }).th).toBe('ไม่พบคำถามนี้ในเวที อาจถูกลบไปแล้ว');
  });

  it('refuses phones and the system in Thai', () => {
    const { room, id } = openPoll();
    expect(room.reason('round.close', { pollId: id }, phone('a')).th).toBe('เฉพาะวิทยากรเท่านั้นที่ทำรายการนี้ได้');
    expect(room.reason('ballot.cast', { pollId: id, answer: rating(3) }, system).th).toBe('ลงคะแนนได้เฉพาะผู้เข้าร่วมหรือวิทยากรเท่านั้น');
    expect(room.reason('participant.join', {}, facilitator).th).toContain('โทรศัพท์ของผู้เข้าร่วมเท่านั้น');
  });

  it('names the list and the number in the Thai of the people, outcome and settings refusals', () => {
    const room = new Room();
    expect(room.reason('participant.add', { name: 'ก', sector: 'martians' }).th).toContain('ไม่พบภาคส่วน “martians”');
    expect(room.reason('participant.import', { participants: [{ name: 'ก' }, { name: 'ข', sector: 'martians' }] }).th).toMatch(/^แถวที่ 2: ไม่พบภาคส่วน/);
    expect(room.reason('participant.remove', { ids: ['nobody'] }).th).toContain('ไม่พบผู้เข้าร่วมคนนี้');
    expect(room.reason('stakeholder.remove', { id: 'nobody' }).th).toContain('ไม่พบผู้มีส่วนได้ส่วนเสีย');
    expect(room.reason('gap.add', { componentId: 'C02', text: '  ' }).th).toBe('กรุณาพิมพ์ช่องว่างก่อนกดเพิ่ม');
    expect(room.reason('evidence.add', { componentId: 'C09', text: 'x' }).th).toContain('ไม่พบองค์ประกอบ “C09”');
    expect(room.reason('action.add', { title: '  ' }).th).toBe('กรุณาระบุสิ่งที่จะทำของแผนปฏิบัติการนี้');
    expect(room.reason('priorities.createDotPoll', { include: 'ideas' }).th).toMatch(/^การโหวตจุดต้องมีข้อเสนอหรือแผนปฏิบัติการ/);
    room.register(aParticipant('p1', { sector: 'media' }));
    const sectors = room.workshop.settings.sectors.filter((s) => s.id !== 'media');
    expect(room.reason('settings.update', { sectors }).th).toMatch(/^ลบภาคส่วน “.+” ไม่ได้ เพราะยังมีผู้เข้าร่วม 1 คน/);
  });
});
