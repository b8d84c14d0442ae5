/**
 * The minutes as a format-neutral document: a list of blocks that the PDF exporter
 * (electron/export/minutes) and the facilitator's on-screen preview both render. Everything in it
 * is already worded, translated and formatted (พ.ศ., Thai digits, suppressed counts): a renderer
 * decides only how things look, never what they say. Plain JSON (no functions, no class
 * instances), so it crosses IPC and the web-mode WebSocket as it is.
 */
import type { Language } from '../domain/text';

export const MINUTES_FORMAT = 'ruam-minutes';
/** Bumped when a block changes shape, so a renderer can refuse a model it does not know. */
export const MINUTES_VERSION = 1;

/** A stretch of text with one emphasis. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** Never broken across lines (a date, "(องค์ประกอบที่ ๐๑)"). */
  keepTogether?: boolean;
}

/** Plain text, or runs of text with emphasis. "\n" starts a new line. */
export type RichText = string | readonly TextRun[];

export type Align = 'left' | 'center' | 'right';

/**
 * Where a block belongs, so tests, the preview's outline and the PDF's bookmarks can find the
 * sections without reading their (translated) headings.
 */
export type MinutesSectionId =
  | 'header'
  | 'attendance'
  | 'opening'
  | 'objectives'
  | 'agenda'
  | 'framework'
  | 'overview'
  | 'results'
  | `component-${string}`
  | 'stakeholders'
  | 'representation'
  | 'priorities'
  | 'actions'
  | 'principles'
  | 'closing'
  | 'signatures'
  | 'appendix';

export interface HeadingBlock {
  kind: 'heading';
  /** 1: the document's title lines; 2: a numbered section; 3: a sub-section; 4: a label inside one. */
  level: 1 | 2 | 3 | 4;
  text: string;
  align?: Align;
  section?: MinutesSectionId;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: RichText;
  align?: Align;
  /**
   * 1: the first line indented, as Thai official writing does (2.5 cm); `block`: the whole
   * paragraph set in a little, like a list (for a run of codes).
   */
  indent?: 0 | 1 | 'block';
  /** `note`: smaller and grey (sources, explanations); `lead`: the document's subtitle lines. */
  tone?: 'body' | 'note' | 'lead';
}

export interface ListBlock {
  kind: 'list';
  /** Numbered items carry their own number text ("๑."), already formatted. */
  items: readonly { marker: string; text: RichText }[];
}

/** Label–value pairs: the key figures of a component, the meeting's particulars. */
export interface KeyValueBlock {
  kind: 'keyValue';
  items: readonly { key: string; value: RichText }[];
}

/**
 * A column's width as a share of the content width (`{ fraction }`), or `fill`: the one wide text
 * column that takes what the fixed ones leave. A renderer turns fractions into its own units, so
 * a table always fits the page (the fractions of a table stay well under 1).
 */
export type ColumnWidth = { fraction: number } | 'fill';

export interface TableColumn {
  header: string;
  width: ColumnWidth;
  align?: Align;
}

export interface TableCellObject {
  text: RichText;
  align?: Align;
  /** Spans this many columns; the cells it covers are `null` in the row. */
  colSpan?: number;
  /** A row that groups the rows under it (e.g. "ความสำคัญสูง"). */
  group?: boolean;
  /** A figure withheld or missing ("น้อยกว่า ๕ คน", "—"). */
  muted?: boolean;
}

export type TableCell = RichText | TableCellObject | null;

export interface TableBlock {
  kind: 'table';
  /** "ตารางที่ ๓ …", above the table. */
  caption?: string;
  columns: readonly TableColumn[];
  rows: readonly (readonly TableCell[])[];
  /** Short rows that read as a unit: keep each row on one page. */
  keepRowsTogether?: boolean;
  /** Shown under the table (what a withheld figure means, the source of the numbers). */
  note?: string;
}

export interface FigureBlock {
  kind: 'figure';
  /** A complete <svg> from shared/charts: the same string on screen and in the PDF. */
  svg: string;
  /** The chart's own size, in CSS px = PDF points; a renderer may scale it down to fit. */
  width: number;
  height: number;
  /** "ภาพที่ ๒ …", under the figure. */
  caption: string;
}

export interface SignatureBlock {
  kind: 'signatures';
  /** Each signer gets "(ลงชื่อ) ……………", the name in brackets, and the role beneath. */
  signers: readonly { role: string; name: string }[];
  /** The word before the dotted line: "ลงชื่อ" / "Signed". */
  signLabel: string;
}

export interface RuleBlock {
  kind: 'rule';
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type MinutesBlock =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | KeyValueBlock
  | TableBlock
  | FigureBlock
  | SignatureBlock
  | RuleBlock
  | PageBreakBlock;

export type MinutesBlockKind = MinutesBlock['kind'];

export interface MinutesOutlineEntry {
  section: MinutesSectionId;
  level: 2 | 3;
  text: string;
  /** Index of the section's heading in `blocks`. */
  block: number;
}

/** Something the facilitator should fix before the minutes are signed (no note-taker, a component never scored…). */
export interface MinutesWarning {
  code:
    | 'no-title'
    | 'no-date'
    | 'no-venue'
    | 'no-note-taker'
    | 'no-facilitator'
    | 'nobody-checked-in'
    | 'possible-duplicates'
    | 'component-not-scored'
    | 'no-actions'
    | 'action-incomplete'
    | 'action-due-before-workshop'
    | 'action-due-far-after-workshop';
  text: string;
}

export interface MinutesDocument {
  format: typeof MINUTES_FORMAT;
  version: typeof MINUTES_VERSION;
  language: Language;
  /** Numbers, dates and page numbers in Thai digits (Thai minutes only). */
  thaiDigits: boolean;
  /** Participants named; otherwise shown by their codes only. */
  named: boolean;
  appendixRawDistributions: boolean;
  /** The PDF's title (document properties) and the file name's stem. */
  title: string;
  /** "หน้า {page} / {pages}": a renderer puts each page's numbers in (formatted with `thaiDigits`). */
  pageNumberTemplate: string;
  /** A suggested file name, without extension. */
  fileStem: string;
  blocks: readonly MinutesBlock[];
  outline: readonly MinutesOutlineEntry[];
  warnings: readonly MinutesWarning[];
}
