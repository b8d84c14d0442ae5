import { addStakeholder } from './add';
import { moveStakeholder } from './move';
import { removeStakeholder } from './remove';
import { updateStakeholder } from './update';

/** The stakeholder-map commands, spread into the registry (shared/commands/registry.ts). */
export const STAKEHOLDER_COMMANDS = {
  [addStakeholder.type]: addStakeholder,
  [updateStakeholder.type]: updateStakeholder,
  [moveStakeholder.type]: moveStakeholder,
  [removeStakeholder.type]: removeStakeholder,
} as const;
