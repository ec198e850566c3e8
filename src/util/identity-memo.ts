// Facts about a file that cost a subprocess or a full read to learn (an interpreter's version, a
// big binary's sha256), remembered in <local cache>/<name>.json by the file's identity: real path,
// device, inode, size, mtime and ctime. Any write to the file, or a new file in its place, changes
// the identity (a write moves ctime, which no user can set back), so a remembered fact is only
// ever used for the very file it was learned from. The memo is read as untrusted: the caller
// validates what it gets, and a memo that cannot be read or written is simply not used.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from './atomic-write.js';
import { localCacheRoot } from './cache-root.js';

const MAX_RECORDS = 64;
const MAX_FILE_BYTES = 256 * 1024;

type Records = Record<string, { id: string; value: string; at: number }>;

/** The file's real path and an identity that changes when it is replaced or written; undefined when it is not a readable regular file. */
export function fileIdentity(path: string): { real: string; id: string } | undefined {
  try {
    const real = realpathSync(path);
    const st = statSync(real, { bigint: true });
    if (!st.isFile()) return undefined;
    return { real, id: `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}` };
  } catch {
    return undefined;
  }
}

function load(file: string): Records {
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return {};
    const r = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return r && typeof r === 'object' && !Array.isArray(r) ? (r as Records) : {};
  } catch {
    return {};
  }
}

export class IdentityMemo {
  constructor(
    private readonly name: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private get file(): string {
    return join(localCacheRoot(this.env), `${this.name}.json`);
  }

  /** What was remembered for the file at `path`, if it is still the same file and `valid` accepts it. */
  recall(path: string, valid: (v: string) => boolean): string | undefined {
    const who = fileIdentity(path);
    if (!who) return undefined;
    const rec = load(this.file)[who.real];
    return rec && rec.id === who.id && typeof rec.value === 'string' && valid(rec.value) ? rec.value : undefined;
  }

  /** Remembers `value` for the file at `path` as it is now; best effort. */
  remember(path: string, value: string): void {
    const who = fileIdentity(path);
    if (!who) return;
    try {
      const all = load(this.file);
      all[who.real] = { id: who.id, value, at: Date.now() };
      const kept = Object.entries(all)
        .sort((a, b) => (b[1]?.at ?? 0) - (a[1]?.at ?? 0))
        .slice(0, MAX_RECORDS);
      writeAtomic(this.file, `${JSON.stringify(Object.fromEntries(kept))}\n`);
    } catch {
      // read-only home, full disk: the fact is learned again next time
    }
  }
}
