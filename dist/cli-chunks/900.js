export const id = 900;
export const ids = [900,622,564];
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

/***/ 900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildImage: () => (/* binding */ buildImage)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/archive/extract.ts
var extract = __webpack_require__(8775);
// EXTERNAL MODULE: ./src/archive/inplace.ts
var inplace = __webpack_require__(7176);
// EXTERNAL MODULE: ./src/env/pack.ts
var pack = __webpack_require__(2638);
// EXTERNAL MODULE: ./src/toolchain/provision.ts + 4 modules
var provision = __webpack_require__(5494);
// EXTERNAL MODULE: ./src/toolchain/python.ts + 1 modules
var python = __webpack_require__(434);
// EXTERNAL MODULE: ./src/remote/http.ts
var http = __webpack_require__(4140);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(7895);
// EXTERNAL MODULE: ./src/util/cache-root.ts
var cache_root = __webpack_require__(2475);
// EXTERNAL MODULE: ./src/util/log.ts
var util_log = __webpack_require__(9906);
;// CONCATENATED MODULE: ./src/image/config.ts
// The new image's config and manifest from the base's and the appended layers (OCI image spec:
// config, manifest). Pure. The base's manifest family (OCI or Docker schema 2) is kept, so the
// base layers' media types stay valid in the new manifest.

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const FAMILY = {
    oci: { manifest: OCI_MANIFEST, config: 'application/vnd.oci.image.config.v1+json', layer: 'application/vnd.oci.image.layer.v1.tar+gzip' },
    docker: { manifest: DOCKER_MANIFEST, config: 'application/vnd.docker.container.image.v1+json', layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip' },
};
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDescriptor = (v) => isObj(v) && typeof v.mediaType === 'string' && typeof v.digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(v.digest) && Number.isSafeInteger(v.size) && v.size >= 0;
/** Parses a manifest or index a registry sent; anything malformed is one line. */
function parseManifest(bytes, mediaType, where) {
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new errors/* UserError */.yo(`${where}: the manifest is not JSON`);
    }
    if (!isObj(doc))
        throw new errors/* UserError */.yo(`${where}: the manifest is not a JSON object`);
    const type = typeof doc.mediaType === 'string' ? doc.mediaType : mediaType;
    if (type === OCI_INDEX || type === DOCKER_LIST || (Array.isArray(doc.manifests) && !doc.layers)) {
        if (!Array.isArray(doc.manifests) || !doc.manifests.every(isDescriptor))
            throw new errors/* UserError */.yo(`${where}: malformed image index`);
        return { index: doc.manifests };
    }
    if (!isDescriptor(doc.config) || !Array.isArray(doc.layers) || !doc.layers.every(isDescriptor))
        throw new errors/* UserError */.yo(`${where}: malformed image manifest (config and layers must be descriptors)`);
    return { manifest: { mediaType: type || OCI_MANIFEST, schemaVersion: 2, config: doc.config, layers: doc.layers } };
}
/** The index entry for linux/`arch`. */
function pickPlatform(index, arch, where) {
    const hit = index.find((d) => d.platform?.os === 'linux' && d.platform.architecture === arch);
    if (!hit)
        throw new errors/* UserError */.yo(`${where}: the base image has no linux/${arch} variant`, { hint: `it has: ${index.map((d) => `${d.platform?.os}/${d.platform?.architecture}`).join(', ') || 'none'}` });
    return hit;
}
/** The base config with our layers, env, labels and history appended. */
function composeConfig(baseConfig, layers, facts) {
    if (!isObj(baseConfig) || !isObj(baseConfig.rootfs) || !Array.isArray(baseConfig.rootfs.diff_ids))
        throw new errors/* UserError */.yo('the base image config has no rootfs.diff_ids');
    const cfg = isObj(baseConfig.config) ? { ...baseConfig.config } : {};
    const env = new Map();
    for (const e of Array.isArray(cfg.Env) ? cfg.Env : []) {
        if (typeof e !== 'string')
            continue;
        const i = e.indexOf('=');
        if (i > 0)
            env.set(e.slice(0, i), e.slice(i + 1));
    }
    const basePath = env.get('PATH') ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    env.set('PATH', [...facts.pathFirst, ...basePath.split(':').filter((p) => p && !facts.pathFirst.includes(p))].join(':'));
    for (const [k, v] of Object.entries(facts.env))
        env.set(k, v);
    const labels = {
        ...(isObj(cfg.Labels) ? cfg.Labels : {}),
        'org.opencontainers.image.title': facts.name,
        'org.opencontainers.image.version': facts.version,
        'org.opencontainers.image.base.name': facts.baseName,
        'org.opencontainers.image.base.digest': facts.baseDigest,
        starwhale_runtime_name: facts.name,
        starwhale_runtime_version: facts.version,
    };
    if (facts.revision)
        labels['org.opencontainers.image.revision'] = facts.revision;
    const history = Array.isArray(baseConfig.history) ? [...baseConfig.history] : [];
    for (const l of layers)
        history.push({ created: facts.created, created_by: l.createdBy });
    return {
        ...baseConfig,
        created: facts.created,
        config: { ...cfg, Env: [...env].map(([k, v]) => `${k}=${v}`), Labels: labels, WorkingDir: facts.workdir },
        rootfs: { type: 'layers', diff_ids: [...baseConfig.rootfs.diff_ids, ...layers.map((l) => l.diffId)] },
        history,
    };
}
function composeManifest(base, config, layers, annotations) {
    const fam = base.mediaType === DOCKER_MANIFEST ? FAMILY.docker : FAMILY.oci;
    const doc = {
        schemaVersion: 2,
        mediaType: fam.manifest,
        config: { mediaType: fam.config, digest: config.digest, size: config.size },
        layers: [...base.layers, ...layers.map((l) => ({ mediaType: fam.layer, digest: l.digest, size: l.size }))],
    };
    if (fam === FAMILY.oci)
        doc.annotations = annotations;
    return { mediaType: fam.manifest, bytes: Buffer.from(JSON.stringify(doc), 'utf8') };
}

// EXTERNAL MODULE: ./src/image/content.ts
var content = __webpack_require__(5524);
// EXTERNAL MODULE: ./src/image/dockerfile.ts
var dockerfile = __webpack_require__(2179);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/archive/parallel-gzip.ts
var parallel_gzip = __webpack_require__(3444);
// EXTERNAL MODULE: ./src/archive/tar.ts
var tar = __webpack_require__(9661);
// EXTERNAL MODULE: ./src/util/tmp.ts
var util_tmp = __webpack_require__(5297);
;// CONCATENATED MODULE: ./src/image/layer.ts
// Byte-reproducible image layers: a tar of the entries in the order given (the callers sort them),
// every mtime 0 and owner 0:0 (archive/tar.ts), gzip members with no name or time in their headers;
// the blob lands in a content-addressed directory under its sha256, whole or not at all.








const blobPath = (dir, digest) => (0,external_node_path_.join)(dir, digest.replace(':', '/'));
/** Moves `tmp` into `dir` as the blob named by its digest (kept when already there). */
function settle(dir, tmp, digest) {
    const path = blobPath(dir, digest);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, 'sha256'), { recursive: true });
    if ((0,external_node_fs_.existsSync)(path))
        (0,external_node_fs_.rmSync)(tmp, { force: true });
    else
        (0,external_node_fs_.renameSync)(tmp, path);
    return path;
}
/** Hashes and counts what is written through it and hands it on to `next`, keeping its backpressure; ends when `next` has finished. */
class HashingWriter extends external_node_stream_.Writable {
    hash;
    count;
    next;
    constructor(hash, count, next) {
        super();
        this.hash = hash;
        this.count = count;
        this.next = next;
        next.on('error', (e) => this.destroy(e));
    }
    _write(chunk, _enc, cb) {
        this.hash.update(chunk);
        this.count.n += chunk.length;
        if (this.next.write(chunk))
            cb();
        else
            this.next.once('drain', () => cb());
    }
    _final(cb) {
        this.next.end();
        (0,promises_.finished)(this.next).then(() => cb(), cb);
    }
    _destroy(err, cb) {
        if (!this.next.destroyed)
            this.next.destroy(err ?? undefined);
        cb(err);
    }
}
/**
 * The tar streams straight into gzip (no temp tar), level 6, as parallel gzip members of a fixed
 * size (archive/parallel-gzip.ts): the same bytes on any number of cores, and a gzip stream every
 * registry client reads (Go's gzip, pigz and zlib read concatenated members as one).
 */
