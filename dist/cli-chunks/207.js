export const id = 207;
export const ids = [207];
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

/***/ 9661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ writeTar),
/* harmony export */   Y: () => (/* binding */ writeTarTo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
// A small deterministic tar writer (POSIX ustar, with pax records for long names): the bytes
// depend only on the entries given, so the same inputs always give the same .swrt. A file is
// opened once (never through a link), must be a regular file, and must give exactly the bytes its
// header announces: one that changes while it is packed stops the write.
// Not node-tar's packer (node-tar still reads archives here): it stats and opens each path by name
// and writes what it finds, where a bundle must refuse a file swapped for a link or changed while it
// is packed, and must carry fixed modes and owners in a fixed order.



const BLOCK = 512;
function octal(n, width) {
    return `${n.toString(8).padStart(width - 1, '0')}\0`;
}
function header(name, e) {
    const h = Buffer.alloc(BLOCK, 0);
    h.write(name, 0, 100, 'utf8');
    if (e.linkname)
        h.write(e.linkname, 157, 100, 'utf8');
    h.write(octal(e.mode, 8), 100, 'ascii');
    h.write(octal(0, 8), 108, 'ascii');
    h.write(octal(0, 8), 116, 'ascii');
    h.write(octal(e.size, 12), 124, 'ascii');
    h.write(octal(e.mtime, 12), 136, 'ascii');
    h.write('        ', 148, 'ascii');
    h.write(e.type, 156, 'ascii');
    h.write('ustar\0', 257, 'ascii');
    h.write('00', 263, 'ascii');
    let sum = 0;
    for (const b of h)
        sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
    return h;
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let len = Buffer.byteLength(body) + 1;
    while (String(len).length + Buffer.byteLength(body) !== len)
        len = String(len).length + Buffer.byteLength(body);
    return Buffer.from(`${len}${body}`, 'utf8');
}
const pad = (n) => Buffer.alloc((BLOCK - (n % BLOCK)) % BLOCK, 0);
async function write(out, chunk) {
    if (!out.write(chunk))
        await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(out, 'drain');
}
const changed = (path) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${path} changed while it was being packed`, { hint: 'nothing may write to the files a runtime packs during a build; run it again' });
// Source files are read with synchronous calls: an env has thousands of small files, and five
// thread-pool round trips per file (open, stat, read, the EOF probe, close) cost more than the
// reads themselves. The main thread only reads; compressing and writing stay off it.
/** Opens a source file once, as a regular file that is still the one scanned; the caller closes it. */
function openSource(e) {
    const path = e.source;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ELOOP')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${path} became a symlink while it was being packed`, { hint: 'nothing may change the files a runtime packs during a build' });
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${path}: cannot read it to pack it (${code ?? String(err)})`);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${path} is not a regular file any more; it cannot be packed`, { hint: 'only regular files, directories and links are packed' });
        if (e.expect && (e.expect.dev !== st.dev || e.expect.ino !== st.ino))
            throw changed(path);
        if (e.size !== undefined && e.size !== st.size)
            throw changed(path);
        return { fd, size: st.size, mtimeMs: st.mtimeMs };
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw err;
    }
}
const PROBE = Buffer.alloc(1);
/** Streams exactly `size` bytes of `fd` to `out`; more or fewer, or a new mtime, is a changed file. */
async function copyExactly(out, fd, size, mtimeMs, path) {
    let left = size;
    while (left > 0) {
        // A fresh buffer per piece: write() keeps the chunk until it is flushed.
        const buf = Buffer.allocUnsafe(Math.min(1 << 20, left));
        const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, buf.length, null);
        if (bytesRead === 0)
            throw changed(path);
        await write(out, bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
        left -= bytesRead;
    }
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, PROBE, 0, 1, null) !== 0)
        throw changed(path);
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    if (st.size !== size || st.mtimeMs !== mtimeMs)
        throw changed(path);
}
/**
 * Writes `entries` in the order given to `file`. `mtime` is seconds since the epoch. On an error
 * the output stream is closed before the error is thrown, so the caller may remove `file`.
 */
async function writeTar(file, entries, mtime) {
    await writeTarTo((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file), entries, mtime);
}
/** writeTar into any stream (a gzip stream: no temp tar); the stream is ended, or destroyed on an error. */
async function writeTarTo(out, entries, mtime) {
    const failed = (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(out, 'error').then(([e]) => {
        throw e;
    });
    const run = async () => {
        for (const e of entries) {
            const name = e.type === 'dir' ? `${e.path}/` : e.path;
            const long = Buffer.byteLength(name) > 100 || Buffer.byteLength(e.linkname ?? '') > 100;
            if (long) {
                const rec = Buffer.concat([paxRecord('path', name), ...(e.linkname ? [paxRecord('linkpath', e.linkname)] : [])]);
                await write(out, header(`PaxHeader/${name.slice(-80)}`.slice(0, 99), { mode: 0o644, size: rec.length, mtime, type: 'x' }));
                await write(out, Buffer.concat([rec, pad(rec.length)]));
            }
            const type = e.type === 'dir' ? '5' : e.type === 'symlink' ? '2' : '0';
            const src = e.type === 'file' && !e.data && e.source ? openSource(e) : undefined;
            try {
                const size = src ? src.size : e.type === 'file' ? (e.data?.length ?? 0) : 0;
                await write(out, header(name.slice(0, 100), { mode: e.mode, size, mtime, type, linkname: e.linkname?.slice(0, 100) }));
                if (e.type === 'file') {
                    if (src)
                        await copyExactly(out, src.fd, src.size, src.mtimeMs, e.source);
                    else if (e.data)
                        await write(out, e.data);
                    await write(out, pad(size));
                }
            }
            finally {
                if (src)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(src.fd);
            }
        }
        await write(out, Buffer.alloc(BLOCK * 2, 0));
        out.end();
        await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(out, 'finish');
    };
    failed.catch(() => undefined);
    try {
        await Promise.race([run(), failed]);
    }
    catch (e) {
        if (!out.closed) {
            const closed = (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(out, 'close').catch(() => undefined);
            out.destroy();
            await closed;
        }
        throw e;
    }
}


/***/ }),

/***/ 9075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ checkManifest),
/* harmony export */   UE: () => (/* binding */ LOCK_DIR),
/* harmony export */   UO: () => (/* binding */ swcliTime),
/* harmony export */   XC: () => (/* binding */ manifestStarwhaleVersion),
/* harmony export */   qz: () => (/* binding */ dumpManifest),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony exports dockerImages, setupRequires */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _env_lock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1200);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _util_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6092);
/* harmony import */ var _plan_pip_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9281);
/* harmony import */ var _spec_credentials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(201);
// The bundle's _manifest.yaml with every field swcli and the Starwhale server read (docs/starwhale-compat.md: Manifest), dumped as PyYAML's safe_dump(default_flow_style=False) does: sorted keys, block style.






const LOCK_DIR = '.starwhale/lock';
const DEFAULT_IMAGE_REPO = 'docker-registry.starwhale.cn/star-whale';
const BASE_IMAGE_VERSION = '0.3.4';
const SETUP_REQUIRES = { basicsr: ['torch', 'numpy', 'cython'] };
function dockerImages(spec, env = process.env) {
    const repo = env.SW_IMAGE_REPO || DEFAULT_IMAGE_REPO;
    const base = env.SW_CUSTOM_BASE_IMAGE_VERSION || BASE_IMAGE_VERSION;
    const name = spec.cuda ? 'cuda' : 'base';
    const tag = spec.cuda ? `${spec.cuda}${spec.cudnn ? `-cudnn${spec.cudnn}` : ''}-base${base}` : base;
    return { builtin_run_image: { fullname: `${repo}/${name}:${tag}`, name, repo, tag }, custom_run_image: spec.docker_image };
}
/** swcli's basicsr workaround: packages needed before the lock can install. */
function setupRequires(lock) {
    const pinned = new Map(lock
        .split('\n')
        .map((l) => /^([A-Za-z0-9_.-]+)==/.exec(l))
        .filter((m) => m !== null)
        .map((m) => [m[1].toLowerCase(), m.input.trim()]));
    const out = [];
    for (const [lib, needs] of Object.entries(SETUP_REQUIRES)) {
        if (pinned.has(lib))
            out.push({ kind: 'pip_pkg', deps: needs.map((n) => pinned.get(n) ?? n) });
    }
    return out;
}
/**
 * environment.lock.starwhale_version, never empty (the server and restore install starwhale at this
 * version): an explicit override, else runtime.yaml's environment.starwhale_version, else a
 * `starwhale==X` the lock pins, else the Starwhale release our bundle format targets (swcli records
 * its own version there too).
 */
