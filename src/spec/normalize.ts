// Semantic rules a schema cannot express, and Starwhale 0.6.15's normalisation (name lower-cased,
// string→list for extra_index_url/trusted_host/arch, python cut to major.minor, legacy fields
// converted), producing the RuntimeSpec every later stage reads. extra_index_url and trusted_host
// are also split on whitespace, as pip.conf reads them.
import { nearest } from './diagnostics.js';
import type { SpecSource, YamlPath } from './source.js';
import type { Configs, Mode, NativeFile, RawDep, RuntimeSpec } from './types.js';

export const SUPPORTED_PYTHON = ['3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13'];
export const SUPPORTED_OS = ['ubuntu:20.04', 'ubuntu:22.04', 'ubuntu:24.04'];
export const SUPPORTED_CUDNN = ['8', '9'];
export const SUPPORTED_ARCH = ['amd64', 'arm64', 'noarch'];
const STARWHALE_NAME = /^[a-zA-Z_][a-zA-Z0-9_.-]*$/;
const SERVER_NAME = /^[a-zA-Z][a-zA-Z0-9_-]{2,80}$/;
const TOP_KEYS = ['name', 'mode', 'api_version', 'configs', 'environment', 'dependencies', 'hooks', 'python_version', 'pip_req', 'starwhale_version', 'base_image'];
const ENV_KEYS = ['arch', 'os', 'python', 'cuda', 'cudnn', 'docker', 'starwhale_version'];
const CONFIG_KEYS = ['docker', 'conda', 'pip'];
const CONFIG_SUB_KEYS: Readonly<Record<string, readonly string[]>> = {
  docker: ['image'],
  conda: ['channels', 'condarc'],
  pip: ['index_url', 'extra_index_url', 'trusted_host'],
};

/** How normalize treats what Starwhale silently ignores. */
export interface NormalizeOptions {
  /** Unknown keys are errors instead of warnings. */
  strict?: boolean;
}

type Obj = Record<string, unknown>;

/** Where each normalized dependency came from, for file checks that need a position. */
export interface DepOrigin {
  dep: RawDep;
  path: YamlPath;
}

function obj(v: unknown): Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
}

function list(v: unknown): string[] {
  if (v === undefined || v === null) return [''];
  return Array.isArray(v) ? v.map(String) : [String(v)];
}

/** A list of URLs or hosts: also split on whitespace, as pip.conf (and PIP_EXTRA_INDEX_URL) reads `a b`. */
function words(v: unknown): string[] {
  return list(v).flatMap((s) => {
    const w = s.split(/\s+/).filter(Boolean);
    return w.length ? w : [s];
  });
}

