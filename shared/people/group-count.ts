import type { Language, LocalizedText } from '../domain/text';
import { suppressSmallGroups } from '../scoring/groups';

/**
 * A number of people in a group, as Ruam may show it. Below the workshop's minimum group size the
 * number is replaced by "fewer than N", so a small group is never singled out; a big group may be
 * withheld too when the total beside it would otherwise give a small one away.
 */
export type GroupCount =
  | { kind: 'exact'; value: number }
  | { kind: 'fewerThan'; limit: number }
  | { kind: 'withheld' };

/**
 * Counts for groups that together make up a shown total (each person in exactly one group, e.g.
 * sectors): `suppressSmallGroups` withholds the small ones and, if needed, one more so the small
 * ones cannot be recovered by subtraction. Zero stays zero: "nobody" is what the equality check is
 * for, and it describes no one.
 */
export function partitionCounts(sizes: ReadonlyMap<string, number>, minGroupSize: number): Map<string, GroupCount> {
  const nonEmpty = new Map([...sizes].filter(([, n]) => n > 0));
  // Through a Map-backed record: suppressSmallGroups is keyed by group, and group ids are data.
  const decisions = suppressSmallGroups(Object.fromEntries(nonEmpty), { minGroupSize, totalShown: true });
  const counts = new Map<string, GroupCount>();
  for (const [group, n] of sizes) {
    const decision = n > 0 ? decisions[group] : undefined;
    if (!decision || !decision.suppressed) counts.set(group, { kind: 'exact', value: n });
    else if (decision.reason === 'complementary') counts.set(group, { kind: 'withheld' });
    else counts.set(group, { kind: 'fewerThan', limit: minGroupSize });
  }
  return counts;
}

/** A count for a group that overlaps others (social groups: one person may be in several, or none). */
export function overlappingCount(n: number, minGroupSize: number): GroupCount {
  return n === 0 || n >= minGroupSize ? { kind: 'exact', value: n } : { kind: 'fewerThan', limit: minGroupSize };
}

export function groupCountText(count: GroupCount): LocalizedText {
  switch (count.kind) {
    case 'exact':
      return { th: String(count.value), en: String(count.value) };
    case 'fewerThan':
      return { th: `น้อยกว่า ${count.limit}`, en: `fewer than ${count.limit}` };
    case 'withheld':
      return { th: 'ไม่แสดง', en: 'not shown' };
  }
}

export function formatGroupCount(count: GroupCount, language: Language): string {
  return groupCountText(count)[language];
}
