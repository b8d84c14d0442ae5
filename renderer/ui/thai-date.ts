/**
 * The date helpers moved to shared/format/thai-date.ts (the PDF minutes need them on the host
 * too); this file keeps the renderer's existing imports working.
 */
export * from '../../shared/format/thai-date';
