// conda-sw-lock.yaml exactly as swcli 0.6.15 writes it (docs/starwhale-compat.md: Lock files, `conda_export`): the
// env export, loaded as YAML 1.1, with the `pip:` item of `dependencies` replaced by the env's
// filtered `pip freeze` (or dropped when the freeze is empty), falsy items dropped, then written
// back with PyYAML's safe_dump (sorted keys, block style). The reason swcli does this: conda cannot
// export pip packages installed from git URLs (conda/conda#10320).
import { parse } from 'yaml';
import { parseErrorPlace, UserError } from '../util/errors.js';
import { pyyamlSafeDump, type YamlData } from '../util/pyyaml-dump.js';

export const CONDA_LOCK_NAME = 'conda-sw-lock.yaml';

export interface CondaLockOptions {
  /** Keep `pkg @ file://…` and `….whl` lines (swcli's hidden --include-local-wheel). */
  includeLocalWheel?: boolean;
  /**
   * Add a `pip:` item when the export has none but the freeze is not empty. swcli never does (conda
   * exports a pip item whenever pip-only packages exist); micromamba before 2.0.4 never exports one
   * (mamba#2008), so a builder using such a micromamba sets this to keep the pip packages in the lock.
   */
  addPipWhenMissing?: boolean;
}

/** The freeze lines swcli keeps: stripped, no blanks or comments, no local wheels unless asked. */
export function filterCondaPipFreeze(freeze: string, opts: CondaLockOptions = {}): string[] {
  const out: string[] = [];
  for (const raw of freeze.trim().split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!opts.includeLocalWheel && (line.endsWith('.whl') || line.includes('@ file://'))) continue;
    out.push(line);
  }
  return out;
}

/** Python truthiness, which swcli's `if d:` applies to each dependency item. */
function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Renders conda-sw-lock.yaml from `conda|micromamba env export` output and `pip freeze` output. */
export function renderCondaLock(envExportYaml: string, pipFreezeText: string, opts: CondaLockOptions = {}): string {
  let doc: unknown;
  try {
    doc = parse(envExportYaml, { version: '1.1', schema: 'yaml-1.1', prettyErrors: false });
  } catch (e) {
    // Only the place: the export lists channel URLs, which may carry a token.
    throw new UserError(`the conda env export is not valid YAML${parseErrorPlace(e, envExportYaml)}`, { hint: 'run the env export by hand and check its output' });
  }
  if (!isPlainObject(doc)) throw new UserError('the conda env export is not a YAML mapping', { hint: 'run the env export by hand and check its output' });
  const freeze = filterCondaPipFreeze(pipFreezeText, opts);
  const deps = Array.isArray(doc.dependencies) ? (doc.dependencies as unknown[]) : [];
  const out: unknown[] = [];
  let sawPip = false;
  for (const item of deps) {
    let d = item;
    if (isPlainObject(d) && 'pip' in d) {
      sawPip = true;
      d = { ...d };
      if (freeze.length) (d as Record<string, unknown>).pip = freeze;
      else delete (d as Record<string, unknown>).pip;
    }
    if (truthy(d)) out.push(d);
  }
  if (!sawPip && opts.addPipWhenMissing && freeze.length) out.push({ pip: freeze });
  const data = { ...doc, dependencies: out };
  assertPlain(data);
  return pyyamlSafeDump(data as Record<string, YamlData>);
}

function assertPlain(v: unknown, path = '$'): void {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return;
  if (Array.isArray(v)) return v.forEach((x, i) => assertPlain(x, `${path}[${i}]`));
  if (isPlainObject(v) && Object.getPrototypeOf(v) === Object.prototype) {
    for (const [k, x] of Object.entries(v)) assertPlain(x, `${path}.${k}`);
    return;
  }
  throw new UserError(`the conda env export has a value this writer does not handle at ${path}`, { hint: 'please report it with the export attached' });
}

/** The conda package specs (`name=version=build`) a lock pins, and its pip lines. */
export function condaLockSummary(lockText: string): { conda: string[]; pip: string[]; channels: string[] } {
  const doc = parse(lockText, { version: '1.1', schema: 'yaml-1.1' }) as { dependencies?: unknown[]; channels?: unknown[] } | null;
  const conda: string[] = [];
  const pip: string[] = [];
  for (const d of doc?.dependencies ?? []) {
    if (typeof d === 'string') conda.push(d);
    else if (isPlainObject(d) && Array.isArray(d.pip)) pip.push(...d.pip.map(String));
  }
  return { conda, pip, channels: (doc?.channels ?? []).map(String) };
}

/** The version of `starwhale` the lock pins in its pip section, or ''. */
export function condaLockedStarwhaleVersion(lockText: string): string {
  for (const l of condaLockSummary(lockText).pip) {
    const m = /^starwhale==(\S+)$/i.exec(l);
    if (m) return m[1]!;
  }
  return '';
}
