// Package-index options with Starwhale's precedence (§5.2 of the research notes): SW_PYPI_INDEX_URL
// beats configs.pip.index_url (which then becomes an extra index), extra URLs and trusted hosts
// are env first then config, timeout/retries from SW_PYPI_TIMEOUT/SW_PYPI_RETRIES. Credentials in
// index URLs are used for the build and never leave it: stripped from anything that is published.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Scalar } from 'yaml';
import type { PipConfig } from '../spec/types.js';
import type { Log } from '../util/log.js';

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

/** `scheme://user:pw@` inside any text (one URL or several): the userinfo part. */
const USERINFO = /([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s'"]*@/gi;

/** Removes the `user:pw@` of every URL in `text` and leaves every other character as it was. */
export function stripUserinfo(text: string): string {
  return text.replace(USERINFO, '$1');
}

export const hasUserinfo = (text: string) => stripUserinfo(text) !== text;

/** The pip config as it may be published (manifest `configs`): no credentials in any index URL. */
export function publicPipConfig(cfg: PipConfig): PipConfig {
  return { ...cfg, index_url: stripUserinfo(cfg.index_url), extra_index_url: cfg.extra_index_url.map(stripUserinfo) };
}

/** The one warning a build gives when runtime.yaml carries index credentials, or undefined. */
export function credentialWarning(cfg: PipConfig): string | undefined {
  const where = [hasUserinfo(cfg.index_url) ? 'index_url' : '', cfg.extra_index_url.some(hasUserinfo) ? 'extra_index_url' : ''].filter(Boolean);
  if (!where.length) return undefined;
  const vars = where.map((w) => (w === 'index_url' ? 'SW_PYPI_INDEX_URL' : 'SW_PYPI_EXTRA_INDEX_URL'));
  return `runtime.yaml has credentials in configs.pip.${where.join(' and ')}: the build uses them, the bundle gets the URL without them; pass them in ${vars.join(' / ')} (an action secret in CI) instead`;
}

/** Where a build resolves its index options: every credential becomes a secret; one warning if runtime.yaml holds any. */
export function guardIndexCredentials(cfg: PipConfig, pip: PipOptions, log: Log): void {
  for (const s of indexCredentials(pip)) log.secret(s);
  const w = credentialWarning(cfg);
  if (w) log.warn(w);
}

/**
 * runtime.yaml's text with the credentials in configs.pip.index_url / extra_index_url removed: only
 * those characters change, so comments, order and quoting stay as the author wrote them.
 */
export function stripYamlCredentials(raw: string): string {
  let doc;
  try {
    doc = parseDocument(raw, { uniqueKeys: false });
  } catch {
    return stripUserinfo(raw);
  }
  if (doc.errors.length) return stripUserinfo(raw);
  const pip = doc.getIn(['configs', 'pip'], true);
  if (!isMap(pip)) return raw;
  const scalars: Scalar[] = [];
  const add = (n: unknown) => {
    const node = isAlias(n) ? n.resolve(doc) : n;
    if (isScalar(node) && typeof node.value === 'string' && node.range) scalars.push(node);
    return node;
  };
  for (const key of ['index_url', 'extra_index_url']) {
    const v = add(pip.get(key, true));
    if (isSeq(v)) for (const item of v.items) add(item);
  }
  const edits = [...new Set(scalars)].map((n) => ({ start: n.range![0], end: n.range![1] })).sort((a, b) => b.start - a.start);
  let out = raw;
  for (const e of edits) out = out.slice(0, e.start) + stripUserinfo(out.slice(e.start, e.end)) + out.slice(e.end);
  // An escaped form the text edit cannot see (`\x40` for `@` in a double-quoted string): rewrite the values.
  let leaks = true;
  try {
    const pipOut = (parseDocument(out, { uniqueKeys: false }).toJS() as { configs?: { pip?: { index_url?: unknown; extra_index_url?: unknown } } } | null)?.configs?.pip;
    leaks = [pipOut?.index_url, pipOut?.extra_index_url].flat().some((v) => typeof v === 'string' && hasUserinfo(v));
  } catch {
    // could not read it back: rewrite the values below
  }
  if (!leaks) return out;
  for (const n of scalars) n.value = stripUserinfo(String(n.value));
  return doc.toString();
}
