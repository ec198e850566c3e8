export const id = 279;
export const ids = [279,364];
export const modules = {

/***/ 7212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YJ: () => (/* binding */ KEY_RE),
  sT: () => (/* binding */ dropEntry),
  iF: () => (/* reexport */ cache_root/* localCacheRoot */.i),
  hB: () => (/* binding */ readEntry),
  Yp: () => (/* binding */ restoreLocal),
  $_: () => (/* binding */ saveLocal)
});

// UNUSED EXPORTS: entryDir

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/tmp.ts
var util_tmp = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/util/cache-root.ts
var cache_root = __webpack_require__(2475);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(7895);
// EXTERNAL MODULE: ./src/util/log.ts
var log = __webpack_require__(9906);
;// CONCATENATED MODULE: ./src/cache/link-tree.ts
// Puts a copy of a directory tree somewhere else as cheaply as the filesystems allow: hard links
// when both sides are on one filesystem (Linux `cp -al`: new directories, the same file inodes),
// else a copy (reflinked where the filesystem can). Symlinks are kept verbatim (a venv's bin/python
// points at its interpreter), with modes and times. A hard-linked file is one file in two places:
// callers that hand out such a tree must notice edits made in place (see treeDigest's mtimes).





const sameDevice = async (a, b) => (await (0,promises_.stat)(a)).dev === (await (0,promises_.stat)(b)).dev;
/** Makes `to` (which must not exist; its parent must) hold the tree at `from`; says how. */
async function linkOrCopyTree(from, to) {
    // The command line is not worth a log line per layer; a failure throws with cp's stderr.
    const quiet = { log: new log/* MemoryLog */.eu() };
    if (process.platform === 'linux') {
        if (await sameDevice(from, (0,external_node_path_.dirname)(to))) {
            await (0,exec/* exec */.m0)('cp', ['-al', '--', from, to], quiet);
            return 'link';
        }
        await (0,exec/* exec */.m0)('cp', ['-a', '--reflink=auto', '--', from, to], quiet);
        return 'copy';
    }
    // Elsewhere a clone where the filesystem has them (APFS), a copy where not.
    await (0,promises_.cp)(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, mode: external_node_fs_.constants.COPYFILE_FICLONE });
    return 'copy';
}

// EXTERNAL MODULE: ./src/util/tree-digest.ts
var tree_digest = __webpack_require__(6391);
;// CONCATENATED MODULE: ./src/cache/local-entries.ts
// The CLI's cache: the same layers (env, downloads, toolchain) as the action's, under
// $SWRT_CACHE_DIR or ~/.cache/swrt/<layer>/<key>/{data,entry.json}, keyed by src/plan/cache-keys.ts.
// Entries are hard-linked to the tree they were saved from (copied only across filesystems, see
// link-tree.ts), so a save costs a directory walk, not a second copy of the env. An edit made in
// place in a restored env therefore edits the entry too: entry.json records the file-list digest
// with mtimes, and an entry whose files no longer match it is dropped on reuse, never handed out.
// Entries are written to a temp dir and renamed into place; a crash never leaves half an entry.
// Venvs are not relocatable: the env key contains the absolute env path.







const ENTRY_FORMAT = 'swrt-cache/1';
const MAX_RECORD_BYTES = 64 * 1024;