async function writeLayer(entries, blobDir) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(blobDir, 'sha256'), { recursive: true });
    const gz = (0,util_tmp/* tmpName */.BI)((0,external_node_path_.join)(blobDir, 'layer.tar.gz'));
    try {
        const diff = (0,external_node_crypto_.createHash)('sha256');
        const blob = (0,external_node_crypto_.createHash)('sha256');
        const packed = { n: 0 };
        const out = new HashingWriter(blob, packed, (0,external_node_fs_.createWriteStream)(gz));
        await (0,tar/* writeTarTo */.Y)(new HashingWriter(diff, { n: 0 }, new parallel_gzip/* ParallelGzip */.mX(out, { level: 6 })), entries, 0);
        const digest = `sha256:${blob.digest('hex')}`;
        return { digest, diffId: `sha256:${diff.digest('hex')}`, size: packed.n, path: settle(blobDir, gz, digest) };
    }
    finally {
        (0,external_node_fs_.rmSync)(gz, { force: true });
    }
}
/** A JSON document (config, manifest) as a blob. */
function jsonBlob(value) {
    return bytesBlob(Buffer.from(JSON.stringify(value), 'utf8'));
}
function bytesBlob(bytes) {
    return { bytes, digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`, size: bytes.length };
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/cache/local-entries.ts + 1 modules
var local_entries = __webpack_require__(7212);
// EXTERNAL MODULE: ./src/spec/tree.ts
var tree = __webpack_require__(2315);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(5138);
;// CONCATENATED MODULE: ./src/image/layer-cache.ts
// Built layers kept between runs in the local cache (its `image-layer` entries, under the same cap,
// `swrt cache info` and `prune` as the envs), keyed by a digest of everything a layer holds: each
// entry's path, type, mode, link target and content. Hashing the files is many times faster than
// compressing them, so a second `swrt image` of an unchanged runtime reuses its blobs instead of
// building them again. A hit is copied out of the cache (reading only a regular file, never through
// a link) and used only when the copy has the size and sha256 its record names; anything else is a
// miss, the entry is dropped, and the layer is built as if there were no cache.









/** Changes whenever the same entries would give other bytes (the tar writer, the gzip settings). */
const LAYER_FORMAT = 'swrt-image-layer/2 tar-mtime0-owner0 gzip6-members-1MiB';
const RECORD = 'layer.json';
const BLOB = 'layer.tar.gz';
const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;
const MAX_RECORD_BYTES = 4096;
/** The sha256 of a source file, read as the tar writer will read it: the file the walk saw, not a link or another file swapped in since. */
function contentDigest(e) {
    if (e.data)
        return (0,hash/* sha256 */.sc)(e.data);
    if (!e.source)
        return '';
    const h = (0,external_node_crypto_.createHash)('sha256');
    (0,tree/* streamRegular */.DS)(e.source, (c) => h.update(c), { expect: e.expect && { ...e.expect, size: e.size } });
    return h.digest('hex');
}
/** What the layer's tar would hold, as one sha256: equal fingerprints give byte-equal layers. */
function layerFingerprint(entries) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(LAYER_FORMAT);
    for (const e of entries) {
        h.update(`\n${JSON.stringify([e.path, e.type, e.mode, e.linkname ?? '', e.type === 'file' ? contentDigest(e) : ''])}`);
    }
    return h.digest('hex');
}
/** The record's three fields, and nothing else it may carry; undefined unless it is a small regular file of them. */
function readRecord(dir) {
    try {
        const r = JSON.parse((0,tree/* readRegular */.VX)((0,external_node_path_.join)(dir, RECORD), { max: MAX_RECORD_BYTES }).toString('utf8'));
        const { digest, diffId, size } = r ?? {};
        if (typeof digest === 'string' && DIGEST_RE.test(digest) && typeof diffId === 'string' && DIGEST_RE.test(diffId) && typeof size === 'number' && Number.isSafeInteger(size))
            return { digest, diffId, size };
    }
    catch {
        /* a link, a FIFO, too large, not JSON: a miss */
    }
    return undefined;
}
/**
 * The cached blob in `dir` copied to `out` (a file of this build's own: the entry is a hard link
 * that anything writing the cache could change after the check), used when the copy's size and
 * sha256 are the record's. The record's diffId is not checked by unpacking the blob (that doubled a
 * cached build's time): the record is written with the blob, and the same check holds for both
 * against a damaged or edited entry. Whoever can write the cache can forge a consistent entry
 * anyway; the cache is as trusted as the user's home it lives in.
 */
function verifiedHit(dir, out) {
    const rec = readRecord(dir);
    if (!rec)
        return undefined;
    const blob = (0,external_node_crypto_.createHash)('sha256');
    const fd = (0,external_node_fs_.openSync)(out, 'wx');
    try {
        // A regular file of at most the recorded size, never through a link or blocking on a FIFO.
        (0,tree/* streamRegular */.DS)((0,external_node_path_.join)(dir, BLOB), (c) => {
            blob.update(c);
            for (let at = 0; at < c.length;)
                at += (0,external_node_fs_.writeSync)(fd, c, at);
        }, { max: rec.size });
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    if ((0,external_node_fs_.statSync)(out).size !== rec.size || `sha256:${blob.digest('hex')}` !== rec.digest)
        return undefined;
    return { digest: rec.digest, diffId: rec.diffId, size: rec.size, path: out };
}
/** The layer for `entries`: from the local cache when an entry for the same content is there and checks out, else built (and then kept). */
async function cachedLayer(entries, blobDir, opts) {
    if (!opts.root)
        return { ...(await writeLayer(entries, blobDir)), cached: false, saved: false };
    const key = `image-layer-${layerFingerprint(entries)}`;
    const here = (0,external_node_path_.join)(opts.work, 'layer-cache', key);
    const hit = await reuse(key, here, opts).catch(() => undefined);
    if (hit)
        return { ...hit, cached: true, saved: false };
    const layer = await writeLayer(entries, blobDir);
    // A source rewritten in place (same size) between the fingerprint and the tar would file this
    // blob under the other content's key: keep it only if the sources still hash the same.
    if (`image-layer-${layerFingerprint(entries)}` !== key) {
        opts.log.warn(`local cache image-layer: the layer's files changed while it was built; not keeping it`);
        return { ...layer, cached: false, saved: false };
    }
    const saved = await keep(layer, key, here, opts).catch((e) => {
        opts.log.warn(`local cache image-layer: could not save ${key} (${(0,errors/* errorMessage */.gJ)(e)})`);
        return false;
    });
    return { ...layer, cached: false, saved };
}
async function reuse(key, here, opts) {
    const restored = await (0,local_entries/* restoreLocal */.Yp)('image-layer', key, here, { root: opts.root });
    if (restored.hit !== 'exact')
        return undefined;
    let hit;
    try {
        hit = verifiedHit(here, `${here}.tar.gz`);
    }
    catch {
        /* not a regular file, or larger than recorded: a miss */
    }
    (0,external_node_fs_.rmSync)(here, { recursive: true, force: true });
    if (!hit) {
        (0,external_node_fs_.rmSync)(`${here}.tar.gz`, { force: true });
        opts.log.warn(`local cache image-layer: discarding ${key}: its blob is not what its record says; building the layer again`);
        await (0,local_entries/* dropEntry */.sT)(opts.root, 'image-layer', key);
    }
    return hit;
}
async function keep(layer, key, here, opts) {
    (0,external_node_fs_.rmSync)(here, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(here, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(here, RECORD), `${JSON.stringify({ digest: layer.digest, diffId: layer.diffId, size: layer.size })}\n`);
    // A hard link when the cache and the scratch dir share a filesystem (saveLocal links it onwards), else a copy.
    await (0,external_node_fs_promises_.link)(layer.path, (0,external_node_path_.join)(here, BLOB)).catch(() => (0,external_node_fs_promises_.copyFile)(layer.path, (0,external_node_path_.join)(here, BLOB)));
    return (await (0,local_entries/* saveLocal */.$_)('image-layer', key, here, { root: opts.root, log: opts.log })).saved;
}

// EXTERNAL MODULE: ./src/cache/prune.ts
var prune = __webpack_require__(4470);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/image/reference.ts
var reference = __webpack_require__(3564);
;// CONCATENATED MODULE: ./src/image/docker-archive.ts
// Writes an image as a `docker save` archive (what `docker load` and skopeo's docker-archive:
// read): manifest.json naming the config and the layer tars, the config as <hex>.json, each layer
// uncompressed as <diff id hex>/layer.tar, and `repositories` when a reference is given. A layer is
// unpacked from its gzip blob and checked against the config's diff id before it goes in. The
// archive is written under a temp name and renamed: a failed write leaves no FILE.










/** Docker's own spelling of a reference: docker.io for Docker Hub. */
function dockerName(ref) {
    const registry = ref.registry === reference/* DOCKER_HUB */.Xb ? 'docker.io' : ref.registry;
    return `${registry}/${ref.repository}:${ref.tag ?? 'latest'}`;
}
async function gunzipChecked(from, to, diffId) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            done(null, chunk);
        },
    });
    try {
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(from), (0,external_node_zlib_.createGunzip)(), tap, (0,external_node_fs_.createWriteStream)(to, { flags: 'wx' }));
    }
    catch (e) {
        throw new errors/* UserError */.yo(`a layer of the image is not a readable gzip tar: ${e.message}`);
    }
    if (`sha256:${hash.digest('hex')}` !== diffId)
        throw new errors/* UserError */.yo(`a layer of the image does not match its diff id ${diffId}`, { hint: 'the base image or its registry is not to be trusted' });
}
/** A docker-archive FILE that is a directory is refused before any work. */
function refuseDirectory(file) {
    if ((0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.isDirectory())
        throw new errors/* UserError */.yo(`${file} is a directory`, { hint: 'use docker-archive:FILE with a file name' });
}
async function writeDockerArchive(file, opts) {
    const out = (0,external_node_path_.resolve)(file);
    refuseDirectory(file);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(out), { recursive: true });
    const configName = `${opts.config.digest.slice(7)}.json`;
    const entries = [{ path: configName, type: 'file', mode: 0o644, data: opts.config.bytes }];
    const layerNames = [];
    const seen = new Set();
    const unpacked = (0,external_node_path_.join)(opts.work, 'docker-archive');
    (0,external_node_fs_.mkdirSync)(unpacked, { recursive: true });
    for (const l of opts.layers) {
        const hex = l.diffId.slice(7);
        const name = `${hex}/layer.tar`;
        layerNames.push(name);
        // The same layer twice in one image is one file.
        if (seen.has(hex))
            continue;
        seen.add(hex);
        const tar = (0,external_node_path_.join)(unpacked, `${hex}.tar`);
        await gunzipChecked(l.path, tar, l.diffId);
        entries.push({ path: hex, type: 'dir', mode: 0o755 }, { path: name, type: 'file', mode: 0o644, source: tar, size: (0,external_node_fs_.statSync)(tar).size });
    }
    const tags = opts.refs.length ? opts.refs.map(dockerName) : null;
    const manifest = [{ Config: configName, RepoTags: tags, Layers: layerNames }];
    entries.push({ path: 'manifest.json', type: 'file', mode: 0o644, data: Buffer.from(JSON.stringify(manifest)) });
    if (tags) {
        const top = layerNames[layerNames.length - 1]?.split('/')[0] ?? '';
        const repositories = {};
        for (const name of tags) {
            const colon = name.lastIndexOf(':');
            (repositories[name.slice(0, colon)] ??= {})[name.slice(colon + 1)] = top;
        }
        entries.push({ path: 'repositories', type: 'file', mode: 0o644, data: Buffer.from(JSON.stringify(repositories)) });
    }
    const tmp = (0,util_tmp/* tmpName */.BI)(out);
    try {
        await (0,tar/* writeTar */.F)(tmp, entries, 0);
        (0,external_node_fs_.renameSync)(tmp, out);
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
    }
}

// EXTERNAL MODULE: ./src/env/installer.ts
var installer = __webpack_require__(143);
// EXTERNAL MODULE: ./src/env/launcher.ts
var launcher = __webpack_require__(5371);
// EXTERNAL MODULE: ./src/plan/pip-options.ts
var pip_options = __webpack_require__(9281);
// EXTERNAL MODULE: ./src/toolchain/uv.ts + 1 modules
var toolchain_uv = __webpack_require__(2238);
// EXTERNAL MODULE: ./src/image/extras.ts
var image_extras = __webpack_require__(6622);
;// CONCATENATED MODULE: ./src/image/jupyter.ts
// `swrt image --with jupyter`: JupyterLab installed into the image's copy of the packed env (the
// bundle's own env is untouched), from the runtime's package index as restore would use it, so the
// image serves as a notebook runtime (Gradient). Scripts the install writes name the staging
// directory; they get the packed env's relocatable launcher, which runs the env's python wherever
// the env lies.








