export const id = 68;
export const ids = [68];
export const modules = {

/***/ 5406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateRuntimeYaml: () => (/* binding */ validateRuntimeYaml)
/* harmony export */ });
/* harmony import */ var _spec_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5380);
// `validate`: runtime.yaml read and checked as a build would read it (same overrides, same
// strictness), without building anything.

function validateRuntimeYaml(file, o) {
    return (0,_spec_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSpec */ .II)(file, { overrides: { python: o.python, cuda: o.cuda, cudnn: o.cudnn }, overrideSource: 'flag', strict: Boolean(o.strict), checkFiles: o.files });
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

/***/ 5888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ NAME_RULE),
/* harmony export */   Do: () => (/* binding */ confine),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   __: () => (/* binding */ checkRef),
/* harmony export */   ps: () => (/* binding */ checkVersion),
/* harmony export */   wI: () => (/* binding */ VERSION_RULE),
/* harmony export */   z6: () => (/* binding */ confineReal)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
// Names before paths: every runtime name, version, tag and project that arrives from outside (a
// bundle's manifest, a server reply, a cache entry, a URI, a flag) passes one of these checks before
// it becomes part of a path, and every path built from them is confined to its root. A missing or
// non-string value is refused, never read as an empty segment. confine() compares strings; before a
// write, a rename or a delete, confineReal() also checks that no part of the path below the root is
// a symlink, so a link planted in the tree cannot carry the change out of it.



/** Starwhale's validate_obj_name: 1..80 characters, a letter or _ first, then letters, digits, _ . - */
const NAME_RULE = /^[a-zA-Z_][a-zA-Z0-9_.-]{0,79}$/;
/**
 * Versions as the store knows them: swcli's and ours are 40 base32 characters, a server may hold any
 * id of at least 2 characters; we accept letters, digits, _ . - with a letter or digit first.
 */
const VERSION_RULE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{1,127}$/;
/** `value` as a valid name, or a UserError that says where it came from (`from`: "the bundle's manifest"). */
function checkName(value, kind, from) {
    if (typeof value !== 'string' || value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${from} has no ${kind}`, { hint: 'the input is incomplete or was crafted; do not use it' });
    if (!NAME_RULE.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${from} gives ${kind} ${JSON.stringify(value.slice(0, 100))}, which is not a valid name`, {
            hint: 'names are 1 to 80 letters, digits, _ . - starting with a letter or _',
        });
    }
    return value;
}
function checkVersion(value, from) {
    if (typeof value !== 'string' || value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${from} has no version`, { hint: 'the input is incomplete or was crafted; do not use it' });
    if (!VERSION_RULE.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${from} gives version ${JSON.stringify(value.slice(0, 100))}, which is not a valid version id`, {
            hint: 'versions are 2 to 128 letters, digits, _ . - starting with a letter or digit',
        });
    }
    return value;
}
function isInside(root, p) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(p));
    return !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) && !/^\.\.([/\\]|$)/.test(rel);
}
/** join(root, ...segments), refused when the result is not strictly inside root. */
function confine(root, ...segments) {
    const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...segments));
    if (!isInside(root, p) || p === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`refusing the path ${JSON.stringify(segments.join('/'))}: it leaves ${root}`, { hint: 'the name or version was crafted; do not use the input' });
    }
    return p;
}
/**
 * `p` (inside `root`), refused when an existing part of it below the root is a symlink or not a
 * directory on the way; missing parts end the check (they will be made as real directories). The
 * root itself may be a link (a store moved to another disk). A few lstat calls, no realpath.
 */
function confineReal(root, p) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(p);
    if (!isInside(base, full) || full === base)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`refusing the path ${full}: it leaves ${root}`, { hint: 'the name or version was crafted; do not use the input' });
    const parts = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, full).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    let at = base;
    for (const [i, part] of parts.entries()) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, part);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at);
        }
        catch {
            return full;
        }
        const last = i === parts.length - 1;
        if (st.isSymbolicLink() || (!last && !st.isDirectory())) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`refusing to change ${full}: ${at} is ${st.isSymbolicLink() ? 'a symlink' : 'not a directory'} inside ${root}`, {
                hint: `the store tree was altered; move ${at} aside and check what it pointed at`,
            });
        }
    }
    return full;
}
/** A version, a tag (latest, vN, user) or a version prefix, as a URI or a flag gives it. */
function checkRef(value, from) {
    if (typeof value === 'string' && (VERSION_RULE.test(value) || NAME_RULE.test(value)))
        return value;
    if (typeof value !== 'string' || value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${from} has no version`, { hint: 'the input is incomplete or was crafted; do not use it' });
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${from} gives version ${JSON.stringify(value.slice(0, 100))}, which is neither a version nor a tag`, {
        hint: 'versions and tags are letters, digits, _ . - (no slashes)',
    });
}


/***/ })

};