const KEY_RE = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,511}$/;
const since = (t0) => (performance.now() - t0) / 1000;
function entryDir(root, layer, key) {
    if (!KEY_RE.test(key))
        throw new Error(`invalid cache key ${JSON.stringify(key)}: keys come from src/plan/cache-keys.ts`);
    return (0,external_node_path_.join)(root, layer, key);
}
const lstatOrNull = (p) => (0,promises_.lstat)(p).catch(() => undefined);
const isRealDir = async (p) => (await lstatOrNull(p))?.isDirectory() === true;
/** A layer directory that exists but is not a real directory (a link to elsewhere): not used, not written through. */
const layerDirIsLink = async (root, layer) => {
    const st = await lstatOrNull((0,external_node_path_.join)(root, layer));
    return st !== undefined && !st.isDirectory();
};
/** The entry's record, when its directory, data/ and entry.json are what a save makes (no links); else why not. */
async function readEntry(root, layer, key) {
    const dir = entryDir(root, layer, key);
    if (!(await isRealDir(dir)))
        return 'it is not a directory';
    if (!(await isRealDir((0,external_node_path_.join)(dir, 'data'))))
        return 'its data is not a directory';
    const st = await lstatOrNull((0,external_node_path_.join)(dir, 'entry.json'));
    if (!st?.isFile() || st.size > MAX_RECORD_BYTES)
        return 'it has no readable entry.json';
    let rec;
    try {
        rec = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'entry.json'), 'utf8'));
    }
    catch {
        return 'its entry.json is not JSON';
    }
    if (rec?.format !== ENTRY_FORMAT || typeof rec.tree !== 'string')
        return 'its entry.json is not one this swrt writes';
    if (rec.layer !== layer || rec.key !== key)
        return 'its entry.json names another entry';
    return { ...rec, files: Number(rec.files) || 0, bytes: Number(rec.bytes) || 0 };
}
/** Why the entry may not be handed out (its record, or its files against the recorded digest), or undefined. */
async function entryProblem(root, layer, key) {
    const rec = await readEntry(root, layer, key);
    if (typeof rec === 'string')
        return rec;
    if ((0,tree_digest/* treeFacts */.kt)((0,external_node_path_.join)(root, layer, key, 'data'), [], { mtimes: true }).digest !== rec.tree)
        return 'its files changed since it was saved (an env restored from it was edited in place?)';
    return undefined;
}
/** Takes an entry out of the cache: renamed aside first (atomic), then removed. Never follows a link. */
async function dropEntry(root, layer, key) {
    const dir = entryDir(root, layer, key);
    const aside = (0,util_tmp/* tmpName */.BI)((0,external_node_path_.join)(root, layer, `.drop-${key.slice(0, 64)}`));
    try {
        await (0,promises_.rename)(dir, aside);
    }
    catch {
        return; // gone already (a parallel prune or restore dropped it)
    }
    await (0,promises_.rm)(aside, { recursive: true, force: true });
}
async function findEntry(root, layer, key, restoreKeys) {
    if (await lstatOrNull(entryDir(root, layer, key)))
        return key;
    if (!restoreKeys.length)
        return undefined;
    const names = (await (0,promises_.readdir)((0,external_node_path_.join)(root, layer)).catch(() => [])).filter((n) => KEY_RE.test(n));
    for (const prefix of restoreKeys) {
        const matches = names.filter((n) => n.startsWith(prefix));
        const dated = await Promise.all(matches.map(async (n) => ({ n, t: (await lstatOrNull((0,external_node_path_.join)(root, layer, n, 'entry.json')))?.mtimeMs })));
        const newest = dated.filter((d) => d.t !== undefined).sort((a, b) => b.t - a.t)[0];
        if (newest)
            return newest.n;
    }
    return undefined;
}
/** Restores a layer into targetDir (replacing it). A broken or changed entry is a miss (and is dropped), never an error. */
async function restoreLocal(layer, key, targetDir, opts = {}) {
    const t0 = performance.now();
    const root = opts.root ?? (0,cache_root/* localCacheRoot */.i)();
    entryDir(root, layer, key);
    if (await layerDirIsLink(root, layer)) {
        opts.log?.warn(`local cache ${layer}: ${(0,external_node_path_.join)(root, layer)} is not a directory; not using it`);
        return { hit: 'miss', seconds: since(t0) };
    }
    const matchedKey = await findEntry(root, layer, key, opts.restoreKeys ?? []);
    if (!matchedKey)
        return { hit: 'miss', seconds: since(t0) };
    const problem = await entryProblem(root, layer, matchedKey);
    if (problem) {
        opts.log?.warn(`local cache ${layer}: discarding entry ${matchedKey}: ${problem}`);
        await dropEntry(root, layer, matchedKey);
        return { hit: 'miss', seconds: since(t0) };
    }
    // Last use first: a prune running alongside sees this entry as the newest.
    const now = new Date();
    await (0,promises_.utimes)((0,external_node_path_.join)(root, layer, matchedKey), now, now).catch(() => undefined);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(targetDir), { recursive: true });
    const tmp = (0,util_tmp/* tmpName */.BI)(targetDir);
    let how;
    try {
        how = await linkOrCopyTree((0,external_node_path_.join)(root, layer, matchedKey, 'data'), tmp);
        await (0,promises_.rm)(targetDir, { recursive: true, force: true });
        await (0,promises_.rename)(tmp, targetDir);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
        opts.log?.warn(`local cache ${layer}: could not restore ${matchedKey} (${(0,errors/* errorMessage */.gJ)(e)}); building without it`);
        return { hit: 'miss', seconds: since(t0) };
    }
    opts.log?.info(`local cache ${layer}: ${matchedKey === key ? 'exact hit' : `restored ${matchedKey} by restore-key`} (${how === 'link' ? 'hard-linked' : 'copied'})`);
    return { hit: matchedKey === key ? 'exact' : 'partial', matchedKey, how, seconds: since(t0) };
}
/** Saves sourceDir as the entry for key; an existing entry is kept (same key, same content). */
async function saveLocal(layer, key, sourceDir, opts = {}) {
    const t0 = performance.now();
    const root = opts.root ?? (0,cache_root/* localCacheRoot */.i)();
    const dest = entryDir(root, layer, key);
    if (await lstatOrNull(dest))
        return { saved: false, skipped: 'an entry with this key exists', seconds: since(t0) };
    if (!(await isRealDir(sourceDir)))
        return { saved: false, skipped: `${sourceDir} is not a directory`, seconds: since(t0) };
    if (await layerDirIsLink(root, layer))
        return { saved: false, skipped: `${(0,external_node_path_.join)(root, layer)} is not a directory`, seconds: since(t0) };
    await (0,promises_.mkdir)((0,external_node_path_.join)(root, layer), { recursive: true });
    const tmp = (0,util_tmp/* tmpName */.BI)((0,external_node_path_.join)(root, layer, '.save'));
    try {
        await (0,promises_.mkdir)(tmp);
        const how = await linkOrCopyTree(sourceDir, (0,external_node_path_.join)(tmp, 'data'));
        // Bytecode is not in the digest: none goes into an entry (a restore would drop it anyway).
        (0,tree_digest/* purgeBytecode */.XS)((0,external_node_path_.join)(tmp, 'data'));
        const facts = (0,tree_digest/* treeFacts */.kt)((0,external_node_path_.join)(tmp, 'data'), [], { mtimes: true });
        const rec = { format: ENTRY_FORMAT, layer, key, source: sourceDir, savedAt: new Date().toISOString(), tree: facts.digest, files: facts.files, bytes: facts.bytes };
        await (0,promises_.writeFile)((0,external_node_path_.join)(tmp, 'entry.json'), `${JSON.stringify(rec)}\n`);
        await (0,promises_.rename)(tmp, dest);
        opts.log?.info(`local cache ${layer}: saved ${key} (${how === 'link' ? 'hard-linked' : 'copied'}, ${(facts.bytes / 1048576).toFixed(1)} MiB in ${since(t0).toFixed(2)} s)`);
        return { saved: true, how, bytes: facts.bytes, seconds: since(t0) };
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
        // A parallel build renamed the same key first: its entry is as good as ours.
        if (await lstatOrNull((0,external_node_path_.join)(dest, 'data')))
            return { saved: false, skipped: 'another build saved this key first', seconds: since(t0) };
        opts.log?.warn(`local cache ${layer}: could not save ${key} (${(0,errors/* errorMessage */.gJ)(e)})`);
        return { saved: false, seconds: since(t0) };
    }
}


