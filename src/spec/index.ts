// runtime.yaml -> a frozen RuntimeSpec: read, check the shape, apply the rules, check referenced
// files, then apply overrides (action inputs / CLI flags). Every problem is reported at once.
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isInside } from '../util/names.js';
import { UserError, UserErrors } from '../util/errors.js';
import { formatDiagnostic, SpecError, type Diagnostic } from './diagnostics.js';
import { checkReferencedFiles } from './files.js';
import { checkCuda, checkCudnn, checkPython, normalize } from './normalize.js';
import { checkShape } from './shape.js';
import { MAX_SPEC_BYTES, readSpecSource } from './source.js';
import { readRegular } from './tree.js';
import type { LoadedSpec, RuntimeSpec } from './types.js';

export type { Diagnostic } from './diagnostics.js';
export { formatDiagnostic, SpecError } from './diagnostics.js';
export type { LoadedSpec, RuntimeSpec, RawDep } from './types.js';

export interface SpecOverrides {
  /** "3.11" or an exact "3.11.9". */
  python?: string;
  /** "12.4", or "none" to drop runtime.yaml's cuda (and cudnn); empty means no override. */
  cuda?: string;
  cudnn?: string;
}

/** The cuda override that drops CUDA even when runtime.yaml sets environment.cuda. */
export function isNoCuda(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'none';
}

/** An override may pin an exact redist label (12.4.1); the spec records its major.minor, as runtime.yaml would. */
function checkCudaOverride(text: string): { value?: string; error?: string; hint?: string } {
  const m = /^(\d+\.\d+)(\.\d+)?$/.exec(text.trim());
  if (!m) return { error: `cuda "${text.trim()}" is not a MAJOR.MINOR or MAJOR.MINOR.PATCH version`, hint: 'e.g. 12.4 or 12.4.1' };
  return checkCuda(m[1]!);
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !ArrayBuffer.isView(v) && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}

/** Checks overrides with the runtime.yaml rules; errors name the override, not the file. */
function applyOverrides(spec: RuntimeSpec, o: SpecOverrides, source: string): { spec: RuntimeSpec; pythonRequest?: string } {
  const errors: string[] = [];
  const out = { ...spec };
  let pythonRequest: string | undefined;
  const use = (label: string, value: string | undefined, check: (v: string) => { value?: string; error?: string; hint?: string }, set: (v: string) => void) => {
    if (!value) return;
    const r = check(value);
    if (r.error) errors.push(`error: ${source} ${label}: ${r.error}${r.hint ? ` (hint: ${r.hint})` : ''}`);
    else set(r.value!);
  };
  use('python', o.python, checkPython, (v) => {
    out.python = v;
    pythonRequest = o.python!.trim();
  });
  if (isNoCuda(o.cuda)) {
    out.cuda = '';
    out.cudnn = '';
  } else use('cuda', o.cuda, checkCudaOverride, (v) => (out.cuda = v));
  use('cudnn', o.cudnn, checkCudnn, (v) => (out.cudnn = v));
  if (out.cudnn && !out.cuda) errors.push(`error: ${source} cudnn: cudnn needs cuda (hint: set cuda too)`);
  if (errors.length) throw new UserErrors(`${errors.length} invalid override(s)`, errors);
  return { spec: out, pythonRequest };
}

export interface LoadOptions {
  overrides?: SpecOverrides;
  /** How overrides are named in errors ("input", "flag"). */
  overrideSource?: string;
  /** The file name shown in diagnostics (default: the path as given). */
  displayName?: string;
  /** Keys Starwhale ignores are errors, not warnings. */
  strict?: boolean;
  /**
   * Check that referenced files (requirements, wheels, files) exist (default true). Off, only the
   * document is judged, as swcli's parser does; swcli finds a missing file when it builds.
   */
  checkFiles?: boolean;
}

/** Parses and checks runtime.yaml bytes; `dir` is where relative paths resolve. Throws SpecError. */
export function parseSpec(bytes: Buffer, display: string, dir: string, opts: { strict?: boolean; checkFiles?: boolean } = {}): { spec: RuntimeSpec; pythonRequest: string; diagnostics: Diagnostic[] } {
  const src = readSpecSource(bytes, display);
  const fail = () => {
    throw new SpecError(display, src.diagnostics);
  };
  if (!src.doc || src.diagnostics.some((d) => d.severity === 'error')) fail();
  const data = src.doc!.toJS() as Record<string, unknown>;
  lowerArch(data);
  checkShape(src, data);
  // Semantic rules run even after a shape error so that every problem is reported at once; a place
  // that already has a shape error gets no second message.
  const shapeErrors = new Set(src.diagnostics.map((d) => `${d.line}:${d.col}`));
  const before = src.diagnostics.length;
  const { spec, deps, pythonRequest } = normalize(src, data, { strict: opts.strict });
  if (opts.checkFiles !== false) checkReferencedFiles(src, dir, deps);
  const extra = src.diagnostics.splice(before).filter((d) => !shapeErrors.has(`${d.line}:${d.col}`));
  src.diagnostics.push(...extra);
  if (src.diagnostics.some((d) => d.severity === 'error')) fail();
  return { spec, pythonRequest, diagnostics: src.diagnostics };
}

/** Starwhale compares arch case-insensitively; lower-case it before the schema's enum check. */
function lowerArch(data: Record<string, unknown>): void {
  const env = data.environment as Record<string, unknown> | undefined;
  if (!env || typeof env !== 'object' || Array.isArray(env)) return;
  if (typeof env.arch === 'string') env.arch = env.arch.toLowerCase();
  else if (Array.isArray(env.arch)) env.arch = env.arch.map((a) => (typeof a === 'string' ? a.toLowerCase() : a));
}

/**
 * runtime.yaml's bytes, stat-ed before they are read: a regular file (or a link to one inside its
 * directory) of at most MAX_SPEC_BYTES; a FIFO, a device or a link out is refused without a read.
 */
function readRuntimeYaml(abs: string, display: string): Buffer {
  const hint = 'check the runtime-yaml input / -f flag; paths are relative to the workdir';
  let real = abs;
  try {
    if (lstatSync(abs).isSymbolicLink()) {
      real = realpathSync(abs);
      if (!isInside(realpathSync(dirname(abs)), real)) {
        throw new UserError(`${display} is a symlink pointing outside its directory`, { hint: 'copy the runtime.yaml into the directory instead of linking to it' });
      }
    }
    if (lstatSync(real).isDirectory()) throw new UserError(`${display}: is a directory`, { hint });
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${display}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`, { hint });
  }
  return readRegular(real, { max: MAX_SPEC_BYTES, label: display });
}

export async function loadSpec(file: string, opts: LoadOptions = {}): Promise<LoadedSpec> {
  const abs = resolve(file);
  const display = opts.displayName ?? file;
  if (!/\.ya?ml$/.test(abs)) {
    throw new UserError(`${display}: a runtime.yaml must end in .yaml or .yml`, { hint: 'pass the runtime.yaml file, not its directory' });
  }
  const raw = readRuntimeYaml(abs, display);
  const dir = dirname(abs);
  const parsed = parseSpec(raw, display, dir, { strict: opts.strict, checkFiles: opts.checkFiles });
  const o = opts.overrides ?? {};
  const { spec, pythonRequest } = applyOverrides(parsed.spec, o, opts.overrideSource ?? 'override');
  return deepFreeze({
    spec,
    file: abs,
    dir,
    raw,
    warnings: parsed.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic),
    diagnostics: parsed.diagnostics,
    pythonRequest: pythonRequest ?? parsed.pythonRequest,
  }) as LoadedSpec;
}
