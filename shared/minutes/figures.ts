/**
 * Reading aids for the figures: the consensus bands are shared/scoring/terms.ts's, so the
 * facilitator's screen, the projector and the minutes use the same words for the same number.
 */
export { consensusBand, type ConsensusBand } from '../scoring/terms';