/***/ }),

/***/ 4470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   UM: () => (/* binding */ pruneLocal),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   cY: () => (/* binding */ pruneAfterSave),
/* harmony export */   fi: () => (/* binding */ listEntries),
/* harmony export */   z7: () => (/* binding */ cacheMax)
/* harmony export */ });
/* unused harmony exports LOCAL_CACHE_LAYERS, DEFAULT_CACHE_MAX */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _util_tmp_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5297);
/* harmony import */ var _local_entries_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7212);
// Keeps the CLI's local cache bounded: what is in it (`swrt cache info`), and an LRU prune down to
// a size (`swrt cache prune`, and after every save down to SWRT_CACHE_MAX, default 10 GiB). "Last
// used" is the entry directory's mtime: a save creates it, a restore touches it. Sizes are the
// apparent sizes entry.json recorded; an entry hard-linked to a live env costs little extra disk
// until that env is deleted, but it is counted in full, so the cap bounds the worst case.
// Anything in a layer directory that is not an entry a save makes (a link, a file, a bad record)
// is junk and goes first; removal renames aside, then deletes, and never follows a link. Builds
// and prunes may run at once: an entry dropped under a restore makes that restore a miss.






const LOCAL_CACHE_LAYERS = ['env', 'downloads', 'toolchain', 'conda-pkgs', 'image-layer'];
/** 10 GiB: about ten large ML envs (transformers + pyarrow is ~0.9 GB), a few percent of a laptop disk. */
const DEFAULT_CACHE_MAX = 10 * 1024 ** 3;
const UNITS = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/**
 * "10G", "500MiB", "1.5g", "0", "1048576", "10b" (bytes; units are powers of 1024); undefined if it
 * is none of these. A fraction needs a unit ("0.5" bytes is a typo, not a size).
 */
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmgt])(?:i?b)?|b)?\s*$/i.exec(text);
    if (!m)
        return undefined;
    const unit = (m[2] ?? '').toLowerCase();
    if (!unit && m[1].includes('.'))
        return undefined;
    const n = Math.floor(Number(m[1]) * UNITS[unit]);
    return Number.isSafeInteger(n) ? n : undefined;
}
/** The cap: SWRT_CACHE_MAX when set (a size), else DEFAULT_CACHE_MAX. */
function cacheMax(env = process.env) {
    const v = env.SWRT_CACHE_MAX;
    if (v === undefined || v === '')
        return DEFAULT_CACHE_MAX;
    const n = parseSize(v);
    if (n === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`SWRT_CACHE_MAX=${JSON.stringify(v)} is not a size`, { hint: 'use bytes or a number with K, M, G or T (powers of 1024), e.g. 10G' });
    return n;
}
const formatSize = (n) => (n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(2)} GiB` : `${(n / 1024 ** 2).toFixed(1)} MiB`);
function lstatQuiet(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
    }
    catch {
        return undefined;
    }
}
/** Every entry (and every piece of junk) in the cache's layer directories; temp and lock files are left out. */
async function listEntries(root) {
    const out = [];
    for (const layer of LOCAL_CACHE_LAYERS) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, layer);
        if (!lstatQuiet(dir)?.isDirectory())
            continue;
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)) {
            if (name.startsWith('.'))
                continue;
            const st = lstatQuiet((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name));
            if (!st)
                continue;
            const lastUsed = st.mtime;
            if (!_local_entries_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY_RE */ .YJ.test(name)) {
                out.push({ layer, name, bytes: 0, lastUsed, junk: 'not a cache key' });
                continue;
            }
            const rec = await (0,_local_entries_js__WEBPACK_IMPORTED_MODULE_5__/* .readEntry */ .hB)(root, layer, name);
            out.push(typeof rec === 'string' ? { layer, name, bytes: 0, lastUsed, junk: rec } : { layer, name, bytes: rec.bytes, lastUsed });
        }
    }
    return out;
}
async function removeEntry(root, e) {
    if (_local_entries_js__WEBPACK_IMPORTED_MODULE_5__/* .KEY_RE */ .YJ.test(e.name))
        return (0,_local_entries_js__WEBPACK_IMPORTED_MODULE_5__/* .dropEntry */ .sT)(root, e.layer, e.name);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, e.layer, e.name), { recursive: true, force: true });
}
/** Removes junk, then least recently used entries until the rest fit in `max` bytes (0: everything). */
async function pruneLocal(root, max) {
    for (const layer of LOCAL_CACHE_LAYERS) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, layer);
        // Temp dirs of saves and drops that a killed run left behind (their owner pid is dead).
        if (lstatQuiet(dir)?.isDirectory())
            (0,_util_tmp_js__WEBPACK_IMPORTED_MODULE_4__/* .sweepDebris */ .s3)(dir, { minAgeMs: 60_000 });
    }
    const entries = await listEntries(root);
    const bytesBefore = entries.reduce((s, e) => s + e.bytes, 0);
    const victims = entries.filter((e) => e.junk);
    let total = bytesBefore;
    for (const e of entries.filter((x) => !x.junk).sort((a, b) => a.lastUsed.getTime() - b.lastUsed.getTime())) {
        if (total <= max && max > 0)
            break;
        victims.push(e);
        total -= e.bytes;
    }
    for (const v of victims)
        await removeEntry(root, v);
    const kept = entries.filter((e) => !victims.includes(e));
    return { removed: victims, kept, bytesBefore, bytesAfter: kept.reduce((s, e) => s + e.bytes, 0) };
}
/**
 * After a save: the cache pruned to the cap `max()` gives (SWRT_CACHE_MAX, or a caller's), with one
 * line when anything went. A failure, a bad cap included, is a warning: the cache only speeds things up.
 */
async function pruneAfterSave(root, max, log) {
    try {
        const cap = max();
        const p = await pruneLocal(root, cap);
        if (p.removed.length)
            log.info(`local cache: pruned ${p.removed.length} entr${p.removed.length === 1 ? 'y' : 'ies'} to stay under ${formatSize(cap)} (SWRT_CACHE_MAX)`);
    }
    catch (e) {
        log.warn(`local cache: could not prune (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)})`);
    }
}


/***/ }),

/***/ 364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jq: () => (/* binding */ build),
  prepareEnv: () => (/* binding */ prepareEnv)
});

// UNUSED EXPORTS: ENV_KEY_FILE, buildEpoch, hostFacts, ignoreStarwhaleDir, timed

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var bundle_manifest = __webpack_require__(9075);
// EXTERNAL MODULE: ./src/bundle/swrt.ts
var swrt = __webpack_require__(8134);
// EXTERNAL MODULE: ./src/spec/index.ts + 5 modules
var src_spec = __webpack_require__(5380);
;// CONCATENATED MODULE: ./src/plan/build-plan.ts
// What a build decides before anything runs, as one frozen value: where the env and the build
// output go, which toolchain to ask for, whether commands run, and what besides the spec, the
// inputs and the lock goes into the bundle's version. Pure: the loaded spec and the options in,
// nothing read from disk or the network; every env backend starts from it, and plan/env-plan.ts
// adds the cache keys once the toolchain and installer are known.


/**
 * The CUDA/cuDNN asked for: an input or flag may pin the exact redist label; runtime.yaml records
 * major.minor / major. A cuda of "none" asks for no CUDA at all.
 */
function cudaRequest(opts, spec) {
    if ((0,src_spec/* isNoCuda */.Fw)(opts.cuda))
        return { cuda: '', cudnn: '' };
    return { cuda: opts.cuda?.trim() || spec.cuda, cudnn: opts.cudnn?.trim() || spec.cudnn };
}
/** `loaded.dir` is absolute (loadSpec resolves it); a relative `envDir` is taken from the working directory, as before. */
function planBuild(loaded, opts, cwd = process.cwd()) {
    const mode = loaded.spec.mode;
    const outputDir = (0,external_node_path_.join)(loaded.dir, '.starwhale');
    const envDir = opts.envDir ? (0,external_node_path_.resolve)(cwd, opts.envDir) : (0,external_node_path_.join)(outputDir, mode);
    // A conda prefix holds its own python: only CUDA comes from the toolchain.
    const python = mode === 'venv' ? { python: loaded.pythonRequest, pythonPath: opts.pythonPath } : { python: '' };
    const toolchain = Object.freeze({ ...python, ...cudaRequest(opts, loaded.spec), cudaComponents: opts.cudaComponents, ldLibraryPath: opts.cudaLdLibraryPath });
    // A packed env is part of the bundle, and its place is written into it.
    const versionExtra = Object.freeze({ includeEnv: Boolean(opts.includeEnv), env: opts.includeEnv ? envDir : '', ...(opts.starwhaleVersion ? { starwhaleVersion: opts.starwhaleVersion } : {}) });
    return Object.freeze({ mode, envDir, outputDir, defaultEnvDir: !opts.envDir, toolchain, runCommands: Boolean(opts.runCommands), cacheSuffix: opts.cacheSuffix, versionExtra });
}

// EXTERNAL MODULE: ./src/plan/version.ts
var version = __webpack_require__(5671);
// EXTERNAL MODULE: ./src/spec/digests.ts
var digests = __webpack_require__(3470);
// EXTERNAL MODULE: ./src/spec/vars.ts
var vars = __webpack_require__(4009);
// EXTERNAL MODULE: ./src/store/store.ts + 1 modules
var store_store = __webpack_require__(9250);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(7895);
// EXTERNAL MODULE: ./src/util/log.ts
var util_log = __webpack_require__(9906);
// EXTERNAL MODULE: ./src/util/tmp.ts
var tmp = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/pipeline/backends/index.ts + 14 modules
var backends = __webpack_require__(7138);
// EXTERNAL MODULE: ./src/pipeline/prepared-env.ts
var prepared_env = __webpack_require__(8871);
// EXTERNAL MODULE: ./src/pipeline/env-reuse.ts
var env_reuse = __webpack_require__(8504);
;// CONCATENATED MODULE: ./src/pipeline/build.ts
// The build, as a list of single-purpose stages: spec -> python -> installer -> env -> lock ->
// version -> bundle -> store. Both front doors (action, CLI) call this with plain values; the
// env stages are the backend's (venv or conda) the runtime's mode names.

















/** SOURCE_DATE_EPOCH, else the last commit time of the workdir, else now (seconds). */
async function buildEpoch(dir, log, env = process.env) {
    const sde = env.SOURCE_DATE_EPOCH;
    if (sde && /^\d+$/.test(sde))
        return Number(sde);
    const git = await (0,exec/* exec */.m0)('git', ['log', '-1', '--format=%ct'], { log: (0,util_log/* quietLog */.R3)(log), cwd: dir, allowFailure: true }).catch(() => undefined);
    const t = git?.code === 0 ? Number(git.stdout.trim()) : NaN;
    return Number.isFinite(t) && t > 0 ? t : Math.floor(Date.now() / 1000);
}
/** spec -> python -> installer -> env -> lock: everything `swrt lock` needs and `build` starts with. */
async function prepareEnv(opts) {
    const timings = {};
    const loaded = await loadForBuild(opts, timings);
    const buildPlan = planBuild(loaded, opts);
    return (0,backends/* envBackend */.C)(buildPlan.mode).prepare(opts, loaded, buildPlan, timings);
}
/** The spec stage: runtime.yaml read and checked, its warnings handed on, the tags and ${VAR}s checked. */
async function loadForBuild(opts, timings) {
    (0,store_store/* checkUserTags */.F0)(opts.tags);
    const loaded = await (0,prepared_env/* timed */.ay)(timings, 'spec', () => (0,src_spec/* loadSpec */.II)(opts.yaml, { overrides: { python: opts.python, cuda: opts.cuda, cudnn: opts.cudnn }, overrideSource: opts.overrideSource ?? 'flag', strict: opts.strict }));
    if (opts.onSpec)
        opts.onSpec(loaded);
    else
        for (const w of loaded.warnings)
            opts.log.warn(w);
    (0,vars/* checkRequirementVars */.cF)(loaded, opts.env ?? process.env);
    return loaded;
}
async function build(opts) {
    const { log } = opts;
    const prepared = await prepareEnv(opts);
    const { spec, mode, lockText, timings } = prepared;
    const epoch = await buildEpoch(prepared.loaded.dir, log, opts.env ?? process.env);
    const version = bundleVersion(opts, prepared);
    const store = new store_store/* LocalStore */.Vs(opts.storeRoot, opts.project);
    // A scratch dir of this build's own: two builds of one runtime have the same version and must
    // not share the packed env or the bundle they write before store.add moves it into place.
    const tmpDir = (0,tmp/* tmpName */.BI)((0,external_node_path_.join)(store.tmpDir(), version.slice(0, 12)));
    (0,external_node_fs_.mkdirSync)(tmpDir);
    let written;
    let bundle;
    try {
        written = await (0,prepared_env/* timed */.ay)(timings, 'pack', () => log.group('Pack bundle', () => packBundle(opts, prepared, { version, epoch, tmpDir })));
        bundle = store.add(written.path, spec.name, version, opts.tags);
    }
    finally {
        (0,external_node_fs_.rmSync)(tmpDir, { recursive: true, force: true });
    }
    log.info(`built ${spec.name}/version/${version.slice(0, 12)} (${(written.size / 1048576).toFixed(1)} MiB) -> ${bundle}`);
    return {
        name: spec.name,
        version,
        mode,
        uri: store.uri(spec.name, version),
        bundle,
        sha256: written.sha256,
        size: written.size,
        python: prepared.python,
        cuda: prepared.cuda,
        envPath: prepared.envDir,
        lockFile: opts.lock ? prepared.lockFile : '',
        installer: prepared.installer,
        installerVersion: prepared.installerVersion,
        packages: (0,backends/* envBackend */.C)(mode).packageCount(lockText),
        cacheKey: prepared.cacheKey,
        cacheHit: prepared.cacheHit,
        layers: prepared.layers,
        uvPath: prepared.uvPath,
        timings,
    };
}
/** The content-addressed version (or swcli's random one): the spec, the input digests, the lock, and what else goes in. */
function bundleVersion(opts, p) {
    if (opts.randomVersion)
        return (0,version/* randomVersion */._j)();
    return (0,version/* contentVersion */.eb)({ spec: p.spec, inputs: p.inputs, lock: opts.lock ? p.lockText : '', extra: p.plan.versionExtra });
}
/** The packed env (when asked for), the manifest and the .swrt, written into `at.tmpDir`. */
async function packBundle(opts, p, at) {
    const { spec, mode, lockText, envDir, loaded } = p;
    const backend = (0,backends/* envBackend */.C)(mode);
    const lockName = backend.lockName;
    let packedEnv;
    if (opts.includeEnv) {
        const name = `${mode}_env.tar.gz`;
        const path = (0,external_node_path_.join)(at.tmpDir, `${at.version}.${name}`);
        await backend.pack(envDir, path, at.epoch);
        packedEnv = { name, path };
    }
    const manifest = (0,bundle_manifest/* buildManifest */.u1)({
        spec,
        version: at.version,
        createdAt: (0,bundle_manifest/* swcliTime */.UO)(new Date(at.epoch * 1000)),
        lockFiles: opts.lock ? [`${bundle_manifest/* LOCK_DIR */.UE}/${lockName}`] : [],
        includedFiles: spec.dependencies.flatMap((d) => (d.kind === 'pip_req_file' ? (0,digests/* requirementIncludes */.Fu)(loaded, d.deps) : [])),
        lock: opts.lock ? lockText : '',
        pythonVersion: p.python.version,
        localPackagedEnv: opts.includeEnv,
        starwhaleVersion: (0,bundle_manifest/* manifestStarwhaleVersion */.XC)({
            override: opts.starwhaleVersion,
            spec: spec.starwhale_version,
            locked: backend.lockedStarwhaleVersion(lockText),
        }),
        env: opts.env ?? process.env,
    });
    // An env-packed bundle records where the env was built so restore can move its paths.
    if (opts.includeEnv)
        manifest.environment.lock.env_prefix_path = envDir;
    try {
        return await (0,swrt/* writeBundle */.Mf)({ loaded: { ...loaded, spec }, manifest, lock: opts.lock ? { name: lockName, text: lockText } : undefined, packedEnv, mtime: at.epoch }, (0,external_node_path_.join)(at.tmpDir, `${at.version}.swrt`));
    }
    finally {
        if (packedEnv)
            (0,external_node_fs_.rmSync)(packedEnv.path, { force: true });
    }
}


/***/ }),

/***/ 9279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildWithLocalCache: () => (/* binding */ buildWithLocalCache)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/cache/layers.ts
var cache_layers = __webpack_require__(6542);
// EXTERNAL MODULE: ./src/cache/local-entries.ts + 1 modules
var local_entries = __webpack_require__(7212);
// EXTERNAL MODULE: ./src/cache/prune.ts
var prune = __webpack_require__(4470);
;// CONCATENATED MODULE: ./src/cache/local-layer-cache.ts




const LOCAL_LAYERS = ['env'];
class LocalLayerCache {
    log;
    max;
    root;
    constructor(log, root, 
    /** The size cap the cache is pruned to after a save (least recently used first). */
    max) {
        this.log = log;
        this.max = max;
        this.root = root ?? (0,local_entries/* localCacheRoot */.iF)();
    }
    async restore(layer, spec) {
        if (!LOCAL_LAYERS.includes(layer) || spec.paths.length !== 1)
            return { hit: 'miss' };
        const r = await (0,local_entries/* restoreLocal */.Yp)(layer, spec.key, spec.paths[0], { root: this.root, restoreKeys: spec.restoreKeys, log: this.log });
        return { hit: r.hit, matchedKey: r.matchedKey };
    }
    /** Saves what the build filled, then prunes to the cap; a failure is a warning (the cache only speeds things up). */
    async save(records) {
        let saved = false;
        for (const r of records) {
            if (!LOCAL_LAYERS.includes(r.layer) || !(0,cache_layers/* wantsSave */.f1)(r) || r.spec.paths.length !== 1)
                continue;
            const s = await (0,local_entries/* saveLocal */.$_)(r.layer, r.spec.key, r.spec.paths[0], { root: this.root, log: this.log }).catch((e) => {
                this.log.warn(`local cache ${r.layer}: could not save ${r.spec.key} (${(0,errors/* errorMessage */.gJ)(e)})`);
                return undefined;
            });
            saved ||= Boolean(s?.saved);
        }
        const max = this.max;
        if (saved && max !== undefined)
            await (0,prune/* pruneAfterSave */.cY)(this.root, () => max, this.log);
    }
}

// EXTERNAL MODULE: ./src/pipeline/build.ts + 1 modules
var build = __webpack_require__(364);
;// CONCATENATED MODULE: ./src/pipeline/local-build.ts
// `swrt build` on a laptop or a self-hosted box: the build, with the local layer cache
// (~/.cache/swrt/env, capped) restored before and saved after when asked for.



/** `onBuilt` hears of the result as soon as the bundle is stored, before the env cache is filled. */
async function buildWithLocalCache(opts, useCache, onBuilt) {
    const cache = useCache ? new LocalLayerCache(opts.log, undefined, (0,prune/* cacheMax */.z7)()) : undefined;
    const r = await (0,build/* build */.jq)({ ...opts, cache });
    onBuilt(r);
    await cache?.save(r.layers);
    return r;
}


/***/ })

};
