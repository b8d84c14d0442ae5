/**
 * The time-of-day helpers live in shared/format/time-of-day.ts (the minutes write times too);
 * this file keeps the renderer's existing imports working.
 */
export * from '../../shared/format/time-of-day';
