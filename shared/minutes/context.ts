import { pick, type LocalizedText } from '../domain/text';
import type { Workshop } from '../domain/workshop';
import { componentStatistics, type ComponentStatistics } from '../polls/results';
import { minutesFormat, type MinutesFormat } from './format';
import type { HeadingBlock, MinutesSectionId } from './model';
import type { ResolvedMinutesOptions } from './options';
import { MINUTES_WORDS, type MinutesWords } from './words';

/**
 * What every section builder reads: the workshop, the chosen options, the words and number
 * format for them, the statistics (computed once), and the running numbers of sections, figures
 * and tables. The counters are the only state, local to one `buildMinutes` call.
 */
export interface MinutesContext {
  readonly workshop: Workshop;
  readonly options: ResolvedMinutesOptions;
  readonly words: MinutesWords;
  readonly fmt: MinutesFormat;
  readonly statistics: readonly ComponentStatistics[];
  /** The workshop's text in the minutes' language (the other language if this one is empty). */
  text(value: LocalizedText): string;
  /** "ภาพที่ ๓ {text}", numbering figures in order. */
  figureCaption(text: string): string;
  /** "ตารางที่ ๒ {text}", numbering tables in order. */
  tableCaption(text: string): string;
  /** A numbered section heading: "๓. {text}". */
  section(text: string, section: MinutesSectionId): HeadingBlock;
  /** A numbered sub-section of the current section: "๓.๒ {text}". */
  subsection(text: string, section?: MinutesSectionId): HeadingBlock;
}

export function createContext(workshop: Workshop, options: ResolvedMinutesOptions): MinutesContext {
  const words = MINUTES_WORDS[options.language];
  const fmt = minutesFormat(options.language, options.thaiDigits);
  let figures = 0;
  let tables = 0;
  let sections = 0;
  let subsections = 0;
  return {
    workshop,
    options,
    words,
    fmt,
    statistics: componentStatistics(workshop),
    text: (value) => pick(value, options.language),
    figureCaption: (text) => words.figure(fmt.int(++figures), text),
    tableCaption: (text) => words.table(fmt.int(++tables), text),
    section(text, section) {
      sections += 1;
      subsections = 0;
      return { kind: 'heading', level: 2, text: `${fmt.int(sections)}. ${text}`, section };
    },
    subsection(text, section) {
      subsections += 1;
      const heading: HeadingBlock = { kind: 'heading', level: 3, text: `${fmt.int(sections)}.${fmt.int(subsections)} ${text}` };
      return section ? { ...heading, section } : heading;
    },
  };
}
