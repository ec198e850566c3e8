export const id = 869;
export const ids = [869,179,564];
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

/***/ 7176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ mkdirInside),
/* harmony export */   LL: () => (/* binding */ rewriteFile),
/* harmony export */   M3: () => (/* binding */ symlinkInside),
/* harmony export */   gE: () => (/* binding */ writeFileInside),
/* harmony export */   nf: () => (/* binding */ regularFileInside)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5888);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _tar_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2779);
/* harmony import */ var _util_tmp_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5297);
// Rewriting files of an unpacked env in place (moving it to a new prefix) without leaving it: a
// path is used only when every directory on the way is a real directory (no symlink followed) and
// the file itself is a regular file inside the root; a rewrite goes to a temp file that is renamed
// over the old one, so a hard link to the same inode elsewhere keeps its content. Files a restore
// writes into a workdir or an env (status, activate.host, env.sw) go through writeFileInside.






function lstatOrUndefined(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
    }
    catch {
        return undefined;
    }
}
/** `root/rel` when every parent is a real directory inside `root` and the last part's lstat satisfies `want`. */
function reach(root, rel, want) {
    const ps = rel.split('/').filter((p) => p !== '' && p !== '.');
    if (!ps.length || ps.includes('..') || rel.startsWith('/'))
        return undefined;
    let at = root;
    for (const p of ps.slice(0, -1)) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, p);
        if (!lstatOrUndefined(at)?.isDirectory())
            return undefined;
    }
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, ps[ps.length - 1]);
    const st = lstatOrUndefined(full);
    if (!st || !want(st))
        return undefined;
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    const realParent = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(at);
    return (0,_util_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, realParent) ? full : undefined;
}
/** The regular file at `rel` under `root`, reached without passing a symlink; undefined otherwise. */
function regularFileInside(root, rel) {
    return reach(root, rel, (st) => st.isFile());
}
/** The symlink itself at `rel` under `root` (its parents real directories); undefined otherwise. */
function symlinkInside(root, rel) {
    return reach(root, rel, (st) => st.isSymbolicLink());
}
/** Replaces `path` by a new file holding `data` with `mode` (temp file beside it, then rename). */
function rewriteFile(path, data, mode) {
    const tmp = (0,_util_tmp_js__WEBPACK_IMPORTED_MODULE_5__/* .tmpName */ .BI)(path);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, 0o600);
    try {
        for (let off = 0; off < data.length;)
            off += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, data, off);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fchmodSync)(fd, mode & 0o777);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw e;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { force: true });
        throw e;
    }
}
function kindOf(st) {
    if (st.isSymbolicLink())
        return 'a symlink';
    if (st.isDirectory())
        return 'a directory';
    return 'not a regular file';
}
function relParts(rel) {
    const ps = rel.split('/').filter((p) => p !== '' && p !== '.');
    if (!ps.length || ps.includes('..'))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`refusing the path ${JSON.stringify(rel)}: it leaves its directory`, { hint: _tar_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .CRAFTED_HINT */ .A9 });
    return ps;
}
/**
 * Makes the directories `rel` under `root` (those missing), never through a symlink: each part must
 * be missing or a real directory, and the result must still be inside `root`. Returns the path.
 */
function mkdirInside(root, rel) {
    let at = root;
    for (const p of relParts(rel)) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, p);
        const st = lstatOrUndefined(at);
        if (!st)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(at, { mode: 0o755 });
        else if (!st.isDirectory())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`refusing to write under ${at}: it is ${kindOf(st)}`, { hint: _tar_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .CRAFTED_HINT */ .A9 });
    }
    if (!(0,_util_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(at)))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`refusing to write under ${at}: it leaves ${root}`, { hint: _tar_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .CRAFTED_HINT */ .A9 });
    return at;
}
/**
 * Writes `root/rel` as a new regular file (temp file beside it, then rename: nothing is written
 * through a link). Every parent must be a real directory inside `root`; what is at the name must be
 * missing or a regular file (a symlink, a directory or anything else there is refused).
 */
function writeFileInside(root, rel, data, mode = 0o644) {
    const ps = relParts(rel);
    const dir = ps.length > 1 ? mkdirInside(root, ps.slice(0, -1).join('/')) : root;
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ps[ps.length - 1]);
    const st = lstatOrUndefined(full);
    if (st && !st.isFile())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`refusing to write ${full}: it is ${kindOf(st)}`, { hint: _tar_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .CRAFTED_HINT */ .A9 });
    try {
        rewriteFile(full, typeof data === 'string' ? Buffer.from(data, 'utf8') : data, mode);
    }
    catch (e) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`could not write ${full}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)}`, { hint: 'check that the directory is writable and the disk has space' });
    }
    return full;
}


