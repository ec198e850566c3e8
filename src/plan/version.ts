// Runtime version ids: 40 lowercase base32 characters like swcli's, but content-addressed, so that
// rebuilding the same inputs gives the same version (and a re-upload to a server is free).
import { createHash, randomBytes } from 'node:crypto';
import type { RuntimeSpec } from '../spec/types.js';
import type { InputDigest } from '../spec/digests.js';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

export function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Keys sorted at every level, so the JSON of equal values is equal. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The server reads all-digit versions as ids and `v<N>` / `latest` as aliases: never produce one. */
function safe(v: string): string {
  return /^\d+$/.test(v) || /^v\d+$/.test(v) || v === 'latest' ? `a${v.slice(1)}` : v;
}

export interface VersionInputs {
  spec: RuntimeSpec;
  inputs: readonly InputDigest[];
  /** The lock file text ('' when locking is off). */
  lock: string;
  /** Anything else that changes the bundle (e.g. whether the env is packed). */
  extra?: Record<string, unknown>;
}

export function contentVersion(v: VersionInputs): string {
  const digest = createHash('sha256')
    .update(canonicalJson({ schema: 1, spec: v.spec, inputs: v.inputs, lock: v.lock, extra: v.extra ?? {} }))
    .digest();
  return safe(base32(digest.subarray(0, 25)));
}

/** swcli's random version: 25 random bytes in base32. */
export function randomVersion(): string {
  return safe(base32(randomBytes(25)));
}
