import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('spells objects with sorted keys and no whitespace, whatever the insertion order', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'ก' } })).toBe('{"a":{"c":"ก","d":[true,null]},"b":1}');
    expect(canonicalJson({ a: { c: 'ก', d: [true, null] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [true, null], c: 'ก' } }));
  });

  it('refuses values JSON would drop or change: undefined, NaN, Infinity, functions, Dates, Maps, bigints, cycles', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const bad of [undefined, Number.NaN, Infinity, () => 1, new Date(0), new Map(), 1n, cyclic, { x: undefined }, [undefined]]) {
      expect(() => canonicalJson(bad)).toThrow(expect.objectContaining({ code: 'INVALID_ENTRY' }));
    }
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { v: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"v":1},"b":{"v":1}}');
  });

  it('is stable through a parse round trip, so a reader can re-verify a hash', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = canonicalJson(value);
        expect(canonicalJson(JSON.parse(once))).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
