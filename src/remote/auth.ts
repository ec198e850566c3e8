// Where the server token comes from: an explicit value (action input `server-token`, CLI flag) >
// SW_TOKEN > swcli's config.yaml (`$SW_CLI_CONFIG`, else ~/.config/starwhale/config.yaml) instance
// entries matched by alias or URL (docs/starwhale-compat.md: Server protocol). The caller masks the token; it is never logged or written.
// An instance URL with credentials in it is refused (see uri.ts).
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseErrorPlace, UserError } from '../util/errors.js';
import { checkInstanceUrl } from './uri.js';

export interface InstanceAuth {
  /** scheme://host[:port] */
  instanceUrl: string;
  /** `Bearer …`, or undefined for anonymous access. */
  token?: string;
  alias?: string;
}

interface ConfigInstance {
  uri?: string;
  sw_token?: string;
  type?: string;
}

export function swcliConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.SW_CLI_CONFIG || join(env.HOME || homedir(), '.config', 'starwhale', 'config.yaml');
}

export function normalizeToken(token: string): string {
  const t = token.trim();
  return /^bearer /i.test(t) ? `Bearer ${t.slice(7).trim()}` : `Bearer ${t}`;
}

const trimUrl = (u: string) => u.replace(/\/+$/, '').toLowerCase();

function readInstances(path: string): Record<string, ConfigInstance> {
  if (!existsSync(path)) return {};
  let doc: unknown;
  const text = readFileSync(path, 'utf8');
  try {
    doc = parse(text, { prettyErrors: false });
  } catch (e) {
    // Only the place: yaml's message quotes the source, and this file holds tokens.
    throw new UserError(`cannot read swcli config ${path}: not valid YAML${parseErrorPlace(e, text)}`, {
      hint: 'fix or remove the file, or pass the token with --token / SW_TOKEN',
    });
  }
  const inst = (doc as { instances?: unknown } | null)?.instances;
  return inst && typeof inst === 'object' ? (inst as Record<string, ConfigInstance>) : {};
}

/** Resolves the instance URL (for a `cloud://alias`) and its token. */
export function resolveAuth(
  target: { instanceUrl: string; alias?: string },
  opts: { token?: string; env?: NodeJS.ProcessEnv } = {},
): InstanceAuth {
  const env = opts.env ?? process.env;
  const cfgPath = swcliConfigPath(env);
  const instances = readInstances(cfgPath);
  let instanceUrl = target.instanceUrl;
  let entry: ConfigInstance | undefined;
  if (target.alias) {
    entry = instances[target.alias];
    if (!entry?.uri) {
      throw new UserError(`no Starwhale instance with alias "${target.alias}" in ${cfgPath}`, {
        hint: `run swcli instance login --alias ${target.alias} URL, or use the http(s):// URL of the instance`,
      });
    }
    instanceUrl = /^https?:\/\//.test(entry.uri) ? entry.uri : `http://${entry.uri}`;
    try {
      checkInstanceUrl(instanceUrl);
    } catch (e) {
      throw e instanceof UserError ? new UserError(`instance "${target.alias}" in ${cfgPath}: ${e.message}`, { hint: e.hint }) : e;
    }
  } else {
    entry = Object.values(instances).find((i) => typeof i?.uri === 'string' && trimUrl(i.uri) === trimUrl(instanceUrl));
  }
  instanceUrl = instanceUrl.replace(/\/+$/, '');
  const raw = opts.token || env.SW_TOKEN || entry?.sw_token;
  return { instanceUrl, alias: target.alias, token: raw ? normalizeToken(raw) : undefined };
}
