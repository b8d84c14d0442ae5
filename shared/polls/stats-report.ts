import type { LocalizedText } from '../domain/text';
import type { Workshop } from '../domain/workshop';
import { checkedInCount, componentStatistics, dotRanking, type ComponentStatistics, type DotRanking } from './results';

export const STATS_FORMAT = 'ruam-stats';
/** Bumped on any change a reader of the JSON would notice; described in docs/stats-json.md. */
export const STATS_VERSION = 1;

/**
 * Everything Ruam computes about a workshop's scoring, in one JSON-ready object: `ruam stats
 * --json` prints it, and docs/stats-json.md describes it field by field. It holds no personal
 * data: no names, no voters, no open-text answers, and sector figures are withheld below the
 * workshop's minimum group size.
 */
export interface StatsReport {
  format: typeof STATS_FORMAT;
  version: typeof STATS_VERSION;
  workshop: { id: string; title: string; organisation: string; meetingNumber: string; date: string };
  framework: { id: string; name: LocalizedText };
  settings: { minGroupSize: number; divergenceThreshold: number };
  checkedIn: number;
  components: ComponentStatistics[];
  /** Every dot-voting poll, ranked (its latest round). */
  priorities: DotRanking[];
}

export function statsReport(workshop: Workshop): StatsReport {
  const { meta, framework, settings } = workshop;
  return {
    format: STATS_FORMAT,
    version: STATS_VERSION,
    workshop: { id: workshop.id, title: meta.title, organisation: meta.organisation, meetingNumber: meta.meetingNumber, date: meta.date },
    framework: { id: framework.id, name: framework.name },
    settings: { minGroupSize: settings.minGroupSize, divergenceThreshold: settings.divergenceThreshold },
    checkedIn: checkedInCount(workshop),
    components: componentStatistics(workshop),
    priorities: workshop.polls.filter((poll) => poll.kind === 'dots').map((poll) => dotRanking(workshop, poll.id)!),
  };
}
