// Local runtime URIs with swcli's grammar (docs/starwhale-compat.md: URIs): the full form
// `[local/]project/<p>/runtime/<name>[/version/<v>]`, the short forms `<name>`, `<name>/<v>`,
// `<name>/version/<v>`, `runtime/<name>…`, `version/<v>`, a bare version (5+ characters) and a
// path to a .swrt file. Every project, name and version in a URI passes names.ts before it is used.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../util/errors.js';
import { checkName, checkRef } from '../util/names.js';
import { LocalStore, type StoredVersion } from './store.js';

export interface LocalRef {
  project: string;
  name: string;
  /** A version, tag or prefix; 'latest' when absent. */
  version: string;
}

export function parseLocalUri(uri: string, defaultProject = 'self'): LocalRef {
  let parts = uri.replace(/^local\//, '').replace(/\/+$/, '').split('/');
  if (parts.some((x) => x === '')) {
    throw new UserError(`cannot read runtime URI "${uri}": it has an empty segment`, { hint: 'use NAME, NAME/VERSION, NAME/version/VERSION or local/project/self/runtime/NAME/version/VERSION' });
  }
  let project = defaultProject;
  if (parts[0] === 'project') {
    project = parts[1] ?? '';
    parts = parts.slice(2);
  }
  if (parts[0] === 'runtime') parts = parts.slice(1);
  const [name, second, third] = parts;
  if (!name || parts.length > 3 || !project) {
    throw new UserError(`cannot read runtime URI "${uri}"`, { hint: 'use NAME, NAME/VERSION, NAME/version/VERSION or local/project/self/runtime/NAME/version/VERSION' });
  }
  const version = second === 'version' ? third : second;
  if (second === 'version' && !third) throw new UserError(`runtime URI "${uri}" has no version after /version/`);
  const from = `runtime URI "${uri.slice(0, 200)}"`;
  checkName(project, 'project', from);
  checkName(name, 'runtime name', from);
  return { project, name: name.toLowerCase(), version: version === undefined ? 'latest' : checkRef(version, from) };
}

/** Resolves a URI or a .swrt path to a stored (or standalone) bundle. */
export function resolveLocal(uri: string, root?: string): StoredVersion & { store?: LocalStore } {
  if (uri.endsWith('.swrt') && existsSync(uri)) {
    const path = resolve(uri);
    return { name: '', version: '', path, size: 0, tags: [], removed: false, modified: '' };
  }
  // swcli's short forms without a name: `version/<v>` and a bare version (prefix of 5+ characters).
  const bare = /^version\/([^/]+)$/.exec(uri)?.[1] ?? (/^[a-z2-7]{5,}$/.test(uri) ? uri : undefined);
  if (bare !== undefined) {
    checkRef(bare, `runtime URI "${uri.slice(0, 200)}"`);
    const store = new LocalStore(root);
    if (!uri.startsWith('version/') && store.names().includes(uri)) return { ...store.findVersion(uri), store };
    const hits = store.names().flatMap((n) => store.versions(n).filter((v) => v.version === bare || (bare.length >= 5 && v.version.startsWith(bare))));
    if (hits.length === 1) return { ...hits[0]!, store };
    if (hits.length > 1) throw new UserError(`version "${bare}" matches ${hits.length} runtimes`, { hint: 'give NAME/version/VERSION' });
    if (uri.startsWith('version/')) throw new UserError(`no runtime has version "${bare}" in ${store.root}`, { hint: 'swrt list shows what the store has' });
  }
  const ref = parseLocalUri(uri);
  const store = new LocalStore(root, ref.project);
  return { ...store.findVersion(ref.name, ref.version), store };
}
