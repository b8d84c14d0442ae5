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
 * The next free number: one past the highest code in the register. A code removed from the middle
 * is never handed out again. Limit (the document keeps no counter, so this cannot be helped here):
 * removing the participant with the highest code, then adding someone, gives the new person that
 * code again. A persisted counter in the workshop document would close this gap.
 */
export function nextCodeNumber(participants: readonly Pick<Participant, 'code'>[]): number {
  let highest = 0;
  for (const p of participants) {
    const n = codeNumber(p.code);
    if (n !== null && n > highest) highest = n;
  }
  return highest + 1;
}