/** Installs the extras' packages into the staged env with uv, from the runtime's index. */
async function installExtras(extras, staging, python, manifest, log, env) {
    if (!extras.length)
        return;
    const p = manifest.configs?.pip;
    const pip = (0,pip_options/* resolvePipOptions */.qV)({ index_url: p?.index_url ?? '', extra_index_url: p?.extra_index_url ?? [], trusted_host: p?.trusted_host ?? [] }, env);
    const toolDir = env.RUNNER_TOOL_CACHE || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache', 'swrt', 'tools');
    const uv = await (0,toolchain_uv/* ensureUv */.aW)('', { log, python, toolDir, pip, env });
    const packages = extras.flatMap((e) => image_extras/* EXTRAS */.C[e]);
    await log.group(`Add ${packages.join(', ')} to the image's env`, () => new installer/* UvInstaller */.Ct(log, uv.path, undefined, env).install(staging, packages, pip, staging));
    const bin = (0,external_node_path_.join)(staging, 'bin');
    for (const name of (0,external_node_fs_.readdirSync)(bin)) {
        const file = (0,external_node_path_.join)(bin, name);
        const st = (0,external_node_fs_.lstatSync)(file);
        if (!st.isFile() || st.size > 1 << 20)
            continue;
        const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        const moved = (0,launcher/* relocatableScript */.ew)(text, staging);
        if (moved !== undefined)
            (0,external_node_fs_.writeFileSync)(file, moved);
    }
}

;// CONCATENATED MODULE: ./src/image/multiarch.ts
// One tag, several platforms: pushing a linux/arm64 image to a tag that holds a linux/amd64 one
// (a single-arch manifest or an index) puts an image index naming both, the pushed image replacing
// any entry of its own platform (OCI image spec: image index). The registry's current manifest
// at the tag is input: parsed with the same checks as a base image's, its config size-capped.


