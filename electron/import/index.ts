export { parseCsvRecords, type CsvRecords } from './csv';
export { decodeText, sniff, type DecodeOutcome, type TextEncodingName } from './decode';
export {
  findHeader,
  previewOf,
  readParticipantFile,
  readParticipantSheet,
  type ImportPreview,
  type ParsedSheet,
  type ReadSheetOptions,
  type SheetOutcome,
} from './read-sheet';
export { MAX_IMPORT_BYTES, type SheetError, type SheetErrorCode } from './sheet-error';
export { cellText, readXlsxRecords } from './xlsx';
export { importRegister, type RegisterImport } from './import-register';
