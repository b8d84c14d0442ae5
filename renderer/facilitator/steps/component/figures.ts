import { namedSources, type ResponseOrigin, type SourceCounts } from '../../../../shared/polls';

/**
 * How the scoring figures are written on the facilitator's screen. Pure: the component step, the
 * priorities step and the results overview all write a median or a gap the same way, and a test
 * can compare the screen with `componentStatistics` figure by figure.
 */

/** A level, median, quartile or IQR: always a whole level or a half ("3", "3.5"); "—" when there is none. */
export function formatLevel(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A change or a gap in levels, signed so "no change" and "down" read differently: "+1", "−0.5", "0". */
export function formatSigned(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '—';
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return '0';
  const text = Number.isInteger(rounded) ? String(Math.abs(rounded)) : Math.abs(rounded).toFixed(digits);
  // U+2212 MINUS SIGN: a hyphen is easy to miss on a projector.
  return `${rounded > 0 ? '+' : '\u2212'}${text}`;
}

/** Consensus 0…1 to two decimals ("0.82"). */
export function formatConsensus(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return value.toFixed(2);
}

/**
 * Consensus in words, so the figure means something to a room that has never met Tastle and
 * Wierman's measure: the bands and their words are shared/scoring/terms.ts's (every surface).
 */
export { consensusBand, type ConsensusBand } from '../../../../shared/scoring/terms';

/** A count typed by a person: digits only (Thai digits too), 0 … max; an empty field is 0. */
export function parseCount(text: string, max = 100000): number | null {
  const digits = text.trim().replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d)));
  if (digits === '') return 0;
  if (!/^\d{1,6}$/.test(digits)) return null;
  const value = Number(digits);
  return value <= max ? value : null;
}

/**
 * Where the answers came from, as one line: the sources `namedSources` names (phones always,
 * entered ballots and the show of hands when anyone answered that way), each worded by `word`,
 * joined with " · ".
 */
export function sourcesLine(from: SourceCounts, word: (origin: ResponseOrigin, count: number) => string): string {
  return namedSources(from)
    .map(({ origin, count }) => word(origin, count))
    .join(' · ');
}
