export const id = 588;
export const ids = [588];
export const modules = {

/***/ 8775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ venvPythonLinks),
/* harmony export */   Fy: () => (/* binding */ MANIFEST_MAX),
/* harmony export */   Qh: () => (/* binding */ extractArchive),
/* harmony export */   ir: () => (/* binding */ MANIFEST_NAME),
/* harmony export */   uE: () => (/* binding */ VENV_PYTHON_LINK)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _tar_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2779);
// The one safe extractor for every archive that arrives from outside: .swrt bundles, packed envs
// (export/*_env.tar.gz) and downloaded tool archives. It writes only into a fresh private temp dir
// next to the target and renames it into place at the end; a refused or damaged archive leaves
// nothing. Names with `..` or a leading `/` are refused; nothing is written through a symlink (one
// from the archive at any depth, or one already in a merge target); hard links only to regular files
// this archive already put in; symlinks only when they resolve inside the target (absolute ones only
// where the caller's rule allows); devices, FIFOs and other special entries are refused. A root
// _manifest.yaml (a bundle's) must be single and at most MANIFEST_MAX bytes.




/** A bundle's manifest, checked in every archive the extractor reads (the bundle layer owns its format). */
const MANIFEST_NAME = '_manifest.yaml';
/** A manifest is a few KiB; anything near this is not one. */
const MANIFEST_MAX = 1024 * 1024;
/** A packed venv's bin/python, bin/python3 and bin/python3.N point at the build interpreter. */
const VENV_PYTHON_LINK = /^bin\/python(3(\.\d+)?)?$/;
const venvPythonLinks = () => (path) => (VENV_PYTHON_LINK.test(path) ? { keep: true } : undefined);
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const MAX_HOPS = 40;
/** Python's tarfile.add(dir, arcname="") writes the root as `/`; GNU tar -C dir . writes `./`. */
const isRoot = (p) => /^(\.?\/*|\.)$/.test(p);
class Refused extends Error {
}
/** The name's parts (`.` and empty parts dropped), or undefined when it is absolute or has `..`. */
function parts(name) {
    if (name.startsWith('/') || /^[A-Za-z]:[\\/]/.test(name) || name.includes('\0'))
        return undefined;
    const out = name.split('/').filter((p) => p !== '' && p !== '.');
    return out.includes('..') ? undefined : out;
}
/**
 * The tree as a trie of ids (0 is the root), so a walk looks up one short key per path part instead
 * of joining the whole path again at every step.
 */
class TreeIndex {
    ids = new Map();
    nodes = [undefined];
    constructor(tree) {
        for (const [rel, n] of tree)
            this.nodes[this.path(rel.split('/'), true)] = n;
    }
    /** The id of `parent`'s child `name` (-1: not in the tree, nor anything under it). */
    child(parent, name, create = false) {
        if (parent < 0)
            return -1;
        const key = `${parent}/${name}`;
        let id = this.ids.get(key);
        if (id === undefined && create) {
            id = this.nodes.length;
            this.nodes.push(undefined);
            this.ids.set(key, id);
        }
        return id ?? -1;
    }
    /** The id of a path's parts from the root. */
    path(ps, create = false) {
        let id = 0;
        for (const p of ps)
            id = this.child(id, p, create);
        return id;
    }
    node(id) {
        return id < 0 ? undefined : this.nodes[id];
    }
}
/** Path parts all the symlink checks of one archive may walk; an archive needing more is refused. */
const WALK_BUDGET = 1_000_000;
/**
 * Whether a link in the directory `start` (ids from the root down) with `target` resolves outside
 * the tree, following the archive's own links. `budget.left` counts the path parts walked.
 */
function escapes(index, start, target, mayEndAtKept, budget) {
    const stack = [...start];
    // the parts still to walk, last first (pop takes the next one)
    const todo = target.split('/').reverse();
    let hops = 0;
    while (todo.length) {
        if (--budget.left < 0)
            throw new Refused(`its symlinks take more than ${WALK_BUDGET} steps to check`);
        const c = todo.pop();
        if (c === '' || c === '.')
            continue;
        if (c === '..') {
            if (!stack.length)
                return true;
            stack.pop();
            continue;
        }
        const id = index.child(stack.length ? stack[stack.length - 1] : 0, c);
        const n = index.node(id);
        if (!n || n.kind !== 'link') {
            stack.push(id);
            continue;
        }
        if (++hops > MAX_HOPS)
            return true;
        if (n.keep)
            return !(mayEndAtKept && todo.length === 0);
        if (n.inside !== undefined) {
            stack.length = 0;
            todo.push(...n.inside.split('/').reverse());
        }
        else if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(n.target ?? ''))
            return true;
        else
            todo.push(...(n.target ?? '').split('/').reverse());
    }
    return false;
}
function lstatOrUndefined(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
    }
    catch {
        return undefined;
    }
}
/** The merge target as it is (links not followed). */
function loadExisting(root, tree, rel = '') {
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel))) {
        const p = rel ? `${rel}/${name}` : name;
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, p));
        if (st.isSymbolicLink())
            tree.set(p, { kind: 'link', target: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, p)), old: true });
        else if (st.isDirectory()) {
            tree.set(p, { kind: 'dir', old: true });
            loadExisting(root, tree, p);
        }
        else
            tree.set(p, { kind: st.isFile() ? 'file' : 'other', old: true });
    }
}
/** Moves everything in `from` into `to`: new names renamed in, directories merged, files replaced. */
function mergeInto(from, to, rel = '') {
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(from, rel))) {
        const p = rel ? `${rel}/${name}` : name;
        const src = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(from, p));
        const dst = lstatOrUndefined((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(to, p));
        if (src.isDirectory() && dst?.isDirectory())
            mergeInto(from, to, p);
        else if (dst?.isDirectory() || (dst && src.isDirectory()))
            throw new Refused(`"${p}" is a directory on one side and not on the other`);
        else
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(from, p), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(to, p));
    }
}
/** One extraction in progress: the private temp dir, what is in it so far, and the files still open. */
class Extraction {
    tmp;
    dest;
    target;
    strip;
    tree = new Map();
    openFds = new Set();
    dirs = [];
    constructor(tmp, dest, target, strip) {
        this.tmp = tmp;
        this.dest = dest;
        this.target = target;
        this.strip = strip;
    }
    /** Makes the parents of an entry in the temp dir; none may be a link or a file. */
    ensureParents(raw, ps) {
        // a directory made in the temp dir had every parent checked when it was made
        const parent = ps.length > 1 ? this.tree.get(ps.slice(0, -1).join('/')) : undefined;
        if (parent?.kind === 'dir' && parent.inTmp)
            return;
        for (let i = 1; i < ps.length; i++) {
            const p = ps.slice(0, i).join('/');
            const n = this.tree.get(p);
            if (n?.kind === 'link')
                throw new Refused(`"${raw}" would be written through the symlink "${p}"`);
            if (n && n.kind !== 'dir')
                throw new Refused(`"${raw}" would be written inside the file "${p}"`);
            if (n?.inTmp)
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.tmp, p), { mode: 0o700 });
            if (n)
                n.inTmp = true;
            else
                this.tree.set(p, { kind: 'dir', inTmp: true });
        }
    }
    onEntry = (e) => {
        const raw = e.path;
        if (e.type === 'Directory' && isRoot(raw))
            return void e.resume();
        const all = parts(raw);
        if (!all)
            throw new Refused(`"${raw}" points outside the target`);
        const ps = all.slice(this.strip);
        if (!ps.length)
            return void e.resume();
        const rel = ps.join('/');
        const had = this.admit(e, raw, ps, rel);
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.tmp, rel);
        if (e.type === 'Directory')
            return this.addDir(e, rel, path, had);
        if (e.type === 'SymbolicLink')
            return this.addSymlink(e, rel, path);
        if (e.type === 'Link')
            return this.addHardLink(e, raw, rel, path);
        return this.addFile(e, rel, path);
    };
    /** Checks an entry against its type, the manifest rule and what is already there; returns what is. */
    admit(e, raw, ps, rel) {
        const isFile = FILE_TYPES.has(e.type);
        if (!isFile && !['Directory', 'SymbolicLink', 'Link'].includes(e.type))
            throw new Refused(`"${raw}" is a ${e.type} entry; only files, directories and links are extracted`);
        if (rel === MANIFEST_NAME && !isFile)
            throw new Refused(`its ${MANIFEST_NAME} is a ${e.type} entry, not a regular file`);
        if (rel === MANIFEST_NAME && e.size > MANIFEST_MAX)
            throw new Refused(`its ${MANIFEST_NAME} is ${e.size} bytes (at most ${MANIFEST_MAX})`);
        this.ensureParents(raw, ps);
        const had = this.tree.get(rel);
        if (had && !had.old && !(had.kind === 'dir' && e.type === 'Directory')) {
            throw new Refused(rel === MANIFEST_NAME ? `it has more than one ${MANIFEST_NAME}` : `"${raw}" appears twice in the archive`);
        }
        if (had?.old && had.kind === 'link' && e.type === 'Directory')
            throw new Refused(`"${raw}" would be written through the symlink "${rel}"`);
        if (had?.old && (had.kind === 'dir') !== (e.type === 'Directory'))
            throw new Refused(`"${raw}" would replace a ${had.kind === 'dir' ? 'directory' : 'file'} already in ${this.target}`);
        return had;
    }
    addDir(e, rel, path, had) {
        const node = had ?? { kind: 'dir' };
        if (!node.inTmp)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(path, { mode: 0o700 });
        Object.assign(node, { inTmp: true, mode: entryMode(e), mtime: e.mtime });
        this.tree.set(rel, node);
        this.dirs.push({ rel, node });
        e.resume();
    }
    addSymlink(e, rel, path) {
        const linkTarget = e.linkpath ?? '';
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(linkTarget))
            this.tree.set(rel, { kind: 'link', target: linkTarget, pendingAbsolute: true });
        else {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(linkTarget, path);
            this.tree.set(rel, { kind: 'link', target: linkTarget, inTmp: true });
        }
        e.resume();
    }
    addHardLink(e, raw, rel, path) {
        const lp = e.linkpath ?? '';
        const lparts = parts(lp);
        if (!lparts || lparts.length <= this.strip)
            throw new Refused(`hard link "${raw}" -> "${lp}" points outside the target`);
        const to = this.tree.get(lparts.slice(this.strip).join('/'));
        if (!to || to.kind !== 'file' || to.old)
            throw new Refused(`hard link "${raw}" -> "${lp}" does not point at a regular file extracted before it`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.tmp, lparts.slice(this.strip).join('/')), path);
        this.tree.set(rel, { kind: 'file', inTmp: true });
        e.resume();
    }
    /** A regular file: created fresh (never through a link), written as it streams. */
    addFile(e, rel, path) {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, 0o600);
        this.openFds.add(fd);
        this.tree.set(rel, { kind: 'file', inTmp: true });
        return new Promise((resolveEntry, reject) => {
            let failed = false;
            e.on('data', (c) => {
                if (failed)
                    return;
                try {
                    for (let off = 0; off < c.length;)
                        off += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, c, off);
                }
                catch (err) {
                    failed = true;
                    reject(err);
                }
            });
            e.on('end', () => {
                if (failed)
                    return;
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, entryMode(e));
                    if (e.mtime)
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.futimesSync)(fd, e.mtime, e.mtime);
                    this.openFds.delete(fd);
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
                    resolveEntry();
                }
                catch (err) {
                    reject(err);
                }
            });
        });
    }
    /** Absolute links: the caller's rule decides, now that every entry is in. */
    placeAbsoluteLinks(rule) {
        for (const [rel, n] of this.tree) {
            if (!n.pendingAbsolute)
                continue;
            const d = rule?.(rel, n.target);
            if (!d)
                throw new Refused(`symlink "${rel}" -> "${n.target}" points outside the target`);
            if ('keep' in d) {
                n.keep = true;
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(n.target, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.tmp, rel));
            }
            else {
                const inside = parts(d.inside);
                if (!inside)
                    throw new Refused(`symlink "${rel}" -> "${n.target}" points outside the target`);
                n.inside = inside.join('/');
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(inside.length ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dest, ...inside) : this.dest, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.tmp, rel));
            }
            n.inTmp = true;
        }
    }
    /** Every link, followed through the tree as it now stands, stays inside the target. */
    checkLinksStayInside(rule) {
        const index = new TreeIndex(this.tree);
        const budget = { left: WALK_BUDGET };
        for (const [rel, n] of this.tree) {
            if (n.kind !== 'link' || n.keep)
                continue;
            const start = [];
            if (n.inside === undefined)
                for (const p of rel.split('/').slice(0, -1))
                    start.push(index.child(start.length ? start[start.length - 1] : 0, p));
            const asAbsolute = rule?.(rel, '/');
            const mayEndAtKept = asAbsolute !== undefined && 'keep' in asAbsolute;
            if (escapes(index, start, n.inside ?? n.target ?? '', mayEndAtKept, budget))
                throw new Refused(`symlink "${rel}" -> "${n.target}" points outside the target`);
        }
    }
    /** Directory modes last (deepest first), then the temp dir merged into or renamed over the target. */
    finish(opts) {
        for (const { rel, node } of this.dirs.sort((a, b) => b.rel.length - a.rel.length))
            fixDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.tmp, rel), node);
        if (opts.merge) {
            mergeInto(this.tmp, this.dest);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(this.tmp, { recursive: true, force: true });
        }
        else {
            opts.prepare?.(this.tmp);
            fixDir(this.tmp, { kind: 'dir', mode: 0o755 });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(this.dest, { recursive: true, force: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(this.tmp, this.dest);
        }
    }
    abandon() {
        for (const fd of this.openFds)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(this.tmp, { recursive: true, force: true });
    }
}
/** An entry's permission bits, without group/other write or setuid. */
const entryMode = (e) => (e.mode ?? (e.type === 'Directory' ? 0o755 : 0o644)) & 0o755;
/**
 * Extracts `archive` into `target` and returns the target. Without `merge` the target is replaced
 * whole (only with `force` when it exists); with `merge` the entries are laid into it.
 */
