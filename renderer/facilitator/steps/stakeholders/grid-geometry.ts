import { STAKEHOLDER_SCALE, type StakeholderGridLayout } from '../../../../shared/charts/stakeholder-grid';

export interface GridPlace {
  influence: number;
  interest: number;
}

/**
 * The cell a point on the grid falls in (coordinates in the chart's own pixels). A point in a
 * quadrant's header, a gap or outside the plot goes to the nearest cell, so a drop never misses.
 */
export function cellAt(layout: Pick<StakeholderGridLayout, 'cells'>, x: number, y: number): GridPlace {
  let best: GridPlace = { influence: STAKEHOLDER_SCALE.min, interest: STAKEHOLDER_SCALE.min };
  let bestDistance = Infinity;
  for (const cell of layout.cells) {
    const dx = x < cell.x ? cell.x - x : x > cell.x + cell.width ? x - cell.x - cell.width : 0;
    const dy = y < cell.y ? cell.y - y : y > cell.y + cell.height ? y - cell.y - cell.height : 0;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { influence: cell.influence, interest: cell.interest };
      if (distance === 0) break;
    }
  }
  return best;
}

const clamp = (n: number) => Math.min(STAKEHOLDER_SCALE.max, Math.max(STAKEHOLDER_SCALE.min, n));

/**
 * Where an arrow key moves a card: up/down change influence (up is more), left/right interest
 * (right is more), one step, never off the scale. Null for any other key.
 */
export function stepFrom(place: GridPlace, key: string): GridPlace | null {
  switch (key) {
    case 'ArrowUp':
      return { ...place, influence: clamp(place.influence + 1) };
    case 'ArrowDown':
      return { ...place, influence: clamp(place.influence - 1) };
    case 'ArrowRight':
      return { ...place, interest: clamp(place.interest + 1) };
    case 'ArrowLeft':
      return { ...place, interest: clamp(place.interest - 1) };
    default:
      return null;
  }
}

export const samePlace = (a: GridPlace, b: GridPlace) => a.influence === b.influence && a.interest === b.interest;