function manifestStarwhaleVersion(o) {
    // A git+ URL may carry a token for a private fork: the bundle gets the URL without it.
    return (0,_plan_pip_options_js__WEBPACK_IMPORTED_MODULE_2__/* .stripUserinfo */ ._H)(o.override?.trim() || o.spec || o.locked || _env_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .STARWHALE_COMPAT_VERSION */ .W7);
}
function buildManifest(m) {
    return manifestFields(m);
}
function manifestFields(m) {
    const { spec } = m;
    // The build used any credentials in URLs; the published copy never carries them.
    const deps = (0,_spec_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .publicDeps */ .A0)(spec.dependencies);
    const files = (kind) => deps.filter((d) => d.kind === kind);
    const pipFiles = files('pip_req_file').map((d) => d.deps);
    const condaFiles = files('conda_env_file').map((d) => d.deps);
    const included = [...new Set(m.includedFiles ?? [])].filter((f) => !pipFiles.includes(f));
    const docker = dockerImages(spec, m.env);
    return {
        artifacts: {
            dependencies: [...condaFiles, ...pipFiles, ...included].map((f) => `dependencies/${f.replace(/^\/+/, '')}`).concat(m.lockFiles.map((f) => `dependencies/${f}`)),
            files: files('native_file').flatMap((d) => d.deps),
            runtime_yaml: 'runtime.yaml',
            wheels: files('wheel').flatMap((d) => d.deps.map((w) => `wheels/${w.replace(/^\/+/, '')}`)),
        },
        base_image: docker.custom_run_image || docker.builtin_run_image.fullname,
        build: { os: 'Linux', sw_version: _env_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .STARWHALE_COMPAT_VERSION */ .W7, swrt_version: _util_version_js__WEBPACK_IMPORTED_MODULE_5__/* .SWRT_VERSION */ .W },
        configs: { ...spec.configs, conda: (0,_spec_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .publicCondaConfig */ .HR)(spec.configs.conda), pip: (0,_plan_pip_options_js__WEBPACK_IMPORTED_MODULE_2__/* .publicPipConfig */ .$2)(spec.configs.pip) },
        created_at: m.createdAt,
        dependencies: {
            conda_files: condaFiles,
            conda_pkgs: files('conda_pkg').flatMap((d) => d.deps),
            local_packaged_env: m.localPackagedEnv,
            pip_files: pipFiles,
            pip_pkgs: files('pip_pkg').flatMap((d) => d.deps),
            raw_deps: deps,
            setup_requires: setupRequires(m.lock),
        },
        docker,
        environment: {
            arch: spec.arch,
            auto_lock_dependencies: m.lockFiles.length > 0,
            lock: {
                env_name: '',
                env_prefix_path: '',
                env_use_shell: false,
                files: m.lockFiles,
                shell: { python_env: spec.mode, python_version: m.pythonVersion, use_conda: spec.mode === 'conda', use_venv: spec.mode === 'venv' },
                starwhale_version: manifestStarwhaleVersion({ override: m.starwhaleVersion }),
                system: 'Linux',
            },
            mode: spec.mode,
            python: spec.python,
        },
        name: spec.name,
        version: m.version,
    };
}
function dumpManifest(m) {
    // No anchors/aliases (a files[] dict appears in both artifacts and raw_deps; PyYAML's dump of
    // swcli's separate dicts has none, and not every reader resolves them); '' quoted as PyYAML does.
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(m, { sortMapEntries: true, indentSeq: false, lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', aliasDuplicateObjects: false, singleQuote: true });
}
/** swcli's created_at: `%Y-%m-%d %H:%M:%S %Z`, in UTC so that reproducible builds agree everywhere. */
function swcliTime(d) {
    return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
const isStr = (v) => typeof v === 'string';
const isBool = (v) => typeof v === 'boolean';
const listOf = (c) => (v) => Array.isArray(v) && v.every(c);
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const DEP_SHAPES = {
    pip_pkg: listOf(isStr),
    pip_req_file: isStr,
    conda_pkg: listOf(isStr),
    conda_env_file: isStr,
    wheel: listOf(isStr),
    command: listOf(isStr),
    native_file: listOf((f) => isObj(f) && isStr(f.src) && (f.dest === undefined || isStr(f.dest))),
};
const isDep = (d) => isObj(d) && isStr(d.kind) && (DEP_SHAPES[d.kind] ?? (() => true))(d.deps);
/** The fields restore and info read, each with the type it must have when present. */
const SHAPE = [
    [['name'], isStr, 'a string'],
    [['version'], isStr, 'a string'],
    [['environment'], isObj, 'a mapping'],
    // It becomes a path (export/<mode>) and a Dockerfile word: only the modes there are.
    [['environment', 'mode'], (v) => v === 'venv' || v === 'conda', 'venv or conda'],
    [['environment', 'python'], (v) => isStr(v) || typeof v === 'number', 'a string'],
    [['environment', 'arch'], listOf(isStr), 'a list of strings'],
    [['environment', 'lock'], isObj, 'a mapping'],
    [['environment', 'lock', 'files'], listOf(isStr), 'a list of strings'],
    [['environment', 'lock', 'env_prefix_path'], isStr, 'a string'],
    [['dependencies'], isObj, 'a mapping'],
    [['dependencies', 'raw_deps'], listOf(isDep), 'a list of {kind, deps} items'],
    [['dependencies', 'setup_requires'], listOf(isDep), 'a list of {kind, deps} items'],
    [['dependencies', 'local_packaged_env'], isBool, 'true or false'],
    [['configs'], isObj, 'a mapping'],
    [['configs', 'pip'], isObj, 'a mapping'],
    [['configs', 'pip', 'index_url'], isStr, 'a string'],
    [['configs', 'pip', 'extra_index_url'], listOf(isStr), 'a list of strings'],
    [['configs', 'pip', 'trusted_host'], listOf(isStr), 'a list of strings'],
];
/** Checks a manifest read from a bundle: a field of the wrong type is a one-line UserError, not a crash later. */
function checkManifest(m, where) {
    if (!isObj(m))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: _manifest.yaml is not a mapping`, { hint: 'the bundle is corrupt or not a Starwhale runtime' });
    for (const [path, ok, what] of SHAPE) {
        let v = m;
        for (const k of path)
            v = isObj(v) ? v[k] : undefined;
        if (v !== undefined && v !== null && !ok(v)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}: malformed _manifest.yaml: ${path.join('.')} is not ${what}`, { hint: 'the bundle is corrupt or was not written by swcli or swrt' });
        }
    }
    return m;
}


/***/ }),

/***/ 8134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ writeBundle),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   mx: () => (/* binding */ readWorkdirManifest)
/* harmony export */ });
/* unused harmony exports listEntries, parseManifestText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _util_pyyaml_dump_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5197);
/* harmony import */ var _spec_digests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3470);
/* harmony import */ var _spec_tree_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2315);
/* harmony import */ var _plan_pip_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9281);
/* harmony import */ var _spec_credentials_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(201);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17);
/* harmony import */ var _util_tmp_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5297);
/* harmony import */ var _archive_extract_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8775);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5138);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9075);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9661);
/* harmony import */ var _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2779);
// Writes and reads .swrt bundles: an uncompressed tar, _manifest.yaml the first file, Starwhale's
// layout (dependencies/, files/, wheels/, runtime.yaml, the lock under dependencies/.starwhale/lock/).















