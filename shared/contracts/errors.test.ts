import { describe, expect, it } from 'vitest';
import { BRIDGE_ERROR_PREFIX, encodeBridgeError } from './channels';
import { decodeBridgeError, HostRequestError, hostErrorFrom, unwrapReply, type RequestError } from './facilitator';

const refusal: RequestError = {
  code: 'REJECTED',
  message: 'This person has already voted from their phone in this round, and this poll does not allow changing a vote.',
  reason: {
    th: 'ผู้เข้าร่วมคนนี้ลงคะแนนในรอบนี้แล้วจากโทรศัพท์ของตน และคำถามนี้ไม่อนุญาตให้เปลี่ยนคำตอบ',
    en: 'This person has already voted from their phone in this round, and this poll does not allow changing a vote.',
  },
};

/** What Electron's context bridge hands the page for an Error the preload threw: a new Error with the message only. */
const acrossTheBridge = (error: Error) => new Error(error.message);

describe('a refusal on the client side', () => {
  it('keeps the code, the English message and the Thai and English reason (web mode: unwrapReply)', () => {
    let thrown: unknown;
    try {
      unwrapReply({ ok: false, error: refusal });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HostRequestError);
    expect(thrown).toMatchObject({ code: 'REJECTED', message: refusal.message, reason: refusal.reason });
  });

  it('survives the desktop context bridge, which keeps only an Error’s message', () => {
    const file = { problem: 'damaged', path: '$.polls[0]', backups: [{ name: 'b1.ruam', takenAt: '2026-11-26T03:00:00.000Z' }] };
    for (const error of [refusal, { code: 'FILE_PROBLEM' as const, message: 'The file is damaged.', file }]) {
      const decoded = hostErrorFrom(acrossTheBridge(new Error(encodeBridgeError(error))));
      expect(decoded).toBeInstanceOf(HostRequestError);
      expect(decoded).toMatchObject(error);
    }
  });

  it('decodes a message Electron prefixed, and nothing that is not a well-formed refusal', () => {
    const encoded = encodeBridgeError(refusal);
    expect(decodeBridgeError(`Error invoking remote method: ${encoded}`)).toEqual(refusal);
    expect(decodeBridgeError('The connection to the Ruam host was lost; please try again.')).toBeNull();
    expect(decodeBridgeError(`${BRIDGE_ERROR_PREFIX}{not json`)).toBeNull();
    expect(decodeBridgeError(`${BRIDGE_ERROR_PREFIX}${JSON.stringify({ code: 'NOPE', message: 'x' })}`)).toBeNull();
    expect(decodeBridgeError(`${BRIDGE_ERROR_PREFIX}${JSON.stringify({ code: 'REJECTED', message: 'x', reason: { th: 1 } })}`)).toEqual({
      code: 'REJECTED',
      message: 'x',
    });
  });

  it('leaves other errors as they are', () => {
    const lost = new Error('The connection to the Ruam host was lost; please try again.');
    expect(hostErrorFrom(lost)).toBe(lost);
    const web = HostRequestError.from(refusal);
    expect(hostErrorFrom(web)).toBe(web);
    expect(hostErrorFrom('text')).toBe('text');
  });
});
