// `swrt cache info` and `swrt cache prune [--max SIZE] [--all]`: the local cache under
// $SWRT_CACHE_DIR or ~/.cache/swrt (env and image-layer entries; the tool cache in tools/ is not touched).
import type { Command } from 'commander';
import { UserError } from '../../util/errors.js';
import { action } from '../context.js';

export function registerCache(program: Command): void {
  const cache = program.command('cache').description('inspect and prune the local cache of envs and image layers ($SWRT_CACHE_DIR, else ~/.cache/swrt)');
  cache
    .command('info')
    .description('list the cache entries, their sizes and when each was last used')
    .option('--json', 'print the result as JSON on stdout')
    .action(
      action(async (ctx, f: { json?: boolean }) => {
        const { cacheMax, formatSize, listEntries, localCacheRoot } = await import('../../pipeline/local-cache.js');
        const root = localCacheRoot();
        const max = cacheMax();
        const entries = await listEntries(root);
        const total = entries.reduce((s, e) => s + e.bytes, 0);
        if (f.json) {
          ctx.json({ root, max, bytes: total, entries: entries.map((e) => ({ layer: e.layer, key: e.name, bytes: e.bytes, last_used: e.lastUsed.toISOString(), ...(e.junk ? { unusable: e.junk } : {}) })) });
          return;
        }
        ctx.print(`${root}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}, ${formatSize(total)} of ${formatSize(max)} (SWRT_CACHE_MAX)`);
        for (const e of [...entries].sort((a, b) => b.lastUsed.getTime() - a.lastUsed.getTime())) {
          ctx.print(`  ${e.layer}/${e.name}  ${formatSize(e.bytes)}  last used ${e.lastUsed.toISOString()}${e.junk ? `  (unusable: ${e.junk})` : ''}`);
        }
      }),
    );
  cache
    .command('prune')
    .description('remove least recently used entries until the cache fits (default: SWRT_CACHE_MAX, else 10G)')
    .option('--max <size>', 'size to prune down to: bytes, or a number with K, M, G or T (powers of 1024)')
    .option('--all', 'remove every entry')
    .action(
      action(async (ctx, f: { max?: string; all?: boolean }) => {
        const cache = await import('../../pipeline/local-cache.js');
        const { formatSize, localCacheRoot, pruneLocal } = cache;
        if (f.all && f.max !== undefined) throw new UserError('--all and --max do not go together');
        const root = localCacheRoot();
        const r = await pruneLocal(root, f.all ? 0 : pruneTarget(f.max, cache));
        for (const e of r.removed) ctx.log.info(`removed ${e.layer}/${e.name}${e.junk ? ` (${e.junk})` : ''}`);
        ctx.print(`${root}: removed ${r.removed.length}, kept ${r.kept.length} (${formatSize(r.bytesBefore)} -> ${formatSize(r.bytesAfter)})`);
      }),
    );
}

/** --max when given (SWRT_CACHE_MAX is then not read, so a bad value there cannot stop it), else the cap. */
function pruneTarget(flag: string | undefined, { cacheMax, parseSize }: { cacheMax(): number; parseSize(s: string): number | undefined }): number {
  if (flag === undefined) return cacheMax();
  const n = parseSize(flag);
  if (n === undefined) throw new UserError(`--max ${JSON.stringify(flag)} is not a size`, { hint: 'use bytes or a number with K, M, G or T, e.g. --max 5G' });
  return n;
}
