// Package-index options with Starwhale's precedence (§5.2 of the research notes): SW_PYPI_INDEX_URL
// beats configs.pip.index_url (which then becomes an extra index), extra URLs and trusted hosts
// are env first then config, timeout/retries from SW_PYPI_TIMEOUT/SW_PYPI_RETRIES.
import type { PipConfig } from '../spec/types.js';

export interface PipOptions {
  indexUrl: string;
  extraIndexUrls: string[];
  trustedHosts: string[];
  timeout: number;
  retries: number;
}

const words = (s: string | undefined) => (s ?? '').split(/\s+/).filter(Boolean);

export function resolvePipOptions(cfg: PipConfig, env: NodeJS.ProcessEnv = process.env): PipOptions {
  const cfgExtra = cfg.extra_index_url.filter(Boolean);
  const fromEnv = env.SW_PYPI_INDEX_URL?.trim() ?? '';
  const extras = [...words(env.SW_PYPI_EXTRA_INDEX_URL), ...cfgExtra];
  if (fromEnv && cfg.index_url) extras.push(cfg.index_url);
  return {
    indexUrl: fromEnv || cfg.index_url,
    extraIndexUrls: [...new Set(extras)],
    trustedHosts: [...new Set([...words(env.SW_PYPI_TRUSTED_HOST), ...cfg.trusted_host.filter(Boolean)])],
    timeout: Number(env.SW_PYPI_TIMEOUT) || 90,
    retries: Number(env.SW_PYPI_RETRIES) || 10,
  };
}

/** Passwords (and tokens) embedded in index URLs: masked in logs, never part of cache keys. */
export function indexCredentials(o: PipOptions): string[] {
  const out: string[] = [];
  for (const u of [o.indexUrl, ...o.extraIndexUrls]) {
    try {
      const url = new URL(u);
      if (url.password) out.push(decodeURIComponent(url.password), url.password);
      else if (url.username) out.push(decodeURIComponent(url.username), url.username);
    } catch {
      // not a URL (e.g. a local path): nothing secret in it
    }
  }
  return out;
}

/** `https://user:pw@host/simple` -> `https://host/simple`: credentials never reach a key or a log. */
export function stripCredentials(u: string): string {
  try {
    const url = new URL(u);
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return u.replace(/\/\/[^/@\s]*@/, '//');
  }
}

export function pipArgs(o: PipOptions): string[] {
  const args = ['--timeout', String(o.timeout), '--retries', String(o.retries)];
  if (o.indexUrl) args.push('--index-url', o.indexUrl);
  for (const u of o.extraIndexUrls) args.push('--extra-index-url', u);
  for (const h of o.trustedHosts) args.push('--trusted-host', h);
  return args;
}

export function uvArgs(o: PipOptions): string[] {
  const args: string[] = [];
  if (o.indexUrl) args.push('--index-url', o.indexUrl);
  for (const u of o.extraIndexUrls) args.push('--extra-index-url', u);
  // pip looks at every index for the best version; uv stops at the first index that has the name.
  if (o.extraIndexUrls.length) args.push('--index-strategy', 'unsafe-best-match');
  for (const h of o.trustedHosts) args.push('--allow-insecure-host', h);
  return args;
}

/** uv's retry/timeout knobs are environment variables. */
export function uvEnv(o: PipOptions): Record<string, string> {
  return { UV_HTTP_TIMEOUT: String(o.timeout), UV_HTTP_RETRIES: String(o.retries) };
}