const clean = (p) => node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(p.replace(/^\/+/, '')).replace(/\/+$/, '');
const isExec = (mode) => (mode & 0o111) !== 0;
class EntrySet {
    map = new Map();
    dir(path) {
        const parts = path.split('/');
        for (let i = 1; i <= parts.length; i++) {
            const p = parts.slice(0, i).join('/');
            if (!this.map.has(p))
                this.map.set(p, { path: p, type: 'dir', mode: 0o755 });
        }
    }
    data(path, data, mode = 0o644) {
        if (path.includes('/'))
            this.dir(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(path));
        this.map.set(path, { path, type: 'file', mode, data });
    }
    /**
     * `ref` (relative to `root`) from disk: a regular file, or (with `dirs`) a directory tree whose
     * links that stay inside `root` are packed as links. Checked again here with lstat, links never
     * followed: the tree may have changed since runtime.yaml was validated.
     */
    disk(path, root, ref, what, dirs = false) {
        for (const n of (0,_spec_tree_js__WEBPACK_IMPORTED_MODULE_5__/* .scanOrThrow */ .FT)(root, ref, what, { dirs })) {
            const at = n.sub ? `${path}/${n.sub}` : path;
            if (n.type === 'dir') {
                this.dir(at);
                continue;
            }
            if (at.includes('/'))
                this.dir(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(at));
            if (n.type === 'symlink')
                this.map.set(at, { path: at, type: 'symlink', mode: 0o777, linkname: n.linkname });
            else
                this.map.set(at, { path: at, type: 'file', mode: isExec(n.mode) ? 0o755 : 0o644, source: n.full, size: n.size, expect: { dev: n.dev, ino: n.ino } });
        }
    }
    /** _manifest.yaml first (the server reads the first one), then everything sorted. */
    sorted() {
        const all = [...this.map.values()].filter((e) => e.path !== '_manifest.yaml');
        all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        const manifest = this.map.get('_manifest.yaml');
        return manifest ? [manifest, ...all] : all;
    }
}
/** runtime.yaml as published: byte for byte, except credentials in configs and dependencies are cut out. */
function publicRuntimeYaml(raw) {
    const text = raw.toString('utf8');
    const out = (0,_plan_pip_options_js__WEBPACK_IMPORTED_MODULE_6__/* .stripYamlCredentials */ .Qp)(text);
    return out === text ? raw : Buffer.from(out);
}
/** A requirements file as it is, or a copy without the credentials in its URLs (the build warned of them). */
function packRequirements(set, loaded, file) {
    const at = `dependencies/${clean(file)}`;
    set.disk(at, loaded.dir, file, 'requirements file');
    const stripped = (0,_spec_credentials_js__WEBPACK_IMPORTED_MODULE_14__/* .publicRequirements */ .sz)((0,_spec_digests_js__WEBPACK_IMPORTED_MODULE_4__/* .readInput */ .R5)(loaded, file).toString('utf8'));
    if (stripped !== undefined)
        set.data(at, Buffer.from(stripped));
}
/** Writes the bundle to `<out>.tmp-…` and renames it to `out`; nothing half-written is left behind. */
async function writeBundle(input, out) {
    const { loaded } = input;
    const set = new EntrySet();
    set.data('_manifest.yaml', Buffer.from((0,_manifest_js__WEBPACK_IMPORTED_MODULE_11__/* .dumpManifest */ .qz)(input.manifest)));
    const condarc = (0,_spec_credentials_js__WEBPACK_IMPORTED_MODULE_14__/* .publicCondaConfig */ .HR)(loaded.spec.configs.conda).condarc;
    // swcli writes yaml.safe_dump(condarc): PyYAML's layout, not the yaml package's.
    if (Object.keys(condarc).length)
        set.data('configs/condarc', Buffer.from((0,_util_pyyaml_dump_js__WEBPACK_IMPORTED_MODULE_3__/* .pyyamlSafeDump */ .i)(condarc)));
    for (const d of ['dependencies', 'files', 'wheels'])
        set.dir(d);
    for (const dep of loaded.spec.dependencies) {
        if (dep.kind === 'pip_req_file') {
            // at the same relative paths, so the packed file's `-r`/`-c` lines still resolve
            for (const f of [dep.deps, ...(0,_spec_digests_js__WEBPACK_IMPORTED_MODULE_4__/* .requirementIncludes */ .Fu)(loaded, dep.deps)])
                packRequirements(set, loaded, f);
        }
        else if (dep.kind === 'conda_env_file')
            set.disk(`dependencies/${clean(dep.deps)}`, loaded.dir, dep.deps, 'conda env file');
        else if (dep.kind === 'wheel')
            for (const w of dep.deps)
                set.disk(`wheels/${clean(w)}`, loaded.dir, w, 'wheel');
        else if (dep.kind === 'native_file')
            for (const f of dep.deps)
                set.disk(`files/${clean(f.src)}`, loaded.dir, f.src, 'files src', true);
    }
    if (input.lock)
        set.data(`dependencies/${_manifest_js__WEBPACK_IMPORTED_MODULE_11__/* .LOCK_DIR */ .UE}/${input.lock.name}`, Buffer.from(input.lock.text));
    if (input.packedEnv)
        set.disk(`export/${input.packedEnv.name}`, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(input.packedEnv.path), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(input.packedEnv.path), 'packed env');
    set.data('runtime.yaml', publicRuntimeYaml(loaded.raw));
    const tmp = (0,_util_tmp_js__WEBPACK_IMPORTED_MODULE_8__/* .tmpName */ .BI)(out);
    try {
        await (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_12__/* .writeTar */ .F)(tmp, set.sorted(), input.mtime);
        const sha256 = await (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_10__/* .fileSha256 */ .sN)(tmp);
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(tmp).size;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, out);
        return { path: out, sha256, size };
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw e;
    }
}
const normalizeName = (p) => {
    const n = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(p.replace(/^\.?\/+/, '')).replace(/\/+$/, '');
    return n === '.' ? '' : n;
};
const notReadable = (swrt, e) => e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo ? e : new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${swrt} is not a readable tar: ${e.message}`, { hint: 'a .swrt is an uncompressed tar; the file may be truncated or crafted' });
/**
 * Every entry of a .swrt, in archive order (swcli's root directory entry `/` comes back as ''). The
 * whole archive is read: a damaged one, or one with two _manifest.yaml, is refused.
 */
async function listEntries(swrt) {
    const out = [];
    let manifests = 0;
    try {
        await scanTar(swrt, (e) => {
            const path = normalizeName(e.path);
            if (path === MANIFEST_NAME && ++manifests > 1)
                throw twoManifests(swrt);
            out.push({ path, type: e.type, size: e.size ?? 0 });
            e.resume();
        });
    }
    catch (e) {
        throw notReadable(swrt, e);
    }
    return out;
}
const twoManifests = (swrt) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${swrt} has more than one ${_archive_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .ir}`, { hint: _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_13__/* .CRAFTED_HINT */ .A9 });
/** A manifest's text as data: YAML errors and alias bombs become one-line UserErrors. */
function parseManifestText(text, where) {
    let m;
    try {
        m = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { maxAliasCount: 100, prettyErrors: false });
    }
    catch (e) {
        // Only the place: a manifest's configs may carry credentials.
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${where}: ${_archive_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .ir} is not valid YAML${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .parseErrorPlace */ .TJ)(e, text)}`, { hint: _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_13__/* .CRAFTED_HINT */ .A9 });
    }
    if (!m || typeof m !== 'object' || Array.isArray(m))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${where}: ${_archive_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .ir} is not a mapping`, { hint: _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_13__/* .CRAFTED_HINT */ .A9 });
    return (0,_manifest_js__WEBPACK_IMPORTED_MODULE_11__/* .checkManifest */ .K7)(m, where);
}
/** The manifest of a bundle extracted into `workdir` (by extract or swcli). */
function readWorkdirManifest(workdir) {
    const f = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workdir, _archive_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .ir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${workdir} is not an extracted runtime (no _manifest.yaml)`, { hint: 'pass a runtime URI, a .swrt file, or a directory made by swrt extract' });
    return parseManifestText((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(f, 'utf8'), f);
}
/**
 * The bundle's _manifest.yaml. The whole archive is read, so a truncated one is refused here as in
 * extract; so is one with two manifests (extract and info would disagree on which counts) or one
 * where another `…_manifest.yaml` comes first (a Starwhale server would read that one).
 */
async function readManifest(swrt) {
    let text;
    let seen = false;
    try {
        await (0,_archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_13__/* .scanTar */ .tZ)(swrt, (e) => {
            const name = normalizeName(e.path);
            if (name === _archive_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .ir) {
                if (seen)
                    throw twoManifests(swrt);
                seen = true;
                if (e.type !== 'File' && e.type !== 'OldFile')
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${swrt}: ${_archive_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .ir} is a ${e.type} entry, not a file`, { hint: _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_13__/* .CRAFTED_HINT */ .A9 });
                if (e.size > _archive_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_MAX */ .Fy)
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${swrt}: ${_archive_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .ir} is ${e.size} bytes (at most ${_archive_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_MAX */ .Fy})`, { hint: _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_13__/* .CRAFTED_HINT */ .A9 });
                const chunks = [];
                e.on('data', (c) => chunks.push(c));
                e.on('end', () => (text = Buffer.concat(chunks).toString('utf8')));
                return;
            }
            if (!seen && name.endsWith(_archive_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .ir) && e.size > 0) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${swrt}: "${name}" comes before ${_archive_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .ir}, and a Starwhale server would read it as the manifest`, { hint: _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_13__/* .CRAFTED_HINT */ .A9 });
            }
            e.resume();
        });
    }
    catch (e) {
        throw notReadable(swrt, e);
    }
    if (text === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${swrt} has no ${_archive_extract_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_NAME */ .ir}`, { hint: 'this is not a Starwhale runtime bundle' });
    return parseManifestText(text, swrt);
}


/***/ }),

/***/ 3470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ requirementIncludes),
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   qA: () => (/* binding */ requirementTexts),
/* harmony export */   yS: () => (/* binding */ digestInputs)
/* harmony export */ });
/* unused harmony export MAX_INPUT_TEXT_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2315);
/* harmony import */ var _requirements_includes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1121);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5138);
// The sha256 of every file a runtime.yaml references, so versions and cache keys change exactly
// when an input changes. Links inside a `files:` directory are hashed as links (their target), never
// followed; a link out or a special file stops the build (the tree may have changed since it was
// validated). A requirements file's `-r`/`-c` includes are inputs too.






/** The largest requirements file read as text (for cache keys). */
const MAX_INPUT_TEXT_BYTES = 16 * 1024 * 1024;
function walk(dir, ref, what, dirs, out) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(ref);
    for (const n of (0,_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .scanOrThrow */ .FT)(dir, ref, what, { dirs })) {
        const path = n.sub ? node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(rel, n.sub) : rel;
        if (n.type === 'symlink')
            out.push({ path, sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256 */ .sc)(`symlink:${n.linkname}`) });
        else if (n.type === 'file') {
            const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            (0,_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .streamRegular */ .DS)(n.full, (c) => h.update(c), { expect: n, label: path });
            out.push({ path, sha256: h.digest('hex') });
        }
    }
}
/**
 * The files requirements file `ref` includes, recursively (paths relative to the runtime.yaml
 * directory); the first problem stops the build (the files may have changed since validation).
 */
function requirementIncludes(loaded, ref) {
    const { files, problems } = (0,_requirements_includes_js__WEBPACK_IMPORTED_MODULE_3__/* .walkIncludes */ .t)(loaded.dir, ref);
    const first = problems[0];
    if (first) {
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`requirements file ${first.message}${more}`, { hint: first.hint });
    }
    return files.map((f) => f.path);
}
/** Every referenced file (directories expanded, requirements includes followed), sorted by path, plus runtime.yaml itself. */
function digestInputs(loaded) {
    const out = [{ path: 'runtime.yaml', sha256: (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256 */ .sc)(loaded.raw) }];
    for (const dep of loaded.spec.dependencies) {
        if (dep.kind === 'pip_req_file') {
            walk(loaded.dir, dep.deps, 'requirements file', false, out);
            for (const inc of requirementIncludes(loaded, dep.deps))
                walk(loaded.dir, inc, 'requirements file', false, out);
        }
        else if (dep.kind === 'conda_env_file')
            walk(loaded.dir, dep.deps, 'conda env file', false, out);
        else if (dep.kind === 'wheel')
            dep.deps.forEach((w) => walk(loaded.dir, w, 'wheel', false, out));
        else if (dep.kind === 'native_file')
            dep.deps.forEach((f) => walk(loaded.dir, f.src, 'files src', true, out));
    }
    const seen = new Map(out.map((d) => [d.path, d]));
    return [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Reads a referenced file (a requirements file) relative to the runtime.yaml directory, as checked. */
function readInput(loaded, p) {
    const [n] = (0,_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .scanOrThrow */ .FT)(loaded.dir, p, 'requirements file', { dirs: false });
    return (0,_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegular */ .VX)(n.full, { expect: n, max: MAX_INPUT_TEXT_BYTES, label: p });
}
/** Every requirements file the build reads, top-level and included, with its text (for credentials and cache keys). */
function requirementTexts(loaded) {
    return loaded.spec.dependencies.flatMap((d) => d.kind === 'pip_req_file' ? [d.deps, ...requirementIncludes(loaded, d.deps)].map((path) => ({ path, text: readInput(loaded, path).toString('utf8') })) : []);
}


/***/ }),

/***/ 1121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ walkIncludes)
/* harmony export */ });
/* unused harmony export parseIncludes */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2315);
// The files a requirements file pulls in with `-r`/`--requirement` and `-c`/`--constraint`, found
// the way pip finds them: lines joined at a trailing backslash, comments cut, each path relative to
// the file that names it, recursively. Every one must be a regular file inside the runtime.yaml
// directory (the same rule as a top-level requirements file); a URL is refused, since it cannot be
// hashed or packed. A cycle is walked once.


/** The largest requirements file read while looking for includes. */
const MAX_TEXT_BYTES = 16 * 1024 * 1024;
/** pip's SCHEME_RE, plus any `scheme://`: such a path is fetched, not read from disk. */
const URL_LIKE = /^(?:(?:https?|file):|[a-z][a-z0-9+.-]*:\/\/)/i;
const OPTION = /^(-r|--requirement|-c|--constraint)(?:=(.*))?$/;
const SHORT_ATTACHED = /^-([rc])(.+)$/;
/** Splits a line as shlex.split does for pip's option part: whitespace, quotes, backslash escapes. */
function shellWords(line) {
    const out = [];
    let cur;
    let quote;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote) {
            if (ch === quote)
                quote = undefined;
            else if (ch === '\\' && quote === '"' && i + 1 < line.length && '"\\'.includes(line[i + 1]))
                cur = (cur ?? '') + line[++i];
            else
                cur = (cur ?? '') + ch;
        }
        else if (/\s/.test(ch)) {
            if (cur !== undefined)
                out.push(cur);
            cur = undefined;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            cur = cur ?? '';
        }
        else if (ch === '\\' && i + 1 < line.length)
            cur = (cur ?? '') + line[++i];
        else
            cur = (cur ?? '') + ch;
    }
    if (cur !== undefined)
        out.push(cur);
    return out;
}
/** The `-r`/`-c` options of a requirements file's text, in order. */
function parseIncludes(text) {
    const out = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
    for (let i = 0; i < lines.length; i++) {
        const start = i + 1;
        let line = lines[i];
        // pip joins continuation lines first, then strips comments
        while (line.endsWith('\\') && i + 1 < lines.length)
            line = line.slice(0, -1) + lines[++i];
        line = line.replace(/(^|\s+)#.*$/, '').trim();
        if (!line.startsWith('-'))
            continue;
        const words = shellWords(line);
        for (let w = 0; w < words.length; w++) {
            const word = words[w];
            const long = OPTION.exec(word);
            const short = long ? null : SHORT_ATTACHED.exec(word);
            let kind;
            let ref;
            if (long) {
                kind = long[1] === '-r' || long[1] === '--requirement' ? 'requirement' : 'constraint';
                ref = long[2] ?? words[++w];
            }
            else if (short && !word.startsWith('--')) {
                kind = short[1] === 'r' ? 'requirement' : 'constraint';
                ref = short[2];
            }
            if (kind && ref)
                out.push({ kind, ref, line: start });
        }
    }
    return out;
}
const describeVia = (via) => `included by ${[...via].reverse().join(' <- ')}`;
/**
 * Walks the includes of requirements file `top` (relative to `root`, already checked). Nothing is
 * followed that is outside `root`, not a regular file, or a URL; each problem names the chain.
 */
function walkIncludes(root, top) {
    const files = [];
    const problems = [];
    const start = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(top.replace(/\\/g, '/'));
    const seenPaths = new Set([start]);
    const seenReal = new Set();
    const visit = (path, via) => {
        const { nodes, problems: found } = (0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .scanInput */ .mu)(root, path, { dirs: false });
        if (found.length) {
            for (const p of found)
                problems.push({ message: `${p.message} (${describeVia(via)})`, hint: p.hint });
            return;
        }
        const node = nodes[0];
        if (via.length)
            files.push({ path, via });
        if (seenReal.has(node.full))
            return;
        seenReal.add(node.full);
        const text = (0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegular */ .VX)(node.full, { expect: node, max: MAX_TEXT_BYTES, label: path }).toString('utf8');
        for (const inc of parseIncludes(text)) {
            const chain = [...via, `${path}:${inc.line}`];
            if (URL_LIKE.test(inc.ref)) {
                problems.push({ message: `"${inc.ref}" is a URL (${describeVia(chain)})`, hint: 'a URL cannot be hashed or packed; download the file into the runtime.yaml directory and include it by path' });
                continue;
            }
            if (inc.ref.includes('${')) {
                problems.push({ message: `"${inc.ref}" uses an environment variable (${describeVia(chain)})`, hint: 'name the file by a plain path relative to the file that includes it' });
                continue;
            }
            const next = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(inc.ref) ? inc.ref : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path), inc.ref));
            if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(next)) {
                problems.push({ message: `"${inc.ref}" is an absolute path (${describeVia(chain)})`, hint: 'use a path relative to the file that includes it, inside the runtime.yaml directory' });
                continue;
            }
            if (seenPaths.has(next))
                continue;
            seenPaths.add(next);
            visit(next, chain);
        }
    };
    visit(start, []);
    return { files, problems };
}


