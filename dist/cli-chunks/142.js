export const id = 142;
export const ids = [142];
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

/***/ 142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheMax: () => (/* reexport safe */ _cache_prune_js__WEBPACK_IMPORTED_MODULE_1__.z7),
/* harmony export */   formatSize: () => (/* reexport safe */ _cache_prune_js__WEBPACK_IMPORTED_MODULE_1__.Xq),
/* harmony export */   listEntries: () => (/* reexport safe */ _cache_prune_js__WEBPACK_IMPORTED_MODULE_1__.fi),
/* harmony export */   localCacheRoot: () => (/* reexport safe */ _util_cache_root_js__WEBPACK_IMPORTED_MODULE_0__.i),
/* harmony export */   parseSize: () => (/* reexport safe */ _cache_prune_js__WEBPACK_IMPORTED_MODULE_1__.DB),
/* harmony export */   pruneLocal: () => (/* reexport safe */ _cache_prune_js__WEBPACK_IMPORTED_MODULE_1__.UM)
/* harmony export */ });
/* harmony import */ var _util_cache_root_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2475);
/* harmony import */ var _cache_prune_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4470);
// `swrt cache info|prune`: the local env cache as a user inspects and trims it (the cache layer's
// own functions, offered to the front doors here).




/***/ }),

/***/ 7895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ onPath),
/* harmony export */   m0: () => (/* binding */ exec)
/* harmony export */ });
/* unused harmony exports safeCut, LineSplitter, quoteArg, commandLine */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9906);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5462);
// The one way the project runs a subprocess: logs the command (secrets masked), streams output into
// the log line by line (a line split across chunks is put back together before it is masked), keeps
// a tail for the error, and turns a non-zero exit into a UserError naming the command.
// Over node:child_process rather than @actions/exec: the core runs in the CLI too and imports no
// @actions/*, and the masking and the error tail are ours either way.







const TAIL_DEFAULT = 25;
/** A "line" longer than this (progress output without newlines) is emitted in pieces. */
const MAX_LINE = 64 * 1024;
/**
 * Where to cut an over-long line near `at` so that no occurrence of a secret straddles the cut (the
 * pieces are masked one by one): moved back to the start of a straddling occurrence; when that walks
 * back to the beginning of the line, moved forward past every straddling occurrence instead.
 */
