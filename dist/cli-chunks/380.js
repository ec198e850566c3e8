export const id = 380;
export const ids = [380];
export const modules = {

/***/ 5380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fw: () => (/* binding */ isNoCuda),
  II: () => (/* binding */ loadSpec)
});

// UNUSED EXPORTS: SpecError, formatDiagnostic, parseSpec

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/names.ts
var names = __webpack_require__(5888);
// EXTERNAL MODULE: ./src/util/errors.ts
var util_errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/spec/diagnostics.ts
// Problems found in a runtime.yaml, each pointing at a line and column, formatted the way compilers
// do (`FILE:LINE:COL: error: MESSAGE (hint: …)`) so editors and CI logs can jump to them.

function formatDiagnostic(d) {
    const hint = d.hint ? ` (hint: ${d.hint})` : '';
    return `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}${hint}`;
}
/** Thrown when a runtime.yaml has errors; carries every diagnostic (warnings included) for annotations. */
class SpecError extends util_errors/* UserErrors */.tQ {
    diagnostics;
    file;
    constructor(file, diagnostics) {
        const errors = diagnostics.filter((d) => d.severity === 'error');
        const ordered = [...diagnostics].sort((a, b) => a.line - b.line || a.col - b.col);
        super(`${errors.length} problem(s) in ${file}`, ordered.map(formatDiagnostic));
        this.name = 'SpecError';
        this.diagnostics = diagnostics;
        this.file = file;
    }
}
/** Levenshtein distance, for "did you mean" hints on misspelt keys. */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** The closest candidate within a small distance, or undefined. */
function nearest(word, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c);
        if (d < bestD) {
            best = c;
            bestD = d;
        }
    }
    return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

// EXTERNAL MODULE: ./src/spec/requirements-includes.ts
var requirements_includes = __webpack_require__(1121);
// EXTERNAL MODULE: ./src/spec/tree.ts
var tree = __webpack_require__(2315);
;// CONCATENATED MODULE: ./src/spec/files.ts
// Referenced files must be regular files (or, for `files:`, directories) inside the runtime.yaml
// directory. Starwhale silently skips missing ones, follows `..` and links; we refuse all three,
// and links out, FIFOs, devices and sockets anywhere inside a `files:` directory, every one at once.
// A requirements file's `-r`/`-c` includes follow the same rule, reported at the entry that pulls
// them in.



function checkOne(src, dir, ref, path, what) {
    if ((0,external_node_path_.isAbsolute)(ref)) {
        src.error(path, `${what} "${ref}" is an absolute path`, 'use a path relative to the runtime.yaml directory');
        return false;
    }
    const { problems } = (0,tree/* scanInput */.mu)(dir, ref, { dirs: what === 'files src' });
    for (const p of problems)
        src.error(path, `${what} ${p.message}`, p.hint);
    return problems.length === 0;
}
function checkReferencedFiles(src, dir, deps) {
    for (const { dep, path } of deps) {
        switch (dep.kind) {
            case 'pip_req_file':
                if (checkOne(src, dir, dep.deps, path, 'requirements file')) {
                    for (const p of (0,requirements_includes/* walkIncludes */.t)(dir, dep.deps).problems)
                        src.error(path, `requirements file ${p.message}`, p.hint);
                }
                break;
            case 'conda_env_file':
                checkOne(src, dir, dep.deps, path, 'conda env file');
                break;
            case 'wheel':
                dep.deps.forEach((w, i) => checkOne(src, dir, w, [...path, i], 'wheel'));
                break;
            case 'native_file':
                dep.deps.forEach((f, i) => checkOne(src, dir, f.src, [...path, i, 'src'], 'files src'));
                break;
            default:
                break;
        }
    }
}

;// CONCATENATED MODULE: ./src/spec/normalize.ts
// Semantic rules a schema cannot express, and Starwhale 0.6.15's normalisation (name lower-cased,
// string→list for extra_index_url/trusted_host/arch, python cut to major.minor, legacy fields
// converted), producing the RuntimeSpec every later stage reads. extra_index_url and trusted_host
// are also split on whitespace, as pip.conf reads them.

const SUPPORTED_PYTHON = ['3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13'];
const SUPPORTED_OS = ['ubuntu:20.04', 'ubuntu:22.04', 'ubuntu:24.04'];
const SUPPORTED_CUDNN = ['8', '9'];
const SUPPORTED_ARCH = (/* unused pure expression or super */ null && (['amd64', 'arm64', 'noarch']));
const STARWHALE_NAME = /^[a-zA-Z_][a-zA-Z0-9_.-]*$/;
const SERVER_NAME = /^[a-zA-Z][a-zA-Z0-9_-]{2,80}$/;
const TOP_KEYS = ['name', 'mode', 'api_version', 'configs', 'environment', 'dependencies', 'hooks', 'python_version', 'pip_req', 'starwhale_version', 'base_image'];
const ENV_KEYS = ['arch', 'os', 'python', 'cuda', 'cudnn', 'docker', 'starwhale_version'];
const CONFIG_KEYS = ['docker', 'conda', 'pip'];
const CONFIG_SUB_KEYS = {
    docker: ['image'],
    conda: ['channels', 'condarc'],
    pip: ['index_url', 'extra_index_url', 'trusted_host'],
};
function obj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
function list(v) {
    if (v === undefined || v === null)
        return [''];
    return Array.isArray(v) ? v.map(String) : [String(v)];
}
/** A list of URLs or hosts: also split on whitespace, as pip.conf (and PIP_EXTRA_INDEX_URL) reads `a b`. */
function words(v) {
    return list(v).flatMap((s) => {
        const w = s.split(/\s+/).filter(Boolean);
        return w.length ? w : [s];
    });
}
/** A python value (`3.10`, "3.11.9") cut to major.minor, or undefined when it is not a version. */
function pythonMinor(text) {
    const m = /^(\d+)\.(\d+)(\.\d+)?$/.exec(text.trim());
    return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}
function checkPython(text) {
    const minor = pythonMinor(text);
    if (!minor)
        return { error: `python "${text}" is not a version like 3.11 or 3.11.9`, hint: `supported: ${SUPPORTED_PYTHON.join(', ')}` };
    if (!SUPPORTED_PYTHON.includes(minor))
        return { error: `python ${minor} is not supported`, hint: `supported: ${SUPPORTED_PYTHON.join(', ')}` };
    return { value: minor };
}
function checkCuda(text) {
    const m = /^(\d+)\.(\d+)$/.exec(text.trim());
    if (!m)
        return { error: `cuda "${text}" is not a MAJOR.MINOR version`, hint: 'write it quoted, e.g. cuda: "12.4"' };
    const major = Number(m[1]);
    if (major < 11 || major > 13)
        return { error: `cuda ${text} is not supported`, hint: 'supported: 11.0 to 13.x' };
    return { value: `${major}.${Number(m[2])}` };
}
function checkCudnn(text) {
    const major = /^(\d+)(\.\d+)*$/.exec(text.trim())?.[1];
    if (!major || !SUPPORTED_CUDNN.includes(major))
        return { error: `cudnn "${text}" is not supported`, hint: `supported: ${SUPPORTED_CUDNN.join(', ')}` };
    return { value: major };
}
/**
 * Keys Starwhale collects into `**kw` and ignores: a warning (with a guess for a near miss), or an
 * error under strict mode.
 */
