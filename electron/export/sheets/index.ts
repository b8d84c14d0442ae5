import type { Workshop } from '../../../shared/domain/workshop';
import { participantsTable, stakeholdersTable, type PeopleExportOptions, type SheetTable } from './tables';
import { tablesToXlsx, tableToCsv } from './write';

export { needsNeutralising, neutraliseCell } from './neutralise';
export { isNamed, participantsTable, stakeholdersTable, type PeopleExportOptions, type SheetTable } from './tables';
export { tablesToXlsx, tableToCsv } from './write';

export type SheetFormat = 'csv' | 'xlsx';

/** One table as CSV or XLSX bytes. */
export async function writeSheet(table: SheetTable, format: SheetFormat): Promise<Uint8Array> {
  return format === 'csv' ? tableToCsv(table) : tablesToXlsx([table]);
}

/** The participant register as CSV or XLSX bytes, one row per person (`participantsTable`); anonymised unless `named: true` (or the workshop says otherwise). */
export function exportParticipants(workshop: Workshop, format: SheetFormat, options: PeopleExportOptions = {}): Promise<Uint8Array> {
  return writeSheet(participantsTable(workshop, options), format);
}

/** The stakeholder map as CSV or XLSX bytes. Stakeholders are organisations and groups: nothing to anonymise. */
export function exportStakeholders(workshop: Workshop, format: SheetFormat, options: Pick<PeopleExportOptions, 'language'> = {}): Promise<Uint8Array> {
  return writeSheet(stakeholdersTable(workshop, options), format);
}

/** One workbook with both sheets. */
export function exportPeopleWorkbook(workshop: Workshop, options: PeopleExportOptions = {}): Promise<Uint8Array> {
  return tablesToXlsx([participantsTable(workshop, options), stakeholdersTable(workshop, options)]);
}