function safeCut(text, at, secrets) {
    const straddling = (cut) => {
        for (const s of secrets) {
            if (s.length < 2)
                continue;
            const from = Math.max(0, cut - s.length + 1);
            const i = text.slice(from, cut + s.length - 1).indexOf(s);
            if (i >= 0 && from + i < cut)
                return { start: from + i, end: from + i + s.length };
        }
        return undefined;
    };
    let cut = at;
    for (let hit = straddling(cut); hit; hit = straddling(cut)) {
        if (hit.start === 0) {
            cut = hit.end;
            for (let next = straddling(cut); next; next = straddling(cut))
                cut = next.end;
            return cut;
        }
        cut = hit.start;
    }
    return cut;
}
/** Splits a byte stream into whole lines: carries the partial last line (and a split UTF-8 character) to the next chunk. */
class LineSplitter {
    onLine;
    secrets;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_3__.StringDecoder('utf8');
    rest = '';
    constructor(onLine, 
    /** Values an over-long line is never cut inside of (default: the registered secrets). */
    secrets = _log_js__WEBPACK_IMPORTED_MODULE_5__/* .registeredSecrets */ .wW) {
        this.onLine = onLine;
        this.secrets = secrets;
    }
    push(chunk) {
        const parts = (this.rest + this.decoder.write(chunk)).split('\n');
        this.rest = parts.pop() ?? '';
        for (const p of parts)
            this.emit(p);
        if (this.rest.length <= MAX_LINE)
            return;
        const secrets = this.secrets();
        // Hold back enough that a secret starting before the cut is wholly here to be seen.
        const hold = Math.max(0, ...secrets.map((s) => s.length - 1));
        while (this.rest.length > MAX_LINE + hold) {
            const cut = safeCut(this.rest, MAX_LINE, secrets);
            this.emit(this.rest.slice(0, cut));
            this.rest = this.rest.slice(cut);
        }
    }
    /** The last line, when the stream ends without a newline. */
    end() {
        const last = this.rest + this.decoder.end();
        this.rest = '';
        if (last)
            this.emit(last);
    }
    emit(line) {
        // Progress bars redraw with \r: the last state is the line.
        const text = line.replace(/\r+$/, '').split('\r').pop() ?? '';
        if (text)
            this.onLine(text);
    }
}
/** One argument as a POSIX shell would need it (for the logged command line). */
const quoteArg = _shell_js__WEBPACK_IMPORTED_MODULE_6__/* .shQuote */ .US;
function commandLine(cmd, args) {
    return [cmd, ...args].map(quoteArg).join(' ');
}
async function exec(cmd, args, opts) {
    const secrets = opts.secrets ?? [];
    for (const sec of secrets)
        opts.log.secret(sec);
    const shown = (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .maskSecrets */ .QU)(commandLine(cmd, args), secrets);
    opts.log.info(`$ ${shown}`);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, {
        cwd: opts.cwd,
        env: opts.env ?? process.env,
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (opts.input !== undefined)
        child.stdin?.end(opts.input);
    const out = [];
    const err = [];
    const tail = [];
    const tailMax = opts.tailLines ?? TAIL_DEFAULT;
    const onLine = (line) => {
        const masked = (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .maskSecrets */ .QU)(line, secrets);
        tail.push(masked);
        if (tail.length > tailMax)
            tail.shift();
        if (opts.stream)
            opts.log.info(masked);
        else
            opts.log.debug(masked);
    };
    const cutSecrets = () => [...(0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .registeredSecrets */ .wW)(), ...secrets];
    const outLines = new LineSplitter(onLine, cutSecrets);
    const errLines = new LineSplitter(onLine, cutSecrets);
    child.stdout?.on('data', (c) => {
        out.push(c);
        outLines.push(c);
    });
    child.stderr?.on('data', (c) => {
        err.push(c);
        errLines.push(c);
    });
    const code = await new Promise((resolve, reject) => {
        child.on('error', (e) => {
            if (e.code === 'ENOENT')
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`command not found: ${cmd}`, { hint: 'is it installed and on PATH?' }));
            else
                reject(e);
        });
        child.on('close', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
    });
    outLines.end();
    errLines.end();
    const result = { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
    if (code !== 0 && !opts.allowFailure) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`command failed with exit code ${code}: ${shown}\n${tail.join('\n')}`);
    }
    return result;
}
/** The first `name` in a directory of env.PATH, as `command -v` finds it. */
function onPath(name, env = process.env) {
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).filter(Boolean)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name)))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
    }
    return undefined;
}


/***/ }),

/***/ 6391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ purgeBytecode),
/* harmony export */   fZ: () => (/* binding */ treeDigest),
/* harmony export */   kt: () => (/* binding */ treeFacts)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// A cheap fingerprint of a directory tree: the sha256 of its sorted file list (path, type,
// permission bits, size, link target), not of file contents. It notices a file added, removed,
// resized, re-moded or re-linked in a cached tool or env without reading gigabytes. `__pycache__`
// directories are left out: Python fills them on its own whenever an interpreter imports.
//
// What it is for, and what not: the tool cache (and a layer on this runner's disk) is the runner's
// own and trusted like the rest of its disk. The digest catches a truncated or partial install and
// accidental changes (a file added, removed, resized, re-moded, re-linked); it does not catch an
// edit that keeps every size and mode, so it is no defence against someone who can write the cache
// (such a writer could change any program the runner runs anyway). Downloads are checked by sha256
// before they are installed; a tool-cache marker may also pin the sha256 of a few named files.




