/** Durable storage primitives for a workshop: journal, atomic snapshot + backups, lock. */
export * from './errors';
export { canonicalJson, sha256Hex } from './canonical-json';
export type { StorageFs, FileHandleLike } from './fs';
export { nodeFs } from './fs';
export * from './journal';
export * from './snapshot';
export * from './lock';