/***/ }),

/***/ 2315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DS: () => (/* binding */ streamRegular),
/* harmony export */   FT: () => (/* binding */ scanOrThrow),
/* harmony export */   VX: () => (/* binding */ readRegular),
/* harmony export */   mu: () => (/* binding */ scanInput),
/* harmony export */   tC: () => (/* binding */ copyNodes)
/* harmony export */ });
/* unused harmony exports specialKind, changedError, openRegular */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5888);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
// What a runtime.yaml may reference: regular files and directories inside its directory. Walks never
// follow a link: a link that stays inside comes back as a link (target made relative), a link out,
// a dangling link and a special file (FIFO, device, socket) come back as problems. Reads open the
// file once, refuse anything but a regular file, and read exactly the size fstat gave.




const OUT_HINT = 'copy the file into the directory instead';
const SPECIAL_HINT = 'only regular files, directories and links that stay inside the directory are packed; remove it';
function specialKind(st) {
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    if (!st.isFile() && !st.isDirectory() && !st.isSymbolicLink())
        return 'not a file';
    return undefined;
}
const errCode = (e) => e.code;
/** The reference itself: inside `root` (after its own link, if it is one) and a file or, when allowed, a directory. */
function resolveRef(root, ref, opts, problem) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, ref);
    if (!(0,_util_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root, full)) {
        problem(ref, 'is outside the runtime.yaml directory', 'bundles carry only files under the runtime.yaml directory; move the file there');
        return undefined;
    }
    let realRoot;
    let real;
    try {
        realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full);
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(full);
    }
    catch (e) {
        if (errCode(e) === 'ENOENT')
            problem(ref, 'does not exist', 'paths are relative to the runtime.yaml directory');
        else
            problem(ref, `cannot be read (${errCode(e) ?? String(e)})`, 'check the link and its permissions');
        return undefined;
    }
    if (!(0,_util_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, real)) {
        problem(ref, 'is a symlink pointing outside the runtime.yaml directory', OUT_HINT);
        return undefined;
    }
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real);
    const kind = specialKind(st);
    if (kind) {
        problem(ref, `is not a regular file (${kind})`, SPECIAL_HINT);
        return undefined;
    }
    if (st.isDirectory() && !opts.dirs) {
        problem(ref, 'is not a file (a directory)', 'name a file here');
        return undefined;
    }
    return { real, realRoot, st };
}
/** Everything below the directory `real` (shown as `name`), links recorded and never followed. */
function walkBelow(real, realRoot, name, node, problem) {
    // Where a target lies as the reference lays it out: below the reference (reached through `real`)
    // when it is there, else at its place in the runtime.yaml directory.
    const logical = (target) => ((0,_util_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(real, target) ? node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(name, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(real, target)) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(realRoot, target));
    const walk = (dir, sub) => {
        let names;
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort();
        }
        catch (e) {
            problem(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(name, sub), `cannot be listed (${errCode(e) ?? String(e)})`, 'check its permissions');
            return;
        }
        for (const n of names) {
            const childSub = sub ? `${sub}/${n}` : n;
            const shown = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(name, childSub);
            const at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n);
            let s;
            try {
                s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at);
            }
            catch (e) {
                problem(shown, `vanished while it was read (${errCode(e) ?? String(e)})`, 'nothing may change the runtime directory during a build');
                continue;
            }
            if (s.isSymbolicLink()) {
                let text = '';
                let target;
                try {
                    text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(at);
                    target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(at);
                }
                catch {
                    problem(shown, `is a symlink to ${JSON.stringify(text)}, which leads nowhere`, 'remove the dangling link');
                    continue;
                }
                if (!(0,_util_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, target)) {
                    problem(shown, `is a symlink pointing outside the runtime.yaml directory (to ${JSON.stringify(text)})`, OUT_HINT);
                    continue;
                }
                const linkname = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.relative(`/${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(shown)}`, `/${logical(target)}`) || '.';
                node(childSub, at, s, 'symlink', linkname);
            }
            else if (s.isDirectory()) {
                node(childSub, at, s, 'dir');
                walk(at, childSub);
            }
            else if (s.isFile()) {
                node(childSub, at, s, 'file');
            }
            else {
                problem(shown, `is not a regular file (${specialKind(s)})`, SPECIAL_HINT);
            }
        }
    };
    walk(real, '');
}
/**
 * Scans `ref` (relative to `root`): itself may be a link that resolves inside `root`; below it,
 * nothing is followed. `dirs: false` when only a regular file will do.
 */
