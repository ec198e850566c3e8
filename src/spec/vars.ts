// `${VAR}` in requirements. pip expands `${NAME}` (uppercase letters, digits, `_`) from the
// environment in requirement files, after dropping comments, and leaves a name it cannot find as
// written. We expand the same way in `pip:` entries too (neither pip nor uv expands command-line
// arguments), and refuse a name the environment leaves unset before anything is installed, with
// its file and line.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import { UserErrors } from '../util/errors.js';
import { readSpecSource } from './source.js';
import type { LoadedSpec } from './types.js';

const VAR = /\$\{([A-Z0-9_]+)\}/g;
/** pip's comment rule: `#` at the start of a line or after whitespace. */
const COMMENT = /(^|\s+)#.*$/;
const HINT = "requirements expand ${VAR} from the environment, as pip does; set it in the step's env";

/** `text` with every `${NAME}` that `env` sets (non-empty) replaced; the others are listed in `missing`. */
export function expandVars(text: string, env: NodeJS.ProcessEnv): { text: string; missing: string[] } {
  const missing: string[] = [];
  const out = text.replace(VAR, (whole, name: string) => {
    const v = env[name];
    if (v) return v;
    missing.push(name);
    return whole;
  });
  return { text: out, missing };
}

const SECRET_NAME = /TOKEN|PASSWORD|PASSWD|SECRET|AUTH|CREDENTIAL|API_KEY/;

/** Values of the variables `text` uses whose names say they are credentials, for masking. */
export function secretVarValues(text: string, env: NodeJS.ProcessEnv): string[] {
  return [...text.matchAll(VAR)].map((m) => m[1]!).filter((n) => SECRET_NAME.test(n) && env[n]).map((n) => env[n]!);
}

/** `pip:` entries with their variables expanded (call checkRequirementVars first). */
export function expandPipEntries(entries: readonly string[], env: NodeJS.ProcessEnv): string[] {
  return entries.map((e) => expandVars(e, env).text);
}

/** One `FILE:LINE:COL: error:` line per unset `${VAR}` in `text`, which starts at column `colBase`. */
export function unsetVarLines(text: string, env: NodeJS.ProcessEnv, file: string, line: number, colBase = 1): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(VAR)) {
    if (env[m[1]!]) continue;
    out.push(`${file}:${line}:${colBase + m.index!}: error: \${${m[1]}} is not set (hint: ${HINT})`);
  }
  return out;
}

/**
 * Throws UserErrors with one positioned line per `${VAR}` that `env` leaves unset, in `pip:` entries
 * (runtime.yaml line and column) and in the requirement files runtime.yaml names (their line).
 * `display` is how runtime.yaml is named; requirement files are named beside it.
 */
export function checkRequirementVars(loaded: LoadedSpec, env: NodeJS.ProcessEnv, display = relative(process.cwd(), loaded.file) || loaded.file): void {
  const errors: string[] = [];
  const src = readSpecSource(loaded.raw, display);
  const deps = src.node(['dependencies']);
  if (isSeq(deps)) {
    deps.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const pip = item.get('pip', true);
      if (!isSeq(pip)) return;
      pip.items.forEach((entry, j) => {
        if (!isScalar(entry) || typeof entry.value !== 'string' || !entry.value.includes('${')) return;
        const { line, col } = src.where(['dependencies', i, 'pip', j]);
        // A quoted scalar starts one column before its text.
        const quoted = entry.type === 'QUOTE_DOUBLE' || entry.type === 'QUOTE_SINGLE' ? 1 : 0;
        errors.push(...unsetVarLines(entry.value, env, display, line, col + quoted));
      });
    });
  }
  for (const dep of loaded.spec.dependencies) {
    if (dep.kind !== 'pip_req_file') continue;
    const text = readFileSync(resolve(loaded.dir, dep.deps), 'utf8');
    const shown = join(dirname(display), dep.deps);
    text.split(/\r?\n/).forEach((raw, n) => {
      const line = raw.replace(COMMENT, '');
      if (line.includes('${')) errors.push(...unsetVarLines(line, env, shown, n + 1));
    });
  }
  if (errors.length) throw new UserErrors(`${errors.length} requirement variable(s) not set`, errors);
}

/**
 * Every variable the requirements use, with a digest of its value: what the built env depends on
 * beyond the files themselves (for the env cache key; digests, so no value is kept in a key).
 */
export function requirementVarDigests(loaded: LoadedSpec, env: NodeJS.ProcessEnv): Record<string, string> {
  const texts = loaded.spec.dependencies.flatMap((d) =>
    d.kind === 'pip_pkg' ? [...d.deps] : d.kind === 'pip_req_file' ? [readFileSync(resolve(loaded.dir, d.deps), 'utf8')] : [],
  );
  const out: Record<string, string> = {};
  for (const t of texts) for (const m of t.matchAll(VAR)) out[m[1]!] = createHash('sha256').update(env[m[1]!] ?? '').digest('hex').slice(0, 16);
  return out;
}
