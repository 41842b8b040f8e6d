/**
 * The key of what a page or a derived value is made from: a digest of its inputs, serialised with
 * sorted object keys so that the same inputs give the same key whatever order they were built in.
 * Two builds compare keys, never the inputs themselves, to decide what must be made again.
 */
import { createHash } from 'node:crypto';

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [stable(k), stable(v)]);
  if (value instanceof Set) return [...value].map(stable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, stable((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** A 32-hex-digit digest of any JSON-like values (Maps and Sets included). */
export function inputKey(...inputs: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify(stable(inputs)))
    .digest('hex')
    .slice(0, 32);
}
