/**
 * Canonical JSON: the one byte-exact spelling of a JSON value that the hash chain is computed
 * over. Object keys are sorted (by UTF-16 code unit), no whitespace, strings and numbers as
 * JSON.stringify spells them. `canonicalJson(JSON.parse(canonicalJson(v))) === canonicalJson(v)`
 * for every accepted value, which is what lets a reader re-verify a hash from a parsed line.
 *
 * Only plain JSON is accepted: null, booleans, finite numbers, strings, arrays and plain objects.
 * Anything JSON.stringify would silently drop or alter (undefined, functions, NaN, Dates, Maps,
 * class instances, cycles) is refused, so what is hashed is exactly what a reader gets back.
 */
import { createHash } from 'node:crypto';
import { InvalidEntryError } from './errors';

export function canonicalJson(value: unknown): string {
  return write(value, new Set(), '$');
}

function write(value: unknown, ancestors: Set<object>, at: string): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new InvalidEntryError(`${at} is ${value}, which JSON cannot represent`);
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (ancestors.has(value)) throw new InvalidEntryError(`${at} refers back to itself (a cycle)`);
      ancestors.add(value);
      try {
        if (Array.isArray(value)) {
          const parts: string[] = [];
          for (let i = 0; i < value.length; i++) parts.push(write(value[i], ancestors, `${at}[${i}]`));
          return `[${parts.join(',')}]`;
        }
        const proto = Object.getPrototypeOf(value) as unknown;
        if (proto !== Object.prototype && proto !== null) {
          const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'unknown';
          throw new InvalidEntryError(`${at} is a ${name}, not a plain JSON object`);
        }
        const keys = Object.keys(value).sort();
        const parts: string[] = [];
        for (const key of keys) {
          parts.push(`${JSON.stringify(key)}:${write((value as Record<string, unknown>)[key], ancestors, `${at}.${key}`)}`);
        }
        return `{${parts.join(',')}}`;
      } finally {
        ancestors.delete(value);
      }
    }
    default:
      throw new InvalidEntryError(`${at} is ${typeof value}, which is not JSON`);
  }
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
