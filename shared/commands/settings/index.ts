import { updateSettings } from './update';

/** The workshop-settings commands, spread into the registry (shared/commands/registry.ts). */
export const SETTINGS_COMMANDS = {
  [updateSettings.type]: updateSettings,
} as const;