function scanInput(root, ref, opts) {
    const nodes = [];
    const problems = [];
    const name = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(ref.replace(/\\/g, '/')).replace(/\/+$/, '');
    const problem = (p, message, hint) => void problems.push({ message: `"${p}" ${message}`, hint });
    const found = resolveRef(root, ref, opts, problem);
    if (!found)
        return { nodes, problems };
    const node = (sub, at, s, type, linkname) => void nodes.push({ sub, full: at, type, mode: s.mode, size: type === 'file' ? s.size : 0, dev: s.dev, ino: s.ino, ...(linkname === undefined ? {} : { linkname }) });
    node('', found.real, found.st, found.st.isDirectory() ? 'dir' : 'file');
    if (found.st.isDirectory())
        walkBelow(found.real, found.realRoot, name, node, problem);
    return { nodes, problems };
}
/** The scan's nodes, or a one-line UserError for its first problem (`what`: "files src"). */
function scanOrThrow(root, ref, what, opts) {
    const { nodes, problems } = scanInput(root, ref, opts);
    const first = problems[0];
    if (first) {
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${what} ${first.message}${more}`, { hint: first.hint });
    }
    return nodes;
}
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
const CHUNK = 1 << 20;
const changedError = (path) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${path} changed while it was being read`, { hint: 'nothing may write to the runtime directory during a build; run it again' });
/**
 * Opens `path` (its last part not a link) for reading, refusing anything but a regular file, one
 * over `max` bytes, or one that is not the file `expect` describes; gives the fd and its stat.
 */
function openRegular(path, opts = {}) {
    const label = opts.label ?? path;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OPEN_FLAGS);
    }
    catch (e) {
        const code = errCode(e);
        if (code === 'ELOOP')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label} is a symlink now; it was not one when it was checked`, { hint: 'nothing may change the runtime directory during a build' });
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})`}`);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label} is not a regular file (${st.isDirectory() ? 'a directory' : specialKind(st)})`, { hint: SPECIAL_HINT });
        if (opts.expect && (st.dev !== opts.expect.dev || st.ino !== opts.expect.ino)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label} was replaced while it was being read`, { hint: 'nothing may change the runtime directory during a build' });
        }
        if (opts.expect?.size !== undefined && st.size !== opts.expect.size)
            throw changedError(label);
        if (opts.max !== undefined && st.size > opts.max) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label} is ${(st.size / 1048576).toFixed(1)} MiB; at most ${(opts.max / 1048576).toFixed(0)} MiB is read`, { hint: 'is this the right file?' });
        }
        return { fd, st };
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw e;
    }
}
/** Reads exactly `size` bytes from `fd` into `sink`, then refuses a file that has more or fewer. */
function readExactly(fd, size, label, sink) {
    const buf = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
    let left = size;
    while (left > 0) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, Math.min(buf.length, left), null);
        if (n === 0)
            throw changedError(label);
        sink(buf.subarray(0, n));
        left -= n;
    }
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, Buffer.alloc(1), 0, 1, null) !== 0)
        throw changedError(label);
}
/** A regular file's bytes (see openRegular), read once and exactly. */
function readRegular(path, opts = {}) {
    const { fd, st } = openRegular(path, opts);
    try {
        const out = Buffer.alloc(st.size);
        let at = 0;
        readExactly(fd, st.size, opts.label ?? path, (c) => {
            c.copy(out, at);
            at += c.length;
        });
        return out;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Feeds a regular file's bytes to `sink` in chunks (see openRegular), read once and exactly. */
function streamRegular(path, sink, opts = {}) {
    const { fd, st } = openRegular(path, opts);
    try {
        readExactly(fd, st.size, opts.label ?? path, sink);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Makes room for a node at `path`: a file or link there is removed (never written through). */
function clearFor(path, type, label) {
    let s;
    try {
        s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch {
        return;
    }
    if (s.isDirectory()) {
        if (type === 'dir')
            return;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label}: its destination ${path} is a directory`, { hint: 'choose a dest that is not an existing directory' });
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { force: true });
}
/**
 * Copies scanned nodes under `target` (inside `root`): directories made, files copied from the
 * fd that was checked, links recreated as links, never written through; a link that would lead out
 * of `root` once at `target` is refused.
 */
function copyNodes(nodes, target, root, label) {
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    for (const n of nodes) {
        const out = n.sub ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, n.sub) : target;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(out), { recursive: true });
        if (!(0,_util_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(out)))) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label(n.sub)}: its destination ${out} leads outside ${root} through a link`, { hint: 'choose a dest that is a plain directory inside the environment' });
        }
        clearFor(out, n.type, label(n.sub));
        if (n.type === 'dir')
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(out, { recursive: true });
        else if (n.type === 'symlink') {
            if (!(0,_util_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(out), n.linkname))) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label(n.sub)} is a symlink to ${JSON.stringify(n.linkname)}, which would point outside ${root} once copied`, { hint: 'link only within the directory that is copied' });
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(n.linkname, out);
        }
        else {
            const w = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(out, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, n.mode & 0o111 ? 0o755 : 0o644);
            try {
                streamRegular(n.full, (c) => {
                    let off = 0;
                    while (off < c.length)
                        off += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(w, c, off, c.length - off);
                }, { expect: n, label: label(n.sub) });
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(w);
            }
        }
    }
}


/***/ }),

/***/ 9250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vs: () => (/* binding */ LocalStore),
  F0: () => (/* binding */ checkUserTags),
  sL: () => (/* binding */ isBuiltinTag),
  ct: () => (/* binding */ listRuntimes)
});

// UNUSED EXPORTS: defaultStoreRoot, parseIndex

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var manifest = __webpack_require__(9075);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/tmp.ts
var util_tmp = __webpack_require__(5297);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/store/lock.ts
// An inter-process lock for the store's read-modify-write of a tag index, with a synchronous API.
// The lock is a file created with O_EXCL holding "<pid> <host> <ms> <token>". A lock is stale when
// its holder on this host is dead, or when it is older than STALE_MS (a holder keeps it for
// milliseconds); a stale lock is broken only under a second O_EXCL file, after re-reading that it
// is still the same stale lock, so two waiters never both break it and never break a fresh one.
// Every pass of the wait checks the deadline and sleeps; a lock path that is not a regular file (a
// link, a directory) is refused at once, an unreadable one waits out the deadline like a live holder.






const STALE_MS = 120_000;
const BREAK_STALE_MS = 10_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms) => Atomics.wait(sleeper, 0, 0, ms);
function readLock(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
function ageMs(file) {
    try {
        return Date.now() - (0,external_node_fs_.statSync)(file).mtimeMs;
    }
    catch {
        return 0;
    }
}
function isStale(file, content, staleMs) {
    const [pid, host] = content.trim().split(' ');
    if (host === (0,external_node_os_.hostname)() && pid && /^\d+$/.test(pid) && !(0,util_tmp/* pidAlive */.pl)(Number(pid)))
        return true;
    return ageMs(file) > staleMs;
}
function tryCreate(file, content) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'wx', 0o644);
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return false;
        throw e;
    }
    try {
        (0,external_node_fs_.writeSync)(fd, content);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return true;
}
/** Breaks `file` if it is (still) the stale lock `seen`; true when the caller should try again at once. */
function breakStale(file, seen, staleMs) {
    const guard = `${file}.break`;
    if (!tryCreate(guard, `${process.pid} ${(0,external_node_os_.hostname)()} ${Date.now()}\n`)) {
        if (ageMs(guard) > BREAK_STALE_MS)
            unlinkQuiet(guard);
        return false;
    }
    try {
        const now = readLock(file);
        if (now === undefined)
            return true;
        if (now !== seen || !isStale(file, now, staleMs))
            return false;
        unlinkQuiet(file);
        return true;
    }
    finally {
        unlinkQuiet(guard);
    }
}
function unlinkQuiet(file) {
    try {
        (0,external_node_fs_.unlinkSync)(file);
    }
    catch {
        // already gone
    }
}
/** Refuses a lock path that exists and is not a regular file: no swrt made it, waiting will not help. */
function checkLockPath(file) {
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(file);
    }
    catch {
        return;
    }
    if (!st.isFile()) {
        const what = st.isSymbolicLink() ? 'a symlink' : st.isDirectory() ? 'a directory' : 'not a regular file';
        throw new errors/* UserError */.yo(`the lock ${file} is ${what}, not a lock file swrt made`, { hint: `move it aside (mv ${file} ${file}.bad) and try again` });
    }
}
/** Runs `fn` holding the lock `file` (created next to what it guards); releases it however fn ends. */
function withFileLock(file, fn, opts = {}) {
    const staleMs = opts.staleMs ?? STALE_MS;
    const deadline = Date.now() + (opts.waitMs ?? 60_000);
    const token = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    const mine = `${process.pid} ${(0,external_node_os_.hostname)()} ${Date.now()} ${token}\n`;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    for (let delay = 2; !tryCreate(file, mine); delay = Math.min(delay * 2, 50)) {
        checkLockPath(file);
        // undefined: released between our open and our read, or unreadable (then the deadline ends the wait)
        const seen = readLock(file);
        if (seen !== undefined && isStale(file, seen, staleMs) && breakStale(file, seen, staleMs))
            continue;
        if (Date.now() > deadline) {
            if (seen === undefined)
                throw new errors/* UserError */.yo(`${file} exists but cannot be read`, { hint: `check its owner and permissions; if no swrt is running, remove ${file}` });
            const [pid] = seen.split(' ');
            throw new errors/* UserError */.yo(`${file} is held by another swrt (pid ${pid || '?'})`, { hint: `wait for it to finish; if no swrt is running, remove ${file}` });
        }
        sleep(delay + Math.random() * delay);
    }
    try {
        return fn();
    }
    finally {
        if (readLock(file) === mine)
            unlinkQuiet(file);
    }
}

// EXTERNAL MODULE: ./src/util/names.ts
var names = __webpack_require__(5888);
;// CONCATENATED MODULE: ./src/store/store.ts
// The local store in swcli's layout (docs/starwhale-compat.md: Local store), so swcli and swrt see each other's
// bundles: <root>/<project>/runtime/<name>/<ver[:2]>/<ver>.swrt, a per-runtime tag index
// (_manifest.yaml: latest, vN, user tags), and a .recover trash for removed versions. remove and
// recover leave the tag index alone, as swcli 0.6.15 does, so a recovered version has its tags again.
// Every name and version is checked before it becomes a path, every path is confined to the root,
// and no write, rename or delete goes through a symlink inside the store (confineReal);
// the tag index is validated when read and changed only under its lock, and debris of killed runs
// is swept when the store writes.









const TAG_RULE = /^[a-zA-Z_][a-zA-Z0-9_.-]*$/;
/** latest and v<N> are kept by the store (and the server, which compares them case-insensitively). */
const isBuiltinTag = (t) => t.toLowerCase() === 'latest' || /^v\d+$/i.test(t);
function checkUserTags(tags) {
    for (const t of tags) {
        if (typeof t !== 'string')
            throw new errors/* UserError */.yo('a tag is not a string', { hint: 'use letters, digits, _ . - (at most 80), starting with a letter or _' });
        if (isBuiltinTag(t))
            throw new errors/* UserError */.yo(`tag "${t}" is reserved`, { hint: 'latest and v<N> are set automatically; choose another tag' });
        if (!TAG_RULE.test(t) || t.length > 80)
            throw new errors/* UserError */.yo(`tag "${t}" is not valid`, { hint: 'use letters, digits, _ . - (at most 80), starting with a letter or _' });
    }
}
function defaultStoreRoot(env = process.env) {
    return env.SW_LOCAL_STORAGE || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.starwhale');
}
const INDEX = '_manifest.yaml';
const FROM = 'this store request';
/** Debris older than this, whose owner is dead, is swept. */
const DEBRIS_AGE_MS = 10 * 60_000;
/** Ownerless files in <root>/.tmp go after a day, and only those a download leaves: <version>.swrt, .<version>.swrt.<hex>.part. */
const OWNERLESS = { ageMs: 24 * 3600_000, names: /^(?:[a-zA-Z0-9][a-zA-Z0-9_.-]{1,127}\.swrt|\.[a-zA-Z0-9][a-zA-Z0-9_.-]{1,127}\.swrt\.[0-9a-f]{16}\.part)$/ };
const isMapping = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The tag index text of runtime `name`, validated: a crafted or corrupt one is refused, never half-used. */
function parseIndex(text, name, file) {
    const bad = (what) => new errors/* UserError */.yo(`the tag index ${file} ${what}`, { hint: `move it aside to start a fresh one (the bundles stay; tags are lost): mv ${file} ${file}.bad` });
    let raw;
    try {
        raw = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw bad(`is not valid YAML (${e.message.split('\n')[0]})`);
    }
    const idx = { fast_tag_seq: -1, name, tags: {}, typ: 'runtime', updated_at: '', versions: {} };
    if (raw === null || raw === undefined)
        return idx;
    if (!isMapping(raw))
        throw bad('is not a mapping');
    if (raw.fast_tag_seq !== undefined && raw.fast_tag_seq !== null) {
        if (!Number.isSafeInteger(raw.fast_tag_seq) || raw.fast_tag_seq < -1)
            throw bad('has a fast_tag_seq that is not a whole number');
        idx.fast_tag_seq = raw.fast_tag_seq;
    }
    if (typeof raw.updated_at === 'string')
        idx.updated_at = raw.updated_at;
    if (raw.tags !== undefined && raw.tags !== null) {
        if (!isMapping(raw.tags))
            throw bad('has tags that are not a mapping');
        for (const [tag, version] of Object.entries(raw.tags)) {
            if (!names/* NAME_RULE */.$h.test(tag))
                throw bad(`has the tag ${JSON.stringify(tag.slice(0, 100))}, which is not a valid tag`);
            if (typeof version !== 'string' || !names/* VERSION_RULE */.wI.test(version))
                throw bad(`maps tag ${tag} to ${JSON.stringify(String(version).slice(0, 100))}, which is not a version`);
            idx.tags[tag] = version;
        }
    }
    if (raw.versions !== undefined && raw.versions !== null) {
        if (!isMapping(raw.versions))
            throw bad('has versions that are not a mapping');
        for (const [version, tags] of Object.entries(raw.versions)) {
            if (!names/* VERSION_RULE */.wI.test(version))
                throw bad(`has the version ${JSON.stringify(version.slice(0, 100))}, which is not a version`);
            if (tags !== null && !isMapping(tags))
                throw bad(`has tags of version ${version} that are not a mapping`);
            const own = {};
            for (const [tag, on] of Object.entries(tags ?? {})) {
                if (!names/* NAME_RULE */.$h.test(tag) || typeof on !== 'boolean')
                    throw bad(`has a malformed tag entry under version ${version}`);
                own[tag] = on;
            }
            idx.versions[version] = own;
        }
    }
    return idx;
}
class LocalStore {
    root;
    project;
    swept = new Set();
    constructor(root = defaultStoreRoot(), project = 'self') {
        this.root = root;
        this.project = (0,names/* checkName */.I3)(project, 'project', FROM);
    }
    runtimeDir(name) {
        return (0,names/* confine */.Do)(this.root, this.project, 'runtime', (0,names/* checkName */.I3)(name, 'runtime name', FROM));
    }
    bundlePath(name, version) {
        (0,names/* checkVersion */.ps)(version, FROM);
        return (0,names/* confine */.Do)(this.runtimeDir(name), version.slice(0, 2), `${version}.swrt`);
    }
    workdir(name, version) {
        (0,names/* checkName */.I3)(name, 'runtime name', FROM);
        (0,names/* checkVersion */.ps)(version, FROM);
        return (0,names/* confine */.Do)(this.root, this.project, 'workdir', 'runtime', name, version.slice(0, 2), version);
    }
    /** The workdir of a .swrt file opened by path whose name/version the store holds with other bytes. */
    digestWorkdir(sha256) {
        if (!/^[0-9a-f]{64}$/.test(sha256))
            throw new errors/* UserError */.yo(`${JSON.stringify(sha256.slice(0, 80))} is not a sha256 digest`);
        return (0,names/* confine */.Do)(this.root, this.project, 'workdir', 'runtime', '.by-digest', sha256.slice(0, 2), sha256);
    }
    trashPath(name, version) {
        return (0,names/* confine */.Do)(this.root, this.project, 'runtime', '.recover', (0,names/* checkName */.I3)(name, 'runtime name', FROM), version.slice(0, 2), `${(0,names/* checkVersion */.ps)(version, FROM)}.swrt`);
    }
    trashWorkdir(name, version) {
        return (0,names/* confine */.Do)(this.root, this.project, 'workdir', 'runtime', '.recover', (0,names/* checkName */.I3)(name, 'runtime name', FROM), version.slice(0, 2), (0,names/* checkVersion */.ps)(version, FROM));
    }
    /** `paths` unchanged, once none of them reaches through a symlink in the store's tree; else a UserError. */
    real(...paths) {
        return paths.map((p) => (0,names/* confineReal */.z6)(this.root, p));
    }
    /** A scratch directory on the store's filesystem, so renames into place are atomic. */
    tmpDir() {
        const [d] = this.real((0,names/* confine */.Do)(this.root, '.tmp'));
        (0,external_node_fs_.mkdirSync)(d, { recursive: true });
        this.sweep(d, OWNERLESS);
        return d;
    }
    uri(name, version) {
        return `local/project/${this.project}/runtime/${(0,names/* checkName */.I3)(name, 'runtime name', FROM)}/version/${(0,names/* checkVersion */.ps)(version, FROM)}`;
    }
    indexFile(name) {
        return (0,external_node_path_.join)(this.runtimeDir(name), INDEX);
    }
    /** The validated tag index; a UserError naming the file when it is corrupt or crafted. */
    readIndex(name) {
        const f = this.indexFile(name);
        if (!(0,external_node_fs_.existsSync)(f))
            return { fast_tag_seq: -1, name, tags: {}, typ: 'runtime', updated_at: '', versions: {} };
        return parseIndex((0,external_node_fs_.readFileSync)(f, 'utf8'), name, f);
    }
    writeIndex(idx) {
        idx.updated_at = (0,manifest/* swcliTime */.UO)(new Date());
        const [f] = this.real(this.indexFile(idx.name));
        const tmp = (0,util_tmp/* tmpName */.BI)(f);
        try {
            (0,external_node_fs_.writeFileSync)(tmp, (0,dist/* stringify */.As)(idx, { sortMapEntries: true }));
            (0,external_node_fs_.renameSync)(tmp, f);
        }
        catch (e) {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
            throw e;
        }
    }
    /** Runs `fn` holding runtime `name`'s index lock, after sweeping that runtime's debris; fn re-reads the index. */
    locked(name, fn, create = false) {
        const [dir] = this.real(this.runtimeDir(name));
        if (!create && !(0,external_node_fs_.existsSync)(dir))
            throw new errors/* UserError */.yo(`runtime ${name} not found in ${(0,external_node_path_.join)(this.root, this.project)}`, { hint: 'swrt list shows what the store has' });
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        this.sweep(dir);
        return withFileLock(`${this.indexFile(name)}.lock`, fn);
    }
    sweep(dir, ownerless) {
        if (this.swept.has(dir))
            return;
        this.swept.add(dir);
        (0,util_tmp/* sweepDebris */.s3)(dir, { minAgeMs: DEBRIS_AGE_MS, ownerless });
    }
    setTag(idx, tag, version) {
        const prev = idx.tags[tag];
        if (prev && idx.versions[prev])
            delete idx.versions[prev][tag];
        idx.tags[tag] = version;
        (idx.versions[version] ??= {})[tag] = true;
    }
    addFastTag(idx, version) {
        let n = idx.fast_tag_seq + 1;
        while (idx.tags[`v${n}`])
            n++;
        idx.fast_tag_seq = n;
        this.setTag(idx, `v${n}`, version);
    }
    /** Moves a finished bundle into the store (atomic rename) and tags it latest, vN and `tags`. */
    add(bundle, name, version, tags = []) {
        checkUserTags(tags);
        const dest = this.bundlePath(name, version);
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.root, '.tmp')))
            this.tmpDir();
        return this.locked(name, () => {
            const idx = this.readIndex(name);
            this.real(dest);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dest), { recursive: true });
            (0,external_node_fs_.renameSync)(bundle, dest);
            const hasFast = Object.keys(idx.versions[version] ?? {}).some((t) => /^v\d+$/.test(t));
            if (!hasFast)
                this.addFastTag(idx, version);
            this.setTag(idx, 'latest', version);
            for (const t of tags)
                this.setTag(idx, t, version);
            this.writeIndex(idx);
            return dest;
        }, true);
    }
    tag(name, version, tags, remove = false) {
        checkUserTags(tags);
        (0,names/* checkVersion */.ps)(version, FROM);
        this.locked(name, () => {
            const idx = this.readIndex(name);
            for (const t of tags) {
                if (remove) {
                    if (idx.tags[t] !== version)
                        throw new errors/* UserError */.yo(`tag "${t}" is not on ${name}/version/${version.slice(0, 12)}`);
                    delete idx.tags[t];
                    delete idx.versions[version]?.[t];
                }
                else {
                    this.setTag(idx, t, version);
                }
            }
            this.writeIndex(idx);
        });
    }
    /** Runtime names present in the project (directories with a valid name; anything else is not ours). */
    names() {
        const dir = (0,names/* confine */.Do)(this.root, this.project, 'runtime');
        if (!(0,external_node_fs_.existsSync)(dir))
            return [];
        const isDir = (p) => {
            try {
                return (0,external_node_fs_.statSync)(p).isDirectory();
            }
            catch {
                return false;
            }
        };
        return (0,external_node_fs_.readdirSync)(dir).filter((n) => names/* NAME_RULE */.$h.test(n) && isDir((0,external_node_path_.join)(dir, n)));
    }
    versions(name, includeRemoved = false) {
        const idx = this.readIndex(name);
        const out = [];
        const scan = (dir, removed) => {
            if (!(0,external_node_fs_.existsSync)(dir))
                return;
            for (const pre of (0,external_node_fs_.readdirSync)(dir)) {
                const sub = (0,external_node_path_.join)(dir, pre);
                if (pre.startsWith('.') || pre === INDEX || !(0,external_node_fs_.statSync)(sub).isDirectory())
                    continue;
                for (const f of (0,external_node_fs_.readdirSync)(sub).filter((x) => x.endsWith('.swrt'))) {
                    const version = (0,external_node_path_.basename)(f, '.swrt');
                    if (!names/* VERSION_RULE */.wI.test(version) || version.slice(0, 2) !== pre)
                        continue;
                    const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(sub, f));
                    if (!st.isFile())
                        continue;
                    out.push({ name, version, path: (0,external_node_path_.join)(sub, f), size: st.size, removed, modified: (0,manifest/* swcliTime */.UO)(st.mtime), tags: Object.keys(idx.versions[version] ?? {}).sort() });
                }
            }
        };
        scan(this.runtimeDir(name), false);
        if (includeRemoved)
            scan((0,names/* confine */.Do)(this.root, this.project, 'runtime', '.recover', name), true);
        return out.sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : a.version.localeCompare(b.version)));
    }
    /**
     * Finds one live version: exact, a tag (latest, vN, user), or a unique prefix of at least 5 characters.
     * A tag that names a removed or deleted version (remove leaves tags alone, as swcli does) is an error.
     */
    findVersion(name, ref = 'latest') {
        (0,names/* checkRef */.__)(ref, FROM);
        const all = this.versions(name);
        const idx = this.readIndex(name);
        const byTag = idx.tags[ref];
        const exact = all.find((v) => v.version === (byTag ?? ref));
        if (exact)
            return exact;
        const trashed = byTag !== undefined && (0,external_node_fs_.existsSync)(this.trashPath(name, byTag));
        if (all.length === 0 && !trashed)
            throw new errors/* UserError */.yo(`runtime ${name} not found in ${(0,external_node_path_.join)(this.root, this.project)}`, { hint: 'swrt list shows what the store has' });
        if (byTag) {
            throw new errors/* UserError */.yo(`tag "${ref}" of ${name} names version ${byTag.slice(0, 12)}, which was ${trashed ? 'removed' : 'deleted'}`, {
                hint: trashed ? `swrt recover ${name}/version/${byTag} brings it back` : `swrt tag ${name}/version/VERSION ${ref} moves the tag`,
            });
        }
        if (ref.length >= 5) {
            const matches = all.filter((v) => v.version.startsWith(ref));
            if (matches.length === 1)
                return matches[0];
            if (matches.length > 1)
                throw new errors/* UserError */.yo(`version prefix "${ref}" of ${name} is ambiguous`, { hint: 'give more characters' });
        }
        throw new errors/* UserError */.yo(`runtime ${name} has no version or tag "${ref}"`, { hint: `swrt history ${name} lists its versions and tags` });
    }
    /**
     * Moves a version (and its workdir) to the .recover trash, or deletes both with `force`. As in swcli,
     * the tag index is not touched: latest, vN and user tags keep naming the removed version, so recover
     * brings it back with its tags, and vN numbers are never reused.
     */
    remove(name, version, force = false) {
        (0,names/* checkRef */.__)(version, FROM);
        return this.locked(name, () => {
            const v = this.findVersion(name, version);
            const wd = this.workdir(name, v.version);
            const trash = this.trashPath(name, v.version);
            const twd = this.trashWorkdir(name, v.version);
            this.real(v.path, wd, ...(force ? [] : [trash, twd]));
            if (force) {
                (0,external_node_fs_.rmSync)(v.path, { force: true });
                (0,external_node_fs_.rmSync)(wd, { recursive: true, force: true });
            }
            else {
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(trash), { recursive: true });
                (0,external_node_fs_.renameSync)(v.path, trash);
                if ((0,external_node_fs_.existsSync)(wd)) {
                    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(twd), { recursive: true });
                    (0,external_node_fs_.rmSync)(twd, { recursive: true, force: true });
                    (0,external_node_fs_.renameSync)(wd, twd);
                }
            }
            return v;
        });
    }
    /**
     * Moves a removed version back from the .recover trash, with the tags it had. `ref` is a tag (so a
     * bare NAME, i.e. latest, recovers the version latest names, as in swcli), a full version, or a unique
     * prefix of at least 5 characters. A version also in the store again is refused unless `force`.
     */
    recover(name, ref, force = false) {
        (0,names/* checkRef */.__)(ref, FROM);
        const version = this.locked(name, () => {
            const idx = this.readIndex(name);
            const removed = this.versions(name, true).filter((v) => v.removed);
            const target = idx.tags[ref] ?? ref;
            let hits = removed.filter((v) => v.version === target);
            if (!hits.length && !idx.tags[ref] && ref.length >= 5)
                hits = removed.filter((v) => v.version.startsWith(ref));
            if (hits.length > 1)
                throw new errors/* UserError */.yo(`version prefix "${ref}" matches ${hits.length} removed versions of ${name}`, { hint: 'give more characters' });
            const v = hits[0];
            if (!v) {
                const live = idx.tags[ref] !== undefined && (0,external_node_fs_.existsSync)(this.bundlePath(name, target));
                throw new errors/* UserError */.yo(live ? `${name}/version/${target.slice(0, 12)} ("${ref}") is not removed` : `no removed version "${ref}" of ${name} to recover`, {
                    hint: 'swrt list --show-removed lists removed versions',
                });
            }
            const dest = this.bundlePath(name, v.version);
            const twd = this.trashWorkdir(name, v.version);
            const wd = this.workdir(name, v.version);
            this.real(v.path, dest, twd, wd);
            if ((0,external_node_fs_.existsSync)(dest) && !force) {
                throw new errors/* UserError */.yo(`${name}/version/${v.version.slice(0, 12)} is both in the store and in its .recover trash`, { hint: 'swrt recover --force replaces the one in the store' });
            }
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dest), { recursive: true });
            (0,external_node_fs_.renameSync)(v.path, dest);
            if ((0,external_node_fs_.existsSync)(twd)) {
                // The same version id means the same content: a workdir made since the remove is kept.
                if ((0,external_node_fs_.existsSync)(wd) && !force) {
                    (0,external_node_fs_.rmSync)(twd, { recursive: true, force: true });
                }
                else {
                    (0,external_node_fs_.rmSync)(wd, { recursive: true, force: true });
                    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(wd), { recursive: true });
                    (0,external_node_fs_.renameSync)(twd, wd);
                }
            }
            return v.version;
        }, true);
        return this.findVersion(name, version);
    }
}
/** Every version in the project; a runtime whose index is corrupt is reported through `warn` and skipped. */
function listRuntimes(store, opts) {
    return store.names().flatMap((n) => {
        try {
            return store.versions(n, opts.includeRemoved);
        }
        catch (e) {
            if (!(e instanceof errors/* UserError */.yo))
                throw e;
            opts.warn(`skipping runtime ${n}: ${e.describe()}`);
            return [];
        }
    });
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


/***/ }),

/***/ 5197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ pyyamlSafeDump)
/* harmony export */ });
// A YAML writer that gives the same text as PyYAML's `yaml.safe_dump(data, default_flow_style=False)`
// for plain data (mappings, lists, strings, numbers, booleans, null): swcli writes
// conda-sw-lock.yaml that way, and a lock must match byte for byte. What PyYAML does and this does too:
//  - mapping keys sorted (sort_keys=True); block style everywhere; `[]` / `{}` for empty ones;
//  - lists under a mapping key are not indented ("indentless"); a mapping or list inside a list item
//    starts on the dash's line;
//  - strings are plain unless YAML 1.1 would read them as something else (yes/no/on/off, numbers,
//    dates, null, "=", "<<") or they hold indicators, in which case they are single-quoted; strings
//    with control or non-ASCII characters are double-quoted with escapes (allow_unicode=False);
//  - a plain or single-quoted scalar is folded at a single space once the line passes 80 columns.
// Not reproduced (never found in an env export): folding inside double-quoted strings, and floats
// that are whole numbers (YAML `3.0` reads back as the number 3 and is written `3`).
// Hand-written because no JavaScript YAML library emits PyYAML's text (the `yaml` package, used for
// reading and for our own files, quotes, indents and folds differently); a fuzz test compares it with
// PyYAML itself.
const BEST_WIDTH = 80;
const RESOLVERS = [
    /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
    /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
    /^(?:<<)$/,
    /^(?:~|null|Null|NULL|)$/,
    /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
    /^(?:=)$/,
];
/** Python's `re.match(r'…$')` also matches before one trailing newline. */
function resolvesToNonString(s) {
    const body = s.endsWith('\n') ? s.slice(0, -1) : s;
    return RESOLVERS.some((r) => r.test(s) || r.test(body));
}
const BREAKS = '\n\x85\u2028\u2029';
const WS = '\0 \t\r\n\x85\u2028\u2029';
function analyze(s) {
    if (!s)
        return { empty: true, multiline: false, allowBlockPlain: true, allowSingleQuoted: true };
    const chars = [...s];
    let blockIndicators = false;
    let lineBreaks = false;
    let special = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    if (s.startsWith('---') || s.startsWith('...'))
        blockIndicators = true;
    let precededByWs = true;
    let followedByWs = chars.length === 1 || WS.includes(chars[1]);
    let prevSpace = false;
    let prevBreak = false;
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        if (i === 0) {
            if ('#,[]{}&*!|>\'"%@`'.includes(ch))
                blockIndicators = true;
            if ('?:'.includes(ch) && followedByWs)
                blockIndicators = true;
            if (ch === '-' && followedByWs)
                blockIndicators = true;
        }
        else {
            if (ch === ':' && followedByWs)
                blockIndicators = true;
            if (ch === '#' && precededByWs)
                blockIndicators = true;
        }
        if (BREAKS.includes(ch))
            lineBreaks = true;
        const code = ch.codePointAt(0);
        if (!(ch === '\n' || (code >= 0x20 && code <= 0x7e)))
            special = true; // allow_unicode=False: anything else is escaped
        if (ch === ' ') {
            if (i === 0)
                leadingSpace = true;
            if (i === chars.length - 1)
                trailingSpace = true;
            if (prevBreak)
                breakSpace = true;
            prevSpace = true;
            prevBreak = false;
        }
        else if (BREAKS.includes(ch)) {
            if (i === 0)
                leadingBreak = true;
            if (i === chars.length - 1)
                trailingBreak = true;
            if (prevSpace)
                spaceBreak = true;
            prevSpace = false;
            prevBreak = true;
        }
        else {
            prevSpace = false;
            prevBreak = false;
        }
        precededByWs = WS.includes(ch);
        followedByWs = i + 2 >= chars.length || WS.includes(chars[i + 2]);
    }
    let allowBlockPlain = true;
    let allowSingleQuoted = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        allowBlockPlain = false;
    if (breakSpace)
        allowBlockPlain = allowSingleQuoted = false;
    if (spaceBreak || special)
        allowBlockPlain = allowSingleQuoted = false;
    if (lineBreaks)
        allowBlockPlain = false;
    if (blockIndicators)
        allowBlockPlain = false;
    return { empty: false, multiline: lineBreaks, allowBlockPlain, allowSingleQuoted };
}
function chooseStyle(s, simpleKey) {
    const a = analyze(s);
    if (!resolvesToNonString(s) && !(simpleKey && (a.empty || a.multiline)) && a.allowBlockPlain)
        return 'plain';
    if (a.allowSingleQuoted && !(simpleKey && a.multiline))
        return 'single';
    return 'double';
}
const ESCAPES = {
    '\0': '0', '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\x0b': 'v', '\f': 'f', '\r': 'r', '\x1b': 'e',
    '"': '"', '\\': '\\', '\x85': 'N', '\xa0': '_', '\u2028': 'L', '\u2029': 'P',
};
function doubleQuoted(s) {
    let out = '"';
    for (const ch of s) {
        const code = ch.codePointAt(0);
        if (ESCAPES[ch] !== undefined)
            out += `\\${ESCAPES[ch]}`;
        else if (code >= 0x20 && code <= 0x7e)
            out += ch;
        else if (code <= 0xff)
            out += `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
        else if (code <= 0xffff)
            out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
        else
            out += `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`;
    }
    return `${out}"`;
}
/**
 * Writes a plain or single-quoted scalar starting at `column`, folding at a lone space once the line
 * is past 80 columns (continuation lines at `indent`), as PyYAML's write_plain/write_single_quoted do.
 */
function folded(text, column, indent, quoted, split) {
    let out = quoted ? "'" : '';
    let col = column + (quoted ? 1 : 0);
    const n = text.length;
    let start = 0;
    let spaces = false;
    let breaks = false;
    for (let end = 0; end <= n; end++) {
        const ch = end < n ? text[end] : undefined;
        if (spaces) {
            if (ch !== ' ') {
                const canFold = start + 1 === end && col > BEST_WIDTH && split && (!quoted || (start !== 0 && end !== n));
                if (canFold) {
                    out += `\n${' '.repeat(indent)}`;
                    col = indent;
                }
                else {
                    out += text.slice(start, end);
                    col += end - start;
                }
                start = end;
            }
        }
        else if (breaks) {
            // only reached in single-quoted text: each break is written doubled the YAML way, then re-indented
            if (ch === undefined || !BREAKS.includes(ch)) {
                if (text[start] === '\n')
                    out += '\n';
                for (const br of text.slice(start, end))
                    out += br === '\n' ? '\n' : br;
                out += ' '.repeat(indent);
                col = indent;
                start = end;
            }
        }
        else if (ch === undefined || ch === ' ' || BREAKS.includes(ch) || (quoted && ch === "'")) {
            if (start < end) {
                out += text.slice(start, end);
                col += end - start;
                start = end;
            }
        }
        if (quoted && ch === "'") {
            out += "''";
            col += 2;
            start = end + 1;
        }
        if (ch !== undefined) {
            spaces = ch === ' ';
            breaks = BREAKS.includes(ch);
        }
    }
    return quoted ? `${out}'` : out;
}
function pyFloat(n) {
    if (Number.isNaN(n))
        return '.nan';
    if (n === Infinity)
        return '.inf';
    if (n === -Infinity)
        return '-.inf';
    let r = String(n);
    if (!/[.eE]/.test(r))
        r += '.0';
    else if (/e/.test(r) && !r.includes('.'))
        r = r.replace('e', '.0e');
    return r;
}
function scalarText(v, column, indent, simpleKey = false) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    if (typeof v === 'number')
        return Number.isInteger(v) ? String(v) : pyFloat(v);
    const style = chooseStyle(v, simpleKey);
    if (style === 'double')
        return doubleQuoted(v);
    return folded(v, column, indent, style === 'single', !simpleKey);
}
const isScalar = (v) => v === null || typeof v !== 'object';
function isEmpty(v) {
    return Array.isArray(v) ? v.length === 0 : v !== null && typeof v === 'object' && Object.keys(v).length === 0;
}
function pySortKey(a, b) {
    // Python compares str by code point; JS `<` compares UTF-16 units. They differ only past the BMP.
    const ca = [...a].map((c) => c.codePointAt(0));
    const cb = [...b].map((c) => c.codePointAt(0));
    for (let i = 0; i < Math.min(ca.length, cb.length); i++)
        if (ca[i] !== cb[i])
            return ca[i] - cb[i];
    return ca.length - cb.length;
}
/** `firstLinePrefix` replaces the first key's indentation: the dash of the list item it opens. */
function mapping(obj, indent, out, firstLinePrefix) {
    const keys = Object.keys(obj).sort(pySortKey);
    keys.forEach((k, i) => {
        const pad = i === 0 && firstLinePrefix !== undefined ? firstLinePrefix : ' '.repeat(indent);
        const key = scalarText(k, indent, indent, true);
        const v = obj[k];
        const head = `${pad}${key}:`;
        if (isScalar(v))
            out.push(`${head} ${scalarText(v, head.length + 1, indent + 2)}`);
        else if (isEmpty(v))
            out.push(`${head} ${Array.isArray(v) ? '[]' : '{}'}`);
        else if (Array.isArray(v)) {
            out.push(head);
            sequence(v, indent, out);
        }
        else {
            out.push(head);
            mapping(v, indent + 2, out);
        }
    });
}
function sequence(list, indent, out, firstLinePrefix) {
    list.forEach((v, i) => {
        const dash = `${i === 0 && firstLinePrefix !== undefined ? firstLinePrefix : ' '.repeat(indent)}- `;
        if (isScalar(v))
            out.push(`${dash}${scalarText(v, dash.length, indent + 2)}`);
        else if (isEmpty(v))
            out.push(`${dash}${Array.isArray(v) ? '[]' : '{}'}`);
        else if (Array.isArray(v))
            sequence(v, indent + 2, out, dash);
        else
            mapping(v, indent + 2, out, dash);
    });
}
/** `yaml.safe_dump(data, default_flow_style=False)` for a top-level mapping. */
function pyyamlSafeDump(data) {
    const out = [];
    if (isEmpty(data))
        return '{}\n';
    mapping(data, 0, out);
    return `${out.join('\n')}\n`;
}


/***/ })

};
