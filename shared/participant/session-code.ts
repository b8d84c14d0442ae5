/**
 * The 6-character session code phones need for everything. Its alphabet leaves out 0/O and 1/I
 * so it can be read off a projector and typed without guessing; 32 symbols, so one random byte
 * maps to one symbol without bias (256 = 8 × 32).
 */
export const SESSION_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const SESSION_CODE_LENGTH = 6;

const PATTERN = new RegExp(`^[${SESSION_CODE_ALPHABET}]{${SESSION_CODE_LENGTH}}$`);

/** A code from random bytes (the caller supplies them: shared/ has no crypto of its own). */
export function sessionCodeFrom(randomBytes: ArrayLike<number>): string {
  if (randomBytes.length < SESSION_CODE_LENGTH) throw new RangeError(`need ${SESSION_CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < SESSION_CODE_LENGTH; i++) code += SESSION_CODE_ALPHABET[(randomBytes[i] ?? 0) % SESSION_CODE_ALPHABET.length];
  return code;
}

/** Upper case and trimmed, as someone might type it; still needs `isSessionCode`. */
export function normaliseSessionCode(input: string): string {
  return input.trim().toUpperCase();
}

export function isSessionCode(value: unknown): value is string {
  return typeof value === 'string' && PATTERN.test(value);
}
