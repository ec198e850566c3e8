// Package-index options with Starwhale's precedence (docs/starwhale-compat.md: Restore order): SW_PYPI_INDEX_URL
// beats configs.pip.index_url (which then becomes an extra index), extra URLs and trusted hosts
// are env first then config, timeout/retries from SW_PYPI_TIMEOUT/SW_PYPI_RETRIES. Credentials in
// index URLs are used for the build and never leave it: stripped from anything that is published.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Scalar } from 'yaml';
import type { PipConfig, RuntimeSpec } from '../spec/types.js';
import type { Log } from '../util/log.js';
import { specCredentials, stripCondaSecrets, stripPipSecrets, urlSecrets } from '../spec/credentials.js';

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

/** The one warning a build gives when runtime.yaml (or a file it names) carries credentials, or undefined. */
export function credentialWarning(cfg: PipConfig, others: readonly string[] = []): string | undefined {
  const where = [hasUserinfo(cfg.index_url) ? 'index_url' : '', cfg.extra_index_url.some(hasUserinfo) ? 'extra_index_url' : ''].filter(Boolean);
  if (!where.length && !others.length) return undefined;
  const vars = where.map((w) => (w === 'index_url' ? 'SW_PYPI_INDEX_URL' : 'SW_PYPI_EXTRA_INDEX_URL'));
  const places = [...where.map((w) => `configs.pip.${w}`), ...others].join(', ');
  const advice = [vars.length ? `pass index credentials in ${vars.join(' / ')}` : '', others.length ? 'keep the others in ~/.netrc or a condarc outside the project' : ''].filter(Boolean).join('; ');
  return `runtime.yaml has credentials in ${places}: the build uses them, the bundle gets the URLs without them; ${advice} (an action secret in CI) instead`;
}

/**
 * Where a build loads its spec: every credential it holds (index URLs as resolved, conda channels
 * and condarc, direct-URL requirements, the URLs of its requirements files) becomes a secret, and
 * one warning names where they are.
 */
export function guardCredentials(spec: RuntimeSpec, pip: PipOptions, log: Log, requirementFiles: readonly { path: string; text: string }[] = []): void {
  for (const s of indexCredentials(pip)) log.secret(s);
  const found = specCredentials(spec);
  for (const s of found.secrets) log.secret(s);
  const places = [...found.places];
  for (const f of requirementFiles) {
    const secrets = urlSecrets(f.text);
    for (const s of secrets) log.secret(s);
    if (secrets.length) places.push(`requirements file ${f.path}`);
  }
  const w = credentialWarning(spec.configs.pip, places);
  if (w) log.warn(w);
}

type Strip = (s: string) => string;

/** Each string scalar of runtime.yaml that may carry a credential, with how to strip it. */
function credentialScalars(doc: Document): { node: Scalar; strip: Strip }[] {
  const out: { node: Scalar; strip: Strip }[] = [];
  const seen = new Set<unknown>();
  const walk = (n: unknown, strip: Strip, deep: boolean): void => {
    const node = isAlias(n) ? n.resolve(doc) : n;
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.range) out.push({ node, strip });
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, strip, deep);
    } else if (deep && isMap(node)) {
      for (const pair of node.items) walk(pair.value, strip, deep);
    }
  };
  const pip = doc.getIn(['configs', 'pip'], true);
  if (isMap(pip)) for (const key of ['index_url', 'extra_index_url']) walk(pip.get(key, true), stripUserinfo, false);
  const conda = doc.getIn(['configs', 'conda'], true);
  if (isMap(conda)) {
    walk(conda.get('channels', true), stripCondaSecrets, false);
    walk(conda.get('condarc', true), stripCondaSecrets, true);
  }
  const deps = doc.get('dependencies', true);
  if (isSeq(deps)) {
    for (const item of deps.items) {
      const dep = isAlias(item) ? item.resolve(doc) : item;
      if (!isMap(dep)) continue;
      walk(dep.get('pip', true), stripPipSecrets, false);
      walk(dep.get('conda', true), stripCondaSecrets, false);
    }
  }
  return out;
}

/**
 * runtime.yaml's text with the credentials in configs.pip.index_url / extra_index_url, configs.conda
 * (channels, condarc) and the pip / conda dependencies removed: only those characters change, so
 * comments, order and quoting stay as the author wrote them.
 */
export function stripYamlCredentials(raw: string): string {
  let doc: Document;
  try {
    doc = parseDocument(raw, { uniqueKeys: false });
  } catch {
    return stripPipSecrets(stripCondaSecrets(stripUserinfo(raw)));
  }
  if (doc.errors.length) return stripPipSecrets(stripCondaSecrets(stripUserinfo(raw)));
  const scalars = credentialScalars(doc);
  const edits = scalars.map(({ node, strip }) => ({ start: node.range![0], end: node.range![1], strip })).sort((a, b) => b.start - a.start);
  let out = raw;
  for (const e of edits) out = out.slice(0, e.start) + e.strip(out.slice(e.start, e.end)) + out.slice(e.end);
  // An escaped form the text edit cannot see (`\x40` for `@` in a double-quoted string): rewrite the values.
  let leaks = true;
  try {
    const again = parseDocument(out, { uniqueKeys: false });
    leaks = again.errors.length > 0 || credentialScalars(again).some(({ node, strip }) => strip(String(node.value)) !== node.value);
  } catch {
    // could not read it back: rewrite the values below
  }
  if (!leaks) return out;
  for (const { node, strip } of scalars) node.value = strip(String(node.value));
  return doc.toString();
}
