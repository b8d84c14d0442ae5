import { describe, expect, it } from 'vitest';
import { heatClass } from './heat';

describe('heat table shades', () => {
  it('shades levels 1–5 in five blues, halves with the level above', () => {
    expect([1, 2, 3, 3.5, 5].map((v) => heatClass('level', v))).toEqual(['heat-blue-1', 'heat-blue-2', 'heat-blue-3', 'heat-blue-4', 'heat-blue-5']);
  });

  it('shades gaps and spread by size in orange, whatever the sign', () => {
    expect([0, 1, -1.5, 3].map((v) => heatClass('gap', v))).toEqual(['heat-orange-0', 'heat-orange-1', 'heat-orange-2', 'heat-orange-3']);
  });

  it('shades a rise in blue and a fall in orange (the arrow in the cell says which)', () => {
    expect([0.5, -0.5, 0, 2].map((v) => heatClass('shift', v))).toEqual(['heat-blue-2', 'heat-orange-1', 'heat-none', 'heat-blue-4']);
  });

  it('leaves a missing figure unshaded', () => {
    expect(heatClass('consensus', null)).toBe('heat-none');
  });
});
