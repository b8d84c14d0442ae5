/**
 * Reading aids for the figures. The consensus bands match the facilitator's screen
 * (renderer/facilitator/steps/component/figures.ts), so the room and the minutes use the same
 * words for the same number; they are Ruam's reading aid, not part of Tastle and Wierman's measure.
 */
export type ConsensusBand = 'high' | 'moderate' | 'mixed' | 'divided';

export function consensusBand(value: number): ConsensusBand {
  if (value >= 0.8) return 'high';
  if (value >= 0.6) return 'moderate';
  if (value >= 0.4) return 'mixed';
  return 'divided';
}