function unknownKeys(src, data, path, known, where, strict) {
    for (const k of Object.keys(data)) {
        if (known.includes(k))
            continue;
        const guess = nearest(k, known);
        const guessText = guess ? `did you mean \`${guess}\`?` : undefined;
        if (strict)
            src.error([...path, k], `unknown key \`${k}\` in ${where}`, `${guessText ?? 'remove it;'} strict mode refuses keys Starwhale ignores`, 'key');
        else
            src.warn([...path, k], `unknown key \`${k}\` in ${where} is ignored (as Starwhale does)`, guessText, 'key');
    }
}
/** A version-like scalar as written; warns when YAML would read it as a different number. */
function versionField(src, path, label) {
    const t = src.sourceText(path);
    if (!t)
        return undefined;
    if (t.unquotedNumber && String(Number(t.text)) !== t.text) {
        src.warn(path, `${label} ${t.text} is a YAML number (${Number(t.text)}); read as "${t.text}" from the source`, `quote it: ${label}: "${t.text}" (swcli would read ${Number(t.text)})`);
    }
    return t.text.trim();
}
function normalizeConfigs(src, data, strict) {
    const configs = obj(data.configs);
    unknownKeys(src, configs, ['configs'], CONFIG_KEYS, 'configs', strict);
    for (const k of Object.keys(configs)) {
        const sub = CONFIG_SUB_KEYS[k];
        if (sub)
            unknownKeys(src, obj(configs[k]), ['configs', k], sub, `configs.${k}`, strict);
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
function dependencyItems(src, data, mode) {
    const out = [];
    const items = Array.isArray(data.dependencies) ? data.dependencies : [];
    items.forEach((item, i) => {
        const path = ['dependencies', i];
        if (typeof item === 'string') {
            if (/\.(txt|in)$/.test(item))
                out.push({ dep: { kind: 'pip_req_file', deps: item }, path });
            else if (/\.ya?ml$/.test(item)) {
                out.push({ dep: { kind: 'conda_env_file', deps: item }, path });
                if (mode === 'venv')
                    src.warn(path, `conda env file ${item} is ignored in venv mode`, 'set mode: conda, or list the packages under pip:');
            }
            else {
                src.error(path, `cannot tell what dependency "${item}" is`, 'requirements files end in .txt or .in, conda env files in .yaml or .yml; put package names under `pip:`');
            }
            return;
        }
        for (const [key, value] of Object.entries(obj(item))) {
            const at = [...path, key];
            if (!Array.isArray(value))
                continue; // a shape error already says so
            const strings = value.map(String);
            switch (key) {
                case 'pip':
                    out.push({ dep: { kind: 'pip_pkg', deps: strings }, path: at });
                    break;
                case 'conda':
                    out.push({ dep: { kind: 'conda_pkg', deps: strings }, path: at });
                    if (mode === 'venv')
                        src.warn(at, 'conda packages are ignored in venv mode', 'set mode: conda, or use pip:');
                    break;
                case 'wheels':
                    out.push({ dep: { kind: 'wheel', deps: strings }, path: at });
                    break;
                case 'files':
                    out.push({ dep: { kind: 'native_file', deps: value.filter((f) => typeof obj(f).src === 'string').map((f) => ({ ...f })) }, path: at });
                    break;
                case 'commands':
                    out.push({ dep: { kind: 'command', deps: strings }, path: at });
                    break;
            }
        }
    });
    return out;
}
function nameField(src, data) {
    const name = String(data.name ?? '').trim().toLowerCase();
    if (typeof data.name === 'string') {
        if (name.length > 80 || !STARWHALE_NAME.test(name)) {
            src.error(['name'], `name "${name}" is not a valid runtime name`, 'use letters, digits, _ . - (1 to 80 characters), starting with a letter or _');
        }
        else if (!SERVER_NAME.test(name)) {
            src.warn(['name'], `name "${name}" is accepted locally but a Starwhale server refuses it`, 'the server wants ^[a-zA-Z][a-zA-Z0-9_-]{2,80}$: start with a letter, at least 3 characters, no dots');
        }
    }
    return name;
}
/** environment.python (or legacy python_version): the normalised x.y and the text as written. */
function pythonField(src, data, env) {
    if (env.python === undefined && data.python_version === undefined)
        return { python: '', pythonRequest: '' };
    const pythonPath = env.python !== undefined ? ['environment', 'python'] : ['python_version'];
    const text = versionField(src, pythonPath, pythonPath[pythonPath.length - 1]) ?? '';
    const r = checkPython(text);
    if (r.error)
        src.error(pythonPath, r.error, r.hint);
    if (env.python === undefined)
        src.warn(['python_version'], 'legacy python_version is read as environment.python', 'move it to environment.python', 'key');
    return r.error ? { python: '', pythonRequest: '' } : { python: r.value, pythonRequest: text };
}
function cudaFields(src, env) {
    let cuda = '';
    if (env.cuda !== undefined) {
        const text = versionField(src, ['environment', 'cuda'], 'cuda') ?? '';
        if (text !== '') {
            const r = checkCuda(text);
            if (r.error)
                src.error(['environment', 'cuda'], r.error, r.hint);
            else
                cuda = r.value;
        }
    }
    let cudnn = '';
    if (env.cudnn !== undefined) {
        const text = versionField(src, ['environment', 'cudnn'], 'cudnn') ?? '';
        if (text !== '') {
            const r = checkCudnn(text);
            if (r.error)
                src.error(['environment', 'cudnn'], r.error, r.hint);
            else if (env.cuda === undefined || String(env.cuda).trim() === '')
                src.error(['environment', 'cudnn'], 'cudnn needs cuda', 'set environment.cuda too, e.g. cuda: "12.4"');
            else
                cudnn = r.value;
        }
    }
    return { cuda, cudnn };
}
function osField(src, env) {
    const os = String(env.os ?? 'ubuntu:20.04').trim().toLowerCase();
    if (!SUPPORTED_OS.includes(os)) {
        const guess = nearest(os, SUPPORTED_OS);
        src.error(['environment', 'os'], `os "${os}" is not supported`, `${guess ? `did you mean "${guess}"? ` : ''}supported: ${SUPPORTED_OS.join(', ')}`);
    }
    return os;
}
/** Keys Starwhale reads no more: each warns, none changes the spec. */
function legacyWarnings(src, data) {
    if (data.starwhale_version !== undefined) {
        src.warn(['starwhale_version'], 'top-level starwhale_version is ignored (as Starwhale does)', 'use environment.starwhale_version', 'key');
    }
    if (data.base_image !== undefined)
        src.warn(['base_image'], 'legacy base_image is ignored (as Starwhale does)', 'use environment.docker.image', 'key');
    if (data.hooks !== undefined)
        src.warn(['hooks'], 'hooks are accepted and ignored (as Starwhale does)', undefined, 'key');
}
/** dependencies, then legacy pip_req as one more requirements or env file. */
function dependencyField(src, data, mode) {
    const deps = dependencyItems(src, data, mode);
    if (typeof data.pip_req === 'string') {
        const f = data.pip_req;
        if (/\.(txt|in)$/.test(f))
            deps.push({ dep: { kind: 'pip_req_file', deps: f }, path: ['pip_req'] });
        else if (/\.ya?ml$/.test(f))
            deps.push({ dep: { kind: 'conda_env_file', deps: f }, path: ['pip_req'] });
        else
            src.error(['pip_req'], `legacy pip_req "${f}" is not a requirements file`, 'it must end in .txt or .in');
    }
    return deps;
}
/**
 * Applies the semantic rules and normalisation to shape-checked data. Diagnostics go to `src`;
 * the returned spec is meaningful only when no error was reported.
 */
function normalize(src, data, opts = {}) {
    const strict = Boolean(opts.strict);
    unknownKeys(src, data, [], TOP_KEYS, 'runtime.yaml', strict);
    const env = obj(data.environment);
    unknownKeys(src, env, ['environment'], ENV_KEYS, 'environment', strict);
    const name = nameField(src, data);
    const mode = data.mode === 'conda' ? 'conda' : 'venv';
    const api = data.api_version === undefined ? '1.1' : versionField(src, ['api_version'], 'api_version') ?? String(data.api_version);
    if (api !== '1.1')
        src.error(['api_version'], `api_version "${api}" is not supported`, 'the only runtime.yaml api_version is "1.1"; remove the key or set it to "1.1"');
    const { python, pythonRequest } = pythonField(src, data, env);
    const { cuda, cudnn } = cudaFields(src, env);
    const os = osField(src, env);
    const arch = env.arch === undefined ? [] : [].concat(env.arch).map((a) => String(a).toLowerCase());
    const starwhaleVersion = env.starwhale_version === undefined ? '' : versionField(src, ['environment', 'starwhale_version'], 'starwhale_version') ?? '';
    legacyWarnings(src, data);
    const deps = dependencyField(src, data, mode);
    const spec = {
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

;// CONCATENATED MODULE: ./src/spec/shape-validator.generated.ts
// Generated by scripts/shape-validator.ts from src/spec/schema.ts (`npm run build`); do not edit.
/* eslint-disable */
// @ts-nocheck
const ucs2length = (s) => [...s].length;
const validate = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/org/runtime-action/schema/runtime.schema.json", "title": "Starwhale runtime.yaml", "description": "A Starwhale 0.6.15 runtime definition, as read by runtime-action and swcli.", "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Runtime name; stored lower-cased." }, "mode": { "enum": ["venv", "conda"], "default": "venv" }, "api_version": { "type": ["string", "number"], "description": "Only \"1.1\" exists." }, "configs": { "type": ["object", "null"], "properties": { "docker": { "type": ["object", "null"], "properties": { "image": { "type": "string" } } }, "conda": { "type": ["object", "null"], "properties": { "channels": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }], "description": "Default [conda-forge]." }, "condarc": { "type": "object", "description": "Written into the bundle as configs/condarc." } } }, "pip": { "type": ["object", "null"], "properties": { "index_url": { "type": "string" }, "extra_index_url": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] }, "trusted_host": { "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }] } } } } }, "environment": { "type": ["object", "null"], "properties": { "arch": { "anyOf": [{ "enum": ["amd64", "arm64", "noarch"] }, { "type": "array", "items": { "enum": ["amd64", "arm64", "noarch"] } }] }, "os": { "type": "string", "description": "ubuntu:20.04 (Starwhale), ubuntu:22.04 or ubuntu:24.04." }, "python": { "type": ["string", "number"], "description": "major.minor, 3.7 to 3.13. Quote it: 3.10 unquoted is the number 3.1." }, "cuda": { "type": ["string", "number"], "description": "MAJOR.MINOR, 11.0 to 13.x. Quote it." }, "cudnn": { "type": ["string", "number"], "description": "8 or 9; needs cuda." }, "docker": { "type": "object", "properties": { "image": { "type": "string" } } }, "starwhale_version": { "type": ["string", "number"] } } }, "dependencies": { "type": ["array", "null"], "items": { "anyOf": [{ "type": "string", "description": "A requirements file (.txt, .in) or a conda env file (.yaml, .yml)." }, { "type": "object", "minProperties": 1, "additionalProperties": false, "properties": { "pip": { "type": "array", "items": { "type": "string" }, "description": "pip requirement specifiers, installed in order." }, "conda": { "type": "array", "items": { "type": "string" }, "description": "conda package specs (conda mode only)." }, "wheels": { "type": "array", "items": { "type": "string", "pattern": "\\.whl$" }, "description": "Local wheel files." }, "files": { "type": "array", "items": { "type": "object", "description": "A file or directory copied into the bundle under files/ and restored to dest.", "required": ["src", "dest"], "properties": { "src": { "type": "string", "minLength": 1, "description": "Path relative to the runtime.yaml directory." }, "dest": { "type": "string", "minLength": 1, "description": "Where it goes in the restored runtime." }, "name": { "type": "string" } } } }, "commands": { "type": "array", "items": { "type": "string" }, "description": "Shell commands, run with sh -c in the runtime.yaml directory." } } }] } }, "hooks": { "type": ["object", "null"], "description": "Accepted and ignored, as Starwhale does." }, "python_version": { "type": ["string", "number"], "description": "Legacy: becomes environment.python." }, "pip_req": { "type": "string", "description": "Legacy: appended to dependencies." }, "starwhale_version": { "type": ["string", "number"], "description": "Legacy: ignored by Starwhale; use environment.starwhale_version." }, "base_image": { "type": "string", "description": "Legacy: ignored by Starwhale; use environment.docker.image." } } };
const func2 = ucs2length;
const pattern0 = new RegExp("\\.whl$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/org/runtime-action/schema/runtime.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name !== undefined) {
        let data0 = data.name;
        if (typeof data0 === "string") {
            if (func2(data0) < 1) {
                const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.mode !== undefined) {
        let data1 = data.mode;
        if (!((data1 === "venv") || (data1 === "conda"))) {
            const err3 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.mode.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.api_version !== undefined) {
        let data2 = data.api_version;
        if ((typeof data2 !== "string") && (!(typeof data2 == "number"))) {
            const err4 = { instancePath: instancePath + "/api_version", schemaPath: "#/properties/api_version/type", keyword: "type", params: { type: schema11.properties.api_version.type }, message: "must be string,number" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.configs !== undefined) {
        let data3 = data.configs;
        if ((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)) {
            const err5 = { instancePath: instancePath + "/configs", schemaPath: "#/properties/configs/type", keyword: "type", params: { type: schema11.properties.configs.type }, message: "must be object,null" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.docker !== undefined) {
                let data4 = data3.docker;
                if ((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)) {
                    const err6 = { instancePath: instancePath + "/configs/docker", schemaPath: "#/properties/configs/properties/docker/type", keyword: "type", params: { type: schema11.properties.configs.properties.docker.type }, message: "must be object,null" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    if (data4.image !== undefined) {
                        if (typeof data4.image !== "string") {
                            const err7 = { instancePath: instancePath + "/configs/docker/image", schemaPath: "#/properties/configs/properties/docker/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data3.conda !== undefined) {
                let data6 = data3.conda;
                if ((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)) {
                    const err8 = { instancePath: instancePath + "/configs/conda", schemaPath: "#/properties/configs/properties/conda/type", keyword: "type", params: { type: schema11.properties.configs.properties.conda.type }, message: "must be object,null" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    if (data6.channels !== undefined) {
                        let data7 = data6.channels;
                        const _errs15 = errors;
                        let valid4 = false;
                        const _errs16 = errors;
                        if (typeof data7 !== "string") {
                            const err9 = { instancePath: instancePath + "/configs/conda/channels", schemaPath: "#/properties/configs/properties/conda/properties/channels/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                        var _valid0 = _errs16 === errors;
                        valid4 = valid4 || _valid0;
                        if (!valid4) {
                            const _errs18 = errors;
                            if (Array.isArray(data7)) {
                                const len0 = data7.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    if (typeof data7[i0] !== "string") {
                                        const err10 = { instancePath: instancePath + "/configs/conda/channels/" + i0, schemaPath: "#/properties/configs/properties/conda/properties/channels/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err10];
                                        }
                                        else {
                                            vErrors.push(err10);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err11 = { instancePath: instancePath + "/configs/conda/channels", schemaPath: "#/properties/configs/properties/conda/properties/channels/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                            var _valid0 = _errs18 === errors;
                            valid4 = valid4 || _valid0;
                        }
                        if (!valid4) {
                            const err12 = { instancePath: instancePath + "/configs/conda/channels", schemaPath: "#/properties/configs/properties/conda/properties/channels/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs15;
                            if (vErrors !== null) {
                                if (_errs15) {
                                    vErrors.length = _errs15;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data6.condarc !== undefined) {
                        let data9 = data6.condarc;
                        if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
                            const err13 = { instancePath: instancePath + "/configs/conda/condarc", schemaPath: "#/properties/configs/properties/conda/properties/condarc/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data3.pip !== undefined) {
                let data10 = data3.pip;
                if ((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)) {
                    const err14 = { instancePath: instancePath + "/configs/pip", schemaPath: "#/properties/configs/properties/pip/type", keyword: "type", params: { type: schema11.properties.configs.properties.pip.type }, message: "must be object,null" };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.index_url !== undefined) {
                        if (typeof data10.index_url !== "string") {
                            const err15 = { instancePath: instancePath + "/configs/pip/index_url", schemaPath: "#/properties/configs/properties/pip/properties/index_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    if (data10.extra_index_url !== undefined) {
                        let data12 = data10.extra_index_url;
                        const _errs29 = errors;
                        let valid8 = false;
                        const _errs30 = errors;
                        if (typeof data12 !== "string") {
                            const err16 = { instancePath: instancePath + "/configs/pip/extra_index_url", schemaPath: "#/properties/configs/properties/pip/properties/extra_index_url/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                        var _valid1 = _errs30 === errors;
                        valid8 = valid8 || _valid1;
                        if (!valid8) {
                            const _errs32 = errors;
                            if (Array.isArray(data12)) {
                                const len1 = data12.length;
                                for (let i1 = 0; i1 < len1; i1++) {
                                    if (typeof data12[i1] !== "string") {
                                        const err17 = { instancePath: instancePath + "/configs/pip/extra_index_url/" + i1, schemaPath: "#/properties/configs/properties/pip/properties/extra_index_url/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err17];
                                        }
                                        else {
                                            vErrors.push(err17);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err18 = { instancePath: instancePath + "/configs/pip/extra_index_url", schemaPath: "#/properties/configs/properties/pip/properties/extra_index_url/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                            var _valid1 = _errs32 === errors;
                            valid8 = valid8 || _valid1;
                        }
                        if (!valid8) {
                            const err19 = { instancePath: instancePath + "/configs/pip/extra_index_url", schemaPath: "#/properties/configs/properties/pip/properties/extra_index_url/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs29;
                            if (vErrors !== null) {
                                if (_errs29) {
                                    vErrors.length = _errs29;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data10.trusted_host !== undefined) {
                        let data14 = data10.trusted_host;
                        const _errs37 = errors;
                        let valid11 = false;
                        const _errs38 = errors;
                        if (typeof data14 !== "string") {
                            const err20 = { instancePath: instancePath + "/configs/pip/trusted_host", schemaPath: "#/properties/configs/properties/pip/properties/trusted_host/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                        var _valid2 = _errs38 === errors;
                        valid11 = valid11 || _valid2;
                        if (!valid11) {
                            const _errs40 = errors;
                            if (Array.isArray(data14)) {
                                const len2 = data14.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    if (typeof data14[i2] !== "string") {
                                        const err21 = { instancePath: instancePath + "/configs/pip/trusted_host/" + i2, schemaPath: "#/properties/configs/properties/pip/properties/trusted_host/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err21];
                                        }
                                        else {
                                            vErrors.push(err21);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err22 = { instancePath: instancePath + "/configs/pip/trusted_host", schemaPath: "#/properties/configs/properties/pip/properties/trusted_host/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                            var _valid2 = _errs40 === errors;
                            valid11 = valid11 || _valid2;
                        }
                        if (!valid11) {
                            const err23 = { instancePath: instancePath + "/configs/pip/trusted_host", schemaPath: "#/properties/configs/properties/pip/properties/trusted_host/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs37;
                            if (vErrors !== null) {
                                if (_errs37) {
                                    vErrors.length = _errs37;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    if (data.environment !== undefined) {
        let data16 = data.environment;
        if ((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)) {
            const err24 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: schema11.properties.environment.type }, message: "must be object,null" };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.arch !== undefined) {
                let data17 = data16.arch;
                const _errs47 = errors;
                let valid15 = false;
                const _errs48 = errors;
                if (!(((data17 === "amd64") || (data17 === "arm64")) || (data17 === "noarch"))) {
                    const err25 = { instancePath: instancePath + "/environment/arch", schemaPath: "#/properties/environment/properties/arch/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.environment.properties.arch.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                var _valid3 = _errs48 === errors;
                valid15 = valid15 || _valid3;
                if (!valid15) {
                    const _errs49 = errors;
                    if (Array.isArray(data17)) {
                        const len3 = data17.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                            let data18 = data17[i3];
                            if (!(((data18 === "amd64") || (data18 === "arm64")) || (data18 === "noarch"))) {
                                const err26 = { instancePath: instancePath + "/environment/arch/" + i3, schemaPath: "#/properties/environment/properties/arch/anyOf/1/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.environment.properties.arch.anyOf[1].items.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err27 = { instancePath: instancePath + "/environment/arch", schemaPath: "#/properties/environment/properties/arch/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                    var _valid3 = _errs49 === errors;
                    valid15 = valid15 || _valid3;
                }
                if (!valid15) {
                    const err28 = { instancePath: instancePath + "/environment/arch", schemaPath: "#/properties/environment/properties/arch/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
                else {
                    errors = _errs47;
                    if (vErrors !== null) {
                        if (_errs47) {
                            vErrors.length = _errs47;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
            if (data16.os !== undefined) {
                if (typeof data16.os !== "string") {
                    const err29 = { instancePath: instancePath + "/environment/os", schemaPath: "#/properties/environment/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
            if (data16.python !== undefined) {
                let data20 = data16.python;
                if ((typeof data20 !== "string") && (!(typeof data20 == "number"))) {
                    const err30 = { instancePath: instancePath + "/environment/python", schemaPath: "#/properties/environment/properties/python/type", keyword: "type", params: { type: schema11.properties.environment.properties.python.type }, message: "must be string,number" };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
            if (data16.cuda !== undefined) {
                let data21 = data16.cuda;
                if ((typeof data21 !== "string") && (!(typeof data21 == "number"))) {
                    const err31 = { instancePath: instancePath + "/environment/cuda", schemaPath: "#/properties/environment/properties/cuda/type", keyword: "type", params: { type: schema11.properties.environment.properties.cuda.type }, message: "must be string,number" };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            if (data16.cudnn !== undefined) {
                let data22 = data16.cudnn;
                if ((typeof data22 !== "string") && (!(typeof data22 == "number"))) {
                    const err32 = { instancePath: instancePath + "/environment/cudnn", schemaPath: "#/properties/environment/properties/cudnn/type", keyword: "type", params: { type: schema11.properties.environment.properties.cudnn.type }, message: "must be string,number" };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            if (data16.docker !== undefined) {
                let data23 = data16.docker;
                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                    if (data23.image !== undefined) {
                        if (typeof data23.image !== "string") {
                            const err33 = { instancePath: instancePath + "/environment/docker/image", schemaPath: "#/properties/environment/properties/docker/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err34 = { instancePath: instancePath + "/environment/docker", schemaPath: "#/properties/environment/properties/docker/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
            if (data16.starwhale_version !== undefined) {
                let data25 = data16.starwhale_version;
                if ((typeof data25 !== "string") && (!(typeof data25 == "number"))) {
                    const err35 = { instancePath: instancePath + "/environment/starwhale_version", schemaPath: "#/properties/environment/properties/starwhale_version/type", keyword: "type", params: { type: schema11.properties.environment.properties.starwhale_version.type }, message: "must be string,number" };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.dependencies !== undefined) {
        let data26 = data.dependencies;
        if ((!(Array.isArray(data26))) && (data26 !== null)) {
            const err36 = { instancePath: instancePath + "/dependencies", schemaPath: "#/properties/dependencies/type", keyword: "type", params: { type: schema11.properties.dependencies.type }, message: "must be array,null" };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
        if (Array.isArray(data26)) {
            const len4 = data26.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data27 = data26[i4];
                const _errs69 = errors;
                let valid21 = false;
                const _errs70 = errors;
                if (typeof data27 !== "string") {
                    const err37 = { instancePath: instancePath + "/dependencies/" + i4, schemaPath: "#/properties/dependencies/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
                var _valid4 = _errs70 === errors;
                valid21 = valid21 || _valid4;
                if (!valid21) {
                    const _errs72 = errors;
                    if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                        if (Object.keys(data27).length < 1) {
                            const err38 = { instancePath: instancePath + "/dependencies/" + i4, schemaPath: "#/properties/dependencies/items/anyOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                        for (const key0 in data27) {
                            if (!(((((key0 === "pip") || (key0 === "conda")) || (key0 === "wheels")) || (key0 === "files")) || (key0 === "commands"))) {
                                const err39 = { instancePath: instancePath + "/dependencies/" + i4, schemaPath: "#/properties/dependencies/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                        }
                        if (data27.pip !== undefined) {
                            let data28 = data27.pip;
                            if (Array.isArray(data28)) {
                                const len5 = data28.length;
                                for (let i5 = 0; i5 < len5; i5++) {
                                    if (typeof data28[i5] !== "string") {
                                        const err40 = { instancePath: instancePath + "/dependencies/" + i4 + "/pip/" + i5, schemaPath: "#/properties/dependencies/items/anyOf/1/properties/pip/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err40];
                                        }
                                        else {
                                            vErrors.push(err40);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err41 = { instancePath: instancePath + "/dependencies/" + i4 + "/pip", schemaPath: "#/properties/dependencies/items/anyOf/1/properties/pip/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                        }
                        if (data27.conda !== undefined) {
                            let data30 = data27.conda;
                            if (Array.isArray(data30)) {
                                const len6 = data30.length;
                                for (let i6 = 0; i6 < len6; i6++) {
                                    if (typeof data30[i6] !== "string") {
                                        const err42 = { instancePath: instancePath + "/dependencies/" + i4 + "/conda/" + i6, schemaPath: "#/properties/dependencies/items/anyOf/1/properties/conda/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err42];
                                        }
                                        else {
                                            vErrors.push(err42);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err43 = { instancePath: instancePath + "/dependencies/" + i4 + "/conda", schemaPath: "#/properties/dependencies/items/anyOf/1/properties/conda/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err43];
                                }
                                else {
                                    vErrors.push(err43);
                                }
                                errors++;
                            }
                        }
                        if (data27.wheels !== undefined) {
                            let data32 = data27.wheels;
                            if (Array.isArray(data32)) {
                                const len7 = data32.length;
                                for (let i7 = 0; i7 < len7; i7++) {
                                    let data33 = data32[i7];
                                    if (typeof data33 === "string") {
                                        if (!pattern0.test(data33)) {
                                            const err44 = { instancePath: instancePath + "/dependencies/" + i4 + "/wheels/" + i7, schemaPath: "#/properties/dependencies/items/anyOf/1/properties/wheels/items/pattern", keyword: "pattern", params: { pattern: "\\.whl$" }, message: "must match pattern \"" + "\\.whl$" + "\"" };
                                            if (vErrors === null) {
                                                vErrors = [err44];
                                            }
                                            else {
                                                vErrors.push(err44);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err45 = { instancePath: instancePath + "/dependencies/" + i4 + "/wheels/" + i7, schemaPath: "#/properties/dependencies/items/anyOf/1/properties/wheels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err45];
                                        }
                                        else {
                                            vErrors.push(err45);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err46 = { instancePath: instancePath + "/dependencies/" + i4 + "/wheels", schemaPath: "#/properties/dependencies/items/anyOf/1/properties/wheels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                        }
                        if (data27.files !== undefined) {
                            let data34 = data27.files;
                            if (Array.isArray(data34)) {
                                const len8 = data34.length;
                                for (let i8 = 0; i8 < len8; i8++) {
                                    let data35 = data34[i8];
                                    if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                        if (data35.src === undefined) {
                                            const err47 = { instancePath: instancePath + "/dependencies/" + i4 + "/files/" + i8, schemaPath: "#/properties/dependencies/items/anyOf/1/properties/files/items/required", keyword: "required", params: { missingProperty: "src" }, message: "must have required property '" + "src" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err47];
                                            }
                                            else {
                                                vErrors.push(err47);
                                            }
                                            errors++;
                                        }
                                        if (data35.dest === undefined) {
                                            const err48 = { instancePath: instancePath + "/dependencies/" + i4 + "/files/" + i8, schemaPath: "#/properties/dependencies/items/anyOf/1/properties/files/items/required", keyword: "required", params: { missingProperty: "dest" }, message: "must have required property '" + "dest" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err48];
                                            }
                                            else {
                                                vErrors.push(err48);
                                            }
                                            errors++;
                                        }
                                        if (data35.src !== undefined) {
                                            let data36 = data35.src;
                                            if (typeof data36 === "string") {
                                                if (func2(data36) < 1) {
                                                    const err49 = { instancePath: instancePath + "/dependencies/" + i4 + "/files/" + i8 + "/src", schemaPath: "#/properties/dependencies/items/anyOf/1/properties/files/items/properties/src/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                    if (vErrors === null) {
                                                        vErrors = [err49];
                                                    }
                                                    else {
                                                        vErrors.push(err49);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err50 = { instancePath: instancePath + "/dependencies/" + i4 + "/files/" + i8 + "/src", schemaPath: "#/properties/dependencies/items/anyOf/1/properties/files/items/properties/src/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err50];
                                                }
                                                else {
                                                    vErrors.push(err50);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data35.dest !== undefined) {
                                            let data37 = data35.dest;
                                            if (typeof data37 === "string") {
                                                if (func2(data37) < 1) {
                                                    const err51 = { instancePath: instancePath + "/dependencies/" + i4 + "/files/" + i8 + "/dest", schemaPath: "#/properties/dependencies/items/anyOf/1/properties/files/items/properties/dest/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                    if (vErrors === null) {
                                                        vErrors = [err51];
                                                    }
                                                    else {
                                                        vErrors.push(err51);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err52 = { instancePath: instancePath + "/dependencies/" + i4 + "/files/" + i8 + "/dest", schemaPath: "#/properties/dependencies/items/anyOf/1/properties/files/items/properties/dest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err52];
                                                }
                                                else {
                                                    vErrors.push(err52);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data35.name !== undefined) {
                                            if (typeof data35.name !== "string") {
                                                const err53 = { instancePath: instancePath + "/dependencies/" + i4 + "/files/" + i8 + "/name", schemaPath: "#/properties/dependencies/items/anyOf/1/properties/files/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err53];
                                                }
                                                else {
                                                    vErrors.push(err53);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err54 = { instancePath: instancePath + "/dependencies/" + i4 + "/files/" + i8, schemaPath: "#/properties/dependencies/items/anyOf/1/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                            vErrors = [err54];
                                        }
                                        else {
                                            vErrors.push(err54);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err55 = { instancePath: instancePath + "/dependencies/" + i4 + "/files", schemaPath: "#/properties/dependencies/items/anyOf/1/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                        }
                        if (data27.commands !== undefined) {
                            let data39 = data27.commands;
                            if (Array.isArray(data39)) {
                                const len9 = data39.length;
                                for (let i9 = 0; i9 < len9; i9++) {
                                    if (typeof data39[i9] !== "string") {
                                        const err56 = { instancePath: instancePath + "/dependencies/" + i4 + "/commands/" + i9, schemaPath: "#/properties/dependencies/items/anyOf/1/properties/commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err56];
                                        }
                                        else {
                                            vErrors.push(err56);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err57 = { instancePath: instancePath + "/dependencies/" + i4 + "/commands", schemaPath: "#/properties/dependencies/items/anyOf/1/properties/commands/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err57];
                                }
                                else {
                                    vErrors.push(err57);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err58 = { instancePath: instancePath + "/dependencies/" + i4, schemaPath: "#/properties/dependencies/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err58];
                        }
                        else {
                            vErrors.push(err58);
                        }
                        errors++;
                    }
                    var _valid4 = _errs72 === errors;
                    valid21 = valid21 || _valid4;
                }
                if (!valid21) {
                    const err59 = { instancePath: instancePath + "/dependencies/" + i4, schemaPath: "#/properties/dependencies/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
                else {
                    errors = _errs69;
                    if (vErrors !== null) {
                        if (_errs69) {
                            vErrors.length = _errs69;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
    }
    if (data.hooks !== undefined) {
        let data41 = data.hooks;
        if ((!(data41 && typeof data41 == "object" && !Array.isArray(data41))) && (data41 !== null)) {
            const err60 = { instancePath: instancePath + "/hooks", schemaPath: "#/properties/hooks/type", keyword: "type", params: { type: schema11.properties.hooks.type }, message: "must be object,null" };
            if (vErrors === null) {
                vErrors = [err60];
            }
            else {
                vErrors.push(err60);
            }
            errors++;
        }
    }
    if (data.python_version !== undefined) {
        let data42 = data.python_version;
        if ((typeof data42 !== "string") && (!(typeof data42 == "number"))) {
            const err61 = { instancePath: instancePath + "/python_version", schemaPath: "#/properties/python_version/type", keyword: "type", params: { type: schema11.properties.python_version.type }, message: "must be string,number" };
            if (vErrors === null) {
                vErrors = [err61];
            }
            else {
                vErrors.push(err61);
            }
            errors++;
        }
    }
    if (data.pip_req !== undefined) {
        if (typeof data.pip_req !== "string") {
            const err62 = { instancePath: instancePath + "/pip_req", schemaPath: "#/properties/pip_req/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err62];
            }
            else {
                vErrors.push(err62);
            }
            errors++;
        }
    }
    if (data.starwhale_version !== undefined) {
        let data44 = data.starwhale_version;
        if ((typeof data44 !== "string") && (!(typeof data44 == "number"))) {
            const err63 = { instancePath: instancePath + "/starwhale_version", schemaPath: "#/properties/starwhale_version/type", keyword: "type", params: { type: schema11.properties.starwhale_version.type }, message: "must be string,number" };
            if (vErrors === null) {
                vErrors = [err63];
            }
            else {
                vErrors.push(err63);
            }
            errors++;
        }
    }
    if (data.base_image !== undefined) {
        if (typeof data.base_image !== "string") {
            const err64 = { instancePath: instancePath + "/base_image", schemaPath: "#/properties/base_image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err64];
            }
            else {
                vErrors.push(err64);
            }
            errors++;
        }
    }
}
else {
    const err65 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err65];
    }
    else {
        vErrors.push(err65);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./src/spec/shape.ts


const shape_validate = validate;
const DEP_KEYS = ['pip', 'conda', 'wheels', 'files', 'commands'];
function toPath(instancePath) {
    if (!instancePath)
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** `environment.python`, `dependencies[2].pip[0]` */
function describePath(path) {
    let out = '';
    for (const p of path)
        out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
    return out || 'top level';
}
function typeName(t) {
    if (t === 'array')
        return 'a list';
    if (t === 'object')
        return 'a mapping';
    if (t === 'string')
        return 'a string';
    if (t === 'number')
        return 'a number';
    return String(t);
}
function actual(v) {
    if (Array.isArray(v))
        return 'a list';
    if (v === null)
        return 'null';
    if (typeof v === 'object')
        return 'a mapping';
    return `${typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : typeof v}`;
}
function valueAt(data, path) {
    let v = data;
    for (const p of path)
        v = v === null || typeof v !== 'object' ? undefined : v[p];
    return v;
}
function message(e, path, data) {
    const where = describePath(path);
    const got = actual(valueAt(data, path));
    switch (e.keyword) {
        case 'required': {
            const missing = e.params.missingProperty;
            if (path.length === 0)
                return { text: `missing required key \`${missing}\``, path };
            return { text: `${where} is missing \`${missing}\``, path };
        }
        case 'additionalProperties': {
            const extra = e.params.additionalProperty;
            const guess = nearest(extra, DEP_KEYS);
            return {
                text: `unknown dependency key \`${extra}\``,
                hint: guess ? `did you mean \`${guess}\`? (allowed: ${DEP_KEYS.join(', ')})` : `allowed: ${DEP_KEYS.join(', ')}`,
                path: [...path, extra],
                at: 'key',
            };
        }
        case 'type': {
            // null is allowed only as "left empty" (Starwhale's `x or {}`); naming it would confuse.
            const want = [].concat(e.params.type).filter((t) => t !== 'null').map(typeName).join(' or ');
            if (path[0] === 'dependencies' && path.length === 3 && path[2] === 'pip' && got === 'a string') {
                return { text: `${where} must be a list of requirements, got a string`, hint: 'write `pip: [name]`, one item per requirement', path };
            }
            return { text: `${where} must be ${want}, got ${got}`, path };
        }
        case 'enum': {
            const allowed = e.params.allowedValues.map(String);
            const v = String(valueAt(data, path));
            const guess = nearest(v, allowed);
            return { text: `${where}: "${v}" is not allowed`, hint: `${guess ? `did you mean "${guess}"? ` : ''}allowed: ${allowed.join(', ')}`, path };
        }
        case 'pattern':
            if (path.includes('wheels'))
                return { text: `${where}: "${String(valueAt(data, path))}" is not a wheel file`, hint: 'wheel paths end in .whl', path };
            return { text: `${where} does not match ${e.params.pattern}`, path };
        case 'minLength':
            return { text: `${where} must not be empty`, path };
        case 'minProperties':
            return { text: `${where} is an empty mapping`, hint: `use one of: ${DEP_KEYS.join(', ')}`, path };
        default:
            return { text: `${where} ${e.message ?? 'is invalid'}`, path };
    }
}
/** Validates the document's data; returns false when the shape is wrong (diagnostics added to `src`). */
function checkShape(src, data) {
    if (shape_validate(data))
        return true;
    const errors = shape_validate.errors ?? [];
    const paths = errors.map((e) => toPath(e.instancePath));
    const isPrefix = (a, b) => a.length < b.length && a.every((p, i) => p === b[i]);
    const reported = new Set();
    errors.forEach((e, i) => {
        const path = paths[i];
        // anyOf: a deeper error explains the failure better than "must match a schema in anyOf" or the
        // other branch's type mismatch at the same place.
        const explained = errors.some((o, j) => j !== i && (isPrefix(path, paths[j]) || (describePath(paths[j]) === describePath(path) && !['type', 'anyOf', 'enum'].includes(o.keyword))));
        if (explained && (e.keyword === 'type' || e.keyword === 'anyOf' || e.keyword === 'enum'))
            return;
        if (e.keyword === 'anyOf') {
            const branchTypes = errors
                .filter((o, j) => j !== i && o.keyword === 'type' && describePath(paths[j]) === describePath(path))
                .flatMap((o) => [].concat(o.params.type));
            const alt = errors.some((o, j) => j !== i && o.keyword === 'enum' && describePath(paths[j]) === describePath(path));
            if (alt)
                return;
            const want = [...new Set(branchTypes.map(typeName))].join(' or ') || 'valid';
            const text = `${describePath(path)} must be ${want}, got ${actual(valueAt(data, path))}`;
            if (!reported.has(text))
                src.error(path, text);
            reported.add(text);
            return;
        }
        // Type errors under an anyOf are summarised by the anyOf error itself.
        if (e.keyword === 'type' && errors.some((o, j) => o.keyword === 'anyOf' && describePath(paths[j]) === describePath(path)))
            return;
        const m = message(e, path, data);
        const key = `${describePath(m.path)}|${m.text}`;
        if (reported.has(key))
            return;
        reported.add(key);
        src.error(m.path, m.text, m.hint, m.at);
    });
    return false;
}

// EXTERNAL MODULE: ./src/spec/source.ts
var source = __webpack_require__(9930);
;// CONCATENATED MODULE: ./src/spec/index.ts
// runtime.yaml -> a frozen RuntimeSpec: read, check the shape, apply the rules, check referenced
// files, then apply overrides (action inputs / CLI flags). Every problem is reported at once.











/** The cuda override that drops CUDA even when runtime.yaml sets environment.cuda. */
function isNoCuda(value) {
    return value?.trim().toLowerCase() === 'none';
}
/** An override may pin an exact redist label (12.4.1); the spec records its major.minor, as runtime.yaml would. */
function checkCudaOverride(text) {
    const m = /^(\d+\.\d+)(\.\d+)?$/.exec(text.trim());
    if (!m)
        return { error: `cuda "${text.trim()}" is not a MAJOR.MINOR or MAJOR.MINOR.PATCH version`, hint: 'e.g. 12.4 or 12.4.1' };
    return checkCuda(m[1]);
}
function deepFreeze(v) {
    if (v && typeof v === 'object' && !ArrayBuffer.isView(v) && !Object.isFrozen(v)) {
        Object.freeze(v);
        for (const x of Object.values(v))
            deepFreeze(x);
    }
    return v;
}
/** Checks overrides with the runtime.yaml rules; errors name the override, not the file. */
function applyOverrides(spec, o, source) {
    const errors = [];
    const out = { ...spec };
    let pythonRequest;
    const use = (label, value, check, set) => {
        if (!value)
            return;
        const r = check(value);
        if (r.error)
            errors.push(`error: ${source} ${label}: ${r.error}${r.hint ? ` (hint: ${r.hint})` : ''}`);
        else
            set(r.value);
    };
    use('python', o.python, checkPython, (v) => {
        out.python = v;
        pythonRequest = o.python.trim();
    });
    if (isNoCuda(o.cuda)) {
        out.cuda = '';
        out.cudnn = '';
    }
    else
        use('cuda', o.cuda, checkCudaOverride, (v) => (out.cuda = v));
    use('cudnn', o.cudnn, checkCudnn, (v) => (out.cudnn = v));
    if (out.cudnn && !out.cuda)
        errors.push(`error: ${source} cudnn: cudnn needs cuda (hint: set cuda too)`);
    if (errors.length)
        throw new util_errors/* UserErrors */.tQ(`${errors.length} invalid override(s)`, errors);
    return { spec: out, pythonRequest };
}
/** Parses and checks runtime.yaml bytes; `dir` is where relative paths resolve. Throws SpecError. */
function parseSpec(bytes, display, dir, opts = {}) {
    const src = (0,source/* readSpecSource */.zG)(bytes, display);
    const fail = () => {
        throw new SpecError(display, src.diagnostics);
    };
    if (!src.doc || src.diagnostics.some((d) => d.severity === 'error'))
        fail();
    const data = src.doc.toJS();
    lowerArch(data);
    checkShape(src, data);
    // Semantic rules run even after a shape error so that every problem is reported at once; a place
    // that already has a shape error gets no second message.
    const shapeErrors = new Set(src.diagnostics.map((d) => `${d.line}:${d.col}`));
    const before = src.diagnostics.length;
    const { spec, deps, pythonRequest } = normalize(src, data, { strict: opts.strict });
    if (opts.checkFiles !== false)
        checkReferencedFiles(src, dir, deps);
    const extra = src.diagnostics.splice(before).filter((d) => !shapeErrors.has(`${d.line}:${d.col}`));
    src.diagnostics.push(...extra);
    if (src.diagnostics.some((d) => d.severity === 'error'))
        fail();
    return { spec, pythonRequest, diagnostics: src.diagnostics };
}
/** Starwhale compares arch case-insensitively; lower-case it before the schema's enum check. */
function lowerArch(data) {
    const env = data.environment;
    if (!env || typeof env !== 'object' || Array.isArray(env))
        return;
    if (typeof env.arch === 'string')
        env.arch = env.arch.toLowerCase();
    else if (Array.isArray(env.arch))
        env.arch = env.arch.map((a) => (typeof a === 'string' ? a.toLowerCase() : a));
}
/**
 * runtime.yaml's bytes, stat-ed before they are read: a regular file (or a link to one inside its
 * directory) of at most MAX_SPEC_BYTES; a FIFO, a device or a link out is refused without a read.
 */
function readRuntimeYaml(abs, display) {
    const hint = 'check the runtime-yaml input / -f flag; paths are relative to the workdir';
    let real = abs;
    try {
        if ((0,external_node_fs_.lstatSync)(abs).isSymbolicLink()) {
            real = (0,external_node_fs_.realpathSync)(abs);
            if (!(0,names/* isInside */.FK)((0,external_node_fs_.realpathSync)((0,external_node_path_.dirname)(abs)), real)) {
                throw new util_errors/* UserError */.yo(`${display} is a symlink pointing outside its directory`, { hint: 'copy the runtime.yaml into the directory instead of linking to it' });
            }
        }
        if ((0,external_node_fs_.lstatSync)(real).isDirectory())
            throw new util_errors/* UserError */.yo(`${display}: is a directory`, { hint });
    }
    catch (e) {
        if (e instanceof util_errors/* UserError */.yo)
            throw e;
        const code = e.code;
        throw new util_errors/* UserError */.yo(`${display}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`, { hint });
    }
    return (0,tree/* readRegular */.VX)(real, { max: source/* MAX_SPEC_BYTES */.p, label: display });
}
async function loadSpec(file, opts = {}) {
    const abs = (0,external_node_path_.resolve)(file);
    const display = opts.displayName ?? file;
    if (!/\.ya?ml$/.test(abs)) {
        throw new util_errors/* UserError */.yo(`${display}: a runtime.yaml must end in .yaml or .yml`, { hint: 'pass the runtime.yaml file, not its directory' });
    }
    const raw = readRuntimeYaml(abs, display);
    const dir = (0,external_node_path_.dirname)(abs);
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
    });
}


/***/ }),

/***/ 9930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ MAX_SPEC_BYTES),
/* harmony export */   zG: () => (/* binding */ readSpecSource)
/* harmony export */ });
/* unused harmony export SpecSource */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// Reads runtime.yaml bytes into a YAML document with positions, refusing what is not a sane YAML
// mapping (too big, binary, empty, syntax errors, duplicate keys) with one positioned line each.

const MAX_SPEC_BYTES = 1024 * 1024;
/** A parsed runtime.yaml and the means to point at any of its nodes. */
class SpecSource {
    file;
    doc;
    lines;
    diagnostics = [];
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    pos(offset) {
        if (offset === undefined)
            return { line: 1, col: 1 };
        return this.lines.linePos(offset);
    }
    node(path) {
        if (!this.doc)
            return undefined;
        if (path.length === 0)
            return this.doc.contents ?? undefined;
        return this.doc.getIn(path, true);
    }
    /** The key/value pair holding `path`'s value, when its parent is a mapping. */
    pair(path) {
        const parent = this.node(path.slice(0, -1));
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent))
            return undefined;
        const last = path[path.length - 1];
        return parent.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && p.key.value === last);
    }
    /** Position of the value at `path` (or of its key with `at: 'key'`), falling back to the nearest ancestor. */
    where(path, at = 'value') {
        if (at === 'key') {
            const key = this.pair(path)?.key;
            if (key?.range)
                return this.pos(key.range[0]);
        }
        for (let n = path.length; n >= 0; n--) {
            const node = this.node(path.slice(0, n));
            if (node?.range)
                return this.pos(node.range[0]);
        }
        return { line: 1, col: 1 };
    }
    report(severity, path, message, hint, at = 'value') {
        const { line, col } = this.where(path, at);
        this.diagnostics.push({ severity, file: this.file, line, col, message, ...(hint ? { hint } : {}) });
    }
    error(path, message, hint, at = 'value') {
        this.report('error', path, message, hint, at);
    }
    warn(path, message, hint, at = 'value') {
        this.report('warning', path, message, hint, at);
    }
    /** A scalar's text as written, so `3.10` stays "3.10" rather than the number 3.1. */
    sourceText(path) {
        const node = this.node(path);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            return undefined;
        if (typeof node.value === 'number')
            return { text: node.source ?? String(node.value), unquotedNumber: true };
        if (typeof node.value === 'string')
            return { text: node.value, unquotedNumber: false };
        return undefined;
    }
}
function fail(file, line, col, message, hint) {
    const src = new SpecSource(file, undefined, new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN());
    src.diagnostics.push({ severity: 'error', file, line, col, message, ...(hint ? { hint } : {}) });
    return src;
}
function lineColOf(text, index) {
    const before = text.slice(0, index);
    const line = before.split('\n').length;
    return { line, col: index - before.lastIndexOf('\n') };
}
/** Parses runtime.yaml bytes. On failure the returned source has no document and one error. */
function readSpecSource(bytes, file) {
    if (bytes.length > MAX_SPEC_BYTES) {
        return fail(file, 1, 1, `file is ${(bytes.length / 1048576).toFixed(1)} MiB; a runtime.yaml is at most 1 MiB`, 'is this the right file?');
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        const at = lineColOf(bytes.subarray(0, nul).toString('latin1'), nul);
        return fail(file, at.line, at.col, 'file is binary (contains a NUL byte), not YAML', 'point runtime-yaml at a text runtime.yaml');
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const lossy = new TextDecoder('utf-8').decode(bytes);
        const at = lineColOf(lossy, Math.max(0, lossy.indexOf('\uFFFD')));
        return fail(file, at.line, at.col, 'file is not valid UTF-8 text', 'save runtime.yaml as UTF-8');
    }
    if (text.startsWith('\uFEFF'))
        text = text.slice(1);
    if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) {
        return fail(file, 1, 1, 'file is empty', 'a runtime.yaml needs at least `name:`');
    }
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
    const src = new SpecSource(file, doc, lines);
    for (const e of doc.errors) {
        const { line, col } = lines.linePos(e.pos[0]);
        const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        if (e.code === 'DUPLICATE_KEY') {
            src.diagnostics.push({ severity: 'error', file, line, col, message: 'duplicate key', hint: 'each key may appear once in a mapping; YAML would silently keep only one' });
        }
        else {
            src.diagnostics.push({ severity: 'error', file, line, col, message: `YAML syntax error: ${first}` });
        }
    }
    if (src.diagnostics.length === 0 && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents)) {
        const { line, col } = src.where([]);
        const got = doc.contents === null ? 'nothing' : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(doc.contents) ? 'a single value' : 'a list';
        src.diagnostics.push({ severity: 'error', file, line, col, message: `top level must be a mapping of keys (name:, dependencies:, …), got ${got}` });
    }
    return src;
}


/***/ })

};
