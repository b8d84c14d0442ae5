export { buildMinutes } from './build';
export { minutesOptionsSchema, resolveMinutesOptions, type MinutesOptions, type ResolvedMinutesOptions } from './options';
export { minutesFormat, type MinutesFormat } from './format';
export { consensusBand, type ConsensusBand } from './figures';
export { MINUTES_WORDS, type MinutesWords } from './words';
export { plainText, pageNumberText } from './text';
export {
  MINUTES_FORMAT,
  MINUTES_VERSION,
  type Align,
  type ColumnWidth,
  type FigureBlock,
  type HeadingBlock,
  type KeyValueBlock,
  type ListBlock,
  type MinutesBlock,
  type MinutesBlockKind,
  type MinutesDocument,
  type MinutesOutlineEntry,
  type MinutesSectionId,
  type MinutesWarning,
  type PageBreakBlock,
  type ParagraphBlock,
  type RichText,
  type RuleBlock,
  type SignatureBlock,
  type TableBlock,
  type TableCell,
  type TableCellObject,
  type TableColumn,
  type TextRun,
} from './model';