const samePlatform = (a, b) => a.os === b.os && a.architecture === b.architecture && (a.variant ?? '') === (b.variant ?? '');
const platformKey = (p) => `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
/** The platform an image config records (linux/amd64 when it records none). */
function configPlatform(config) {
    const c = (typeof config === 'object' && config !== null ? config : {});
    const str = (v) => (typeof v === 'string' && /^[a-z0-9_.-]{1,32}$/.test(v) ? v : undefined);
    const variant = str(c.variant);
    return { os: str(c.os) ?? 'linux', architecture: str(c.architecture) ?? 'amd64', ...(variant ? { variant } : {}) };
}
/** The index entries with `ours` in place of any entry of its platform, in a stable order. */
function mergeIndex(entries, ours) {
    const kept = entries.filter((d) => !d.platform || !samePlatform(d.platform, ours.platform));
    return [...kept, ours].sort((a, b) => platformKey((a.platform ?? { os: '', architecture: '' })).localeCompare(platformKey((b.platform ?? { os: '', architecture: '' }))));
}
function indexDocument(entries, ourType) {
    const mediaType = ourType === DOCKER_MANIFEST ? DOCKER_LIST : OCI_INDEX;
    return { mediaType, bytes: Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType, manifests: entries }), 'utf8') };
}
/**
 * Puts our manifest (already pushed by digest when an index is needed) under `tag`, keeping the
 * other platforms the tag held. Our manifest must be in the registry by digest before the index.
 */
async function tagForPlatform(reg, repo, tag, ours) {
    const where = `${reg.host}/${repo}:${tag}`;
    const current = await reg.manifestIfAny(repo, tag, `repository:${repo}:pull,push`);
    let others = [];
    if (current && current.digest !== ours.digest) {
        const parsed = parseManifest(current.bytes, current.mediaType, where);
        if ('index' in parsed)
            others = parsed.index;
        else {
            let config;
            try {
                config = JSON.parse((await reg.blobBytes(repo, parsed.manifest.config)).toString('utf8'));
            }
            catch (e) {
                if (e instanceof errors/* UserError */.yo)
                    throw e;
                throw new errors/* UserError */.yo(`${where}: the image the tag holds has a config that is not JSON`);
            }
            const platform = configPlatform(config);
            if (!samePlatform(platform, ours.platform))
                others = [{ mediaType: parsed.manifest.mediaType ?? current.mediaType, digest: current.digest, size: current.bytes.length, platform }];
        }
    }
    const entry = { mediaType: ours.mediaType, digest: ours.digest, size: ours.size, platform: ours.platform };
    const merged = mergeIndex(others, entry);
    if (merged.length === 1) {
        await reg.putManifest(repo, tag, ours.bytes, ours.mediaType);
        return { digest: ours.digest, index: false, platforms: [platformKey(ours.platform)] };
    }
    await reg.putManifest(repo, ours.digest, ours.bytes, ours.mediaType);
    const index = indexDocument(merged, ours.mediaType);
    const digest = await reg.putManifest(repo, tag, index.bytes, index.mediaType);
    return { digest, index: true, platforms: merged.map((d) => platformKey((d.platform ?? { os: '?', architecture: '?' }))) };
}

;// CONCATENATED MODULE: ./src/image/oci-layout.ts
// Writes an image into an OCI image layout directory (OCI image spec: image layout): blobs under
// blobs/sha256, the manifest named in index.json by org.opencontainers.image.ref.name. A directory
// that holds another layout keeps its other images; index.json is replaced whole (temp + rename).






function writeLayout(dir, tag, blobs, manifest) {
    const isLayout = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'oci-layout'));
    if ((0,external_node_fs_.existsSync)(dir) && !isLayout && (0,external_node_fs_.readdirSync)(dir).length)
        throw new errors/* UserError */.yo(`${dir} is not empty and not an OCI layout`, { hint: 'choose a new or empty directory for --to oci:DIR' });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, 'blobs', 'sha256'), { recursive: true });
    for (const b of blobs) {
        const to = blobPath((0,external_node_path_.join)(dir, 'blobs'), b.digest);
        if ((0,external_node_fs_.existsSync)(to))
            continue;
        const tmp = (0,util_tmp/* tmpName */.BI)(to);
        try {
            if (b.bytes)
                (0,external_node_fs_.writeFileSync)(tmp, b.bytes);
            else
                (0,external_node_fs_.copyFileSync)(b.path, tmp);
            (0,external_node_fs_.renameSync)(tmp, to);
        }
        finally {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
        }
    }
    let index = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
    if (isLayout && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'index.json'))) {
        try {
            const old = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'index.json'), 'utf8'));
            if (Array.isArray(old.manifests))
                index = { ...old, manifests: old.manifests };
        }
        catch {
            throw new errors/* UserError */.yo(`${dir}/index.json is not JSON`, { hint: 'choose a new directory for --to oci:DIR' });
        }
    }
    const refName = 'org.opencontainers.image.ref.name';
    index.manifests = index.manifests.filter((m) => m.annotations?.[refName] !== tag);
    index.manifests.push({ ...manifest, annotations: { [refName]: tag } });
    const write = (name, text) => {
        const tmp = (0,util_tmp/* tmpName */.BI)((0,external_node_path_.join)(dir, name));
        try {
            (0,external_node_fs_.writeFileSync)(tmp, text);
            (0,external_node_fs_.renameSync)(tmp, (0,external_node_path_.join)(dir, name));
        }
        finally {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
        }
    };
    write('oci-layout', JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    write('index.json', JSON.stringify(index));
}

;// CONCATENATED MODULE: ./src/image/tags.ts
// Matrix-ready tags: one per build leg, `<version>-py<X.Y>[-cu<X.Y>]`, so the legs of a
// python/CUDA matrix push side by side under the runtime's version. Pure.


/** CUDA X.Y from the manifest's builtin run image (`cuda` image, tag `11.4-cudnn8-base0.3.4`). */
function manifestCuda(manifest) {
    const img = manifest.docker?.builtin_run_image;
    if (img?.name !== 'cuda' || typeof img.tag !== 'string')
        return undefined;
    return /^(\d+)(?:\.(\d+))?/.exec(img.tag)?.slice(1).filter(Boolean).join('.');
}
function legTag(version, python, cuda) {
    const minor = python.split('.').slice(0, 2).join('.');
    const tag = `${version}-py${minor}${cuda ? `-cu${cuda}` : ''}`;
    if (!reference/* TAG_RULE */.Kx.test(tag))
        throw new errors/* UserError */.yo(`the leg tag ${JSON.stringify(tag.slice(0, 140))} is not a valid image tag`, { hint: 'a leg tag is <version>-py<X.Y>[-cu<X.Y>], at most 128 letters, digits, _ . -' });
    return tag;
}

;// CONCATENATED MODULE: ./src/image/registry.ts
// A client for an OCI distribution registry (docs/images.md: Registry protocol): manifests and blobs
// read, blobs pushed (HEAD first, cross-repository mount, chunked PATCH uploads, the whole blob
// retried on a broken upload), manifests put last. Auth: anonymous, Basic, or the Bearer token flow
// (WWW-Authenticate realm/service/scope). Every reply is input: sizes capped, digests verified,
// redirects and token realms confined to https (http only for a loopback host or --plain-http).











const MANIFEST_TYPES = [
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
];
const MANIFEST_MAX = 4 << 20;
const CONFIG_MAX = 16 << 20;
const isLoopback = (host) => /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/i.test(host);
class Registry {
    host;
    opts;
    base;
    tokens = new Map();
    basicOk = false;
    stats = { uploaded: 0, uploadedBytes: 0, present: 0, mounted: 0 };
    constructor(host, opts) {
        this.host = host;
        this.opts = opts;
        this.base = `${isLoopback(host) || (opts.plainHttp && opts.insecure) ? 'http' : 'https'}://${host}`;
        (0,util_log/* registerSecret */.cl)(opts.credentials?.password);
    }
    get retry() {
        return this.opts.retry ?? http/* DEFAULT_RETRY */.vI;
    }
    /** A URL a reply names (Location, realm): absolute or relative to the registry; https, or http where allowed. */
    followable(raw, what) {
        let u;
        try {
            u = new URL(raw, this.base);
        }
        catch {
            throw new errors/* UserError */.yo(`${this.host}: the registry's ${what} ${JSON.stringify(raw.slice(0, 200))} is not a URL`);
        }
        const ok = u.protocol === 'https:' || (u.protocol === 'http:' && (isLoopback(u.host) || (this.opts.insecure && this.opts.plainHttp) || u.origin === new URL(this.base).origin));
        if (!ok)
            throw new errors/* UserError */.yo(`${this.host}: refusing the registry's ${what} ${u.origin}: not https`, { hint: 'a registry must not send credentials or uploads over plain http; pass --insecure --plain-http only for a registry you trust' });
        return u.toString();
    }
    authHeader(scope) {
        const token = this.tokens.get(scope);
        if (token)
            return { Authorization: `Bearer ${token}` };
        const c = this.opts.credentials;
        if (this.basicOk && c?.username !== undefined)
            return { Authorization: `Basic ${Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64')}` };
        return {};
    }
    /** Answers a 401: Basic credentials, or a token from the challenge's realm. False when nothing more can be tried. */
    async authenticate(res, scope) {
        const challenge = String(res.headers['www-authenticate'] ?? '');
        const c = this.opts.credentials;
        if (/^basic\b/i.test(challenge)) {
            if (this.basicOk || c?.username === undefined)
                return false;
            this.basicOk = true;
            return true;
        }
        if (!/^bearer\b/i.test(challenge) || this.tokens.has(scope))
            return false;
        const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));
        if (!params.realm)
            throw new errors/* UserError */.yo(`${this.host}: the registry asks for a token but names no realm`);
        const url = new URL(this.followable(params.realm, 'token realm'));
        if (params.service)
            url.searchParams.set('service', params.service);
        for (const s of new Set([params.scope ?? '', ...scope.split(' ')].filter(Boolean)))
            url.searchParams.append('scope', s);
        const headers = {};
        if (c?.username !== undefined)
            headers.Authorization = `Basic ${Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64')}`;
        const r = await (0,http/* sendWithRetry */.lx)({ method: 'GET', url: url.toString(), headers, insecure: this.opts.insecure, timeoutMs: this.opts.timeoutMs }, this.retry, this.opts.log);
        if (r.status === 401 || r.status === 403)
            throw new errors/* UserError */.yo(`${this.host}: the token service refused the credentials (HTTP ${r.status})`, { hint: 'check the registry user and token (image-registry-token)' });
        if (r.status !== 200)
            throw new errors/* UserError */.yo(`${this.host}: the token service answered HTTP ${r.status}`);
        let token;
        try {
            const j = JSON.parse(r.text);
            token = j.token ?? j.access_token;
        }
        catch {
            // reported below
        }
        if (typeof token !== 'string' || !token || !/^[\x21-\x7e]+$/.test(token))
            throw new errors/* UserError */.yo(`${this.host}: the token service's reply holds no token`);
        (0,util_log/* registerSecret */.cl)(token);
        this.tokens.set(scope, token);
        return true;
    }
    /** One call with auth: a 401 is answered once per scheme, then reported. */
    async call(call, scope, keep, retry = this.retry) {
        for (let round = 0;; round++) {
            // Credentials go to the registry's own host only, never to an upload location or redirect elsewhere.
            const auth = new URL(call.url).host === this.host ? this.authHeader(scope) : {};
            const r = await (0,http/* sendWithRetry */.lx)({ ...call, headers: { ...call.headers, ...auth }, insecure: this.opts.insecure, timeoutMs: this.opts.timeoutMs }, retry, this.opts.log, keep);
            if (r.status !== 401 || round >= 2 || !(await this.authenticate(r, scope))) {
                if (r.status === 401)
                    throw new errors/* UserError */.yo(`${this.host}: unauthorized (HTTP 401) for ${call.method} ${new URL(call.url).pathname}`, { hint: 'give registry credentials: SWRT_REGISTRY_USERNAME and SWRT_REGISTRY_PASSWORD, or the image-registry-token input' });
                return r;
            }
        }
    }
    url(repo, rest) {
        return `${this.base}/v2/${repo}/${rest}`;
    }
    async manifest(repo, ref) {
        const got = await this.manifestIfAny(repo, ref, `repository:${repo}:pull`);
        if (!got)
            throw new errors/* UserError */.yo(`${this.host}/${repo}:${ref}: no such image (HTTP 404)`, { hint: 'check the base image name (--base) and that the registry has it' });
        return got;
    }
    /** The manifest or index a tag or digest names, or undefined when the registry has none (404). */
    async manifestIfAny(repo, ref, scope = `repository:${repo}:pull`) {
        const r = await this.call({ method: 'GET', url: this.url(repo, `manifests/${ref}`), headers: { Accept: MANIFEST_TYPES.join(', ') } }, scope, () => true);
        if (r.status === 404) {
            r.res?.resume();
            return undefined;
        }
        if (r.status !== 200 || !r.res)
            throw new errors/* UserError */.yo(`${this.host}/${repo}:${ref}: the registry answered HTTP ${r.status} for the manifest`);
        const bytes = Buffer.from(await (0,http/* readText */.yR)(r.res, r.status.toString(), MANIFEST_MAX).catch((e) => {
            throw new errors/* UserError */.yo(`${this.host}/${repo}:${ref}: cannot read the manifest: ${e.message}`);
        }), 'utf8');
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        if (reference/* DIGEST_RULE */.M$.test(ref) && ref !== digest)
            throw new errors/* UserError */.yo(`${this.host}/${repo}@${ref}: the registry sent a manifest with digest ${digest}`, { hint: 'the registry or something between is not to be trusted' });
        const mediaType = String(r.res.headers['content-type'] ?? '').split(';')[0].trim();
        return { mediaType, bytes, digest };
    }
    /** A small blob (a config) read whole, size-capped, its digest verified. */
    async blobBytes(repo, blob, max = CONFIG_MAX) {
        if (blob.size > max)
            throw new errors/* UserError */.yo(`${this.host}/${repo}: blob ${blob.digest} is over ${max} bytes`);
        const tmp = (0,util_tmp/* tmpName */.BI)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'swrt-blob'));
        try {
            await this.fetchBlob(repo, blob, tmp);
            return (0,external_node_fs_.readFileSync)(tmp);
        }
        finally {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
        }
    }
    /**
     * Streams a blob into `file` (temp + rename), following a redirect to its storage; the digest must
     * match. Reading stops at the descriptor's size: a longer body would only be found out at the end.
     */
    async fetchBlob(repo, blob, file) {
        const { digest, size: max } = blob;
        let url = this.url(repo, `blobs/${digest}`);
        for (let hop = 0; hop < 4; hop++) {
            const sameHost = new URL(url).host === this.host;
            const call = { method: 'GET', url };
            const r = sameHost ? await this.call(call, `repository:${repo}:pull`, () => true) : await (0,http/* sendWithRetry */.lx)({ ...call, insecure: this.opts.insecure, timeoutMs: this.opts.timeoutMs }, this.retry, this.opts.log, () => true);
            if ([301, 302, 303, 307, 308].includes(r.status) && r.headers.location) {
                url = this.followable(String(r.headers.location), 'blob redirect');
                continue;
            }
            if (r.status !== 200 || !r.res)
                throw new errors/* UserError */.yo(`${this.host}/${repo}: blob ${digest}: HTTP ${r.status}`);
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let size = 0;
            const tmp = (0,util_tmp/* tmpName */.BI)(file);
            try {
                await (0,promises_.pipeline)(r.res, new external_node_stream_.Transform({
                    transform(chunk, _e, done) {
                        size += chunk.length;
                        if (size > max)
                            return done(new errors/* UserError */.yo(`${repo}: blob ${digest} is over ${max} bytes`));
                        hash.update(chunk);
                        done(null, chunk);
                    },
                }), (0,external_node_fs_.createWriteStream)(tmp));
                if (`sha256:${hash.digest('hex')}` !== digest)
                    throw new errors/* UserError */.yo(`${this.host}/${repo}: blob ${digest} arrived with other content`, { hint: 'the registry or something between is not to be trusted' });
                (0,external_node_fs_.renameSync)(tmp, file);
            }
            catch (e) {
                if (e instanceof errors/* UserError */.yo)
                    throw e;
                throw new errors/* UserError */.yo(`${this.host}/${repo}: blob ${digest}: ${e instanceof http/* ConnectionError */.Rc ? e.message : e.message}`);
            }
            finally {
                (0,external_node_fs_.rmSync)(tmp, { force: true });
            }
            return;
        }
        throw new errors/* UserError */.yo(`${this.host}/${repo}: blob ${digest}: too many redirects`);
    }
    async hasBlob(repo, digest) {
        const r = await this.call({ method: 'HEAD', url: this.url(repo, `blobs/${digest}`) }, `repository:${repo}:pull,push`);
        if (r.status === 200)
            return true;
        if (r.status === 404)
            return false;
        throw new errors/* UserError */.yo(`${this.host}/${repo}: HEAD blob ${digest}: HTTP ${r.status}`);
    }
    /**
     * Makes the blob present in `repo`: skipped when it is there, mounted from `from` (a repository on
     * the same registry that has it), else uploaded from `path` in chunks. A broken upload starts over
     * with a new session, up to the retry policy's attempts.
     */
    async pushBlob(repo, blob, from) {
        if (await this.hasBlob(repo, blob.digest)) {
            this.stats.present++;
            return;
        }
        let start;
        if (from && from !== repo) {
            const r = await this.call({ method: 'POST', url: this.url(repo, `blobs/uploads/?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(from)}`), body: emptyBody }, `repository:${repo}:pull,push repository:${from}:pull`);
            if (r.status === 201) {
                this.stats.mounted++;
                return;
            }
            if (r.status === 202 && r.headers.location)
                start = String(r.headers.location);
        }
        if (!blob.path && !blob.bytes)
            throw new errors/* UserError */.yo(`${this.host}/${repo}: blob ${blob.digest} is neither in the registry nor here to upload`);
        for (let attempt = 1;; attempt++) {
            try {
                await this.upload(repo, blob, start);
                this.stats.uploaded++;
                this.stats.uploadedBytes += blob.size;
                return;
            }
            catch (e) {
                start = undefined;
                if (e instanceof errors/* UserError */.yo || attempt >= this.retry.attempts)
                    throw e instanceof errors/* UserError */.yo ? e : new errors/* UserError */.yo(`${this.host}/${repo}: uploading ${blob.digest} failed after ${attempt} attempts: ${e.message}`);
                const delay = (0,http/* backoff */.JN)(this.retry, attempt);
                this.opts.log.warn(`upload of ${blob.digest.slice(0, 19)} broke (${e.message}); starting it again in ${(delay / 1000).toFixed(1)}s (attempt ${attempt + 1} of ${this.retry.attempts})`);
                await (0,http/* sleep */.yy)(delay);
            }
        }
    }
    async upload(repo, blob, start) {
        const scope = `repository:${repo}:pull,push`;
        let location = start;
        if (!location) {
            const r = await this.call({ method: 'POST', url: this.url(repo, 'blobs/uploads/'), body: emptyBody }, scope);
            if (r.status !== 202 || !r.headers.location)
                throw new errors/* UserError */.yo(`${this.host}/${repo}: starting an upload: HTTP ${r.status}`);
            location = String(r.headers.location);
        }
        const chunk = this.opts.chunkSize ?? 16 << 20;
        for (let offset = 0; offset < blob.size; offset += chunk) {
            const end = Math.min(blob.size, offset + chunk);
            const url = this.followable(location, 'upload location');
            const body = () => ({
                stream: blob.bytes ? ReadableFrom(blob.bytes.subarray(offset, end)) : (0,external_node_fs_.createReadStream)(blob.path, { start: offset, end: end - 1 }),
                length: end - offset,
                contentType: 'application/octet-stream',
            });
            // One attempt per chunk: a chunk the registry may have half-taken is not sent again into the same session.
            const r = await this.call({ method: 'PATCH', url, body, headers: { 'Content-Range': `${offset}-${end - 1}` } }, scope, undefined, { ...this.retry, attempts: 1 });
            if (r.status !== 202 || !r.headers.location)
                throw new Error(`PATCH answered HTTP ${r.status}`);
            location = String(r.headers.location);
        }
        const put = new URL(this.followable(location, 'upload location'));
        put.searchParams.set('digest', blob.digest);
        const r = await this.call({ method: 'PUT', url: put.toString(), body: emptyBody }, scope);
        if (r.status !== 201)
            throw new Error(`closing the upload answered HTTP ${r.status}`);
        const got = r.headers['docker-content-digest'];
        if (got && got !== blob.digest)
            throw new errors/* UserError */.yo(`${this.host}/${repo}: the registry stored ${String(got)} for ${blob.digest}`);
    }
    /** Puts the manifest (last, once every blob is there) and returns the digest the registry confirms. */
    async putManifest(repo, tag, bytes, mediaType) {
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        const r = await this.call({ method: 'PUT', url: this.url(repo, `manifests/${tag}`), body: () => ({ stream: ReadableFrom(bytes), length: bytes.length, contentType: mediaType }) }, `repository:${repo}:pull,push`);
        if (r.status !== 201)
            throw new errors/* UserError */.yo(`${this.host}/${repo}:${tag}: the registry refused the manifest (HTTP ${r.status}): ${r.text.slice(0, 300).replace(/\s+/g, ' ')}`);
        const got = r.headers['docker-content-digest'];
        if (got && got !== digest)
            throw new errors/* UserError */.yo(`${this.host}/${repo}:${tag}: the registry stored manifest ${String(got)}, not ${digest}`);
        return digest;
    }
}
function ReadableFrom(buf) {
    return external_node_stream_.Readable.from([buf]);
}
const emptyBody = () => ({ stream: ReadableFrom(Buffer.alloc(0)), length: 0, contentType: 'application/octet-stream' });

