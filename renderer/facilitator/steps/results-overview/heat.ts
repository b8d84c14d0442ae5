/**
 * Which shade a cell of the results heat table gets. Shades come from two hues of Okabe & Ito's
 * palette (blue for "more of a good thing", orange for "more distance or spread"), which stay apart
 * for the common forms of colour blindness; the number is always written in the cell, and a shift
 * also carries ▲/▼, so the colour is never the only signal. Returns a CSS class (results-overview.css).
 */
export type HeatKind = 'level' | 'consensus' | 'spread' | 'gap' | 'shift';

export function heatClass(kind: HeatKind, value: number | null | undefined): string {
  if (value === null || value === undefined) return 'heat-none';
  switch (kind) {
    case 'level':
      // 1 … 5 (halves round up: 3.5 sits with 4).
      return `heat-blue-${Math.min(5, Math.max(1, Math.round(value)))}`;
    case 'consensus':
      return `heat-blue-${value >= 0.8 ? 5 : value >= 0.6 ? 4 : value >= 0.4 ? 3 : value >= 0.2 ? 2 : 1}`;
    case 'spread':
    case 'gap': {
      const size = Math.abs(value);
      return `heat-orange-${size === 0 ? 0 : size <= 1 ? 1 : size <= 2 ? 2 : 3}`;
    }
    case 'shift': {
      if (value === 0) return 'heat-none';
      const size = Math.abs(value) <= 0.5 ? 1 : Math.abs(value) <= 1 ? 2 : 3;
      return value > 0 ? `heat-blue-${size + 1}` : `heat-orange-${size}`;
    }
  }
}