/** A python value (`3.10`, "3.11.9") cut to major.minor, or undefined when it is not a version. */
export function pythonMinor(text: string): string | undefined {
  const m = /^(\d+)\.(\d+)(\.\d+)?$/.exec(text.trim());
  return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

export function checkPython(text: string): { value?: string; error?: string; hint?: string } {
  const minor = pythonMinor(text);
  if (!minor) return { error: `python "${text}" is not a version like 3.11 or 3.11.9`, hint: `supported: ${SUPPORTED_PYTHON.join(', ')}` };
  if (!SUPPORTED_PYTHON.includes(minor)) return { error: `python ${minor} is not supported`, hint: `supported: ${SUPPORTED_PYTHON.join(', ')}` };
  return { value: minor };
}

export function checkCuda(text: string): { value?: string; error?: string; hint?: string } {
  const m = /^(\d+)\.(\d+)$/.exec(text.trim());
  if (!m) return { error: `cuda "${text}" is not a MAJOR.MINOR version`, hint: 'write it quoted, e.g. cuda: "12.4"' };
  const major = Number(m[1]);
  if (major < 11 || major > 13) return { error: `cuda ${text} is not supported`, hint: 'supported: 11.0 to 13.x' };
  return { value: `${major}.${Number(m[2])}` };
}

export function checkCudnn(text: string): { value?: string; error?: string; hint?: string } {
  const major = /^(\d+)(\.\d+)*$/.exec(text.trim())?.[1];
  if (!major || !SUPPORTED_CUDNN.includes(major)) return { error: `cudnn "${text}" is not supported`, hint: `supported: ${SUPPORTED_CUDNN.join(', ')}` };
  return { value: major };
}

/**
 * Keys Starwhale collects into `**kw` and ignores: a warning (with a guess for a near miss), or an
 * error under strict mode.
 */
function unknownKeys(src: SpecSource, data: Obj, path: YamlPath, known: readonly string[], where: string, strict: boolean): void {
  for (const k of Object.keys(data)) {
    if (known.includes(k)) continue;
    const guess = nearest(k, known);
    const guessText = guess ? `did you mean \`${guess}\`?` : undefined;
    if (strict) src.error([...path, k], `unknown key \`${k}\` in ${where}`, `${guessText ?? 'remove it;'} strict mode refuses keys Starwhale ignores`, 'key');
    else src.warn([...path, k], `unknown key \`${k}\` in ${where} is ignored (as Starwhale does)`, guessText, 'key');
  }
}

/** A version-like scalar as written; warns when YAML would read it as a different number. */
function versionField(src: SpecSource, path: YamlPath, label: string): string | undefined {
  const t = src.sourceText(path);
  if (!t) return undefined;
  if (t.unquotedNumber && String(Number(t.text)) !== t.text) {
    src.warn(path, `${label} ${t.text} is a YAML number (${Number(t.text)}); read as "${t.text}" from the source`, `quote it: ${label}: "${t.text}" (swcli would read ${Number(t.text)})`);
  }
  return t.text.trim();
}

function normalizeConfigs(src: SpecSource, data: Obj, strict: boolean): Configs {
  const configs = obj(data.configs);
  unknownKeys(src, configs, ['configs'], CONFIG_KEYS, 'configs', strict);
  for (const k of Object.keys(configs)) {
    const sub = CONFIG_SUB_KEYS[k];
    if (sub) unknownKeys(src, obj(configs[k]), ['configs', k], sub, `configs.${k}`, strict);
  }
  const conda = obj(configs.conda);
  const pip = obj(configs.pip);
  const channels = conda.channels === undefined || conda.channels === null ? [] : list(conda.channels);
  return {
    docker: { image: String(obj(configs.docker).image ?? '') },
    conda: { channels: channels.length ? channels : ['conda-forge'], condarc: obj(conda.condarc) },
    pip: {
      index_url: String(pip.index_url ?? ''),
      extra_index_url: words(pip.extra_index_url),
      trusted_host: words(pip.trusted_host),
    },
  };
}

function dependencyItems(src: SpecSource, data: Obj, mode: Mode): DepOrigin[] {
  const out: DepOrigin[] = [];
  const items = Array.isArray(data.dependencies) ? (data.dependencies as unknown[]) : [];
  items.forEach((item, i) => {
    const path: YamlPath = ['dependencies', i];
    if (typeof item === 'string') {
      if (/\.(txt|in)$/.test(item)) out.push({ dep: { kind: 'pip_req_file', deps: item }, path });
      else if (/\.ya?ml$/.test(item)) {
        out.push({ dep: { kind: 'conda_env_file', deps: item }, path });
        if (mode === 'venv') src.warn(path, `conda env file ${item} is ignored in venv mode`, 'set mode: conda, or list the packages under pip:');
      } else {
        src.error(path, `cannot tell what dependency "${item}" is`, 'requirements files end in .txt or .in, conda env files in .yaml or .yml; put package names under `pip:`');
      }
      return;
    }
    for (const [key, value] of Object.entries(obj(item))) {
      const at: YamlPath = [...path, key];
      if (!Array.isArray(value)) continue; // a shape error already says so
      const strings = value.map(String);
      switch (key) {
        case 'pip':
          out.push({ dep: { kind: 'pip_pkg', deps: strings }, path: at });
          break;
        case 'conda':
          out.push({ dep: { kind: 'conda_pkg', deps: strings }, path: at });
          if (mode === 'venv') src.warn(at, 'conda packages are ignored in venv mode', 'set mode: conda, or use pip:');
          break;
        case 'wheels':
          out.push({ dep: { kind: 'wheel', deps: strings }, path: at });
          break;
        case 'files':
          out.push({ dep: { kind: 'native_file', deps: value.filter((f) => typeof obj(f).src === 'string').map((f) => ({ ...(f as NativeFile) })) }, path: at });
          break;
        case 'commands':
          out.push({ dep: { kind: 'command', deps: strings }, path: at });
          break;
      }
    }
  });
  return out;
}

function nameField(src: SpecSource, data: Obj): string {
  const name = String(data.name ?? '').trim().toLowerCase();
  if (typeof data.name === 'string') {
    if (name.length > 80 || !STARWHALE_NAME.test(name)) {
      src.error(['name'], `name "${name}" is not a valid runtime name`, 'use letters, digits, _ . - (1 to 80 characters), starting with a letter or _');
    } else if (!SERVER_NAME.test(name)) {
      src.warn(['name'], `name "${name}" is accepted locally but a Starwhale server refuses it`, 'the server wants ^[a-zA-Z][a-zA-Z0-9_-]{2,80}$: start with a letter, at least 3 characters, no dots');
    }
  }
  return name;
}

/** environment.python (or legacy python_version): the normalised x.y and the text as written. */
function pythonField(src: SpecSource, data: Obj, env: Obj): { python: string; pythonRequest: string } {
  if (env.python === undefined && data.python_version === undefined) return { python: '', pythonRequest: '' };
  const pythonPath: YamlPath = env.python !== undefined ? ['environment', 'python'] : ['python_version'];
  const text = versionField(src, pythonPath, pythonPath[pythonPath.length - 1] as string) ?? '';
  const r = checkPython(text);
  if (r.error) src.error(pythonPath, r.error, r.hint);
  if (env.python === undefined) src.warn(['python_version'], 'legacy python_version is read as environment.python', 'move it to environment.python', 'key');
  return r.error ? { python: '', pythonRequest: '' } : { python: r.value!, pythonRequest: text };
}

function cudaFields(src: SpecSource, env: Obj): { cuda: string; cudnn: string } {
  let cuda = '';
  if (env.cuda !== undefined) {
    const text = versionField(src, ['environment', 'cuda'], 'cuda') ?? '';
    if (text !== '') {
      const r = checkCuda(text);
      if (r.error) src.error(['environment', 'cuda'], r.error, r.hint);
      else cuda = r.value!;
    }
  }
  let cudnn = '';
  if (env.cudnn !== undefined) {
    const text = versionField(src, ['environment', 'cudnn'], 'cudnn') ?? '';
    if (text !== '') {
      const r = checkCudnn(text);
      if (r.error) src.error(['environment', 'cudnn'], r.error, r.hint);
      else if (env.cuda === undefined || String(env.cuda).trim() === '') src.error(['environment', 'cudnn'], 'cudnn needs cuda', 'set environment.cuda too, e.g. cuda: "12.4"');
      else cudnn = r.value!;
    }
  }
  return { cuda, cudnn };
}

function osField(src: SpecSource, env: Obj): string {
  const os = String(env.os ?? 'ubuntu:20.04').trim().toLowerCase();
  if (!SUPPORTED_OS.includes(os)) {
    const guess = nearest(os, SUPPORTED_OS);
    src.error(['environment', 'os'], `os "${os}" is not supported`, `${guess ? `did you mean "${guess}"? ` : ''}supported: ${SUPPORTED_OS.join(', ')}`);
  }
  return os;
}

/** Keys Starwhale reads no more: each warns, none changes the spec. */
function legacyWarnings(src: SpecSource, data: Obj): void {
  if (data.starwhale_version !== undefined) {
    src.warn(['starwhale_version'], 'top-level starwhale_version is ignored (as Starwhale does)', 'use environment.starwhale_version', 'key');
  }
  if (data.base_image !== undefined) src.warn(['base_image'], 'legacy base_image is ignored (as Starwhale does)', 'use environment.docker.image', 'key');
  if (data.hooks !== undefined) src.warn(['hooks'], 'hooks are accepted and ignored (as Starwhale does)', undefined, 'key');
}

/** dependencies, then legacy pip_req as one more requirements or env file. */
function dependencyField(src: SpecSource, data: Obj, mode: Mode): DepOrigin[] {
  const deps = dependencyItems(src, data, mode);
  if (typeof data.pip_req === 'string') {
    const f = data.pip_req;
    if (/\.(txt|in)$/.test(f)) deps.push({ dep: { kind: 'pip_req_file', deps: f }, path: ['pip_req'] });
    else if (/\.ya?ml$/.test(f)) deps.push({ dep: { kind: 'conda_env_file', deps: f }, path: ['pip_req'] });
    else src.error(['pip_req'], `legacy pip_req "${f}" is not a requirements file`, 'it must end in .txt or .in');
  }
  return deps;
}

/**
 * Applies the semantic rules and normalisation to shape-checked data. Diagnostics go to `src`;
 * the returned spec is meaningful only when no error was reported.
 */
export function normalize(src: SpecSource, data: Obj, opts: NormalizeOptions = {}): { spec: RuntimeSpec; deps: DepOrigin[]; pythonRequest: string } {
  const strict = Boolean(opts.strict);
  unknownKeys(src, data, [], TOP_KEYS, 'runtime.yaml', strict);
  const env = obj(data.environment);
  unknownKeys(src, env, ['environment'], ENV_KEYS, 'environment', strict);
  const name = nameField(src, data);
  const mode: Mode = data.mode === 'conda' ? 'conda' : 'venv';
  const api = data.api_version === undefined ? '1.1' : versionField(src, ['api_version'], 'api_version') ?? String(data.api_version);
  if (api !== '1.1') src.error(['api_version'], `api_version "${api}" is not supported`, 'the only runtime.yaml api_version is "1.1"; remove the key or set it to "1.1"');
  const { python, pythonRequest } = pythonField(src, data, env);
  const { cuda, cudnn } = cudaFields(src, env);
  const os = osField(src, env);
  const arch = env.arch === undefined ? [] : ([] as unknown[]).concat(env.arch).map((a) => String(a).toLowerCase());
  const starwhaleVersion = env.starwhale_version === undefined ? '' : versionField(src, ['environment', 'starwhale_version'], 'starwhale_version') ?? '';
  legacyWarnings(src, data);
  const deps = dependencyField(src, data, mode);
  const spec: RuntimeSpec = {
    name,
    mode,
    python,
    cuda,
    cudnn,
    arch,
    os,
    starwhale_version: starwhaleVersion,
    docker_image: String(obj(env.docker).image ?? ''),
    configs: normalizeConfigs(src, data, strict),
    dependencies: deps.map((d) => d.dep),
  };
  return { spec, deps, pythonRequest };
}