// EXTERNAL MODULE: ./src/image/source.ts
var source = __webpack_require__(372);
;// CONCATENATED MODULE: ./src/image/build.ts
// `swrt image`: a runtime bundle as an OCI image, with no Docker daemon (docs/images.md). The base
// image's manifest and config come from its registry; four layers are appended (interpreter, env,
// bundle files, profile); the result is pushed to a registry (blobs first, the manifest last) or
// written as an OCI layout. The same bundle, base and builder paths give the same digest.




























const HOST_ARCH = { x64: 'amd64', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x' };
const GIT_SHA = /^[0-9a-f]{7,64}$/;
/** GITHUB_SHA, else the HEAD of the git checkout in the working directory, else none. */
function sourceRevision(given, env) {
    const r = given ?? env.GITHUB_SHA;
    if (r !== undefined) {
        if (!GIT_SHA.test(r))
            throw new errors/* UserError */.yo(`revision ${JSON.stringify(r.slice(0, 80))} is not a git commit id`, { hint: 'pass --revision with a hex commit id' });
        return r;
    }
    try {
        const head = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
        return GIT_SHA.test(head) ? head : undefined;
    }
    catch {
        return undefined;
    }
}
function createdTime(env) {
    const s = env.SOURCE_DATE_EPOCH;
    const n = s && /^\d{1,12}$/.test(s) ? Number(s) : 0;
    return new Date(n * 1000).toISOString().replace('.000Z', 'Z');
}
/** The base image's manifest (the `arch` entry of an index) and config. */
async function fetchBase(reg, ref, arch) {
    const where = (0,reference/* formatRef */.rq)(ref);
    let got = await reg.manifest(ref.repository, (0,reference/* refName */.P7)(ref));
    let parsed = parseManifest(got.bytes, got.mediaType, where);
    if ('index' in parsed) {
        got = await reg.manifest(ref.repository, pickPlatform(parsed.index, arch, where).digest);
        parsed = parseManifest(got.bytes, got.mediaType, where);
        if ('index' in parsed)
            throw new errors/* UserError */.yo(`${where}: an index inside an index is not supported`);
    }
    const bytes = await reg.blobBytes(ref.repository, parsed.manifest.config);
    let config;
    try {
        config = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new errors/* UserError */.yo(`${where}: the image config is not JSON`);
    }
    return { manifest: parsed.manifest, digest: got.digest, config };
}
/** The interpreter a packed env of `version` runs on here: its real prefix and executable. */
async function interpreterFor(version, log, env) {
    const py = await (0,python/* resolvePython */.Lx)({ version }, (0,provision/* toolchainContext */.jo)({ log, env }));
    const out = (await (0,exec/* exec */.m0)(py.path, ['-c', 'import os, sys; print(os.path.realpath(sys.base_prefix)); print(os.path.realpath(sys.executable)); print("%d.%d.%d" % sys.version_info[:3])'], { log: (0,util_log/* quietLog */.R3)(log), tailLines: 0 })).stdout;
    const [prefix = '', executable = '', got = ''] = out.trim().split('\n').map((l) => l.trim());
    if (got !== version)
        throw new errors/* UserError */.yo(`the packed env needs Python ${version}, but ${py.path} is ${got}`);
    if (!executable.startsWith(`${prefix}/`))
        throw new errors/* UserError */.yo(`the Python ${version} at ${py.path} does not live under its prefix ${prefix}; it cannot be copied into an image`, { hint: 'use a pyenv or python-build-standalone interpreter' });
    return { prefix, executable };
}
async function buildImage(req) {
    try {
        return await build(req);
    }
    catch (e) {
        if (e instanceof http/* ConnectionError */.Rc)
            throw new errors/* UserError */.yo(`${new URL(e.url).host}: ${e.message}${e.attempts > 1 ? ` (after ${e.attempts} attempts)` : ''}`, { hint: e.tls ? 'the registry certificate is not trusted; pass --insecure only for a registry you trust' : 'check that the registry is up and reachable' });
        throw e;
    }
}
/** --arch labels the image; its interpreter and env are this machine's, its base is what the registry gave. */
function warnForeignArch(arch, baseConfig, log) {
    const baseArch = configPlatform(baseConfig).architecture;
    const hostArch = HOST_ARCH[process.arch] ?? process.arch;
    const why = [baseArch !== arch ? `its base is linux/${baseArch}` : '', hostArch !== arch ? `its interpreter and env come from this ${hostArch} machine` : ''].filter(Boolean);
    if (why.length)
        log.warn(`labelling the image linux/${arch} as --arch says, but ${why.join(' and ')}`);
}
/** An oci: layout or a docker-archive: file, the base layers downloaded (digests verified) first. */
async function writeLocal(target, b) {
    const baseBlobs = [];
    for (const l of b.baseLayers) {
        const file = (0,external_node_path_.join)(b.work, `base-${l.digest.slice(7)}`);
        await b.baseReg.fetchBlob(b.baseRef.repository, l, file);
        baseBlobs.push({ digest: l.digest, path: file });
    }
    if (target.kind === 'oci') {
        const blobs = [...baseBlobs, ...b.layers, { digest: b.config.digest, bytes: b.config.bytes }, { digest: b.manifest.digest, bytes: b.manifest.bytes }];
        for (const tag of b.tags)
            writeLayout(target.dir, tag, blobs, { mediaType: b.manifest.mediaType, digest: b.manifest.digest, size: b.manifest.size });
        return `oci:${target.dir}:${target.tag}`;
    }
    const diffIds = b.config.value.rootfs.diff_ids;
    const layers = [...baseBlobs, ...b.layers].map((l, i) => ({ path: l.path, diffId: diffIds[i] }));
    const refs = target.ref ? b.tags.map((tag) => ({ ...target.ref, tag })) : [];
    await writeDockerArchive(target.file, { config: b.config, layers, refs, work: b.work });
    return `docker-archive:${target.file}${target.ref ? `:${dockerName(target.ref)}` : ''}`;
}
/** The layers swrt appends (python, env, bundle files, profile), each from the local cache when it holds the same content. */
async function appendedLayers(req, rt, work) {
    const { log, env } = req;
    const m = rt.manifest;
    const blobs = (0,external_node_path_.join)(work, 'blobs');
    const staging = (0,external_node_path_.join)(work, 'env');
    await (0,extract/* extractArchive */.Qh)((0,external_node_path_.join)(rt.workdir, 'export', 'venv_env.tar.gz'), staging, { force: true, absoluteLinks: extract/* venvPythonLinks */.DE, what: 'the packed env' });
    const cfgFile = (0,inplace/* regularFileInside */.nf)(staging, 'pyvenv.cfg');
    const cfg = cfgFile ? (0,external_node_fs_.readFileSync)(cfgFile, 'utf8') : '';
    const version = (0,pack/* pyvenvVersion */.ts)(cfg);
    if (!version)
        throw new errors/* UserError */.yo('the packed env records no exact python version in its pyvenv.cfg', { hint: 'rebuild the runtime with --include-env' });
    const interp = await interpreterFor(version, log, env);
    await installExtras(req.extras ?? [], staging, interp.executable, rt.manifest, log, env);
    const minor = version.split('.').slice(0, 2).join('.');
    const sitePackages = /^\s*include-system-site-packages\s*=\s*true\s*$/im.test(cfg);
    const cacheOpts = { root: req.layerCache === false ? undefined : (0,cache_root/* localCacheRoot */.i)(env), work, log };
    const layers = [];
    let savedAny = false;
    const add = async (what, entries) => {
        const { cached, saved, ...l } = await cachedLayer(entries, blobs, cacheOpts);
        savedAny ||= saved;
        layers.push({ ...l, what });
        log.info(`${what}: ${l.digest} (${(l.size / 1e6).toFixed(1)} MB${cached ? ', from the local cache' : ''})`);
    };
    await add(`python ${version} at ${interp.prefix}`, (0,content/* interpreterEntries */.Zv)(interp.prefix, minor, sitePackages));
    await add(`env at ${content/* IMAGE_ENV */.wW}`, (0,content/* envEntries */.IR)({ staging, oldPrefix: m.environment?.lock?.env_prefix_path ?? '', interpreter: interp.executable, version }));
    await add(`bundle files at ${dockerfile/* RUNTIME_WORKDIR */.ae}`, (0,content/* bundleEntries */.TI)(rt.workdir));
    await add('profile', (0,content/* profileEntries */.su)());
    if (savedAny && cacheOpts.root)
        await (0,prune/* pruneAfterSave */.cY)(cacheOpts.root, () => (0,prune/* cacheMax */.z7)(env), log);
    return { layers, pythonVersion: version };
}
/** Blobs first (base layers mounted or copied over, ours, the config), the manifest last, under each tag. */
async function pushImage(p) {
    const { reg, target, log } = p;
    const repo = target.repository;
    for (const l of p.baseLayers) {
        if (p.sameRegistry)
            await reg.pushBlob(repo, l, p.baseRef.repository);
        else {
            const file = (0,external_node_path_.join)(p.work, `base-${l.digest.slice(7)}`);
            if (!(await reg.hasBlob(repo, l.digest)))
                await p.baseReg.fetchBlob(p.baseRef.repository, l, file);
            await reg.pushBlob(repo, { ...l, path: file });
            (0,external_node_fs_.rmSync)(file, { force: true });
        }
    }
    for (const l of p.layers)
        await reg.pushBlob(repo, l);
    await reg.pushBlob(repo, { digest: p.config.digest, size: p.config.size, bytes: p.config.bytes });
    const written = [];
    for (const tag of p.tags) {
        const t = await tagForPlatform(reg, repo, tag, { ...p.manifest, platform: p.platform });
        written.push({ tag, ...t });
        if (t.index)
            log.info(`${(0,reference/* formatRef */.rq)({ ...target, tag })} is now an index of ${t.platforms.join(', ')}: ${t.digest}`);
    }
    log.info(`pushed ${p.manifest.digest}: ${reg.stats.uploaded} blob(s) uploaded (${reg.stats.uploadedBytes} bytes), ${reg.stats.present} already there, ${reg.stats.mounted} mounted`);
    return written;
}
/** What swrt image refuses before it fetches anything: a conda runtime, a bundle without its env, a bad arch or archive path. */
function checkImageRequest(rt, req) {
    const m = rt.manifest;
    const mode = m.environment?.mode ?? 'venv';
    if (mode !== 'venv')
        throw new errors/* UserError */.yo(`swrt image supports venv runtimes; ${rt.name} is a ${mode} runtime`, { hint: 'for conda runtimes use swrt dockerize and docker build' });
    if (!m.dependencies?.local_packaged_env)
        throw new errors/* UserError */.yo(`${rt.name}/version/${rt.version} does not pack its env; swrt image needs the env inside the bundle`, { hint: 'build the runtime with swrt build --include-env' });
    if (req.to.kind === 'docker-archive')
        refuseDirectory(req.to.file);
    const arch = req.arch ?? 'amd64';
    if (!/^[a-z0-9_]{1,32}$/.test(arch))
        throw new errors/* UserError */.yo(`--arch ${JSON.stringify(arch.slice(0, 40))} is not an architecture name`, { hint: 'use the OCI names: amd64, arm64, ppc64le, s390x' });
    return arch;
}
/** The config's facts: labels (name, version, source revision, base), the env's variables, PATH, workdir and time. */
function imageFacts(req, rt, baseRef, base) {
    const m = rt.manifest;
    const baseEnv = base.config.config?.Env;
    const hasCudaHome = Array.isArray(baseEnv) && baseEnv.some((e) => typeof e === 'string' && e.startsWith('CUDA_HOME='));
    const wantsCuda = m.docker?.builtin_run_image?.name === 'cuda';
    return {
        name: rt.name,
        version: rt.version,
        revision: sourceRevision(req.revision, req.env),
        baseName: (0,reference/* formatRef */.rq)({ ...baseRef, digest: undefined }),
        baseDigest: base.digest,
        env: {
            VIRTUAL_ENV: content/* IMAGE_ENV */.wW,
            SW_USER_RUNTIME_WORKDIR: dockerfile/* RUNTIME_WORKDIR */.ae,
            SW_USER_RUNTIME_NAME: rt.name,
            SW_USER_RUNTIME_VERSION: rt.version,
            SW_USER_RUNTIME_RESTORED: '1',
            ...(wantsCuda && !hasCudaHome ? { CUDA_HOME: '/usr/local/cuda' } : {}),
        },
        pathFirst: [`${content/* IMAGE_ENV */.wW}/bin`],
        workdir: dockerfile/* RUNTIME_WORKDIR */.ae,
        created: createdTime(req.env),
    };
}
async function build(req) {
    const { log, env } = req;
    const rt = await (0,source.openRuntime)(req.runtime, req.storeRoot);
    const m = rt.manifest;
    const arch = checkImageRequest(rt, req);
    const baseRef = (0,reference/* parseImageRef */.Q)(req.base ?? (0,dockerfile/* runImage */.DG)(rt.manifest, env, (0,source.swcliImageRepo)(env)));
    const target = req.to;
    const regOpts = { insecure: req.insecure, plainHttp: req.plainHttp, log, chunkSize: req.chunkSize };
    const sameRegistry = target.kind === 'registry' && target.ref.registry === baseRef.registry;
    // The target's credentials go to the base's registry only when it is the same one (or there is no target registry).
    const baseCredentials = sameRegistry ? req.credentials : (req.baseCredentials ?? (target.kind === 'registry' ? undefined : req.credentials));
    const baseReg = new Registry(baseRef.registry, { ...regOpts, credentials: baseCredentials });
    const base = await log.group(`Base image ${(0,reference/* formatRef */.rq)(baseRef)}`, () => fetchBase(baseReg, baseRef, arch));
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'swrt-image-'));
    try {
        const { layers, pythonVersion } = await log.group('Image layers', () => appendedLayers(req, rt, work));
        const layerRefs = layers.map((l) => ({ ...l, createdBy: `swrt image: ${l.what}` }));
        const facts = imageFacts(req, rt, baseRef, base);
        const revision = facts.revision;
        const configValue = { ...composeConfig(base.config, layerRefs, facts), os: 'linux', architecture: arch };
        const platform = { os: 'linux', architecture: arch };
        warnForeignArch(arch, base.config, log);
        const tags = [...new Set([target.kind === 'registry' ? target.ref.tag : target.kind === 'oci' ? target.tag : (target.ref?.tag ?? 'latest'), ...(req.tagPerLeg ? [legTag(rt.version, pythonVersion, manifestCuda(m))] : [])])];
        const config = { ...jsonBlob(configValue), value: configValue };
        const annotations = { 'org.opencontainers.image.title': rt.name, 'org.opencontainers.image.version': rt.version, 'org.opencontainers.image.base.name': facts.baseName, 'org.opencontainers.image.base.digest': base.digest, ...(revision ? { 'org.opencontainers.image.revision': revision } : {}) };
        const manifest = composeManifest(base.manifest, config, layerRefs, annotations);
        const manifestBlob = bytesBlob(manifest.bytes);
        const size = [...base.manifest.layers, ...layers].reduce((n, l) => n + l.size, config.size);
        const summary = layers.map((l) => ({ what: l.what, digest: l.digest, size: l.size }));
        const plain = (tag) => ({ tag, digest: manifestBlob.digest, index: false, platforms: [`linux/${arch}`] });
        if (target.kind === 'registry') {
            const reg = sameRegistry ? baseReg : new Registry(target.ref.registry, { ...regOpts, credentials: req.credentials });
            const written = await log.group(`Push ${(0,reference/* formatRef */.rq)(target.ref)}`, () => pushImage({ reg, baseReg, target: target.ref, baseRef, baseLayers: base.manifest.layers, sameRegistry, layers, config, manifest: { ...manifestBlob, mediaType: manifest.mediaType }, platform, tags, work, log }));
            return { image: `${(0,reference/* formatRef */.rq)(target.ref)}@${manifestBlob.digest}`, digest: manifestBlob.digest, base: `${facts.baseName}@${base.digest}`, layers: summary, size, platform: `linux/${arch}`, tags: written, push: { ...reg.stats } };
        }
        const image = await writeLocal(target, { baseReg, baseRef, baseLayers: base.manifest.layers, config, manifest: { ...manifestBlob, mediaType: manifest.mediaType }, layers, tags, work });
        return { image, digest: manifestBlob.digest, base: `${facts.baseName}@${base.digest}`, layers: summary, size, platform: `linux/${arch}`, tags: target.kind === 'docker-archive' && !target.ref ? [] : tags.map(plain) };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 5524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ envEntries),
