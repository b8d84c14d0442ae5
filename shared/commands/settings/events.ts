import type { WorkshopSettings } from '../../domain/workshop';

export type SettingsEvent = { type: 'settings.changed'; fields: (keyof WorkshopSettings)[] };
