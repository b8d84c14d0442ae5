export { exportMinutes, exportMinutesPdf, countPages, type MinutesPdf, type MinutesPdfExportOptions } from './export';
export { minutesToPdfDefinition, MINUTES_TABLE_LAYOUTS, PAGE, CONTENT_WIDTH, TYPE, type MinutesPdfOptions } from './definition';
export { minutesPreview, firstPageBlocks } from './preview';
export { MinutesService, type MinutesServiceOptions } from './service';