/* harmony export */   TI: () => (/* binding */ bundleEntries),
/* harmony export */   Zv: () => (/* binding */ interpreterEntries),
/* harmony export */   su: () => (/* binding */ profileEntries),
/* harmony export */   wW: () => (/* binding */ IMAGE_ENV)
/* harmony export */ });
/* unused harmony export walk */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bundle_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4895);
/* harmony import */ var _archive_extract_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8775);
/* harmony import */ var _env_launcher_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5371);
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2179);
// What the appended layers hold (docs/images.md: Layout), as sorted tar entries: the interpreter
// the env's python links to, at its own prefix (pyenv builds carry an absolute RUNPATH there); the
// packed venv at swcli's place for it, its scripts and pyvenv.cfg pointed at that place; the
// bundle's files; a profile script. Entries only name files; the tar writer reads them once.






const IMAGE_ENV = `${_dockerfile_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNTIME_WORKDIR */ .ae}/export/venv`;
/** Every entry under `root` as `into/<rel>`, sorted by name, directories before what they hold. */
function walk(root, into, skip, rewrite, rel = '') {
    const out = [];
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel)).sort()) {
        const r = rel ? `${rel}/${name}` : name;
        if (skip(r))
            continue;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, r);
        const path = `${into}/${r}`.replace(/^\/+/, '');
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full);
        if (st.isSymbolicLink())
            out.push({ path, type: 'symlink', mode: 0o777, linkname: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(full) });
        else if (st.isDirectory())
            out.push({ path, type: 'dir', mode: 0o755 }, ...walk(root, into, skip, rewrite, r));
        else if (st.isFile()) {
            const mode = st.mode & 0o111 ? 0o755 : 0o644;
            const data = rewrite?.(r, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full));
            out.push(data ? { path, type: 'file', mode, data } : { path, type: 'file', mode, source: full, size: st.size, expect: { dev: st.dev, ino: st.ino } });
        }
    }
    return out;
}
/** The directories above `path` (image-absolute), outermost first, as entries. */
function parents(path) {
    const parts = path.replace(/^\/+/, '').split('/').slice(0, -1);
    return parts.map((_, i) => ({ path: parts.slice(0, i + 1).join('/'), type: 'dir', mode: 0o755 }));
}
/** The interpreter's prefix, without what a venv never loads (tests, static libs, headers, caches, its own site-packages). */
function interpreterEntries(prefix, minor, keepSitePackages) {
    const lib = `lib/python${minor}`;
    const dropped = new Set(['include', 'share', 'lib/pkgconfig', `${lib}/test`, `${lib}/idlelib`, ...(keepSitePackages ? [] : [`${lib}/site-packages`])]);
    const skip = (r) => r.endsWith('__pycache__') || dropped.has(r) || (r.startsWith(`${lib}/config-`) && !r.slice(lib.length + 1).includes('/')) || /^lib\/[^/]+\.a$/.test(r);
    // Top-level directories (/root, /opt) keep the base image's own mode: no entry for them.
    return [...parents(`${prefix}/x`).slice(1), ...walk(prefix, prefix, skip)];
}
/** The packed venv at IMAGE_ENV: scripts moved there, python links and pyvenv.cfg pointed at the image's interpreter. */
function envEntries(e) {
    const minor = e.version.split('.').slice(0, 2).join('.');
    const rewrite = (rel, buf) => {
        if (rel === 'pyvenv.cfg')
            return Buffer.from(pyvenvCfg(buf.toString('utf8'), e), 'utf8');
        // Only a real absolute prefix is replaced (a crafted '/' would rewrite every path in the script).
        if (!/^bin\/[^/]+$/.test(rel) || buf.length > 1 << 20 || buf.includes(0))
            return undefined;
        const text = buf.toString('utf8');
        // The packed env's relocatable scripts need realpath and dirname in the base; the image's env
        // has a fixed place, so they get a plain shebang naming it.
        if (text.startsWith(_env_launcher_js__WEBPACK_IMPORTED_MODULE_5__/* .RELOCATABLE_SHEBANG */ .yK))
            return Buffer.from(`#!${IMAGE_ENV}/bin/python\n${text.slice(_env_launcher_js__WEBPACK_IMPORTED_MODULE_5__/* .RELOCATABLE_SHEBANG */ .yK.length)}`, 'utf8');
        if (!/^\/[^/]/.test(e.oldPrefix))
            return undefined;
        return text.includes(e.oldPrefix) ? Buffer.from(text.split(e.oldPrefix).join(IMAGE_ENV), 'utf8') : undefined;
    };
    const skip = (r) => r.endsWith('__pycache__') || _archive_extract_js__WEBPACK_IMPORTED_MODULE_3__/* .VENV_PYTHON_LINK */ .uE.test(r) || r === '.swrt-status';
    const entries = walk(e.staging, IMAGE_ENV, skip, rewrite);
    const bin = `${IMAGE_ENV}/bin`.slice(1);
    entries.push({ path: `${bin}/python`, type: 'symlink', mode: 0o777, linkname: e.interpreter }, { path: `${bin}/python3`, type: 'symlink', mode: 0o777, linkname: 'python' }, { path: `${bin}/python${minor}`, type: 'symlink', mode: 0o777, linkname: 'python' });
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return [...parents(`${IMAGE_ENV}/x`).slice(1), ...entries];
}
function pyvenvCfg(old, e) {
    const set = { home: e.interpreter.replace(/\/[^/]+$/, ''), executable: e.interpreter, command: `${e.interpreter} -m venv ${IMAGE_ENV}` };
    const lines = old
        .split(/\r?\n/)
        .filter((l) => l.trim())
        .map((l) => {
        const key = /^\s*([A-Za-z_-]+)\s*=/.exec(l)?.[1]?.toLowerCase();
        if (key && key in set) {
            const v = set[key];
            delete set[key];
            return `${key} = ${v}`;
        }
        return l;
    });
    for (const [k, v] of Object.entries(set))
        lines.push(`${k} = ${v}`);
    return `${lines.join('\n')}\n`;
}
/** The extracted bundle's files, without its env (a layer of its own) and swrt's extraction record. */
function bundleEntries(workdir) {
    const skip = (r) => r === 'export' || r === _bundle_record_js__WEBPACK_IMPORTED_MODULE_2__/* .RECORD_NAME */ .qP || r === '.dockerignore';
    return [...parents(`${_dockerfile_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNTIME_WORKDIR */ .ae}/x`).slice(1), ...walk(workdir, _dockerfile_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNTIME_WORKDIR */ .ae, skip)];
}
/** A login shell in the image has the runtime active, as swcli's dockerized images do through .bashrc. */
function profileEntries() {
    const script = `# Written by swrt image: the runtime's env, active in login shells.\n. ${IMAGE_ENV}/bin/activate\n`;
    return [
        { path: 'etc', type: 'dir', mode: 0o755 },
        { path: 'etc/profile.d', type: 'dir', mode: 0o755 },
        { path: 'etc/profile.d/swrt-runtime.sh', type: 'file', mode: 0o644, data: Buffer.from(script, 'utf8') },
    ];
}


