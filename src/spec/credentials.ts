// Credentials runtime.yaml may carry beyond the pip index URLs: conda channels and condarc values
// (`user:pw@` and conda's `/t/<token>/`), direct-URL pip requirements (`name @ https://u:p@…`,
// `git+https://token@…`) and the URLs of a requirements file. Each is found (to become a secret),
// and cut out of the copy that is published; the build itself uses them as written.
import type { CondaConfig, RawDep, RuntimeSpec } from './types.js';

/** A URL inside any text: scheme://… up to whitespace or a quote. */
const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/[^\s'"<>]+/gi;
/** scheme://userinfo@ at the start of a URL (up to the last `@` before the path, as pip reads it). */
const URL_USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;
/** Schemes where a bare user name is a token (GitHub/GitLab over https), not an ssh login. */
const HTTP_FAMILY = /^([a-z]+\+)?https?:\/\//i;
/** `${VAR}` / `${A}:${B}`: pip expands these in a requirements file; nothing secret is written. */
const ENV_REFS = /^(\$\{\w+\})?(:(\$\{\w+\})?)?$/;
/** conda's token in a channel URL (conda strips `/t/<token>` the same way). */
const CONDA_TOKEN = /\/t\/([A-Za-z0-9_-]+)(?=\/|$)/;

const decoded = (s: string): string[] => {
  try {
    const d = decodeURIComponent(s);
    return d === s ? [s] : [d, s];
  } catch {
    return [s];
  }
};

/** The secret parts of one URL's userinfo: the password, or for http(s) a user name alone (a token). */
function userinfoSecrets(url: string): string[] {
  const m = URL_USERINFO.exec(url);
  if (!m || ENV_REFS.test(m[2]!)) return [];
  const [user, ...rest] = m[2]!.split(':');
  const password = rest.join(':');
  if (password) return decoded(password);
  return user && HTTP_FAMILY.test(url) ? decoded(user) : [];
}

/** One URL without its credentials: all the userinfo of an http(s) URL, the password of any other. */
function stripUrl(url: string, conda: boolean): string {
  let out = url;
  const m = URL_USERINFO.exec(out);
  if (m && userinfoSecrets(out).length) {
    const keep = HTTP_FAMILY.test(out) ? '' : `${m[2]!.split(':')[0]}@`;
    out = m[1]! + keep + out.slice(m[0].length);
  }
  return conda ? out.replace(CONDA_TOKEN, '') : out;
}

/** Every credential in the URLs of `text`; with `conda`, conda's `/t/<token>` too. */
export function urlSecrets(text: string, conda = false): string[] {
  const out: string[] = [];
  for (const url of text.match(URL_IN_TEXT) ?? []) {
    out.push(...userinfoSecrets(url));
    const t = conda ? CONDA_TOKEN.exec(url) : null;
    if (t) out.push(t[1]!);
  }
  return out;
}

/** `text` with the credentials of every URL in it removed; every other character as it was. */
export function stripUrlSecrets(text: string, conda = false): string {
  return text.replace(URL_IN_TEXT, (url) => stripUrl(url, conda));
}

/** Every string under a condarc value (channels, default_channels, channel_alias, custom_channels, proxy_servers…). */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

/** The same value with every string in it passed through `f` (keys stay). */
function mapStrings(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
  return v;
}

const condaStrip = (s: string) => stripUrlSecrets(s, true);
const pipStrip = (s: string) => stripUrlSecrets(s);

/** configs.conda as it may be published: no credentials in a channel or a condarc value. */
export function publicCondaConfig(conda: CondaConfig): CondaConfig {
  return { channels: conda.channels.map(condaStrip), condarc: mapStrings(conda.condarc, condaStrip) as Record<string, unknown> };
}

/** raw_deps as they may be published: pip requirements and conda packages without URL credentials. */
export function publicDeps(deps: readonly RawDep[]): RawDep[] {
  return deps.map((d) => {
    if (d.kind === 'pip_pkg') return { ...d, deps: d.deps.map(pipStrip) };
    if (d.kind === 'conda_pkg') return { ...d, deps: d.deps.map(condaStrip) };
    return d;
  });
}

/** Where in the spec (besides configs.pip) credentials sit, and what they are. */
export function specCredentials(spec: RuntimeSpec): { places: string[]; secrets: string[] } {
  const found: [string, string[]][] = [
    ['configs.conda.channels', spec.configs.conda.channels.flatMap((c) => urlSecrets(c, true))],
    ['configs.conda.condarc', strings(spec.configs.conda.condarc).flatMap((c) => urlSecrets(c, true))],
    ['pip dependencies', spec.dependencies.flatMap((d) => (d.kind === 'pip_pkg' ? d.deps.flatMap((p) => urlSecrets(p)) : []))],
    ['conda dependencies', spec.dependencies.flatMap((d) => (d.kind === 'conda_pkg' ? d.deps.flatMap((p) => urlSecrets(p, true)) : []))],
  ];
  const hits = found.filter(([, s]) => s.length);
  return { places: hits.map(([p]) => p), secrets: hits.flatMap(([, s]) => s) };
}

/** A requirements file as it may be published, or undefined when it has no credentials to cut. */
export function publicRequirements(text: string): string | undefined {
  const out = pipStrip(text);
  return out === text ? undefined : out;
}

export { condaStrip as stripCondaSecrets, pipStrip as stripPipSecrets };