/***/ }),

/***/ 4895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ unchanged),
/* harmony export */   aE: () => (/* binding */ readRecord),
/* harmony export */   bH: () => (/* binding */ bundleDigest),
/* harmony export */   qP: () => (/* binding */ RECORD_NAME),
/* harmony export */   rh: () => (/* binding */ writeRecord)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _archive_inplace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7176);
// Which bundle a workdir was extracted from: `.swrt-bundle.sha256` beside its _manifest.yaml holds
// the bundle file's sha256 and the stat stamp (device, inode, size, mtime, ctime) of the file that
// was hashed. A workdir is reused only for the bundle whose digest it records; the stamp lets a
// store bundle that has not changed since be recognised without hashing it again. The record is
// written into the extraction's temp dir before it replaces the workdir (writeFileInside: never
// through a link), so a bundle cannot bring its own and a killed run never leaves a workdir without one.




const RECORD_NAME = '.swrt-bundle.sha256';
function stampOf(file) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file, { bigint: true });
    return `${st.dev} ${st.ino} ${st.size} ${st.mtimeNs} ${st.ctimeNs}`;
}
/** The record in `workdir`, or undefined when there is none (a workdir swcli made) or it is unreadable. */
function readRecord(workdir) {
    const f = (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_3__/* .regularFileInside */ .nf)(workdir, RECORD_NAME);
    if (!f)
        return undefined;
    try {
        const [sha256, stamp] = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(f, 'utf8').split('\n');
        return sha256 && /^[0-9a-f]{64}$/.test(sha256) ? { sha256, stamp: stamp ?? '' } : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The sha256 of `file` with its stamp. With `cache` (a record read earlier), a file whose stamp is the
 * one recorded is not read again.
 */
async function bundleDigest(file, cache) {
    const stamp = stampOf(file);
    if (cache && cache.stamp === stamp)
        return cache;
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file), h);
    return { sha256: h.digest('hex'), stamp };
}
/** Whether `file` still has the stamp it had when `rec` was taken (not replaced or rewritten since). */
function unchanged(file, rec) {
    try {
        return stampOf(file) === rec.stamp;
    }
    catch {
        return false;
    }
}
/** Writes `rec` into `dir` (no link followed, any entry of that name replaced). */
function writeRecord(dir, rec) {
    (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileInside */ .gE)(dir, RECORD_NAME, `${rec.sha256}\n${rec.stamp}\n`);
}


/***/ }),

/***/ 5371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L0: () => (/* binding */ pythonLauncher),
/* harmony export */   ew: () => (/* binding */ relocatableScript),
/* harmony export */   yK: () => (/* binding */ RELOCATABLE_SHEBANG)
/* harmony export */ });
// What a packed venv carries in place of the build interpreter's links, so that the env runs where
// it is unpacked by anyone (swcli's restore just unpacks it and runs bin/python3 and bin/pip):
// - bin/python is a launcher that runs a Python of the env's X.Y as the env's python (`exec -a`
//   keeps sys.executable in the env, so pyvenv.cfg makes it a venv); python3 and python3.N link to it;
// - scripts whose shebang named the build env's python find the env's python next to themselves.
// `swrt restore` replaces the launcher by links to an exact X.Y.Z (restore.ts relinkPython).
/** bin/python of a packed env: an interpreter of `version`'s X.Y, never one in the env's own bin. */
function pythonLauncher(version) {
    const [major, minor] = version.split('.');
    const exe = `python${major}.${minor}`;
    return `#!/bin/bash
# Packed by swrt without the interpreter it was built with: run a Python ${major}.${minor} as this env's
# python (\`swrt restore\` links an exact ${version} here instead). SWRT_PYTHON names one to use.
here=$(cd -- "$(dirname -- "$0")" && pwd -P)
candidates=("\${SWRT_PYTHON:-}" "\${PYENV_ROOT:-$HOME/.pyenv}/versions/${version}/bin/${exe}")
IFS=: read -r -a dirs <<< "\${PATH:-}"
for d in "\${dirs[@]}"; do candidates+=("$d/${exe}"); done
candidates+=(/usr/local/bin/${exe} /usr/bin/${exe})
for py in "\${candidates[@]}"; do
  [ -n "$py" ] && [ -x "$py" ] || continue
  real=$(readlink -f -- "$py") || continue
  [ "$(cd -- "$(dirname -- "$real")" && pwd -P)" = "$here" ] && continue
  IFS= read -r -n 2 magic < "$real" 2>/dev/null || true
  [ "$magic" = '#!' ] && continue # another launcher (or wrapper), never a loop of them
  exec -a "$0" "$py" "$@"
done
echo "$0: no Python ${major}.${minor} found (put ${exe} on PATH, or set SWRT_PYTHON; swrt restore provisions one)" >&2
exit 127
`;
}
/** The first line(s) of a script that runs the env's python from wherever the env is (uv's relocatable form). */
const RELOCATABLE_SHEBANG = `#!/bin/sh\n'''exec' "$(dirname -- "$(realpath -- "$0")")"/'python' "$0" "$@"\n' '''\n`;
/**
 * `text` with its shebang made relocatable when it runs `<envDir>/bin/python*` (the short form, or
 * pip's `#!/bin/sh` + `'''exec' "…"` form for long paths); undefined when it names anything else.
 */