/***/ }),

/***/ 2179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ runImage),
/* harmony export */   ae: () => (/* binding */ RUNTIME_WORKDIR),
/* harmony export */   configImageTag: () => (/* binding */ configImageTag),
/* harmony export */   renderDockerfile: () => (/* binding */ renderDockerfile),
/* harmony export */   writeDockerfile: () => (/* binding */ writeDockerfile)
/* harmony export */ });
/* unused harmony exports DEFAULT_IMAGE_REPO, DOCKERIGNORE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_inplace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7176);
/* harmony import */ var _plan_pip_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9281);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _util_tmp_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5297);
// The Dockerfile `swcli runtime dockerize` (0.6.15) renders for a bundle, byte for byte: its
// template (docs/images.md: Dockerfile), the run image it picks from the manifest, and the pip
// settings it takes from SW_PYPI_* or the manifest. Pure: the caller reads the manifest and config.






const DEFAULT_IMAGE_REPO = 'docker-registry.starwhale.cn/star-whale';
const DEFAULT_RUN_IMAGE = `${DEFAULT_IMAGE_REPO}/base:0.3.4`;
const RUNTIME_WORKDIR = '/opt/starwhale.user/runtime';
const obj = (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});
/** A value as Jinja2 prints it (Python's str()). */
function py(v) {
    if (v === undefined || v === null)
        return 'None';
    if (v === true)
        return 'True';
    if (v === false)
        return 'False';
    if (typeof v === 'string')
        return v;
    return JSON.stringify(v);
}
/**
 * The image jobs run in: the manifest's custom run image, else the builtin one under the repo
 * SW_IMAGE_REPO, swcli's config `docker.builtin_image_repo` or the manifest names, else the
 * deprecated `base_image` for manifests older than the `docker` key.
 */
function runImage(m, env, configRepo = '') {
    if (!('docker' in m))
        return typeof m.base_image === 'string' && m.base_image ? m.base_image : DEFAULT_RUN_IMAGE;
    const docker = obj(m.docker);
    if (docker.custom_run_image)
        return py(docker.custom_run_image);
    const builtin = obj(docker.builtin_run_image);
    const repo = env.SW_IMAGE_REPO || configRepo || py(builtin.repo ?? '') || DEFAULT_IMAGE_REPO;
    return `${repo}/${py(builtin.name)}:${py(builtin.tag)}`;
}
const joined = (v) => (Array.isArray(v) ? v.map(py).join(' ') : '');
/**
 * A value for an unquoted ENV/LABEL (or, with `quoted`, a "…" one): a space or quote in it would set
 * more variables or labels than swcli's template has, e.g. PATH or LD_PRELOAD in the image.
 */
function plain(v, what, quoted = false) {
    // A line break is reported by renderDockerfile's own check, with its own message.
    // eslint-disable-next-line no-control-regex
    if (/[\0-\x1f\x7f]/.test(v))
        return v;
    if ((quoted ? /["\\]/ : /[ "'\\]/).test(v))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`refusing to render a Dockerfile: ${what} ${JSON.stringify(v.slice(0, 120))} holds a space, quote or backslash`, { hint: 'the bundle was crafted or is corrupt' });
    return v;
}
/** Index URLs go into the image config for anyone who pulls it: never their user:password@. */
const pipEnv = (v, what) => plain((0,_plan_pip_options_js__WEBPACK_IMPORTED_MODULE_3__/* .stripUserinfo */ ._H)(v), what, true);
function renderDockerfile({ manifest: m, name, env, configRepo }) {
    const pip = obj(obj(m.configs).pip);
    const environment = obj(m.environment);
    const mode = plain(py(environment.mode), 'the environment mode');
    const version = py(m.version);
    const packed = Boolean(obj(m.dependencies).local_packaged_env);
    const activate = mode === 'venv' || packed
        ? [`RUN echo 'source \${SW_USER_RUNTIME_WORKDIR}/export/${mode}/bin/activate' >> /root/.bashrc`]
        : mode === 'conda'
            ? ['RUN /opt/miniconda3/bin/conda init bash', `RUN echo 'conda activate \${SW_USER_RUNTIME_WORKDIR}/export/${mode}' >> /root/.bashrc`]
            : [];
    const lines = [
        `ARG BASE_IMAGE=${plain(runImage(m, env, configRepo), "the run image")}`,
        'FROM ${BASE_IMAGE}',
        '',
        'ARG TARGETARCH',
        '',
        `WORKDIR ${RUNTIME_WORKDIR}`,
        '',
        'LABEL starwhale_runtime_dockerize=1',
        `LABEL starwhale_runtime_name=${name}`,
        `LABEL starwhale_runtime_version=${plain(version, 'the version')}`,
        '',
        `ENV SW_USER_RUNTIME_WORKDIR=${RUNTIME_WORKDIR}`,
        `COPY . ${RUNTIME_WORKDIR}`,
        '',
        `ENV SW_PYPI_INDEX_URL "${pipEnv(env.SW_PYPI_INDEX_URL || py(pip.index_url ?? ''), 'the index URL')}"`,
        `ENV SW_PYPI_EXTRA_INDEX_URL "${pipEnv(env.SW_PYPI_EXTRA_INDEX_URL || joined(pip.extra_index_url), 'the extra index URLs')}"`,
        `ENV SW_PYPI_TRUSTED_HOST "${pipEnv(env.SW_PYPI_TRUSTED_HOST || joined(pip.trusted_host), 'the trusted hosts')}"`,
        'ENV SW_PIP_CACHE_DIR=/root/.cache/pip',
        `ENV SW_RUNTIME_PYTHON_VERSION=${plain(py(environment.python), 'environment.python')}`,
        `ENV SW_VERSION=${plain(py(obj(environment.lock).starwhale_version), 'environment.lock.starwhale_version')}`,
        'RUN /opt/starwhale.bin/base-entrypoint set_environment || true',
        '',
        `RUN swcli -vvv runtime restore ${RUNTIME_WORKDIR} \\`,
        `    && $(bash ${RUNTIME_WORKDIR}/activate.sw)`,
        '',
        `ENV SW_USER_RUNTIME_NAME=${name}`,
        `ENV SW_USER_RUNTIME_VERSION=${plain(version, 'the version')}`,
        'ENV SW_USER_RUNTIME_RESTORED=1',
        'ENV SW_USER_RUNTIME_FROM_DOCKERIZE=1',
        '',
    ];
    const text = `${lines.join('\n')}\n${activate.length ? `\n${activate.join('\n')}\n` : ''}`;
    // A manifest value with a line break would add instructions of its own to the Dockerfile.
    // eslint-disable-next-line no-control-regex
    const bad = [...lines, ...activate].find((l) => /[\0-\x1f\x7f]/.test(l));
    if (bad !== undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`refusing to render a Dockerfile: a manifest value holds a control character (in: ${JSON.stringify(bad.slice(0, 120))})`, { hint: 'the bundle was crafted or is corrupt' });
    return text;
}
/** swcli's .dockerignore next to the Dockerfile's build context. */
const DOCKERIGNORE = ['export/venv', 'export/conda', '.git'].join('\n');
/** The tag swcli adds: configs.docker.image without its tag, at the runtime's version. */
function configImageTag(m) {
    const image = obj(obj(m.configs).docker).image;
    return typeof image === 'string' && image ? `${image.split(':', 1)[0]}:${py(m.version)}` : undefined;
}
/** The Dockerfile written to `output` (whole or not at all), else into the workdir's export/docker/ with the .dockerignore beside the context. */
function writeDockerfile(workdir, text, output) {
    if (!output) {
        const dockerfile = (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileInside */ .gE)(workdir, 'export/docker/Dockerfile', text);
        (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileInside */ .gE)(workdir, '.dockerignore', DOCKERIGNORE);
        return dockerfile;
    }
    const dockerfile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(output);
    const tmp = (0,_util_tmp_js__WEBPACK_IMPORTED_MODULE_5__/* .tmpName */ .BI)(dockerfile);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, text);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, dockerfile);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
    }
    return dockerfile;
}


