import type { Participant } from '../domain/people';

const CODE = /^P(\d+)$/;

/** The number in a participant code ("P012" → 12), or null for a code Ruam did not assign. */
export function codeNumber(code: string): number | null {
  const match = CODE.exec(code);
  return match ? Number(match[1]) : null;
}

/** P001, P002 … P999, then P1000: three digits so the codes sort in a sheet. */
export function formatCode(n: number): string {
  return `P${String(n).padStart(3, '0')}`;
}

/**
 * The next free number: one past every code ever given — the workshop's counter (`codesIssued`)
 * and, to be safe with hand-made files, the highest code in the register. Never a code used before.
 */
export function nextCodeNumber(participants: readonly Pick<Participant, 'code'>[], codesIssued = 0): number {
  let highest = codesIssued;
  for (const p of participants) {
    const n = codeNumber(p.code);
    if (n !== null && n > highest) highest = n;
  }
  return highest + 1;
}