async function extractArchive(archive, target, opts = {}) {
    const what = opts.what ?? archive;
    const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(target);
    if (!opts.merge && lstatOrUndefined(dest) && !opts.force)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${target} already exists`, { hint: 'pass --force to replace it' });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dest), { recursive: true });
    if (opts.merge)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dest, { recursive: true });
    const x = new Extraction((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dest), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dest)}.extract-${process.pid}-`)), dest, target, opts.strip ?? 0);
    try {
        if (opts.merge)
            loadExisting(dest, x.tree);
        await (0,_tar_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanTar */ .tZ)(archive, x.onEntry);
        const rule = opts.absoluteLinks?.(x.tmp);
        x.placeAbsoluteLinks(rule);
        x.checkLinksStayInside(rule);
        x.finish(opts);
    }
    catch (e) {
        x.abandon();
        if (e instanceof Refused)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`refusing to extract ${what}: ${e.message}`, { hint: _tar_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .CRAFTED_HINT */ .A9 });
        if (e instanceof _tar_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .TarRefusal */ .uU)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${what} is not a readable tar: ${e.message}`, { hint: opts.damagedHint ?? _tar_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .CRAFTED_HINT */ .A9 });
        if (e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
            throw e;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`could not extract ${what}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}`, { hint: opts.damagedHint ?? _tar_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .CRAFTED_HINT */ .A9 });
    }
    return target;
}
/** A directory's mode and mtime, once its entries are in; the owner keeps rwx so it can be replaced later. */
function fixDir(path, n) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.chmodSync)(path, (n.mode ?? 0o755) | 0o700);
    if (n.mtime)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.utimesSync)(path, n.mtime, n.mtime);
}


/***/ }),

/***/ 2779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ CRAFTED_HINT),
/* harmony export */   tZ: () => (/* binding */ scanTar),
/* harmony export */   uU: () => (/* binding */ TarRefusal)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8697);
// Reads a tar (plain or gzip) strictly, entry by entry: any damage node-tar notices is an error, a
// member shorter than its header says is an error, and so is an archive that stops before its
// end-of-archive blocks (node-tar alone accepts that). Everything that reads an archive from outside
// (info, extract, restore, packed envs, downloads) goes through here, so they all see the same thing.


const CRAFTED_HINT = 'the archive was crafted or corrupted; do not use it';
/** Why an archive was refused (the caller adds which archive and turns it into a UserError). */
class TarRefusal extends Error {
    constructor(message) {
        super(message);
        this.name = 'TarRefusal';
    }
}
/**
 * Calls `onEntry` for every entry, in order; the callback consumes (or resumes) the entry and may
 * return a promise the scan waits for at the end. Throwing (or rejecting) stops the scan.
 */
async function scanTar(file, onEntry) {
    const parser = new tar__WEBPACK_IMPORTED_MODULE_1__/* .Parser */ .iX({ strict: true });
    const input = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file);
    const pending = [];
    let failure;
    let sawEof = false;
    let finish = () => undefined;
    const done = new Promise((resolve) => (finish = resolve));
    const fail = (e) => {
        if (failure !== undefined)
            return;
        failure = e;
        input.unpipe(parser);
        input.destroy();
        finish();
    };
    parser.on('end', () => finish());
    parser.on('close', () => finish());
    parser.on('error', (e) => fail(new TarRefusal(e.message.replace(/^TAR_[A-Z_]+: /, ''))));
    input.on('error', (e) => fail(e));
    parser.on('warn', (_code, message) => fail(new TarRefusal(message)));
    parser.on('eof', () => (sawEof = true));
    parser.on('entry', (e) => {
        if (failure !== undefined)
            return void e.resume();
        let got = 0;
        e.on('data', (c) => (got += c.length));
        const ended = new Promise((resolve) => e.on('end', resolve));
        pending.push(ended.then(() => {
            if (got !== e.size)
                fail(new TarRefusal(`"${e.path}" is cut short (${got} of ${e.size} bytes)`));
        }));
        try {
            const p = onEntry(e);
            if (p)
                pending.push(p.then(undefined, fail));
        }
        catch (err) {
            fail(err);
            e.resume();
        }
    });
    input.pipe(parser);
    await done;
    // on failure the entry being read may never end: nothing more is waited for
    if (failure !== undefined)
        throw failure;
    await Promise.all(pending);
    if (failure !== undefined)
        throw failure;
    if (!sawEof)
        throw new TarRefusal('it ends without the end-of-archive blocks (truncated)');
}


/***/ }),

/***/ 5633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   provisionTools: () => (/* binding */ provisionTools)
/* harmony export */ });
/* harmony import */ var _toolchain_provision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5494);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
// `toolchain`: a Python and/or a CUDA toolkit provisioned into the tool cache on their own, by the
// same code a build uses.


function provisionTools(req, opts) {
    if (!req.python && !req.pythonPath && !req.cuda)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('nothing to provision', { hint: 'pass --python and/or --cuda' });
    return (0,_toolchain_provision_js__WEBPACK_IMPORTED_MODULE_0__/* .provisionToolchain */ .ZB)(req, opts);
}


/***/ }),

/***/ 5138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sN: () => (/* binding */ fileSha256),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   zY: () => (/* binding */ fileSha256Sync)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
// sha256 in hex of a string, a buffer or a file: the one digest the bundle, the tool cache and
// the release checksums use.


const sha256 = (data) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
/** Streams the file, so a multi-gigabyte bundle is never held in memory. */
async function fileSha256(path) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const c of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        h.update(c);
    return h.digest('hex');
}
/** For small files (tool executables, wheels) where a synchronous check is simpler. */
function fileSha256Sync(path) {
    return sha256((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path));
}


/***/ })

};