const SKIP_DIRS = new Set(['__pycache__']);
function typeOf(st) {
    if (st.isFile())
        return 'f';
    if (st.isDirectory())
        return 'd';
    if (st.isSymbolicLink())
        return 'l';
    return 'o';
}
/** One line per entry: type, mode, size (0 for dirs), path, link target; with mtimes, a file's mtime too. */
const line = (type, mode, size, path, link, mtime = '') => `${type}\0${mode}\0${type === 'd' ? '0' : size}\0${path}\0${link}${type === 'f' && mtime ? `\0${mtime}` : ''}`;
/** A file's mtime as GNU find's %T@ prints it: seconds, a dot, ten digits of fraction. */
function mtimeText(full) {
    const ns = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync)(full, { bigint: true }).mtimeNs;
    return `${ns / 1000000000n}.${(ns % 1000000000n).toString().padStart(9, '0')}0`;
}
function walkJs(root, skip, mtimes) {
    const out = [];
    const walk = (rel) => {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, rel))) {
            const r = rel ? `${rel}/${name}` : name;
            if (!rel && skip.has(name))
                continue;
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, r);
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync)(full);
            if (st.isDirectory() && SKIP_DIRS.has(name))
                continue;
            const t = typeOf(st);
            out.push(line(t, (st.mode & 0o7777).toString(8), String(st.size), r, t === 'l' ? (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readlinkSync)(full) : '', mtimes && t === 'f' ? mtimeText(full) : ''));
            if (t === 'd')
                walk(r);
        }
    };
    walk('');
    return out;
}
/** GNU find lists a big env several times faster than a JS walk; undefined where it is not GNU find. */
function walkFind(root, skip, mtimes) {
    if (process.platform !== 'linux')
        return undefined;
    const n = mtimes ? 6 : 5;
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('find', [root, '-mindepth', '1', '-name', '__pycache__', '-type', 'd', '-prune', '-o', '-printf', `%y\\0%m\\0%s\\0%P\\0%l\\0${mtimes ? '%T@\\0' : ''}`], {
        maxBuffer: 1 << 30,
        encoding: 'buffer',
    });
    if (r.status !== 0 || !r.stdout)
        return undefined;
    const parts = r.stdout.toString('utf8').split('\0');
    const out = [];
    for (let i = 0; i + n - 1 < parts.length; i += n) {
        const [y, m, s, p, l, mt] = parts.slice(i, i + n);
        if (skip.has(p.split('/')[0]))
            continue;
        const t = y === 'f' || y === 'd' || y === 'l' ? y : 'o';
        out.push(line(t, m, s, p, t === 'l' ? l : '', mt ?? ''));
    }
    return out;
}
/**
 * sha256 of the file list under `root`; `skip` names top-level entries left out (e.g. the record
 * itself). With `mtimes`, each file's mtime is in it too: a hard-linked copy shares its files'
 * inodes, so an edit in place that keeps a file's size still changes the digest of both trees.
 */
function treeDigest(root, skip = [], opts = {}) {
    return treeFacts(root, skip, opts).digest;
}
/** treeDigest, with the file count and size it saw on the same walk. */
function treeFacts(root, skip = [], opts = {}) {
    const s = new Set(skip);
    const mtimes = Boolean(opts.mtimes);
    const lines = walkFind(root, s, mtimes) ?? walkJs(root, s, mtimes);
    lines.sort();
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    let files = 0;
    let bytes = 0;
    for (const l of lines) {
        h.update(l).update('\n');
        if (l.startsWith('f\0')) {
            files++;
            bytes += Number(l.split('\0')[2]);
        }
    }
    return { digest: h.digest('hex'), files, bytes };
}
/**
 * Removes every `__pycache__` under `root`. What treeDigest leaves out must not come from a cache:
 * a planted .pyc that matches its source's mtime and size would run in place of the source.
 * Python writes them again on import.
 */
function purgeBytecode(root) {
    if (process.platform === 'linux') {
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('find', [root, '-name', '__pycache__', '-type', 'd', '-prune', '-exec', 'rm', '-rf', '--', '{}', '+'], { stdio: 'ignore' });
        if (r.status === 0)
            return;
    }
    const walk = (dir) => {
        let names;
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)(dir);
        }
        catch {
            return;
        }
        for (const name of names) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name);
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync)(full);
            if (!st.isDirectory())
                continue;
            if (name === '__pycache__')
                (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(full, { recursive: true, force: true });
            else
                walk(full);
        }
    };
    walk(root);
}


/***/ })

};
