// Remote (Server/Cloud) project and runtime URIs, swcli's grammar (docs/starwhale-compat.md: URIs):
// `http(s)://host[:port]/project/<p>[/runtime/<name>[/version/<v>]]`, `cloud://<alias>/project/<p>…`,
// and console URLs `…/projects/<p>/runtimes/<name>/versions/<v>/…`. A URL with credentials in it
// (`https://user:pass@host`) is refused and printed without them: swcli sends no such credentials
// to a server (requests would turn them into Basic auth, which a Starwhale server ignores), and a
// token belongs in SW_TOKEN / server-token, where it is masked.
import { UserError } from '../util/errors.js';

export interface RemoteRef {
  /** scheme://host[:port], no trailing slash; empty for a `cloud://alias` URI until the alias is looked up. */
  instanceUrl: string;
  alias?: string;
  project: string;
  name?: string;
  /** A version, tag, `latest` or `v<N>`; absent when the URI names none. */
  version?: string;
}

const HINT = 'use http(s)://HOST[:PORT]/project/PROJECT[/runtime/NAME[/version/VERSION]] or cloud://ALIAS/project/PROJECT…';

const CRED_HINT = 'remove user:password@ from the URL; a Starwhale server takes a token: SW_TOKEN, the server-token input, or swcli instance login';

/** `text` with the userinfo of every URL in it removed. */
export function redactUrl(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s?#]*@/gi, '$1');
}

/** An instance URL as given, less trailing slashes: http(s) only, no credentials. */
export function checkInstanceUrl(url: string): string {
  const shown = JSON.stringify(redactUrl(url).slice(0, 200));
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UserError(`server URL ${shown} is not a URL`, { hint: 'use http(s)://HOST[:PORT]' });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UserError(`server URL ${shown} is not http(s)`, { hint: 'use http(s)://HOST[:PORT]' });
  if (u.username || u.password || /^[a-z]+:\/\/[^/]*@/i.test(url)) throw new UserError(`server URL ${shown} carries credentials; refused`, { hint: CRED_HINT });
  return url.replace(/\/+$/, '');
}

/**
 * Refuses a project, runtime or version that is empty, `.` or `..`: as a path segment of a request
 * URL it would fold away (`project/../x` is `x`) and send the request to another API path.
 */
export function checkSegment(kind: string, value: string): string {
  if (value === '' || value === '.' || value === '..') {
    throw new UserError(`${kind} "${value}" cannot be used on a server; refused`, { hint: `give a real ${kind} name` });
  }
  return value;
}

export function isRemoteUri(uri: string): boolean {
  return /^(https?|cloud):\/\//i.test(uri);
}

export function parseRemoteUri(raw: string): RemoteRef {
  const uri = redactUrl(raw);
  const m = /^(https?|cloud):\/\/([^/]+)(\/.*)?$/i.exec(raw.trim());
  if (!m) throw new UserError(`"${uri}" is not a remote URI`, { hint: HINT });
  const scheme = m[1]!.toLowerCase();
  const host = m[2]!;
  if (host.includes('@')) throw new UserError(`remote URI "${uri}" carries credentials; refused`, { hint: CRED_HINT });
  let segs: string[];
  try {
    segs = (m[3] ?? '').split('/').filter((s) => s !== '').map(decodeURIComponent);
  } catch {
    throw new UserError(`cannot read remote URI "${uri}": bad %-escape`, { hint: HINT });
  }
  for (const s of segs) if (s === '.' || s === '..') throw new UserError(`remote URI "${uri}" has a "${s}" segment; refused`, { hint: HINT });
  const base: Pick<RemoteRef, 'instanceUrl' | 'alias'> = scheme === 'cloud' ? { instanceUrl: '', alias: host } : { instanceUrl: `${scheme}://${host}` };

  // Console URL: /projects/<p>/runtimes/<name>[/versions/<v>[/overview…]]
  if (segs[0] === 'projects') {
    const [, project, kind, name, vkw, version] = segs;
    if (!project) throw new UserError(`console URL "${uri}" names no project`, { hint: HINT });
    if (kind !== undefined && kind !== 'runtimes') throw new UserError(`"${uri}" is not a runtime URL (it points at ${kind})`, { hint: HINT });
    return { ...base, project, name, version: vkw === 'versions' ? version : undefined };
  }
  if (segs[0] !== 'project' || !segs[1]) throw new UserError(`cannot read remote URI "${uri}": it names no project`, { hint: HINT });
  const project = segs[1];
  const rest = segs.slice(2);
  if (rest.length === 0) return { ...base, project };
  if (rest[0] !== 'runtime' || !rest[1]) throw new UserError(`cannot read remote URI "${uri}": expected /runtime/NAME after the project`, { hint: HINT });
  const name = rest[1];
  if (rest.length === 2) return { ...base, project, name };
  if (rest[2] === 'version' && rest[3] && rest.length === 4) return { ...base, project, name, version: rest[3] };
  if (rest.length === 3 && rest[2] !== 'version') return { ...base, project, name, version: rest[2] };
  throw new UserError(`cannot read remote URI "${uri}"`, { hint: HINT });
}

/** The server's rule for a runtime name in the upload path (BundleManager.BUNDLE_NAME_REGEX, docs/starwhale-compat.md: Server protocol). */
export const SERVER_NAME_RULE = /^[a-zA-Z][a-zA-Z\d_-]{2,80}$/;

export function checkServerName(name: string): void {
  if (!SERVER_NAME_RULE.test(name)) {
    throw new UserError(`runtime name "${name}" is not accepted by a Starwhale server`, {
      hint: 'start with a letter; use only letters, digits, _ and -; 3 to 81 characters; no dots (give DEST as …/runtime/NEW-NAME to rename)',
    });
  }
}

export function runtimeUri(instanceUrl: string, projectId: string, name: string, version: string): string {
  return `${instanceUrl}/project/${projectId}/runtime/${name}/version/${version}`;
}

export function consoleUrl(instanceUrl: string, projectId: string, name: string, version: string): string {
  return `${instanceUrl}/projects/${projectId}/runtimes/${name}/versions/${version}/overview`;
}
