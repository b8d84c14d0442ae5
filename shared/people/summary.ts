import type { LocalizedText } from '../domain/text';
import type { Workshop } from '../domain/workshop';
import { attendance } from './attendance';
import { equalityCheck, UNLISTED_SECTOR } from './equality';
import { partitionCounts, type GroupCount } from './group-count';

export interface SectorSummary {
  /** A sector id from the workshop's list, or "" for participants with no listed sector. */
  id: string;
  label: LocalizedText;
  registered: GroupCount;
  checkedIn: GroupCount;
}

/** The people side of a workshop in numbers, safe to print (`ruam info --json`) or project. */
export interface PeopleSummary {
  /** Records in the register, phones' own records included. */
  participants: number;
  /** People in the room (`attendance`: a phone and a desk check-in of one person count once). */
  checkedIn: number;
  /** Participants whose personal data was erased (they still count). */
  erased: number;
  stakeholders: number;
  minGroupSize: number;
  /** Each listed sector (and "" when someone has no listed sector); small numbers suppressed. */
  bySector: SectorSummary[];
  equality: {
    missingSectors: string[];
    thinSectors: string[];
    missingSocialGroups: string[];
    thinSocialGroups: string[];
    /** The equality check's sentences, to read out. */
    sentences: LocalizedText[];
  };
}

const UNLISTED_LABEL: LocalizedText = { th: 'ไม่ระบุภาคส่วน', en: 'No sector' };

/**
 * People and check-ins by sector (people, as `attendance` counts them: the register, and the phones
 * that are people of their own), with the equality flags. Per-sector numbers below the
 * workshop's minimum group size read "fewer than N" (registered and checked-in are suppressed
 * separately, each against its shown total).
 */
export function peopleSummary(workshop: Workshop): PeopleSummary {
  const { sectors, minGroupSize } = workshop.settings;
  const listed = new Set(sectors.map((s) => s.id));
  const registered = new Map<string, number>([...sectors.map((s) => [s.id, 0] as [string, number]), [UNLISTED_SECTOR, 0]]);
  const checkedIn = new Map(registered);
  const { people, absentPeople } = attendance(workshop);
  for (const [list, here] of [
    [people, true],
    [absentPeople, false],
  ] as const) {
    for (const p of list) {
      const key = listed.has(p.sector) ? p.sector : UNLISTED_SECTOR;
      registered.set(key, registered.get(key)! + 1);
      if (here) checkedIn.set(key, checkedIn.get(key)! + 1);
    }
  }
  const registeredCounts = partitionCounts(registered, minGroupSize);
  const checkedInCounts = partitionCounts(checkedIn, minGroupSize);
  const rows: SectorSummary[] = sectors.map((s) => ({ id: s.id, label: s.label, registered: registeredCounts.get(s.id)!, checkedIn: checkedInCounts.get(s.id)! }));
  if (registered.get(UNLISTED_SECTOR)! > 0) {
    rows.push({ id: UNLISTED_SECTOR, label: UNLISTED_LABEL, registered: registeredCounts.get(UNLISTED_SECTOR)!, checkedIn: checkedInCounts.get(UNLISTED_SECTOR)! });
  }

  const report = equalityCheck(workshop);
  const flagged = (kind: 'sector' | 'socialGroup', severity: 'gap' | 'thin') =>
    report.sentences.filter((s) => s.about === 'room' && s.severity === severity && s.subject?.kind === kind).map((s) => s.subject!.id);
  return {
    participants: workshop.participants.length,
    checkedIn: report.checkedIn,
    erased: workshop.participants.filter((p) => p.erased).length,
    stakeholders: workshop.stakeholders.length,
    minGroupSize,
    bySector: rows,
    equality: {
      missingSectors: flagged('sector', 'gap'),
      thinSectors: flagged('sector', 'thin'),
      missingSocialGroups: flagged('socialGroup', 'gap'),
      thinSocialGroups: flagged('socialGroup', 'thin'),
      sentences: report.sentences.map((s) => s.text),
    },
  };
}