function relocatableScript(text, envDir) {
    const py = `${envDir}/bin/python`;
    const short = /^#!(\S+)[^\n]*\n/.exec(text);
    if (short && short[1].startsWith(py) && /^python[\d.]*$/.test(short[1].slice(`${envDir}/bin/`.length))) {
        return RELOCATABLE_SHEBANG + text.slice(short[0].length);
    }
    const long = /^#!\/bin\/sh\n'''exec' "([^"\n]+)" "\$0" "\$@"\n' '''\n/.exec(text);
    if (long && long[1].startsWith(py) && /^python[\d.]*$/.test(long[1].slice(`${envDir}/bin/`.length))) {
        return RELOCATABLE_SHEBANG + text.slice(long[0].length);
    }
    return undefined;
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

/***/ 1869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dstackConfig: () => (/* binding */ dstackConfig)
/* harmony export */ });
/* unused harmony export dstackName */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5524);
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2179);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3564);
// A dstack run configuration (.dstack.yml) for a runtime image: `image:` pinned by digest (dstack
// forbids `python:` next to `image:`; the image carries its interpreter), the runtime's env
// variables, and the type's own fields. Pure: the caller writes the text.





/** dstack's run name rule: ^[a-z][a-z0-9-]{1,40}$. */
function dstackName(runtimeName) {
    const n = runtimeName.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '').replace(/-+$/, '').slice(0, 41);
    return n.length >= 2 ? n : `rt-${n}`.slice(0, 41);
}
function dstackConfig(i) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseImageRef */ .Q)(i.image);
    if (!ref.digest)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`--image ${JSON.stringify(i.image)} is not pinned by digest`, { hint: 'pass the image output of swrt image: REGISTRY/REPO:TAG@sha256:…' });
    if (i.type === 'task' && !i.commands?.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('a dstack task needs a command', { hint: 'pass --command CMD (repeatable), or --type dev-environment' });
    const doc = {
        type: i.type,
        name: dstackName(i.runtimeName),
        image: i.image,
        // A custom image's shell is /bin/sh; these make every command see the runtime's env.
        env: [`VIRTUAL_ENV=${_content_js__WEBPACK_IMPORTED_MODULE_2__/* .IMAGE_ENV */ .wW}`, `SW_USER_RUNTIME_NAME=${i.runtimeName}`, `SW_USER_RUNTIME_VERSION=${i.runtimeVersion}`],
        working_dir: _dockerfile_js__WEBPACK_IMPORTED_MODULE_3__/* .RUNTIME_WORKDIR */ .ae,
    };
    if (i.type === 'dev-environment') {
        if (i.ide)
            doc.ide = i.ide;
        doc.init = [`. ${_content_js__WEBPACK_IMPORTED_MODULE_2__/* .IMAGE_ENV */ .wW}/bin/activate`];
    }
    else {
        doc.commands = [`. ${_content_js__WEBPACK_IMPORTED_MODULE_2__/* .IMAGE_ENV */ .wW}/bin/activate`, ...i.commands];
    }
    return `# Written by swrt export dstack for ${i.runtimeName}/version/${i.runtimeVersion}.\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(doc, { lineWidth: 0 })}`;
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


/***/ })

};
