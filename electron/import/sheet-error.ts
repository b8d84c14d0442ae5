import type { LocalizedText } from '../../shared/domain/text';

export type SheetErrorCode =
  | 'EMPTY'
  | 'HEADER_ONLY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'NOT_XLSX'
  | 'OLD_XLS'
  | 'NO_SHEET'
  | 'UNKNOWN_ENCODING'
  | 'UNREADABLE';

/** Why a file could not be read as a register at all, in words a facilitator can act on. */
export interface SheetError {
  code: SheetErrorCode;
  message: LocalizedText;
}

export const sheetError = (code: SheetErrorCode, th: string, en: string): SheetError => ({ code, message: { th, en } });

/**
 * Files above this are refused before they are read. A workshop register of 10,000 people with
 * long organisation names is about 2 MB as CSV; 10 MB leaves room for wide Google Forms exports
 * without letting a wrong file (a video, a database dump) fill the memory.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