/***/ }),

/***/ 6622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ EXTRAS),
/* harmony export */   parseExtras: () => (/* binding */ parseExtras)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
// What `--with` (action input image-with) may add to an image's env. Pure.

const EXTRAS = { jupyter: ['jupyterlab'] };
function parseExtras(given) {
    for (const g of given)
        if (!Object.hasOwn(EXTRAS, g))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--with ${JSON.stringify(g.slice(0, 40))} is not known`, { hint: `use --with ${Object.keys(EXTRAS).join(', ')}` });
    return [...new Set(given)];
}


/***/ }),

/***/ 3564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ TAG_RULE),
/* harmony export */   M$: () => (/* binding */ DIGEST_RULE),
/* harmony export */   P7: () => (/* binding */ refName),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   parseTarget: () => (/* binding */ parseTarget),
/* harmony export */   rq: () => (/* binding */ formatRef)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
// Image references (the distribution spec's grammar) and `--to` targets. Pure. A reference
// becomes URL paths and, for oci:/docker-archive:, names in files, so anything outside the grammar
// (traversal, slashes in a tag, odd characters) is refused in one line before it is used.

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]{1,5})?$/;
const IPV6_HOST = /^\[[0-9a-fA-F:.]+\](?::[0-9]{1,5})?$/;
const TAG_RULE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST_RULE = /^sha256:[a-f0-9]{64}$/;
const DOCKER_HUB = 'registry-1.docker.io';
const bad = (ref, why) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`invalid image reference ${JSON.stringify(ref.slice(0, 200))}: ${why}`, { hint: 'use [REGISTRY/]REPOSITORY[:TAG][@sha256:DIGEST], lower-case repository, tag of letters, digits, _ . -' });
function parseImageRef(ref) {
    if (!ref || ref.length > 512)
        throw bad(ref, ref ? 'too long' : 'empty');
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST_RULE.test(digest))
            throw bad(ref, 'the digest is not sha256:<64 hex digits>');
    }
    let tag;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RULE.test(tag))
            throw bad(ref, `the tag ${JSON.stringify(tag.slice(0, 130))} is not letters, digits, _ . - (at most 128, not starting with . or -)`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost' || parts[0].startsWith('['))) {
        registry = parts.shift();
        if (!HOST.test(registry) && !IPV6_HOST.test(registry))
            throw bad(ref, `the registry ${JSON.stringify(registry)} is not a host[:port]`);
    }
    if (parts.some((p) => !COMPONENT.test(p)))
        throw bad(ref, 'each repository path component must be lower-case letters and digits, joined by . _ __ or -');
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    const repository = parts.join('/');
    if (repository.length > 255)
        throw bad(ref, 'the repository is longer than 255 characters');
    return { registry, repository, tag, digest };
}
function formatRef(r) {
    return `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
/** What a manifest request names: the digest when pinned, else the tag, else `latest`. */
const refName = (r) => r.digest ?? r.tag ?? 'latest';
/** `--to`: `oci:DIR[:TAG]`, `docker-archive:FILE[:REF]`, or a registry reference. */
function parseTarget(to) {
    if (to.startsWith('oci:')) {
        const body = to.slice(4);
        const m = /^(.*?)(?::([^:/]*))?$/.exec(body);
        const tag = m[2] ?? 'latest';
        if (!m[1])
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--to ${JSON.stringify(to)} names no directory`, { hint: 'use oci:DIR or oci:DIR:TAG' });
        if (!TAG_RULE.test(tag))
            throw bad(tag, 'the oci: tag is not letters, digits, _ . -');
        return { kind: 'oci', dir: m[1], tag };
    }
    if (to.startsWith('docker-archive:')) {
        const body = to.slice('docker-archive:'.length);
        const i = body.indexOf(':');
        const file = i >= 0 ? body.slice(0, i) : body;
        if (!file)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--to ${JSON.stringify(to)} names no file`, { hint: 'use docker-archive:FILE or docker-archive:FILE:REPOSITORY:TAG' });
        return { kind: 'docker-archive', file, ref: i >= 0 ? parseImageRef(body.slice(i + 1)) : undefined };
    }
    const ref = parseImageRef(to.replace(/^docker:\/\//, ''));
    if (ref.digest)
        throw bad(to, 'a push target takes a tag, not a digest');
    return { kind: 'registry', ref: { ...ref, tag: ref.tag ?? 'latest' } };
}


/***/ }),

/***/ 4140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ backoff),
/* harmony export */   Kf: () => (/* binding */ MAX_REPLY_BYTES),
/* harmony export */   Rc: () => (/* binding */ ConnectionError),
/* harmony export */   lx: () => (/* binding */ sendWithRetry),
/* harmony export */   mV: () => (/* binding */ ReplyTooLarge),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   yR: () => (/* binding */ readText),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports idleError, send */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
// One HTTP exchange with a Starwhale server over node:http/https, with swcli's retry policy (docs/starwhale-compat.md: Server protocol):
// exponential backoff on connection errors, 408, 429 and 5xx. A request body is produced by a
// factory so every attempt re-opens it (swcli's own retry re-sent a consumed stream, docs/starwhale-compat.md: Server protocol). A reply
// is input: its body is read up to a cap, a silent socket times out, certificates are verified
// unless the caller opts out.
// Over node:http/https rather than fetch/undici or @actions/http-client: a per-request TLS opt-out,
// upload bodies streamed from a factory, and an idle-socket timeout are plain options there, and the
// core imports no @actions/*.


const DEFAULT_RETRY = { attempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };
/** The most a JSON or error reply may hold. */
const MAX_REPLY_BYTES = 1 << 20;
const RETRY_STATUS = new Set([408, 429]);
const isRetryStatus = (s) => RETRY_STATUS.has(s) || (s >= 500 && s <= 599);
const TLS_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'CERT_SIGNATURE_FAILURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
class ConnectionError extends Error {
    url;
    code;
    /** The server's certificate failed verification; retrying will not help. */
    tls;
    /** How many attempts were made before giving up (set by sendWithRetry). */
    attempts = 1;
    constructor(url, cause) {
        const code = cause.code;
        super(`${cause.message}${code && !cause.message.includes(code) ? ` (${code})` : ''}`, { cause });
        this.url = url;
        this.name = 'ConnectionError';
        this.code = code;
        this.tls = code !== undefined && TLS_CODES.has(code);
    }
}
/** A reply body over the cap; the connection has been destroyed. */
class ReplyTooLarge extends Error {
    limit;
    constructor(limit) {
        super(`reply over ${limit} bytes`);
        this.limit = limit;
        this.name = 'ReplyTooLarge';
    }
}
function idleError(ms) {
    return Object.assign(new Error(`no data for ${Math.round(ms / 100) / 10} s`), { code: 'ETIMEDOUT' });
}
/**
 * Sends one request; resolves with the response (body unread) or rejects with a ConnectionError.
 * The idle timeout keeps running while the caller reads the body: it then destroys the response.
 */
function send(call) {
    return new Promise((resolve, reject) => {
        const u = new URL(call.url);
        const body = call.body?.();
        const headers = { ...call.headers };
        if (body) {
            headers['Content-Type'] = body.contentType;
            headers['Content-Length'] = String(body.length);
        }
        const req = (u.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(u, {
            method: call.method,
            headers,
            rejectUnauthorized: !call.insecure,
        });
        let response;
        const fail = (e) => {
            body?.stream.destroy();
            if (response)
                return void response.destroy(e);
            req.destroy();
            reject(new ConnectionError(call.url, e));
        };
        const idle = call.timeoutMs ?? 90_000;
        req.setTimeout(idle, () => fail(idleError(idle)));
        req.on('error', fail);
        req.on('response', (res) => {
            response = res;
            res.on('error', () => undefined);
            resolve(res);
        });
        if (!body)
            return void req.end();
        body.stream.on('error', fail);
        body.stream.pipe(req);
    });
}
/** The body as text, at most `limit` bytes: over it the connection is destroyed (ReplyTooLarge). */
async function readText(res, url, limit = MAX_REPLY_BYTES) {
    const chunks = [];
    let size = 0;
    try {
        for await (const c of res) {
            size += c.length;
            if (size > limit) {
                res.destroy();
                throw new ReplyTooLarge(limit);
            }
            chunks.push(c);
        }
    }
    catch (e) {
        if (e instanceof ReplyTooLarge)
            throw e;
        throw new ConnectionError(url, e);
    }
    return Buffer.concat(chunks).toString('utf8');
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function backoff(policy, attempt) {
    return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2));
}
/**
 * Sends with retries. `keep` (optional) receives a successful response before its body is read
 * (downloads stream it); otherwise the body is read as text, capped. A certificate that fails
 * verification and an oversized reply are not retried.
 */
async function sendWithRetry(call, policy, log, keep) {
    for (let attempt = 1;; attempt++) {
        let why;
        try {
            const res = await send(call);
            const status = res.statusCode ?? 0;
            if (keep && status >= 200 && status < 300 && keep(res))
                return { status, headers: res.headers, text: '', res, attempts: attempt };
            const text = await readText(res, call.url);
            if (!isRetryStatus(status) || attempt >= policy.attempts)
                return { status, headers: res.headers, text, attempts: attempt };
            why = `HTTP ${status}`;
        }
        catch (e) {
            if (!(e instanceof ConnectionError) || e.tls || attempt >= policy.attempts) {
                if (e instanceof ConnectionError)
                    e.attempts = attempt;
                throw e;
            }
            why = e.message;
        }
        const delay = backoff(policy, attempt);
        log.warn(`${call.method} ${new URL(call.url).pathname}: ${why}; retrying in ${(delay / 1000).toFixed(1)}s (attempt ${attempt + 1} of ${policy.attempts})`);
        await sleep(delay);
    }
}


/***/ })

};
