export const id = 138;
export const ids = [138];
export const modules = {

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

/***/ 3444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mX: () => (/* binding */ ParallelGzip)
/* harmony export */ });
/* unused harmony exports GZIP_CHUNK, MAX_GZIP_THREADS */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
// A gzip writer that compresses on every core (up to MAX_GZIP_THREADS): the input is cut into
// fixed-size chunks, each chunk becomes one whole gzip member compressed on a worker thread, and
// the members are written in input order. A file of concatenated members is one valid gzip stream
// (RFC 1952; gzip -d, tar xzf and Python's gzip/tarfile read it all). The bytes depend only on the input and the chunk size, never
// on the number of threads or on scheduling: zlib's header here carries mtime 0 and no name.
// Memory is bounded: at most `inFlight` chunks are held (queued, compressing or waiting their turn);
// a write beyond that waits for the oldest member to be written out. Chunk buffers go to a worker
// and come back for reuse, and each member's buffer moves to this thread: a worker is left no
// garbage buffers, which V8 collects only after tens of MiB have piled up in each isolate.





const GZIP_CHUNK = 1 << 20;
/**
 * Workers by default: one per core, at most 8. One thread reads the tar (about 1 GB/s here) and
 * gzip -1 takes about 100 MB/s a core, so more would wait for input; each worker is a V8 isolate
 * of its own (some 15 MiB).
 */
const MAX_GZIP_THREADS = 8;
// Inline (eval) so the bundled CLI needs no second file for the worker.
const WORKER = `
const { parentPort } = require('node:worker_threads');
const { gzipSync } = require('node:zlib');
parentPort.on('message', ({ seq, data, level }) => {
  // One output buffer (deflate grows a chunk by far less than 64 KiB), moved to the main thread
  // with the chunk's buffer. Level 0 sizes its stored blocks by the output space, so it keeps
  // zlib's default (its bytes must not change) and a small pooled buffer is copied, not moved.
  const out = level > 0 ? gzipSync(data, { level, chunkSize: data.length + 65536 }) : gzipSync(data, { level });
  const moves = out.buffer.byteLength >= 65536 ? [out.buffer, data.buffer] : [data.buffer];
  parentPort.postMessage({ seq, out, input: data }, moves);
});
`;
/** Resolves on 'drain' or 'close' (an output that fails closes), leaving no listener behind. */
function drained(out) {
    return new Promise((resolve) => {
        const done = () => {
            out.off('drain', done);
            out.off('close', done);
            resolve();
        };
        out.on('drain', done);
        out.on('close', done);
    });
}
class ParallelGzip extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Writable {
    out;
    level;
    chunkSize;
    threads;
    inFlight;
    workers = [];
    idle = [];
    queue = [];
    done = new Map();
    spare = [];
    current;
    filled = 0;
    nextSeq = 0;
    nextOut = 0;
    writing = Promise.resolve();
    waiter;
    failure;
    stopping = false;
    constructor(out, opts = {}) {
        super();
        this.out = out;
        this.level = opts.level ?? 1;
        this.chunkSize = opts.chunkSize ?? GZIP_CHUNK;
        this.threads = Math.max(1, opts.threads ?? Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), MAX_GZIP_THREADS));
        this.inFlight = Math.max(this.threads, opts.inFlight ?? this.threads * 2);
        this.current = Buffer.allocUnsafeSlow(this.chunkSize);
        out.on('error', (e) => {
            this.fail(e);
            this.destroy(e);
        });
    }
    _write(chunk, _enc, cb) {
        this.take(chunk).then(() => cb(), cb);
    }
    _final(cb) {
        this.finish().then(() => cb(), cb);
    }
    _destroy(err, cb) {
        this.failure ??= err ?? new Error('parallel gzip destroyed');
        this.wake();
        if (!this.out.writableFinished)
            this.out.destroy();
        this.stopWorkers().then(() => cb(err), () => cb(err));
    }
    async take(chunk) {
        let at = 0;
        while (at < chunk.length) {
            const n = Math.min(chunk.length - at, this.chunkSize - this.filled);
            chunk.copy(this.current, this.filled, at, at + n);
            this.filled += n;
            at += n;
            if (this.filled === this.chunkSize)
                await this.submit();
        }
    }
    async finish() {
        // An empty input still gives one (empty) member, so the output is always a gzip file.
        if (this.filled > 0 || this.nextSeq === 0)
            await this.submit();
        while (this.nextOut < this.nextSeq)
            await this.turn();
        await this.writing;
        this.check();
        await this.stopWorkers();
        this.out.end();
        if (!this.out.writableFinished)
            await (0,node_events__WEBPACK_IMPORTED_MODULE_2__.once)(this.out, 'finish');
    }
    /** Hands the current chunk to a worker, after waiting for room if `inFlight` chunks are held. */
    async submit() {
        while (this.nextSeq - this.nextOut >= this.inFlight)
            await this.turn();
        this.check();
        const data = this.current.subarray(0, this.filled);
        this.current = this.spare.pop() ?? Buffer.allocUnsafeSlow(this.chunkSize);
        this.filled = 0;
        const seq = this.nextSeq++;
        // Below one chunk there is nothing to spread: no worker start-up (the same bytes either way).
        if (seq === 0 && data.length < this.chunkSize)
            return this.completed({ seq, out: (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.gzipSync)(data, { level: this.level }) });
        this.queue.push({ seq, data });
        this.dispatch();
    }
    dispatch() {
        if (this.failure || this.stopping)
            return;
        while (this.queue.length > 0) {
            const w = this.idle.pop() ?? (this.workers.length < this.threads ? this.spawn() : undefined);
            if (!w)
                return;
            const job = this.queue.shift();
            // Only the chunk's own ArrayBuffer moves to the worker (allocUnsafeSlow: never a shared pool).
            const data = new Uint8Array(job.data.buffer, job.data.byteOffset, job.data.length);
            w.postMessage({ seq: job.seq, data, level: this.level }, [data.buffer]);
        }
    }
    spawn() {
        const w = new node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.Worker(WORKER, { eval: true });
        w.on('message', (m) => {
            if (this.stopping)
                return;
            this.idle.push(w);
            this.completed(m);
            this.dispatch();
        });
        w.on('error', (e) => this.fail(e));
        // Workers end only when stopped: any other exit, even code 0, may have taken a chunk with it.
        w.on('exit', (code) => {
            if (!this.stopping && !this.failure)
                this.fail(new Error(`gzip worker exited with code ${code}`));
        });
        this.workers.push(w);
        return w;
    }
    /** Queues finished members for writing, strictly in input order. */
    completed(m) {
        if (m.input && m.input.buffer.byteLength === this.chunkSize)
            this.spare.push(Buffer.from(m.input.buffer, 0, this.chunkSize));
        const out = Buffer.from(m.out.buffer, m.out.byteOffset, m.out.byteLength);
        // A member comes in a buffer sized for its whole chunk: a small one is copied out, so what
        // waits downstream (which counts bytes, not buffers) holds only its own size.
        this.done.set(m.seq, out.length < out.buffer.byteLength / 2 ? Buffer.from(out) : out);
        let member;
        while ((member = this.done.get(this.nextOut)) !== undefined) {
            this.done.delete(this.nextOut);
            this.nextOut++;
            const b = member;
            this.writing = this.writing.then(async () => {
                if (this.failure)
                    return;
                if (!this.out.write(b))
                    await drained(this.out);
            });
        }
        this.wake();
    }
    /** Waits until a member is written out or the stream fails. */
    async turn() {
        this.check();
        const before = this.nextOut;
        await new Promise((resolve) => {
            this.waiter = resolve;
        });
        if (this.nextOut === before)
            this.check();
        await this.writing;
        this.check();
    }
    wake() {
        const w = this.waiter;
        this.waiter = undefined;
        w?.();
    }
    fail(e) {
        this.failure ??= e;
        this.wake();
    }
    check() {
        if (this.failure)
            throw this.failure;
    }
    async stopWorkers() {
        this.stopping = true;
        const all = this.workers.splice(0);
        this.idle.length = 0;
        this.spare.length = 0;
        await Promise.all(all.map((w) => w.terminate()));
    }
}


/***/ }),

/***/ 6542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ layerRecorder),
/* harmony export */   f1: () => (/* binding */ wantsSave)
/* harmony export */ });
/* unused harmony export NO_CACHE */
const NO_CACHE = { restore: async () => ({ hit: 'miss' }) };
/** A layer is saved when the build filled it and the restore did not already find this exact key. */
const wantsSave = (r) => r.filled && !(r.hit === 'exact' && r.matchedKey === r.spec.key);
/** Restores layers through `cache` and keeps the record of each, in order. */
function layerRecorder(cache = NO_CACHE) {
    const layers = [];
    return {
        layers,
        async restore(layer, spec) {
            const rec = { layer, spec, filled: false, ...(await cache.restore(layer, spec)) };
            layers.push(rec);
            return rec;
        },
    };
}


/***/ }),

/***/ 3503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vg: () => (/* binding */ copyNativeFile),
/* harmony export */   WB: () => (/* binding */ buildEnv),
/* harmony export */   _O: () => (/* binding */ ensurePip),
/* harmony export */   aK: () => (/* binding */ runCommands),
/* harmony export */   tq: () => (/* binding */ noticeSkippedCommands)
/* harmony export */ });
/* unused harmony exports activatedEnv, withExpandedRequirements */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _spec_tree_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2315);
/* harmony import */ var _spec_vars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4009);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7895);
/* harmony import */ var _seed_pip_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1346);
/* harmony import */ var _installer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(143);
/* harmony import */ var _plan_pip_options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9281);
// Builds a runtime's venv in runtime.yaml order: requirements files, pip lists and wheels are
// installed, `files` copied into the env root, `commands` run (when allowed) with the env active.









/** Environment for commands and subprocesses "inside" the env, as `source bin/activate` would set. */
function activatedEnv(envDir, base = process.env) {
    return { ...base, VIRTUAL_ENV: envDir, PATH: `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(envDir, 'bin')}${node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter}${base.PATH ?? ''}` };
}
/**
 * Copies a `files` entry (`src` relative to `srcDir`) into `root/<dest>`, refusing a dest that
 * escapes `root`. Nothing is followed out of `srcDir`: links inside are copied as links (refused
 * when they would lead out of `root` at dest), links out and special files are refused.
 */
function copyNativeFile(srcDir, src, root, dest) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, dest.replace(/^\/+/, ''));
    if (!target.startsWith(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root)}/`)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`files dest "${dest}" escapes ${root}`, { hint: 'make dest a path inside the environment, e.g. bin/tool.sh' });
    }
    const nodes = (0,_spec_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .scanOrThrow */ .FT)(srcDir, src, 'files src', { dirs: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
    const shown = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(src.replace(/\\/g, '/')).replace(/\/+$/, '');
    (0,_spec_tree_js__WEBPACK_IMPORTED_MODULE_2__/* .copyNodes */ .tC)(nodes, target, root, (sub) => `files src "${sub ? `${shown}/${sub}` : shown}"`);
}
async function runCommands(commands, cwd, envDir, log, base) {
    for (const c of commands)
        await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_5__/* .exec */ .m0)('sh', ['-c', c], { log, cwd, env: activatedEnv(envDir, base), stream: true });
}
/**
 * Runs `fn` with a requirements file whose `${VAR}`s are expanded, as pip would (uv does not expand
 * them in version specifiers): a private copy beside the file, so its relative references still
 * resolve, removed afterwards; the file itself when nothing expands.
 */
async function withExpandedRequirements(file, env, log, fn) {
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    const expanded = (0,_spec_vars_js__WEBPACK_IMPORTED_MODULE_3__/* .expandVars */ .Jf)(text, env).text;
    if (expanded === text)
        return fn(file);
    for (const s of (0,_spec_vars_js__WEBPACK_IMPORTED_MODULE_3__/* .secretVarValues */ .AP)(text, env))
        log.secret(s);
    const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), `.swrt-expanded-${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(copy, expanded, { mode: 0o600 });
    try {
        return await fn(copy);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(copy, { force: true });
    }
}
/** One notice listing every `commands:` entry a build left out because run-commands is off. */
function noticeSkippedCommands(log, commands) {
    if (!commands.length)
        return;
    const msg = `${commands.length} command${commands.length === 1 ? '' : 's'} from runtime.yaml not run (run-commands is off; enable with run-commands: true, --run-commands or SW_RUNTIME_FORCE_RUN_COMMAND=1):\n${commands.map((c) => `  ${c}`).join('\n')}`;
    if (log.notice)
        log.notice(msg);
    else
        log.info(msg);
}
async function buildEnv(req) {
    const { loaded, installer, log, envDir } = req;
    const pip = (0,_plan_pip_options_js__WEBPACK_IMPORTED_MODULE_8__/* .resolvePipOptions */ .qV)(loaded.spec.configs.pip, req.env);
    for (const secret of (0,_plan_pip_options_js__WEBPACK_IMPORTED_MODULE_8__/* .indexCredentials */ .B9)(pip))
        log.secret(secret);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(envDir, { recursive: true, force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(envDir), { recursive: true });
    await log.group(`Create ${installer.name} venv`, () => installer.createEnv(req.python, envDir));
    const cwd = loaded.dir;
    const vars = req.env ?? process.env;
    const skipped = [];
    await log.group('Install dependencies', async () => {
        for (const dep of loaded.spec.dependencies) {
            switch (dep.kind) {
                case 'pip_req_file':
                    await withExpandedRequirements((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, dep.deps), vars, log, (file) => installer.install(envDir, ['-r', file], pip, cwd));
                    break;
                case 'pip_pkg':
                    for (const s of dep.deps.flatMap((d) => (0,_spec_vars_js__WEBPACK_IMPORTED_MODULE_3__/* .secretVarValues */ .AP)(d, vars)))
                        log.secret(s);
                    if (dep.deps.length)
                        await installer.install(envDir, (0,_spec_vars_js__WEBPACK_IMPORTED_MODULE_3__/* .expandPipEntries */ .SN)(dep.deps, vars), pip, cwd);
                    break;
                case 'wheel':
                    if (dep.deps.length)
                        await installer.install(envDir, dep.deps.map((w) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, w)), pip, cwd);
                    break;
                case 'native_file':
                    for (const f of dep.deps)
                        copyNativeFile(cwd, f.src, envDir, f.dest);
                    break;
                case 'command':
                    if (req.runCommands)
                        await runCommands(dep.deps, cwd, envDir, log, req.env);
                    else
                        skipped.push(...dep.deps);
                    break;
                case 'conda_env_file':
                case 'conda_pkg':
                    log.warn(`${dep.kind} ignored in venv mode`);
                    break;
            }
        }
    });
    noticeSkippedCommands(log, skipped);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,_installer_js__WEBPACK_IMPORTED_MODULE_7__/* .envPython */ .GJ)(envDir)))
        throw new Error(`venv at ${envDir} has no bin/python`);
    return { envDir, pythonPath: (0,_installer_js__WEBPACK_IMPORTED_MODULE_7__/* .envPython */ .GJ)(envDir), installer: installer.name, installerVersion: req.installerVersion ?? (await installer.version()), pip };
}
/**
 * Makes sure a venv that is to be packed has pip, as Starwhale's restore runs `bin/pip install` in
 * it (a uv env has none). pip comes from the runtime's index like every other package, and a pip the
 * runtime already installed is kept; when the index has no pip, the interpreter's own (ensurepip) is
 * used, with a warning. The lock never lists pip, so its text does not change. True when it seeded.
 */
async function ensurePip(envDir, installer, pip, cwd, log) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(envDir, 'bin', 'pip')))
        return false;
    await log.group('Seed pip into the env', async () => {
        try {
            await installer.install(envDir, ['pip'], pip, cwd);
        }
        catch (e) {
            log.warn(`pip is not installable from the runtime's index (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); seeding the interpreter's bundled pip instead`);
            await (0,_seed_pip_js__WEBPACK_IMPORTED_MODULE_6__/* .seedBundledPip */ .x)(envDir, log);
        }
    });
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(envDir, 'bin', 'pip')))
        throw new Error(`pip was installed into ${envDir} but it has no bin/pip`);
    return true;
}


/***/ }),

/***/ 8245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ copyBundledFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_inplace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7176);
/* harmony import */ var _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2779);
/* harmony import */ var _util_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5888);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
// The `native_file` items of a bundle's manifest, copied into the env at restore. The manifest comes
// with the bundle, so its src is confined to the bundle's files/ and nothing is followed out of it:
// a regular file is copied, a directory recursed, a symlink recreated only when it resolves inside
// files/ and, as written, stays inside the env; dest is written as new files under real directories.






function lstatOrUndefined(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
    }
    catch {
        return undefined;
    }
}
function refuse(what) {
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`refusing the bundle's native_file ${what}`, { hint: _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .CRAFTED_HINT */ .A9 });
}
/** A regular file's bytes, opened without following a link. */
function readNoFollow(path) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile())
            refuse(`${path}: not a regular file`);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function copyEntry(filesReal, from, envDir, rel) {
    const st = lstatOrUndefined(from);
    if (!st)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`the bundle's files/ has no ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(filesReal, from) || from}`, { hint: 'the bundle is incomplete; rebuild it' });
    if (st.isSymbolicLink()) {
        const target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(from);
        let real;
        try {
            real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(from);
        }
        catch {
            real = undefined;
        }
        const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(envDir, rel);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(target) || !real || !(0,_util_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(filesReal, real) || !(0,_util_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(envDir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dest), target)))
            refuse(`${from} -> ${target}: it points outside files/ or the env`);
        const parent = rel.split('/').slice(0, -1).join('/');
        if (parent)
            (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdirInside */ .EX)(envDir, parent);
        if (lstatOrUndefined(dest))
            refuse(`${rel}: something is already at that place in the env`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(target, dest);
    }
    else if (st.isDirectory()) {
        (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_2__/* .mkdirInside */ .EX)(envDir, rel);
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(from).sort())
            copyEntry(filesReal, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(from, name), envDir, `${rel}/${name}`);
    }
    else if (st.isFile()) {
        (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileInside */ .gE)(envDir, rel, readNoFollow(from), st.mode & 0o755);
    }
    else
        refuse(`${from}: not a file, a directory or a symlink`);
}
/** `root/<p>` (a leading `/` dropped), refused when it is not strictly inside `root`. */
function confined(root, p, field, where) {
    try {
        return (0,_util_names_js__WEBPACK_IMPORTED_MODULE_4__/* .confine */ .Do)(root, p.replace(/^\/+/, ''));
    }
    catch {
        return refuse(`${field} ${JSON.stringify(p)}: it leaves ${where}`);
    }
}
/** Copies the bundle's `files/<src>` to `<envDir>/<dest>` (see the head of this file for the rules). */
function copyBundledFile(filesDir, src, envDir, dest) {
    const from = confined(filesDir, src, 'src', 'files/');
    const to = confined(envDir, dest, 'dest', 'the env');
    const filesReal = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(filesDir);
    let parentReal;
    try {
        parentReal = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(from));
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`the bundle's files/ has no ${src}`, { hint: 'the bundle is incomplete; rebuild it' });
    }
    if (!(0,_util_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isInside */ .FK)(filesReal, parentReal))
        refuse(`src ${src}: it leaves files/`);
    copyEntry(filesReal, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parentReal, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(from)), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(envDir), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(envDir), to));
}


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ PipInstaller),
/* harmony export */   Ct: () => (/* binding */ UvInstaller),
/* harmony export */   GJ: () => (/* binding */ envPython)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7895);
/* harmony import */ var _plan_pip_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9281);
/* harmony import */ var _seed_pip_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1346);
// One installer interface, two implementations: uv (fast, the default) and pip (a venv seeded with
// the interpreter's bundled pip, then pip). Both create a venv and install requirement arguments;
// freeze.ts locks either env the same way.




const envPython = (envDir) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(envDir, 'bin', 'python');
class PipInstaller {
    log;
    python;
    cacheDir;
    baseEnv;
    name = 'pip';
    constructor(log, python, cacheDir, 
    /** Environment of install subprocesses (e.g. with CUDA_HOME for source builds); default process.env. */
    baseEnv = process.env) {
        this.log = log;
        this.python = python;
        this.cacheDir = cacheDir;
        this.baseEnv = baseEnv;
    }
    async version() {
        const r = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(this.python, ['-m', 'pip', '--version'], { log: this.log, allowFailure: true });
        return r.code === 0 ? (r.stdout.split(' ')[1] ?? 'unknown') : 'bundled';
    }
    async createEnv(python, envDir) {
        await (0,_seed_pip_js__WEBPACK_IMPORTED_MODULE_3__/* .createPipVenv */ .v)(python, envDir, this.log);
    }
    async install(envDir, args, opts, cwd) {
        await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(envPython(envDir), ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--exists-action', 'w', ...(0,_plan_pip_options_js__WEBPACK_IMPORTED_MODULE_2__/* .pipArgs */ .Xc)(opts), ...args], {
            log: this.log,
            cwd,
            secrets: (0,_plan_pip_options_js__WEBPACK_IMPORTED_MODULE_2__/* .indexCredentials */ .B9)(opts),
            env: { ...this.baseEnv, ...(this.cacheDir ? { PIP_CACHE_DIR: this.cacheDir } : {}), PIP_NO_INPUT: '1' },
        });
    }
}
class UvInstaller {
    log;
    uv;
    cacheDir;
    baseEnv;
    name = 'uv';
    constructor(log, uv, cacheDir, baseEnv = process.env) {
        this.log = log;
        this.uv = uv;
        this.cacheDir = cacheDir;
        this.baseEnv = baseEnv;
    }
    env(extra = {}) {
        return { ...this.baseEnv, ...(this.cacheDir ? { UV_CACHE_DIR: this.cacheDir } : {}), UV_NO_PROGRESS: '1', ...extra };
    }
    async version() {
        const r = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(this.uv, ['--version'], { log: this.log });
        return r.stdout.trim().split(/\s+/)[1] ?? 'unknown';
    }
    async createEnv(python, envDir) {
        await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(this.uv, ['venv', '--quiet', '--python', python, '--no-python-downloads', envDir], { log: this.log, env: this.env() });
    }
    async install(envDir, args, opts, cwd) {
        await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(this.uv, ['pip', 'install', '--python', envPython(envDir), ...(0,_plan_pip_options_js__WEBPACK_IMPORTED_MODULE_2__/* .uvArgs */ .He)(opts), ...args], {
            log: this.log,
            cwd,
            secrets: (0,_plan_pip_options_js__WEBPACK_IMPORTED_MODULE_2__/* .indexCredentials */ .B9)(opts),
            env: this.env((0,_plan_pip_options_js__WEBPACK_IMPORTED_MODULE_2__/* .uvEnv */ .H9)(opts)),
        });
    }
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

/***/ 2638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Di: () => (/* binding */ packEnv),
/* harmony export */   Xf: () => (/* binding */ relocateEnv),
/* harmony export */   ts: () => (/* binding */ pyvenvVersion)
/* harmony export */ });
/* unused harmony export entries */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_extract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8775);
/* harmony import */ var _archive_inplace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7176);
/* harmony import */ var _archive_parallel_gzip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3444);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9661);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17);
/* harmony import */ var _launcher_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5371);
/* harmony import */ var _util_tmp_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5297);
// --include-env: the built venv packed as export/venv_env.tar.gz (deterministic: sorted entries,
// fixed mtime, symlinks kept), and unpacked at restore with its absolute paths moved to the new place.
// bin/python, python3 and python3.N pointed at the build interpreter, which the restoring machine may
// not have at that path: they are packed as a launcher instead (launcher.ts), and scripts that ran
// the build env's python get a shebang that finds the env's python wherever it is. `swrt restore`
// links the python names to an interpreter of the exact version pyvenv.cfg records.









/** The exact x.y.z a venv's pyvenv.cfg records (`version` from venv, `version_info` from uv, virtualenv). */
function pyvenvVersion(cfg) {
    for (const line of cfg.split(/\r?\n/)) {
        const m = /^\s*(version|version_info)\s*=\s*(\d+\.\d+\.\d+)\b/.exec(line);
        if (m)
            return m[2];
    }
    return undefined;
}
/** A bin/ script that ran the build env's python, rewritten to find the env's python next to itself. */
function relocatedScript(full, size, envDir) {
    if (size > 1024 * 1024)
        return undefined;
    const buf = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full);
    if (buf.subarray(0, 2).toString() !== '#!' || buf.includes(0))
        return undefined;
    const text = (0,_launcher_js__WEBPACK_IMPORTED_MODULE_8__/* .relocatableScript */ .ew)(buf.toString('utf8'), envDir);
    return text === undefined ? undefined : Buffer.from(text, 'utf8');
}
/** The tar entries packEnv writes for the venv at `root`, whose pyvenv.cfg records `version` (exported for bench/pack.ts). */
function entries(root, version, rel = '') {
    const out = [];
    const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel)).sort();
    if (rel === 'bin') {
        const minor = version.split('.').slice(0, 2).join('.');
        const python = [
            { path: 'bin/python', type: 'file', mode: 0o755, data: Buffer.from((0,_launcher_js__WEBPACK_IMPORTED_MODULE_8__/* .pythonLauncher */ .L0)(version), 'utf8') },
            { path: 'bin/python3', type: 'symlink', mode: 0o777, linkname: 'python' },
            { path: `bin/python${minor}`, type: 'symlink', mode: 0o777, linkname: 'python' },
        ];
        out.push(...python);
    }
    for (const name of names) {
        if (name === '__pycache__')
            continue; // rebuilt on first import; holds absolute paths and timestamps
        const p = rel ? `${rel}/${name}` : name;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, p);
        if (_archive_extract_js__WEBPACK_IMPORTED_MODULE_2__/* .VENV_PYTHON_LINK */ .uE.test(p))
            continue; // the launcher above stands for them
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full);
        if (st.isSymbolicLink())
            out.push({ path: p, type: 'symlink', mode: 0o777, linkname: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(full) });
        else if (st.isDirectory())
            out.push({ path: p, type: 'dir', mode: 0o755 }, ...entries(root, version, p));
        else {
            const mode = st.mode & 0o111 ? 0o755 : 0o644;
            const script = rel === 'bin' ? relocatedScript(full, st.size, root) : undefined;
            out.push(script ? { path: p, type: 'file', mode, data: script } : { path: p, type: 'file', mode, source: full, size: st.size });
        }
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Packs `envDir` into `outFile`, which appears whole (temp names of its own, then a rename) or not at all. */
async function packEnv(envDir, outFile, mtime) {
    let cfg = '';
    try {
        cfg = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(envDir, 'pyvenv.cfg'), 'utf8');
    }
    catch {
        // reported below
    }
    const version = pyvenvVersion(cfg);
    if (!version)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`cannot pack ${envDir}: its pyvenv.cfg records no exact python version`, { hint: 'the env must be a venv made by uv or python -m venv' });
    const gzFile = (0,_util_tmp_js__WEBPACK_IMPORTED_MODULE_7__/* .tmpName */ .BI)(outFile);
    try {
        // The tar streams straight into gzip (no temp tar), at level 1 (most of level 6's ratio on a
        // venv at a fraction of its time), as parallel gzip members of fixed size: the same bytes on
        // any number of cores.
        await (0,_archive_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .writeTarTo */ .Y)(new _archive_parallel_gzip_js__WEBPACK_IMPORTED_MODULE_4__/* .ParallelGzip */ .mX((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(gzFile), { level: 1 }), entries(envDir, version), mtime);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(gzFile, outFile);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(gzFile, { force: true });
    }
}
/**
 * Rewrites the old env path in activate scripts and script shebangs after an unpack elsewhere. Only
 * regular files directly in a real bin/ are touched (a symlink, or anything reached through one, is
 * skipped); each is replaced by a new file, so a hard link to it elsewhere is never changed.
 */
function relocateEnv(envDir, oldPrefix) {
    if (!oldPrefix || oldPrefix === envDir)
        return 0;
    let changed = 0;
    const bin = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(envDir, 'bin');
    let isDir = false;
    try {
        isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(bin).isDirectory();
    }
    catch {
        return 0;
    }
    if (!isDir)
        return 0;
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(bin)) {
        const f = (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_3__/* .regularFileInside */ .nf)(envDir, `bin/${name}`);
        if (!f)
            continue;
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(f);
        if (st.size > 1024 * 1024)
            continue;
        const buf = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(f);
        if (buf.includes(0))
            continue; // a binary
        const text = buf.toString('utf8');
        if (!text.includes(oldPrefix))
            continue;
        (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_3__/* .rewriteFile */ .LL)(f, Buffer.from(text.split(oldPrefix).join(envDir), 'utf8'), st.mode);
        changed++;
    }
    return changed;
}


/***/ }),

/***/ 7773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ checkTargetDir),
/* harmony export */   Kn: () => (/* binding */ writeStatus),
/* harmony export */   Ks: () => (/* binding */ restoreEnv),
/* harmony export */   ZY: () => (/* binding */ markFailed),
/* harmony export */   l9: () => (/* binding */ checkArch),
/* harmony export */   nn: () => (/* binding */ checkWorkdirOutputs)
/* harmony export */ });
/* unused harmony exports STATUS_FILE, WORKDIR_OUTPUTS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _archive_extract_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8775);
/* harmony import */ var _archive_inplace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7176);
/* harmony import */ var _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2779);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7895);
/* harmony import */ var _util_log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9906);
/* harmony import */ var _util_shell_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(5462);
/* harmony import */ var _bundled_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8245);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3503);
/* harmony import */ var _installer_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(143);
/* harmony import */ var _pack_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2638);
/* harmony import */ var _plan_pip_options_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9281);
/* harmony import */ var _starwhale_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(4898);
// Restores an extracted bundle's env in swcli's order (docs/starwhale-compat.md: Restore order): arch check; the packed
// env when present, else a new venv with setup_requires, commands, the lock (or the raw deps in
// order), files and wheels; `.runtime_restore_status` and activate.host/env.sw like swcli writes
// (each written as a new file, never through a link the bundle or the packed env put there).
















const ARCH_MAP = { x64: 'amd64', x86_64: 'amd64', amd64: 'amd64', arm64: 'arm64', aarch64: 'arm64' };
/**
 * A directory the user named (restore --target, extract --target-dir) is replaced only when it is
 * missing, empty, or `force` says so: a typo must not delete someone's files.
 */
function checkTargetDir(dir, force, flag) {
    if (force || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`${dir} exists and is not a directory`, { hint: `choose another ${flag}` });
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`${dir} is not empty`, { hint: `pass --force to replace what is in it, or choose an empty or new ${flag}` });
}
const STATUS_FILE = '.runtime_restore_status';
/** The files a restore writes into the workdir; a bundle that puts anything but a regular file there is refused up front. */
const WORKDIR_OUTPUTS = ['activate.host', 'env.sw'];
/** Refuses a workdir whose activate.host or env.sw is a link, a directory or anything but a regular file. */
function checkWorkdirOutputs(workdir) {
    for (const name of WORKDIR_OUTPUTS) {
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workdir, name));
        }
        catch {
            continue;
        }
        if (!st.isFile())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`refusing to restore ${workdir}: its ${name} is ${st.isSymbolicLink() ? 'a symlink' : 'not a regular file'}`, { hint: _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .CRAFTED_HINT */ .A9 });
    }
}
/** Writes the restore status into the env (a new file, never through a link). */
function writeStatus(envDir, status) {
    (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileInside */ .gE)(envDir, STATUS_FILE, status);
}
/** The status after a failure: best effort, so the error that caused it is the one reported. */
function markFailed(envDir) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(envDir))
            writeStatus(envDir, 'failed');
    }
    catch {
        // the env is unusable either way; the original error says why
    }
}
function checkArch(wanted, machine) {
    if (!wanted || wanted.length === 0)
        return;
    const have = new Set([machine.toLowerCase(), ARCH_MAP[machine.toLowerCase()] ?? '', 'noarch']);
    if (!wanted.some((a) => have.has(a.toLowerCase()))) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`runtime is built for ${wanted.join(', ')}, this machine is ${ARCH_MAP[machine] ?? machine}`, { hint: 'rebuild it with environment.arch including this machine, or noarch' });
    }
}
/** The runtime's index (configs.pip), with SW_PYPI_* and credentials from the environment as at build. */
function manifestPipOptions(m, env) {
    return (0,_plan_pip_options_js__WEBPACK_IMPORTED_MODULE_13__/* .resolvePipOptions */ .qV)({ index_url: m.configs?.pip?.index_url ?? '', extra_index_url: m.configs?.pip?.extra_index_url ?? [], trusted_host: m.configs?.pip?.trusted_host ?? [] }, env);
}
async function installDeps(deps, workdir, envDir, installer, pip, opts) {
    for (const dep of deps) {
        switch (dep.kind) {
            case 'pip_req_file':
                await installer.install(envDir, ['-r', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workdir, 'dependencies', dep.deps)], pip, workdir);
                break;
            case 'pip_pkg':
                if (dep.deps.length)
                    await installer.install(envDir, [...dep.deps], pip, workdir);
                break;
            case 'wheel':
                if (dep.deps.length)
                    await installer.install(envDir, dep.deps.map((w) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workdir, 'wheels', w.replace(/^\/+/, ''))), pip, workdir);
                break;
            case 'native_file':
                for (const f of dep.deps)
                    (0,_bundled_files_js__WEBPACK_IMPORTED_MODULE_9__/* .copyBundledFile */ .Y)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workdir, 'files'), f.src, envDir, f.dest);
                break;
            case 'command':
                if (opts.runCommands)
                    await (0,_build_js__WEBPACK_IMPORTED_MODULE_10__/* .runCommands */ .aK)(dep.deps, workdir, envDir, opts.log, opts.env);
                break;
            default:
                opts.log.warn(`${dep.kind} skipped: conda items need mode: conda`);
        }
    }
}
/** The exact python version the packed env was built with: its pyvenv.cfg, else the manifest. */
function packedVersion(envDir, m) {
    const cfg = (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_4__/* .regularFileInside */ .nf)(envDir, 'pyvenv.cfg');
    const fromCfg = cfg ? (0,_pack_js__WEBPACK_IMPORTED_MODULE_12__/* .pyvenvVersion */ .ts)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(cfg, 'utf8')) : undefined;
    const shell = m.environment?.lock?.shell?.python_version ?? '';
    const version = fromCfg ?? (/^\d+\.\d+\.\d+$/.test(shell) ? shell : undefined);
    if (!version)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo('the packed env records no exact python version (no pyvenv.cfg version, no environment.lock.shell.python_version x.y.z)', { hint: 'rebuild the runtime with --include-env' });
    return version;
}
/**
 * Links bin/python to `interpreter` (python3 and python3.N to python, as uv does) in place of
 * whatever the archive had there, and rewrites pyvenv.cfg's home, executable, version and command.
 */
function relinkPython(envDir, version, interpreter) {
    if (!(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(interpreter))
        interpreter = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(interpreter);
    const bin = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(envDir, 'bin');
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(bin);
    }
    catch {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(bin);
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(bin);
    }
    if (!st.isDirectory())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`refusing to restore ${envDir}: its bin is not a directory`, { hint: _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .CRAFTED_HINT */ .A9 });
    for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(bin)) {
        if (!_archive_extract_js__WEBPACK_IMPORTED_MODULE_3__/* .VENV_PYTHON_LINK */ .uE.test(`bin/${name}`))
            continue;
        const at = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(bin, name);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at).isDirectory())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`refusing to restore ${envDir}: its bin/${name} is a directory`, { hint: _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_5__/* .CRAFTED_HINT */ .A9 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(at, { force: true });
    }
    const minor = version.split('.').slice(0, 2).join('.');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(interpreter, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(bin, 'python'));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)('python', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(bin, 'python3'));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)('python', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(bin, `python${minor}`));
    let real = interpreter;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(interpreter);
    }
    catch {
        // the check that runs it says what is wrong
    }
    const cfgFile = (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_4__/* .regularFileInside */ .nf)(envDir, 'pyvenv.cfg');
    const old = cfgFile ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(cfgFile, 'utf8').split(/\r?\n/).filter((l) => l.trim()) : [];
    const set = { home: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(interpreter), executable: real, command: `${interpreter} -m venv ${envDir}` };
    const done = new Set();
    const lines = old.map((line) => {
        const key = /^\s*([A-Za-z_-]+)\s*=/.exec(line)?.[1]?.toLowerCase();
        if (key === 'version' || key === 'version_info')
            return `${key} = ${version}`;
        if (!key || !(key in set))
            return line;
        done.add(key);
        return `${key} = ${set[key]}`;
    });
    if (!done.has('home'))
        lines.unshift(`home = ${set.home}`);
    if (!lines.some((l) => /^\s*version(_info)?\s*=/.test(l)))
        lines.push(`version = ${version}`);
    (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileInside */ .gE)(envDir, 'pyvenv.cfg', `${lines.join('\n')}\n`);
}
/** Runs the env's python: it must start, be `version`, and have the env as sys.prefix. */
async function checkEnvPython(envDir, version, interpreter, log) {
    const py = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(envDir, 'bin', 'python');
    let out;
    try {
        out = (await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_7__/* .exec */ .m0)(py, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3]); print(sys.prefix)'], { log: (0,_util_log_js__WEBPACK_IMPORTED_MODULE_8__/* .quietLog */ .R3)(log), tailLines: 0 })).stdout;
    }
    catch (e) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the restored env's python (linked to ${interpreter}) does not run: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(e).split('\n')[0]}`, { hint: `point it at a working Python ${version}` });
    }
    const [got = '', prefix = ''] = out.trim().split('\n').map((l) => l.trim());
    if (got !== version)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the packed env was built with Python ${version}, but ${interpreter} is Python ${got || '(unknown)'}`, { hint: `install Python ${version} (pyenv install ${version}) or let swrt download it` });
    const same = (a, b) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(a) === (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(b);
        }
        catch {
            return false;
        }
    };
    if (!same(prefix, envDir))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the restored env's python reports sys.prefix ${prefix}, not ${envDir}`, { hint: 'its pyvenv.cfg could not be used; rebuild the runtime with --include-env' });
}
/** Restores the env of the extracted bundle in `workdir`, whose manifest says `m`. */
async function restoreEnv(workdir, m, opts) {
    const mode = m.environment?.mode ?? 'venv';
    if (mode !== 'venv')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`restoring a ${mode} runtime is not supported by this release yet`);
    checkArch(m.environment?.arch, opts.arch ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.arch)());
    const starwhaleReq = opts.starwhale === false ? undefined : (0,_starwhale_js__WEBPACK_IMPORTED_MODULE_14__/* .starwhaleRequirement */ .Ro)(m.environment?.lock?.starwhale_version);
    const envDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(opts.target ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workdir, 'export', mode));
    const python = m.environment?.python || m.environment?.lock?.shell?.python_version || '';
    checkWorkdirOutputs(workdir);
    if (opts.target !== undefined)
        checkTargetDir(envDir, opts.force, '--target');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(envDir, { recursive: true, force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(envDir, { recursive: true });
    writeStatus(envDir, 'restoring');
    const deps = m.dependencies ?? {};
    const pip = manifestPipOptions(m, opts.env);
    // The installer that puts starwhale in: the one that made the env, else (a packed env) the env's own pip.
    let installer = new _installer_js__WEBPACK_IMPORTED_MODULE_11__/* .PipInstaller */ .CT(opts.log, (0,_installer_js__WEBPACK_IMPORTED_MODULE_11__/* .envPython */ .GJ)(envDir));
    try {
        if (deps.local_packaged_env)
            await unpackVenv(workdir, envDir, m, opts);
        else
            installer = await createVenv(workdir, envDir, m, python, pip, opts);
        if (starwhaleReq === undefined) {
            const msg = `starwhale not installed: ${envDir} stays marked "restoring", so swcli restores it again (with starwhale) before it runs anything in it`;
            if (opts.log.notice)
                opts.log.notice(msg);
            else
                opts.log.info(msg);
        }
        else {
            await (0,_starwhale_js__WEBPACK_IMPORTED_MODULE_14__/* .installStarwhale */ .dM)(envDir, starwhaleReq, (args) => installer.install(envDir, args, pip, workdir), opts.log);
            writeStatus(envDir, 'success');
        }
    }
    catch (e) {
        markFailed(envDir);
        throw e;
    }
    (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileInside */ .gE)(workdir, 'activate.host', (0,_util_shell_js__WEBPACK_IMPORTED_MODULE_15__/* .activateHostScript */ .jR)(envDir, mode), 0o755);
    (0,_archive_inplace_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileInside */ .gE)(workdir, 'env.sw', (0,_util_shell_js__WEBPACK_IMPORTED_MODULE_15__/* .envFile */ .CN)({ SW_ACTIVATED_RUNTIME_MODE_IN_SHELL: mode, SW_ACTIVATED_RUNTIME_PREFIX_IN_SHELL: envDir, SW_ACTIVATED_RUNTIME_URI_IN_SHELL: '' }));
    return { envDir, mode, python, fromPackedEnv: Boolean(deps.local_packaged_env) };
}
/** A packed env: unpacked, moved to its new place, and its python linked to an interpreter of the exact version it was built with. */
async function unpackVenv(workdir, envDir, m, opts) {
    await opts.log.group('Unpack the packed env', async () => {
        const packed = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workdir, 'export', 'venv_env.tar.gz');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(packed))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`bundle says it packs its env, but ${packed} is missing`);
        // Bundles packed before the python links were left out (and swcli's) still carry absolute ones; they are replaced below.
        await (0,_archive_extract_js__WEBPACK_IMPORTED_MODULE_3__/* .extractArchive */ .Qh)(packed, envDir, { force: true, absoluteLinks: _archive_extract_js__WEBPACK_IMPORTED_MODULE_3__/* .venvPythonLinks */ .DE });
        writeStatus(envDir, 'restoring');
        const moved = (0,_pack_js__WEBPACK_IMPORTED_MODULE_12__/* .relocateEnv */ .Xf)(envDir, m.environment?.lock?.env_prefix_path ?? '');
        opts.log.info(`unpacked; ${moved} script(s) moved to ${envDir}`);
        const version = packedVersion(envDir, m);
        const pythonFor = opts.pythonFor ?? (async (v) => (await opts.installerFor(v)).python);
        let interpreter;
        try {
            interpreter = await pythonFor(version);
        }
        catch (e) {
            if (e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`the packed env needs Python ${version}: ${e.message}`, { hint: e.hint });
            throw e;
        }
        relinkPython(envDir, version, interpreter);
        await checkEnvPython(envDir, version, interpreter, opts.log);
        opts.log.info(`env python linked to ${interpreter} (Python ${version})`);
    });
}
/** No packed env: a new venv, then the lock (or the raw deps) in swcli's order; returns the installer that made it. */
async function createVenv(workdir, envDir, m, python, pip, opts) {
    const deps = m.dependencies ?? {};
    const { installer, python: interpreter } = await opts.installerFor(python);
    await opts.log.group(`Create ${installer.name} venv (python ${python})`, async () => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(envDir, { recursive: true, force: true });
        await installer.createEnv(interpreter, envDir);
        writeStatus(envDir, 'restoring');
    });
    const lockFiles = m.environment?.lock?.files ?? [];
    const raw = deps.raw_deps ?? [];
    const order = lockFiles.length
        ? [
            ...(deps.setup_requires ?? []),
            ...raw.filter((d) => d.kind === 'command'),
            ...lockFiles.filter((f) => f.endsWith('requirements-sw-lock.txt')).map((f) => ({ kind: 'pip_req_file', deps: f })),
            ...raw.filter((d) => d.kind === 'native_file' || d.kind === 'wheel'),
        ]
        : [...(deps.setup_requires ?? []), ...raw];
    await opts.log.group('Install dependencies', () => installDeps(order, workdir, envDir, installer, pip, opts));
    return installer;
}


/***/ }),

/***/ 1346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ createPipVenv),
/* harmony export */   x: () => (/* binding */ seedBundledPip)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7895);
// Creates a pip venv without running ensurepip: `python -m venv --without-pip`, then the wheels the
// interpreter bundles for ensurepip (pip, and setuptools up to 3.11) unzipped into site-packages,
// with bin/pip, pip3 and pip3.X written as pip's own installer would. ensurepip installs the same
// wheels by running pip, which compiles every module it installs: seconds, where unzipping takes
// a fraction of one. Interpreters whose ensurepip carries no wheels (Debian's system Python keeps
// them elsewhere) fall back to ensurepip itself.


const envPython = (envDir) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(envDir, 'bin', 'python');
/** Exit code of SEED_PY when the interpreter bundles no pip wheel. */
const NO_BUNDLED_PIP = 3;
const SEED_PY = `
import glob, os, sys, sysconfig, zipfile, ensurepip
bundled = sorted(glob.glob(os.path.join(os.path.dirname(ensurepip.__file__), "_bundled", "*.whl")))
if not any(os.path.basename(w).startswith("pip-") for w in bundled):
    sys.exit(${NO_BUNDLED_PIP})
paths = sysconfig.get_paths()
for w in bundled:
    with zipfile.ZipFile(w) as z:
        z.extractall(paths["purelib"])
for d in glob.glob(os.path.join(paths["purelib"], "*.dist-info")):
    with open(os.path.join(d, "INSTALLER"), "w") as f:
        f.write("pip\\n")
script = "#!%s\\n# -*- coding: utf-8 -*-\\nimport re\\nimport sys\\nfrom pip._internal.cli.main import main\\nif __name__ == '__main__':\\n    sys.argv[0] = re.sub(r'(-script\\\\.pyw|\\\\.exe)?$', '', sys.argv[0])\\n    sys.exit(main())\\n" % sys.executable
for name in ("pip", "pip3", "pip%d.%d" % sys.version_info[:2]):
    p = os.path.join(paths["scripts"], name)
    with open(p, "w") as f:
        f.write(script)
    os.chmod(p, 0o755)
`;
/** Seeds pip (and the setuptools older interpreters bundle) into the venv at envDir from the interpreter's own wheels. */
async function seedBundledPip(envDir, log) {
    const r = await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(envPython(envDir), ['-I', '-c', SEED_PY], { log, allowFailure: true });
    if (r.code === 0)
        return;
    if (r.code !== NO_BUNDLED_PIP)
        throw new Error(`seeding pip into ${envDir} failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(envPython(envDir), ['-m', 'ensurepip', '--default-pip'], { log });
}
/** A pip venv: `python -m venv` without its ensurepip step, seeded from the bundled wheels. */
async function createPipVenv(python, envDir, log) {
    await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)(python, ['-m', 'venv', '--without-pip', envDir], { log });
    await seedBundledPip(envDir, log);
}


/***/ }),

/***/ 4898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ro: () => (/* binding */ starwhaleRequirement),
/* harmony export */   dM: () => (/* binding */ installStarwhale)
/* harmony export */ });
/* unused harmony exports hasStarwhale, starwhaleInstallArgs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2779);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1200);
// swcli's last restore step (docs/starwhale-compat.md: Restore order): starwhale itself goes into the
// restored env, at the manifest's environment.lock.starwhale_version (a version or a git+ URL), unless
// the env has it already, so `swcli model run --runtime` finds bin/swcli there.





/**
 * The requirement swcli installs for a recorded starwhale_version: `starwhale==V`, the git+ URL as
 * it is, or our target version when none is recorded. The value comes from an untrusted manifest
 * and becomes an installer argument, so anything else (an option, a path, a space) is refused.
 */
function starwhaleRequirement(recorded) {
    const v = typeof recorded === 'string' ? recorded.trim() : '';
    if (v === '')
        return `starwhale==${_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .STARWHALE_COMPAT_VERSION */ .W7}`;
    if (!_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .STARWHALE_VERSION_RE */ .ll.test(v)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the bundle's environment.lock.starwhale_version "${v.slice(0, 80)}" is neither a version nor a git+ URL`, { hint: _archive_tar_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .CRAFTED_HINT */ .A9 });
    }
    return v.startsWith('git+') ? v : `starwhale==${v}`;
}
function siteEntries(envDir) {
    const lib = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(envDir, 'lib');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(lib))
        return [];
    const out = [];
    for (const py of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(lib)) {
        const site = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(lib, py, 'site-packages');
        if (/^python\d+\.\d+$/.test(py) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(site))
            out.push(...(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(site));
    }
    return out;
}
/** Whether some site-packages of the env holds a starwhale distribution (swcli skips the install then). */
function hasStarwhale(envDir) {
    return siteEntries(envDir).some((e) => /^starwhale-[^-]+\.(dist|egg)-info$/i.test(e));
}
/**
 * What goes in with starwhale: starwhale 0.6.x imports pkg_resources without asking for setuptools,
 * which setuptools 82 no longer ships. swcli's envs are seeded with a setuptools that has it; an env
 * made by uv (or Python 3.12+ venv) has none, and pip would pull the newest through a dependency.
 */
function starwhaleInstallArgs(envDir, req) {
    return siteEntries(envDir).includes('pkg_resources') ? [req] : [req, 'setuptools<82'];
}
/**
 * swcli's step: starwhale (`req`) into the env unless it is there, with `install` (the env's pip, or
 * the installer that made it). A failure is one line naming the installer's last word.
 */
async function installStarwhale(envDir, req, install, log) {
    if (hasStarwhale(envDir)) {
        log.info(`starwhale is already in ${envDir}`);
        return;
    }
    await log.group(`Install ${req}`, async () => {
        try {
            await install(starwhaleInstallArgs(envDir, req));
        }
        catch (e) {
            // exec's error ends with the installer's own (masked) last lines, e.g. no matching distribution.
            const lines = (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e).split('\n').map((l) => l.trim()).filter(Boolean);
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`could not install ${req} into the restored env: ${lines[lines.length - 1] ?? 'the installer failed'}`, {
                hint: "swcli needs starwhale in the env; serve it from the runtime's index (configs.pip / SW_PYPI_INDEX_URL), or pass --no-starwhale",
            });
        }
    });
}


/***/ }),

/***/ 7138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ envBackend)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cache/layers.ts
var cache_layers = __webpack_require__(6542);
// EXTERNAL MODULE: ./src/env/build.ts
var build = __webpack_require__(3503);
// EXTERNAL MODULE: ./src/plan/pip-options.ts
var pip_options = __webpack_require__(9281);
// EXTERNAL MODULE: ./src/spec/vars.ts
var vars = __webpack_require__(4009);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(7895);
;// CONCATENATED MODULE: ./src/conda/commands.ts
// The exact argv of every conda-mode step, as swcli 0.6.15 runs them (docs/starwhale-compat.md: Lock files, Restore order),
// for the two command syntaxes we drive: conda (conda itself, or a mamba 1.x front end) and
// micromamba (also mamba 2.x). Pure: nothing here runs anything or touches the disk.
//
// Where micromamba needs something conda does not, the difference is named next to it:
//  - create: micromamba has no default channels, so the runtime's channels are passed (unless the
//    runtime's condarc lists its own `channels`, which then decide, as they do for conda);
//  - env files: micromamba has no reliable `env update` before 2.0 (mamba#1455, #3388), so an env
//    file is applied with `micromamba install --file F`, which reads the same YAML, pip section included.


/**
 * Whether `env export` lists pip-installed packages: conda does; micromamba only from 2.0.4
 * (mamba#2008, #3623). An unknown version is taken to be a recent one.
 */
function exportListsPip(tool) {
    if (tool.flavor === 'conda' || !tool.version)
        return true;
    const [a = 0, b = 0, c = 0] = tool.version.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
    return a > 2 || (a === 2 && (b > 0 || c >= 4));
}
/** swcli's default channel when configs.conda.channels is empty (DEFAULT_CONDA_CHANNEL). */
const DEFAULT_CONDA_CHANNEL = 'conda-forge';
const prefixPython = (prefix) => (0,external_node_path_.join)(prefix, 'bin', 'python');
/** `python=X.Y` as swcli pins it (trunc to major.minor), or `python=X.Y.Z` when an exact patch is asked for. */
function pythonSpec(version) {
    const parts = version.trim().split('.').filter(Boolean);
    if (parts.length < 2)
        throw new Error(`python version "${version}" is not X.Y or X.Y.Z`);
    return `python=${parts.slice(0, 3).join('.')}`;
}
function channelArgs(channels) {
    const list = channels.filter(Boolean);
    return (list.length ? list : [DEFAULT_CONDA_CHANNEL]).flatMap((c) => ['--channel', c]);
}
/** Whether the runtime's condarc chooses the channels itself (then create passes none). */
function condarcHasChannels(condarc) {
    const c = condarc.channels;
    return Array.isArray(c) ? c.length > 0 : typeof c === 'string' && c !== '';
}
/**
 * conda: `conda create --yes --quiet --prefix P python=X.Y` (swcli's conda_setup, verbatim).
 * micromamba: the same plus `--channel c…` from configs.conda.channels unless condarc sets channels.
 */
function createArgv(tool, prefix, python, conda) {
    const args = ['create', '--yes', '--quiet', '--prefix', prefix];
    if (tool.flavor === 'micromamba' && !condarcHasChannels(conda.condarc))
        args.push(...channelArgs(conda.channels));
    args.push(pythonSpec(python));
    return { cmd: tool.path, args };
}
/**
 * conda: `conda env update --quiet --file F --prefix P` (swcli's conda_env_update).
 * micromamba: `micromamba install --yes --quiet --prefix P --file F`.
 */
function envFileArgv(tool, prefix, file) {
    if (tool.flavor === 'conda')
        return { cmd: tool.path, args: ['env', 'update', '--quiet', '--file', file, '--prefix', prefix] };
    return { cmd: tool.path, args: ['install', '--yes', '--quiet', '--prefix', prefix, '--file', file] };
}
/** `<tool> install --prefix P --channel c1 … --yes --override-channels pkg…` (swcli's conda_install_req, same for both). */
function condaPkgArgv(tool, prefix, channels, pkgs) {
    return { cmd: tool.path, args: ['install', '--prefix', prefix, ...channelArgs(channels), '--yes', '--override-channels', ...pkgs] };
}
/**
 * pip inside the env, through the env's own interpreter: swcli runs
 * `conda run --live-stream --prefix P python3 -m pip install --exists-action w …`; calling
 * `<P>/bin/python -m pip` is the same interpreter without the conda-run wrapper. Files that are not
 * wheels get `-r`, as swcli does. Index options are passed one URL per flag (swcli space-joins them
 * into one argument, which pip reads as a single URL).
 */
function pipInstallArgv(prefix, items, pip, opts = {}) {
    const reqs = opts.files ? items.flatMap((f) => (f.endsWith('.whl') ? [f] : ['-r', f])) : [...items];
    return {
        cmd: prefixPython(prefix),
        args: ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--exists-action', 'w', ...(0,pip_options/* pipArgs */.Xc)(pip), ...reqs],
    };
}
/** conda: `conda env export --prefix P` (swcli adds `--file F`; we read stdout). micromamba: `micromamba env export --prefix P`. */
function exportArgv(tool, prefix) {
    return { cmd: tool.path, args: ['env', 'export', '--prefix', prefix] };
}
/** swcli: `conda run --prefix P pip freeze --exclude-editable`; the env's own python runs the same pip. */
function pipFreezeArgv(prefix, opts = {}) {
    return { cmd: prefixPython(prefix), args: ['-m', 'pip', 'freeze', '--disable-pip-version-check', ...(opts.includeEditable ? [] : ['--exclude-editable'])] };
}
function pythonVersionArgv(prefix) {
    return { cmd: prefixPython(prefix), args: ['-c', 'import platform; print(platform.python_version())'] };
}
/** The variables every conda-mode subprocess gets, on top of `base`. */
function condaEnv(tool, vars, base = process.env) {
    const env = { ...base };
    if (vars.condarcFile)
        env.CONDARC = vars.condarcFile; // micromamba reads $CONDARC too
    if (vars.cuda)
        env.CONDA_OVERRIDE_CUDA = vars.cuda;
    if (vars.rootPrefix) {
        if (tool.flavor === 'micromamba')
            env.MAMBA_ROOT_PREFIX = vars.rootPrefix;
        else
            env.CONDA_PKGS_DIRS = (0,external_node_path_.join)(vars.rootPrefix, 'pkgs');
    }
    if (tool.flavor === 'micromamba')
        env.MAMBA_NO_BANNER = '1';
    return env;
}
/**
 * PIP_* variables for the pip that conda itself runs for an env file's `pip:` section, so it uses
 * the runtime's index settings too (swcli leaves that pip on its defaults).
 */
function pipEnvVars(pip) {
    const out = {};
    if (pip.indexUrl)
        out.PIP_INDEX_URL = pip.indexUrl;
    if (pip.extraIndexUrls.length)
        out.PIP_EXTRA_INDEX_URL = pip.extraIndexUrls.join(' ');
    if (pip.trustedHosts.length)
        out.PIP_TRUSTED_HOST = pip.trustedHosts.join(' ');
    return out;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/util/pyyaml-dump.ts
var pyyaml_dump = __webpack_require__(5197);
;// CONCATENATED MODULE: ./src/conda/lock.ts
// conda-sw-lock.yaml exactly as swcli 0.6.15 writes it (docs/starwhale-compat.md: Lock files, `conda_export`): the
// env export, loaded as YAML 1.1, with the `pip:` item of `dependencies` replaced by the env's
// filtered `pip freeze` (or dropped when the freeze is empty), falsy items dropped, then written
// back with PyYAML's safe_dump (sorted keys, block style). The reason swcli does this: conda cannot
// export pip packages installed from git URLs (conda/conda#10320).



const CONDA_LOCK_NAME = 'conda-sw-lock.yaml';
/** The freeze lines swcli keeps: stripped, no blanks or comments, no local wheels unless asked. */
function filterCondaPipFreeze(freeze, opts = {}) {
    const out = [];
    for (const raw of freeze.trim().split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        if (!opts.includeLocalWheel && (line.endsWith('.whl') || line.includes('@ file://')))
            continue;
        out.push(line);
    }
    return out;
}
/** Python truthiness, which swcli's `if d:` applies to each dependency item. */
function truthy(v) {
    if (v === null || v === undefined || v === false || v === 0 || v === '')
        return false;
    if (Array.isArray(v))
        return v.length > 0;
    if (typeof v === 'object')
        return Object.keys(v).length > 0;
    return true;
}
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Renders conda-sw-lock.yaml from `conda|micromamba env export` output and `pip freeze` output. */
function renderCondaLock(envExportYaml, pipFreezeText, opts = {}) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(envExportYaml, { version: '1.1', schema: 'yaml-1.1', prettyErrors: false });
    }
    catch (e) {
        // Only the place: the export lists channel URLs, which may carry a token.
        throw new errors/* UserError */.yo(`the conda env export is not valid YAML${(0,errors/* parseErrorPlace */.TJ)(e, envExportYaml)}`, { hint: 'run the env export by hand and check its output' });
    }
    if (!isPlainObject(doc))
        throw new errors/* UserError */.yo('the conda env export is not a YAML mapping', { hint: 'run the env export by hand and check its output' });
    const freeze = filterCondaPipFreeze(pipFreezeText, opts);
    const deps = Array.isArray(doc.dependencies) ? doc.dependencies : [];
    const out = [];
    let sawPip = false;
    for (const item of deps) {
        let d = item;
        if (isPlainObject(d) && 'pip' in d) {
            sawPip = true;
            d = { ...d };
            if (freeze.length)
                d.pip = freeze;
            else
                delete d.pip;
        }
        if (truthy(d))
            out.push(d);
    }
    if (!sawPip && opts.addPipWhenMissing && freeze.length)
        out.push({ pip: freeze });
    const data = { ...doc, dependencies: out };
    assertPlain(data);
    return (0,pyyaml_dump/* pyyamlSafeDump */.i)(data);
}
function assertPlain(v, path = '$') {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return;
    if (Array.isArray(v))
        return v.forEach((x, i) => assertPlain(x, `${path}[${i}]`));
    if (isPlainObject(v) && Object.getPrototypeOf(v) === Object.prototype) {
        for (const [k, x] of Object.entries(v))
            assertPlain(x, `${path}.${k}`);
        return;
    }
    throw new errors/* UserError */.yo(`the conda env export has a value this writer does not handle at ${path}`, { hint: 'please report it with the export attached' });
}
/** The conda package specs (`name=version=build`) a lock pins, and its pip lines. */
function condaLockSummary(lockText) {
    const doc = (0,dist/* parse */.qg)(lockText, { version: '1.1', schema: 'yaml-1.1' });
    const conda = [];
    const pip = [];
    for (const d of doc?.dependencies ?? []) {
        if (typeof d === 'string')
            conda.push(d);
        else if (isPlainObject(d) && Array.isArray(d.pip))
            pip.push(...d.pip.map(String));
    }
    return { conda, pip, channels: (doc?.channels ?? []).map(String) };
}
/** The version of `starwhale` the lock pins in its pip section, or ''. */
function condaLockedStarwhaleVersion(lockText) {
    for (const l of condaLockSummary(lockText).pip) {
        const m = /^starwhale==(\S+)$/i.exec(l);
        if (m)
            return m[1];
    }
    return '';
}

;// CONCATENATED MODULE: ./src/conda/build.ts
// Builds a conda-mode runtime's env at `prefix` in runtime.yaml order, as swcli does (docs/starwhale-compat.md: Lock files, Restore order): create the prefix with python; then each dependency in order: env files
// (`conda env update`), conda package lists (runtime channels, --override-channels), requirements
// files, pip lists and wheels through the env's own pip; `files` copied into the prefix; `commands`
// run (when allowed) with the env active. configs.conda.condarc is written to a file and passed as
// CONDARC; environment.cuda as CONDA_OVERRIDE_CUDA. Then the env is exported and frozen into
// conda-sw-lock.yaml, and its python checked against the spec.










/** configs/condarc as swcli writes it: yaml.safe_dump of the dict; '' when the dict is empty. */
function renderCondarc(condarc) {
    return Object.keys(condarc).length ? (0,pyyaml_dump/* pyyamlSafeDump */.i)(condarc) : '';
}
/** What `conda activate <prefix>` sets that matters to commands and later steps. */
function condaActivatedEnv(prefix, base = process.env) {
    const env = { ...base, CONDA_PREFIX: prefix, CONDA_DEFAULT_ENV: prefix, PATH: `${(0,external_node_path_.join)(prefix, 'bin')}${external_node_path_.delimiter}${base.PATH ?? ''}` };
    delete env.VIRTUAL_ENV;
    return env;
}
/** The python pin for create: an exact request wins, else major.minor as swcli truncates it. */
function condaPythonPin(loaded) {
    return /^\d+\.\d+\.\d+$/.test(loaded.pythonRequest) ? loaded.pythonRequest : loaded.spec.python;
}
async function buildCondaEnv(req) {
    const { loaded, tool, log } = req;
    const prefix = (0,external_node_path_.resolve)(req.prefix);
    const spec = loaded.spec;
    const cwd = loaded.dir;
    const base = req.env ?? process.env;
    const pip = (0,pip_options/* resolvePipOptions */.qV)(spec.configs.pip, base);
    const secrets = (0,pip_options/* indexCredentials */.B9)(pip);
    for (const s of secrets)
        log.secret(s);
    const condarcText = renderCondarc(spec.configs.conda.condarc);
    const condarcFile = condarcText ? writeCondarc((0,external_node_path_.resolve)(req.condarcFile ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(prefix), '.swrt-condarc')), condarcText) : undefined;
    const env = condaEnv(tool, { condarcFile, cuda: spec.cuda || undefined, rootPrefix: req.rootPrefix }, { ...base, ...pipEnvVars(pip) });
    const condaVars = {};
    for (const k of ['CONDARC', 'CONDA_OVERRIDE_CUDA', 'MAMBA_ROOT_PREFIX', 'CONDA_PKGS_DIRS', 'MAMBA_NO_BANNER'])
        if (env[k] !== undefined && env[k] !== base[k])
            condaVars[k] = env[k];
    const run = (a, opts = {}) => (0,exec/* exec */.m0)(a.cmd, a.args, { log, cwd, env, secrets, stream: opts.stream });
    (0,external_node_fs_.rmSync)(prefix, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(prefix), { recursive: true });
    const python = req.python ?? condaPythonPin(loaded);
    await log.group(`Create conda env (python ${python}) with ${tool.flavor}`, () => run(createArgv(tool, prefix, python, spec.configs.conda), { stream: true }));
    const skipped = [];
    const ctx = { tool, prefix, cwd, channels: spec.configs.conda.channels, pip, base, env, secrets, log, runCommands: Boolean(req.runCommands), skipped, run };
    await log.group('Install dependencies', async () => {
        for (const dep of spec.dependencies)
            await installDep(dep, ctx);
    });
    (0,build/* noticeSkippedCommands */.tq)(log, skipped);
    const lockText = await log.group('Lock (conda-sw-lock.yaml)', async () => {
        const exported = await run(exportArgv(tool, prefix));
        const frozen = await run(pipFreezeArgv(prefix));
        return renderCondaLock(exported.stdout, frozen.stdout, { addPipWhenMissing: !exportListsPip(tool), ...req.lock });
    });
    const pythonVersion = (await run(pythonVersionArgv(prefix))).stdout.trim();
    if (!(pythonVersion === spec.python || pythonVersion.startsWith(`${spec.python}.`))) {
        throw new errors/* UserError */.yo(`the conda env has python ${pythonVersion || '(none)'}, but runtime.yaml asks for ${spec.python}`, {
            hint: 'an env file or package list pinned another python; make them agree with environment.python',
        });
    }
    return { prefix, pythonPath: prefixPython(prefix), pythonVersion, lockText, condarcFile, condarcText, pip, condaVars };
}
function writeCondarc(file, text) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(file, text);
    return file;
}
/** One runtime.yaml dependency into the prefix, the way swcli installs its kind. */
async function installDep(dep, c) {
    const { tool, prefix, cwd, pip, base } = c;
    const stream = { stream: true };
    switch (dep.kind) {
        case 'conda_env_file':
            await c.run(envFileArgv(tool, prefix, (0,external_node_path_.resolve)(cwd, dep.deps)), stream);
            break;
        case 'conda_pkg':
            if (dep.deps.length)
                await c.run(condaPkgArgv(tool, prefix, c.channels, dep.deps), stream);
            break;
        case 'pip_req_file':
            await c.run(pipInstallArgv(prefix, [(0,external_node_path_.resolve)(cwd, dep.deps)], pip, { files: true }), stream);
            break;
        case 'pip_pkg':
            for (const s of dep.deps.flatMap((d) => (0,vars/* secretVarValues */.AP)(d, base)))
                c.log.secret(s);
            if (dep.deps.length)
                await c.run(pipInstallArgv(prefix, (0,vars/* expandPipEntries */.SN)(dep.deps, base), pip), stream);
            break;
        case 'wheel':
            if (dep.deps.length)
                await c.run(pipInstallArgv(prefix, dep.deps.map((w) => (0,external_node_path_.resolve)(cwd, w)), pip, { files: true }), stream);
            break;
        case 'native_file':
            for (const f of dep.deps)
                (0,build/* copyNativeFile */.Vg)(cwd, f.src, prefix, f.dest);
            break;
        case 'command':
            if (!c.runCommands)
                c.skipped.push(...dep.deps);
            else
                for (const cmd of dep.deps)
                    await (0,exec/* exec */.m0)('sh', ['-c', cmd], { log: c.log, cwd, env: condaActivatedEnv(prefix, c.env), secrets: c.secrets, stream: true });
            break;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/conda/cache.ts
// What a conda env's cache keys must add to the venv ones (setup-micromamba's lesson):
// the tool and the sha256 of its binary, and the channels it solves from, from both
// configs.conda.channels and the condarc (credentials stripped, like index URLs), plus the
// condarc itself and the CUDA override, which changes what a solve picks. Pure.



function condarcChannels(condarc) {
    const out = [];
    for (const key of ['channels', 'default_channels']) {
        const v = condarc[key];
        if (Array.isArray(v))
            out.push(...v.map(String));
        else if (typeof v === 'string' && v)
            out.push(v);
    }
    if (typeof condarc.channel_alias === 'string' && condarc.channel_alias)
        out.push(condarc.channel_alias);
    return out;
}
function condaKeyFacts(tool, spec) {
    const condarc = renderCondarc(spec.configs.conda.condarc);
    const channels = [...spec.configs.conda.channels, ...condarcChannels(spec.configs.conda.condarc)].filter(Boolean).map(pip_options/* stripCredentials */.PH);
    return {
        installer: tool.flavor,
        installerVersion: `${tool.version}+${tool.sha256.slice(0, 16)}`,
        channelUrls: [...new Set(channels)],
        extra: { condarcSha256: condarc ? (0,external_node_crypto_.createHash)('sha256').update(condarc).digest('hex') : '', cudaOverride: spec.cuda },
    };
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/archive/tar.ts
var tar = __webpack_require__(9661);
;// CONCATENATED MODULE: ./src/conda/unpack-scripts.ts
// Scripts added to a packed conda env, as conda-pack adds its own, so that a bundle made here can
// be used by tools that know conda-pack archives: `bin/activate` (sourced: sets CONDA_PREFIX and
// PATH from where the env now is; swcli's restore of a packed env prints `source <env>/bin/activate`)
// and `bin/conda-unpack` (run once after unpacking by hand: rewrites the files listed in
// .swrt-prefix-files for the new place; the same rules as relocateCondaPrefix in restore.ts: only
// paths reached through real directories, files replaced rather than written into, the recorded
// prefix absolute and normalised, a moved symlink still inside the env).
const ACTIVATE_SCRIPT = `# Added by swrt to a packed conda env. Source it from bash or zsh: . <env>/bin/activate
_swrt_src="\${BASH_SOURCE:-$0}"
_swrt_bin="$(cd "$(dirname "$_swrt_src")" && pwd)"
CONDA_PREFIX="$(dirname "$_swrt_bin")"
CONDA_DEFAULT_ENV="$CONDA_PREFIX"
PATH="$_swrt_bin:$PATH"
export CONDA_PREFIX CONDA_DEFAULT_ENV PATH
if [ -d "$CONDA_PREFIX/etc/conda/activate.d" ]; then
  for _swrt_f in "$CONDA_PREFIX"/etc/conda/activate.d/*.sh; do
    [ -f "$_swrt_f" ] && . "$_swrt_f"
  done
fi
unset _swrt_src _swrt_bin _swrt_f
`;
const CONDA_UNPACK_SCRIPT = `#!/usr/bin/env python3
# Added by swrt to a packed conda env: moves the env to the place it was unpacked to.
# Run it once after unpacking: <env>/bin/conda-unpack (any python 3).
import os
import sys

RECORD = ".swrt-prefix-files"
HEADER = "# swrt conda prefix record v1"


def reach(root, rel):
    """root/rel when every directory on the way is a real one (no symlink followed), else None."""
    parts = [p for p in rel.split("/") if p not in ("", ".")]
    if not parts or ".." in parts or rel.startswith("/"):
        return None
    at = root
    for p in parts[:-1]:
        at = os.path.join(at, p)
        if os.path.islink(at) or not os.path.isdir(at):
            return None
    return os.path.join(at, parts[-1])


def inside(root, path):
    """Whether path, resolved as far as it exists, is inside root."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(path)
    return real == real_root or real.startswith(real_root + os.sep)


def replace_file(path, data):
    # a new file renamed over the old one: a hard link elsewhere keeps its content
    mode = os.lstat(path).st_mode & 0o777
    tmp = "%s.swrt-%d" % (path, os.getpid())
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def fix_text(path, old, new):
    with open(path, "rb") as f:
        data = f.read()
    if old in data:
        replace_file(path, data.replace(old, new))
    return True


def fix_binary(path, old, new):
    with open(path, "rb") as f:
        data = bytearray(f.read())
    if old not in data:
        return True
    if len(new) > len(old):
        return False
    pos = data.find(old)
    while pos >= 0:
        end = data.find(b"\\0", pos)
        if end < 0:
            end = len(data)
        piece = bytes(data[pos:end]).replace(old, new)
        data[pos:end] = piece + b"\\0" * (end - pos - len(piece))
        pos = data.find(old, end)
    replace_file(path, bytes(data))
    return True


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    record_file = os.path.join(root, RECORD)
    if os.path.islink(record_file):
        sys.exit("%s is a symlink" % record_file)
    with open(record_file, encoding="utf-8") as f:
        lines = f.read().split("\\n")
    if lines[0] != HEADER:
        sys.exit("%s: unknown format" % record_file)
    prefix, entries = "", []
    for line in lines[1:]:
        if not line:
            continue
        kind, _, value = line.partition("\\t")
        if kind == "prefix":
            prefix = value
        else:
            entries.append((kind, value))
    if not prefix:
        sys.exit("%s: no prefix line" % record_file)
    if not prefix.startswith("/") or prefix == "/" or os.path.normpath(prefix) != prefix:
        sys.exit("%s: the prefix %r is not an absolute, normalised path" % (record_file, prefix))
    if prefix == root:
        return
    old, new = prefix.encode("utf-8"), root.encode("utf-8")
    left = []
    for kind, rel in entries:
        path = os.path.normpath(os.path.join(root, rel))
        if not path.startswith(root + os.sep):
            sys.exit("%s names a path outside the env: %s" % (RECORD, rel))
        path = reach(root, rel)
        if path is None:
            continue
        if kind == "symlink":
            if os.path.islink(path):
                target = os.readlink(path)
                if target == prefix or target.startswith(prefix + "/"):
                    moved = root + target[len(prefix):]
                    if ".." in moved[len(root):].split("/") or not inside(root, moved):
                        sys.exit("%s: the symlink %s -> %s would point outside the env once moved" % (RECORD, rel, target))
                    os.remove(path)
                    os.symlink(moved, path)
        elif os.path.isfile(path) and not os.path.islink(path):
            ok = fix_text(path, old, new) if kind == "text" else fix_binary(path, old, new)
            if not ok:
                left.append(rel)
    replace_file(record_file, ("\\n".join([HEADER, "prefix\\t" + root] + ["%s\\t%s" % e for e in entries]) + "\\n").encode("utf-8"))
    if left:
        sys.stderr.write("warning: %d binary file(s) still hold %s (the new path is longer): %s\\n" % (len(left), prefix, ", ".join(left[:3])))


if __name__ == "__main__":
    main()
`;

// EXTERNAL MODULE: ./src/util/tmp.ts
var tmp = __webpack_require__(5297);
;// CONCATENATED MODULE: ./src/conda/pack.ts
// --include-env for conda mode: the built prefix packed as export/conda_env.tar.gz with conda-pack's
// semantics (a conda env is not relocatable: text files, scripts' shebangs and some binaries hold
// the absolute build prefix). At pack time every file is scanned for the build prefix and the hits
// are recorded in `.swrt-prefix-files` at the archive root; restore rewrites them for the new place
// (restore.ts). The archive is deterministic: sorted entries, one mtime, normalized modes, symlinks
// kept; __pycache__ is left out (rebuilt on import; it would only record the old path).







const CONDA_ENV_TAR = 'conda_env.tar.gz';
const PREFIX_FILES_NAME = '.swrt-prefix-files';
const FORMAT_LINE = '# swrt conda prefix record v1';
const CHUNK = 4 * 1024 * 1024;
/** Whether `file` contains `needle`, and whether it has a NUL byte (binary), read in chunks. */
function scanFile(file, needle) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const buf = Buffer.alloc(CHUNK + needle.length);
        let carry = 0;
        let hasPrefix = false;
        let binary = false;
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buf, carry, CHUNK, null);
            if (n === 0)
                break;
            const view = buf.subarray(0, carry + n);
            if (!binary && view.subarray(carry).includes(0))
                binary = true;
            if (!hasPrefix && view.includes(needle))
                hasPrefix = true;
            if (hasPrefix && binary)
                break;
            carry = Math.min(needle.length - 1, view.length);
            view.copy(buf, 0, view.length - carry);
        }
        return { hasPrefix, binary };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Walks `prefix` (sorted), giving the tar entries and the prefix record. */
function scanPrefix(prefix) {
    const root = (0,external_node_path_.resolve)(prefix);
    const needle = Buffer.from(root, 'utf8');
    const record = { prefix: root, text: [], binary: [], symlinks: [] };
    const entries = [];
    const walk = (rel) => {
        for (const name of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, rel)).sort()) {
            if (name === '__pycache__')
                continue;
            if (!rel && name === PREFIX_FILES_NAME)
                continue;
            const p = rel ? `${rel}/${name}` : name;
            const full = (0,external_node_path_.join)(root, p);
            const st = (0,external_node_fs_.lstatSync)(full);
            if (st.isSymbolicLink()) {
                const target = (0,external_node_fs_.readlinkSync)(full);
                if (target === root || target.startsWith(`${root}/`))
                    record.symlinks.push(p);
                entries.push({ path: p, type: 'symlink', mode: 0o777, linkname: target });
            }
            else if (st.isDirectory()) {
                entries.push({ path: p, type: 'dir', mode: 0o755 });
                walk(p);
            }
            else if (st.isFile()) {
                const { hasPrefix, binary } = scanFile(full, needle);
                if (hasPrefix)
                    (binary ? record.binary : record.text).push(p);
                entries.push({ path: p, type: 'file', mode: st.mode & 0o111 ? 0o755 : 0o644, source: full, size: st.size });
            }
            // sockets, fifos and devices are not part of an env: skipped
        }
    };
    walk('');
    return { entries, record };
}
/** `.swrt-prefix-files`: a header, `prefix\t<path>`, then `text|binary|symlink\t<relative path>` lines. */
function renderPrefixFiles(r) {
    const lines = [FORMAT_LINE, `prefix\t${r.prefix}`];
    for (const [kind, list] of [['text', r.text], ['binary', r.binary], ['symlink', r.symlinks]])
        for (const p of list)
            lines.push(`${kind}\t${p}`);
    return `${lines.join('\n')}\n`;
}
function parsePrefixFiles(text) {
    const r = { prefix: '', text: [], binary: [], symlinks: [] };
    const lines = text.split('\n');
    if (lines[0] !== FORMAT_LINE)
        throw new Error(`${PREFIX_FILES_NAME}: unknown format (first line "${lines[0] ?? ''}")`);
    for (const line of lines.slice(1)) {
        if (!line)
            continue;
        const tab = line.indexOf('\t');
        const kind = line.slice(0, tab);
        const value = line.slice(tab + 1);
        if (tab < 0)
            throw new Error(`${PREFIX_FILES_NAME}: bad line "${line}"`);
        if (kind === 'prefix')
            r.prefix = value;
        else if (kind === 'text')
            r.text.push(value);
        else if (kind === 'binary')
            r.binary.push(value);
        else if (kind === 'symlink')
            r.symlinks.push(value);
        else
            throw new Error(`${PREFIX_FILES_NAME}: unknown kind "${kind}"`);
    }
    if (!r.prefix)
        throw new Error(`${PREFIX_FILES_NAME}: no prefix line`);
    return r;
}
/**
 * Packs `prefix` into `outFile` (.tar.gz), byte-identical for the same tree and `mtime` (seconds).
 * Adds `.swrt-prefix-files`, and `bin/activate` / `bin/conda-unpack` when the env has none (as conda-pack does).
 */
async function packCondaEnv(prefix, outFile, mtime) {
    const { entries, record } = scanPrefix(prefix);
    const added = [];
    const has = (p) => entries.some((e) => e.path === p);
    if (!has('bin/activate'))
        added.push({ path: 'bin/activate', type: 'file', mode: 0o644, data: Buffer.from(ACTIVATE_SCRIPT, 'utf8') });
    if (!has('bin/conda-unpack'))
        added.push({ path: 'bin/conda-unpack', type: 'file', mode: 0o755, data: Buffer.from(CONDA_UNPACK_SCRIPT, 'utf8') });
    if (added.length && !has('bin'))
        added.unshift({ path: 'bin', type: 'dir', mode: 0o755 });
    const all = [{ path: PREFIX_FILES_NAME, type: 'file', mode: 0o644, data: Buffer.from(renderPrefixFiles(record), 'utf8') }, ...entries, ...added];
    const tarFile = (0,tmp/* tmpName */.BI)(`${outFile}.tar`);
    try {
        await (0,tar/* writeTar */.F)(tarFile, all, mtime);
        // mtime 0 in the gzip header keeps the output byte-identical.
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(tarFile), (0,external_node_zlib_.createGzip)({ level: 6 }), (0,external_node_fs_.createWriteStream)(outFile));
    }
    finally {
        (0,external_node_fs_.rmSync)(tarFile, { force: true });
    }
    return record;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/archive/extract.ts
var extract = __webpack_require__(8775);
// EXTERNAL MODULE: ./src/archive/inplace.ts
var inplace = __webpack_require__(7176);
// EXTERNAL MODULE: ./src/archive/tar-scan.ts
var tar_scan = __webpack_require__(2779);
// EXTERNAL MODULE: ./src/env/bundled-files.ts
var bundled_files = __webpack_require__(8245);
// EXTERNAL MODULE: ./src/env/starwhale.ts
var starwhale = __webpack_require__(4898);
// EXTERNAL MODULE: ./src/env/restore.ts
var restore = __webpack_require__(7773);
// EXTERNAL MODULE: ./src/util/names.ts
var names = __webpack_require__(5888);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(5462);
;// CONCATENATED MODULE: ./src/conda/restore.ts
// Restores a conda-mode bundle's env (ours or swcli's), in swcli's order (docs/starwhale-compat.md: Restore order):
// arch check; a packed env (export/conda_env.tar.gz) is unpacked and moved to its new prefix —
// ours through `.swrt-prefix-files`, conda-pack's through its own bin/conda-unpack; otherwise the
// prefix is created with python and the lock (as a conda env file) or the raw deps are installed,
// with configs/condarc as CONDARC. `.runtime_restore_status`, activate.host and env.sw as swcli writes them
// (each written as a new file, never through a link).


















/** `.swrt-prefix-files` lists paths; a real one is far below this. */
const RECORD_MAX = 16 * 1024 * 1024;
/** Replaces every `a` in `data` by `b` (any lengths). */
function replaceAll(data, a, b) {
    const parts = [];
    let at = 0;
    for (let i = data.indexOf(a); i >= 0; i = data.indexOf(a, at)) {
        parts.push(data.subarray(at, i), b);
        at = i + a.length;
    }
    if (at === 0)
        return data;
    parts.push(data.subarray(at));
    return Buffer.concat(parts);
}
/**
 * conda's binary prefix replacement: in each NUL-terminated string holding `a`, every `a` becomes
 * `b` and the string is padded with NULs to its old length, so offsets in the file do not move.
 * Returns undefined when `b` is longer than `a` (it cannot fit).
 */
function binaryReplace(data, a, b) {
    if (b.length > a.length)
        return data.includes(a) ? undefined : data;
    const out = Buffer.from(data);
    let i = out.indexOf(a);
    while (i >= 0) {
        let end = out.indexOf(0, i);
        if (end < 0)
            end = out.length;
        const piece = replaceAll(out.subarray(i, end), a, b);
        const padded = Buffer.alloc(end - i, 0);
        piece.copy(padded);
        padded.copy(out, i);
        i = out.indexOf(a, end);
    }
    return out;
}
/**
 * Rewrites the recorded files of an unpacked env from `record.prefix` to `target`. The record comes
 * with the archive, so every path in it is checked: inside the env, reached without passing a
 * symlink, a regular file (or, for `symlink` lines, the link itself); each file is replaced by a new
 * one, so a hard link to it elsewhere is never changed.
 */
function relocateCondaPrefix(target, record, log) {
    const to = (0,external_node_path_.resolve)(target);
    const report = { from: record.prefix, to, text: 0, binary: 0, symlinks: 0, binaryLeft: [] };
    if (!isBuildPrefix(record.prefix))
        throw new errors/* UserError */.yo(`${PREFIX_FILES_NAME} names the build prefix ${JSON.stringify(record.prefix.slice(0, 200))}, which is not an absolute, normalised path`, { hint: tar_scan/* CRAFTED_HINT */.A9 });
    if (record.prefix === to)
        return report;
    const a = Buffer.from(record.prefix, 'utf8');
    const b = Buffer.from(to, 'utf8');
    const checked = (p) => {
        if (!(0,names/* isInside */.FK)(to, (0,external_node_path_.resolve)(to, p)) || (0,external_node_path_.resolve)(to, p) === to)
            throw new errors/* UserError */.yo(`${PREFIX_FILES_NAME} names a path outside the env: ${p}`, { hint: tar_scan/* CRAFTED_HINT */.A9 });
        return p;
    };
    for (const p of record.text) {
        const f = (0,inplace/* regularFileInside */.nf)(to, checked(p));
        if (!f)
            continue;
        (0,inplace/* rewriteFile */.LL)(f, replaceAll((0,external_node_fs_.readFileSync)(f), a, b), (0,external_node_fs_.lstatSync)(f).mode);
        report.text++;
    }
    for (const p of record.binary) {
        const f = (0,inplace/* regularFileInside */.nf)(to, checked(p));
        if (!f)
            continue;
        const fixed = binaryReplace((0,external_node_fs_.readFileSync)(f), a, b);
        if (!fixed) {
            report.binaryLeft.push(p);
            continue;
        }
        (0,inplace/* rewriteFile */.LL)(f, fixed, (0,external_node_fs_.lstatSync)(f).mode);
        report.binary++;
    }
    for (const p of record.symlinks) {
        const f = (0,inplace/* symlinkInside */.M3)(to, checked(p));
        if (!f)
            continue;
        const t = (0,external_node_fs_.readlinkSync)(f);
        // extraction already points absolute links into the env at the new place
        if (t === to || t.startsWith(`${to}/`))
            report.symlinks++;
        if (t !== record.prefix && !t.startsWith(`${record.prefix}/`))
            continue;
        const moved = to + t.slice(record.prefix.length);
        if (!linkStaysInside(to, moved))
            throw new errors/* UserError */.yo(`${PREFIX_FILES_NAME}: the symlink ${p} -> ${t} would point outside the env once moved`, { hint: tar_scan/* CRAFTED_HINT */.A9 });
        (0,external_node_fs_.rmSync)(f);
        (0,external_node_fs_.symlinkSync)(moved, f);
        report.symlinks++;
    }
    if (report.binaryLeft.length) {
        log.warn(`${report.binaryLeft.length} binary file(s) still hold the build prefix ${record.prefix}, because ${to} is longer and cannot be padded in ` +
            `(e.g. ${report.binaryLeft.slice(0, 3).join(', ')}); restore to a path no longer than the build prefix, or restore without the packed env`);
    }
    return report;
}
/** A recorded build prefix is usable only as an absolute, normalised path other than `/`. */
function isBuildPrefix(prefix) {
    return (0,external_node_path_.isAbsolute)(prefix) && prefix.length > 1 && (0,external_node_path_.resolve)(prefix) === prefix;
}
/**
 * Whether the absolute link target `moved` stays inside the env `to`: no `..` after the env part
 * (every link already in the env was checked at extraction to resolve inside), and, when it
 * resolves now, its real path is inside the env's.
 */
function linkStaysInside(to, moved) {
    if (moved !== to && !moved.startsWith(`${to}/`))
        return false;
    if (moved.slice(to.length).split('/').includes('..'))
        return false;
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(moved);
    }
    catch {
        return true;
    }
    return (0,names/* isInside */.FK)((0,external_node_fs_.realpathSync)(to), real);
}
function lstatOrUndefined(f) {
    try {
        return (0,external_node_fs_.lstatSync)(f);
    }
    catch {
        return undefined;
    }
}
/** The build prefix named by an unpacked env's `.swrt-prefix-files` (a regular file, not too big), if any. */
function recordedPrefix(root) {
    const f = (0,inplace/* regularFileInside */.nf)(root, PREFIX_FILES_NAME);
    if (!f || (0,external_node_fs_.lstatSync)(f).size > RECORD_MAX)
        return undefined;
    try {
        const { prefix } = parsePrefixFiles((0,external_node_fs_.readFileSync)(f, 'utf8'));
        return isBuildPrefix(prefix) ? prefix : undefined;
    }
    catch {
        return undefined;
    }
}
/** Absolute links into the build prefix (recorded by our packer) stand for paths inside the env. */
const condaPrefixLinks = (root) => {
    const prefix = recordedPrefix(root);
    return (_path, target) => (prefix && target.startsWith(`${prefix}/`) ? { inside: target.slice(prefix.length + 1) } : undefined);
};
/**
 * Unpacks a packed conda env into `target` and moves it there: ours carries `.swrt-prefix-files`
 * (rewritten for the new place, so it can move again); a conda-pack archive (swcli's) carries
 * bin/conda-unpack, which is run with the env's python.
 */
async function unpackCondaEnv(archive, target, log) {
    const to = (0,external_node_path_.resolve)(target);
    await (0,extract/* extractArchive */.Qh)(archive, to, { force: true, absoluteLinks: condaPrefixLinks });
    const recordFile = (0,external_node_path_.join)(to, PREFIX_FILES_NAME);
    if (lstatOrUndefined(recordFile)) {
        if (!(0,inplace/* regularFileInside */.nf)(to, PREFIX_FILES_NAME) || (0,external_node_fs_.lstatSync)(recordFile).size > RECORD_MAX)
            throw new errors/* UserError */.yo(`${archive}: ${PREFIX_FILES_NAME} is not a regular file of at most ${RECORD_MAX} bytes`, { hint: tar_scan/* CRAFTED_HINT */.A9 });
        let record;
        try {
            record = parsePrefixFiles((0,external_node_fs_.readFileSync)(recordFile, 'utf8'));
        }
        catch (e) {
            throw new errors/* UserError */.yo(`${archive}: ${(0,errors/* errorMessage */.gJ)(e)}`, { hint: tar_scan/* CRAFTED_HINT */.A9 });
        }
        const report = relocateCondaPrefix(to, record, log);
        (0,inplace/* rewriteFile */.LL)(recordFile, Buffer.from(renderPrefixFiles({ ...record, prefix: to }), 'utf8'), 0o644);
        log.info(`moved the env from ${report.from} to ${to}: ${report.text} text file(s), ${report.binary} binary file(s), ${report.symlinks} symlink(s)`);
        return report;
    }
    const unpack = (0,inplace/* regularFileInside */.nf)(to, 'bin/conda-unpack');
    if (unpack) {
        await (0,exec/* exec */.m0)((0,external_node_path_.join)(to, 'bin', 'python'), [unpack], { log, cwd: to });
        return 'conda-unpack';
    }
    throw new errors/* UserError */.yo(`${archive} has neither ${PREFIX_FILES_NAME} nor bin/conda-unpack, so it cannot be moved to ${to}`, { hint: 'restore without the packed env (rebuild without --include-env)' });
}
/** The variables that make later steps use the env (what `conda activate` sets that matters). */
function condaActivation(prefix, base = process.env) {
    const a = condaActivatedEnv(prefix, base);
    return { env: { CONDA_PREFIX: a.CONDA_PREFIX, CONDA_DEFAULT_ENV: a.CONDA_DEFAULT_ENV }, path: (0,external_node_path_.join)(prefix, 'bin') };
}
/** The restore order of swcli: with a lock, setup_requires → commands → lock files → files and wheels; else setup_requires + raw deps. */
function condaRestoreOrder(m) {
    const deps = m.dependencies ?? {};
    const raw = deps.raw_deps ?? [];
    const lockFiles = m.environment?.lock?.files ?? [];
    if (!lockFiles.length)
        return [...(deps.setup_requires ?? []), ...raw];
    return [
        ...(deps.setup_requires ?? []),
        ...raw.filter((d) => d.kind === 'command'),
        ...lockFiles.flatMap((f) => f.endsWith(CONDA_LOCK_NAME) ? [{ kind: 'conda_env_file', deps: f }] : f.endsWith('requirements-sw-lock.txt') ? [{ kind: 'pip_req_file', deps: f }] : []),
        ...raw.filter((d) => d.kind === 'native_file' || d.kind === 'wheel'),
    ];
}
/** Restores the conda env of the extracted bundle in `workdir`, whose manifest says `m`. */
async function restoreCondaEnv(workdir, m, opts) {
    const mode = m.environment?.mode ?? 'venv';
    if (mode !== 'conda')
        throw new errors/* UserError */.yo(`restoreCondaEnv got a ${mode} runtime`);
    (0,restore/* checkArch */.l9)(m.environment?.arch, opts.arch ?? (0,external_node_os_.arch)());
    const starwhaleReq = opts.starwhale === false ? undefined : (0,starwhale/* starwhaleRequirement */.Ro)(m.environment?.lock?.starwhale_version);
    const envDir = (0,external_node_path_.resolve)(opts.target ?? (0,external_node_path_.join)(workdir, 'export', 'conda'));
    const python = m.environment?.python || m.environment?.lock?.shell?.python_version || '';
    const deps = m.dependencies ?? {};
    const log = opts.log;
    let relocated;
    (0,restore/* checkWorkdirOutputs */.nn)(workdir);
    if (opts.target !== undefined)
        (0,restore/* checkTargetDir */.FU)(envDir, opts.force, '--target');
    (0,external_node_fs_.rmSync)(envDir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(envDir, { recursive: true });
    (0,restore/* writeStatus */.Kn)(envDir, 'restoring');
    const base = opts.env ?? process.env;
    const pip = (0,pip_options/* resolvePipOptions */.qV)({ index_url: m.configs?.pip?.index_url ?? '', extra_index_url: m.configs?.pip?.extra_index_url ?? [], trusted_host: m.configs?.pip?.trusted_host ?? [] }, base);
    try {
        if (deps.local_packaged_env) {
            await log.group('Unpack the packed conda env', async () => {
                const packed = (0,external_node_path_.join)(workdir, 'export', CONDA_ENV_TAR);
                if (!(0,external_node_fs_.existsSync)(packed))
                    throw new errors/* UserError */.yo(`bundle says it packs its env, but ${packed} is missing`);
                relocated = await unpackCondaEnv(packed, envDir, log);
                (0,restore/* writeStatus */.Kn)(envDir, 'restoring');
            });
        }
        else
            await createPrefix(workdir, envDir, m, python, pip, opts);
        if (starwhaleReq === undefined) {
            log.info(`starwhale not installed: ${envDir} stays marked "restoring", so swcli restores it again (with starwhale) before it runs anything in it`);
        }
        else {
            await installStarwhaleWithPip(workdir, envDir, starwhaleReq, pip, base, log);
            (0,restore/* writeStatus */.Kn)(envDir, 'success');
        }
    }
    catch (e) {
        (0,restore/* markFailed */.ZY)(envDir);
        throw e;
    }
    (0,inplace/* writeFileInside */.gE)(workdir, 'activate.host', `\n${(0,shell/* activateHostScript */.jR)(envDir, 'conda')}`, 0o755);
    (0,inplace/* writeFileInside */.gE)(workdir, 'env.sw', (0,shell/* envFile */.CN)({ SW_ACTIVATED_RUNTIME_MODE_IN_SHELL: 'conda', SW_ACTIVATED_RUNTIME_PREFIX_IN_SHELL: envDir, SW_ACTIVATED_RUNTIME_URI_IN_SHELL: '' }));
    return { envDir, mode: 'conda', python, fromPackedEnv: Boolean(deps.local_packaged_env), relocated };
}
/** swcli's last step: starwhale by the env's own pip (`python -m pip install`), from the runtime's index. */
async function installStarwhaleWithPip(workdir, envDir, requirement, pip, base, log) {
    const env = { ...base, ...pipEnvVars(pip) };
    await (0,starwhale/* installStarwhale */.dM)(envDir, requirement, (args) => {
        const argv = pipInstallArgv(envDir, args, pip);
        return (0,exec/* exec */.m0)(argv.cmd, argv.args, { log, cwd: workdir, env, stream: true, secrets: (0,pip_options/* indexCredentials */.B9)(pip) });
    }, log);
}
/** No packed env: the prefix made with python, then the lock (or the raw deps) installed in swcli's order. */
async function createPrefix(workdir, envDir, m, python, pip, opts) {
    const { log } = opts;
    if (!python)
        throw new errors/* UserError */.yo('the manifest names no python version (environment.python)');
    const tool = await opts.tool();
    const condarc = (0,external_node_path_.join)(workdir, 'configs', 'condarc');
    const env = condaEnv(tool, { condarcFile: (0,external_node_fs_.existsSync)(condarc) ? condarc : undefined, rootPrefix: opts.rootPrefix }, { ...(opts.env ?? process.env), ...pipEnvVars(pip) });
    const run = (a) => (0,exec/* exec */.m0)(a.cmd, a.args, { log, cwd: workdir, env, stream: true });
    const conda = { channels: m.configs?.conda?.channels ?? [], condarc: m.configs?.conda?.condarc ?? {} };
    await log.group(`Create conda env (python ${python}) with ${tool.flavor}`, async () => {
        (0,external_node_fs_.rmSync)(envDir, { recursive: true, force: true });
        await run(createArgv(tool, envDir, python, conda));
        (0,restore/* writeStatus */.Kn)(envDir, 'restoring');
    });
    await log.group('Install dependencies', async () => {
        for (const dep of condaRestoreOrder(m))
            await restoreDep(dep, { workdir, envDir, tool, channels: conda.channels, pip, env, run, opts });
    });
    const got = (await (0,exec/* exec */.m0)(pythonVersionArgv(envDir).cmd, pythonVersionArgv(envDir).args, { log, env })).stdout.trim();
    if (!(got === python || got.startsWith(`${python}.`)))
        throw new errors/* UserError */.yo(`the restored env has python ${got}, the runtime says ${python}`);
}
/** One dependency from the bundle (its dependencies/, wheels/ and files/) into the prefix. */
async function restoreDep(dep, c) {
    const { workdir, envDir, tool, pip } = c;
    const inBundle = (dir, p) => (0,external_node_path_.resolve)(workdir, dir, p.replace(/^\/+/, ''));
    switch (dep.kind) {
        case 'conda_env_file':
            await c.run(envFileArgv(tool, envDir, inBundle('dependencies', dep.deps)));
            break;
        case 'conda_pkg':
            if (dep.deps.length)
                await c.run(condaPkgArgv(tool, envDir, c.channels, dep.deps));
            break;
        case 'pip_req_file':
            await c.run(pipInstallArgv(envDir, [inBundle('dependencies', dep.deps)], pip, { files: true }));
            break;
        case 'pip_pkg':
            if (dep.deps.length)
                await c.run(pipInstallArgv(envDir, dep.deps, pip));
            break;
        case 'wheel':
            if (dep.deps.length)
                await c.run(pipInstallArgv(envDir, dep.deps.map((w) => inBundle('wheels', w)), pip, { files: true }));
            break;
        case 'native_file':
            for (const f of dep.deps)
                (0,bundled_files/* copyBundledFile */.Y)((0,external_node_path_.join)(workdir, 'files'), f.src, envDir, f.dest);
            break;
        case 'command':
            if (c.opts.runCommands)
                for (const cmd of dep.deps)
                    await (0,exec/* exec */.m0)('sh', ['-c', cmd], { log: c.opts.log, cwd: workdir, env: condaActivatedEnv(envDir, c.env), stream: true });
            break;
    }
}

// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(5138);
// EXTERNAL MODULE: ./src/toolchain/context.ts
var context = __webpack_require__(3712);
// EXTERNAL MODULE: ./src/toolchain/download.ts
var download = __webpack_require__(1439);
// EXTERNAL MODULE: ./src/toolchain/tool-cache.ts
var tool_cache = __webpack_require__(6266);
// EXTERNAL MODULE: ./src/util/log.ts
var util_log = __webpack_require__(9906);
;// CONCATENATED MODULE: ./src/conda/micromamba.ts
// Which conda tool builds a conda-mode runtime, per `conda-tool`:
//  - auto: the pinned micromamba; one on PATH is used only when it is that version, else it is
//    downloaded (sha256-verified) into the tool cache as micromamba/<version>/<arch>/bin/micromamba;
//  - micromamba: a micromamba already on the runner (MAMBA_EXE, PATH), any version, else as auto;
//  - conda: a conda (or mamba) already on the runner: CONDA_EXE, $CONDA/bin, PATH. Never downloaded.
// The download base is `conda-mirror` / SWRT_MICROMAMBA_URL, standing for
// https://github.com/mamba-org/micromamba-releases/releases/download (so a mirror serves
// <base>/<version>/micromamba-linux-64 and …-linux-aarch64).









/** The micromamba release we build with (a micromamba-releases tag). 2.0.4+ exports pip packages. */
const MICROMAMBA_PINNED = '2.0.5-0';
const MICROMAMBA_BASE = 'https://github.com/mamba-org/micromamba-releases/releases/download';
const MICROMAMBA_TOOL = 'micromamba';
/**
 * sha256 of the micromamba binaries, by release tag and platform.
 *
 * linux-64 2.0.5-0 is the digest Hermit's micromamba package pins for the same release asset
 * (github.com/cashapp/hermit-packages, micromamba.hcl); e2e.yml downloads and checks it on GitHub.
 * No digest for linux-aarch64 was at hand: from the default GitHub base the release's own `.sha256`
 * asset is used for it (with a warning); from a mirror, SWRT_MICROMAMBA_SHA256 must give the digest.
 */
const MICROMAMBA_SHA256 = {
    '2.0.5-0': { 'linux-64': 'cdf5a2e18d213617b6c5c32d8763b4e8fc05f8173b4f4017997683cb984357eb' },
};
const envOf = (ctx) => ctx.env ?? process.env;
function condaPlatform(m) {
    return m === 'aarch64' ? 'linux-aarch64' : 'linux-64';
}
function micromambaVersion(ctx) {
    const v = ctx.version || envOf(ctx).SWRT_MICROMAMBA_VERSION || MICROMAMBA_PINNED;
    if (!/^\d+\.\d+\.\d+(-\d+)?$/.test(v))
        throw new errors/* UserError */.yo(`micromamba version "${v}" is not a release tag like ${MICROMAMBA_PINNED}`);
    return v;
}
function micromambaBase(ctx) {
    return (ctx.mirror || envOf(ctx).SWRT_MICROMAMBA_URL || MICROMAMBA_BASE).replace(/\/+$/, '');
}
function micromambaUrl(base, version, platform) {
    return `${base.replace(/\/+$/, '')}/${version}/micromamba-${platform}`;
}
/** "2.0.5-0" → "2.0.5": what `micromamba --version` prints. */
const releaseVersion = (tag) => tag.replace(/-\d+$/, '');
const HEX64 = /^[0-9a-f]{64}$/;
/** Where the expected digest comes from: SWRT_MICROMAMBA_SHA256, the pin table, or the release's .sha256 asset (default base only). */
async function expectedMicromambaSha256(ctx, version, platform) {
    const fromEnv = envOf(ctx).SWRT_MICROMAMBA_SHA256?.trim().toLowerCase();
    if (fromEnv) {
        if (!HEX64.test(fromEnv))
            throw new errors/* UserError */.yo(`SWRT_MICROMAMBA_SHA256 is not a sha256 (64 hex digits): ${fromEnv}`);
        return { sha256: fromEnv, from: 'env' };
    }
    const pinned = MICROMAMBA_SHA256[version]?.[platform];
    if (pinned)
        return { sha256: pinned, from: 'pinned' };
    const base = micromambaBase(ctx);
    if (base !== MICROMAMBA_BASE) {
        throw new errors/* UserError */.yo(`no pinned sha256 for micromamba ${version} (${platform}), and it is downloaded from a mirror (${base})`, {
            hint: 'set SWRT_MICROMAMBA_SHA256 to the digest of the binary (the release publishes it as micromamba-<platform>.sha256)',
        });
    }
    const url = `${micromambaUrl(base, version, platform)}.sha256`;
    const res = await (ctx.fetch ?? fetch)(url, { redirect: 'follow' }).catch((e) => {
        throw new errors/* UserError */.yo(`could not fetch ${url}: ${(0,errors/* errorMessage */.gJ)(e)}`, { hint: 'check network access, or set SWRT_MICROMAMBA_SHA256' });
    });
    if (!res.ok)
        throw new errors/* UserError */.yo(`could not fetch ${url}: HTTP ${res.status}`, { hint: 'check the micromamba version, or set SWRT_MICROMAMBA_SHA256' });
    const sha = (await res.text()).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (!HEX64.test(sha))
        throw new errors/* UserError */.yo(`${url} does not hold a sha256`, { hint: 'set SWRT_MICROMAMBA_SHA256' });
    ctx.log.warn(`micromamba ${version} (${platform}) has no pinned sha256 in this release; verifying against the release's own ${url}`);
    return { sha256: sha, from: 'release-asset' };
}
/** Runs `<exe> --version` and reads the tool and version from its first lines. */
async function probeCondaTool(exe, log) {
    const r = await (0,exec/* exec */.m0)(exe, ['--version'], { log: (0,util_log/* quietLog */.R3)(log), allowFailure: true }).catch(() => undefined);
    if (!r || r.code !== 0)
        return undefined;
    const text = `${r.stdout}\n${r.stderr}`.trim();
    const first = text.split('\n')[0].trim();
    // conda: "conda 24.9.2"; mamba 1.x: "mamba 1.5.8\nconda 23.11.0" (conda's CLI); micromamba and mamba 2.x: "2.0.5".
    let m = /^(conda|mamba)\s+(\d+\.\d+(?:\.\d+)?\S*)/.exec(first);
    if (m)
        return { flavor: 'conda', version: m[2] };
    m = /^(?:micromamba\s+)?(\d+\.\d+\.\d+\S*)$/.exec(first);
    if (m)
        return { flavor: 'micromamba', version: m[1] };
    return undefined;
}
/** A conda already on the runner: $CONDA_EXE, $CONDA/bin/conda, conda then mamba on PATH. */
async function findRunnerConda(ctx) {
    const env = envOf(ctx);
    const candidates = [env.CONDA_EXE, env.CONDA ? (0,external_node_path_.join)(env.CONDA, 'bin', 'conda') : undefined, (0,exec/* onPath */.L)('conda', env), (0,exec/* onPath */.L)('mamba', env)];
    for (const exe of candidates) {
        if (!exe || !(0,external_node_fs_.existsSync)(exe))
            continue;
        const got = await probeCondaTool(exe, ctx.log);
        if (got)
            return { path: exe, flavor: got.flavor, version: got.version, source: 'runner', sha256: await (0,hash/* fileSha256 */.sN)(exe) };
    }
    return undefined;
}
/** A micromamba already on the runner ($MAMBA_EXE, then PATH), with its version. */
async function findRunnerMicromamba(ctx) {
    const env = envOf(ctx);
    for (const exe of [env.MAMBA_EXE, (0,exec/* onPath */.L)('micromamba', env)]) {
        if (!exe || !(0,external_node_fs_.existsSync)(exe))
            continue;
        const got = await probeCondaTool(exe, ctx.log);
        if (got?.flavor === 'micromamba')
            return { path: exe, flavor: 'micromamba', version: got.version, source: 'path', sha256: await (0,hash/* fileSha256 */.sN)(exe) };
    }
    return undefined;
}
/** The pinned micromamba from the tool cache, downloading and verifying it on a miss. */
async function ensureMicromamba(ctx) {
    const version = micromambaVersion(ctx);
    const machine = (0,context/* machineOf */.VT)({ log: ctx.log, arch: ctx.arch });
    const platform = condaPlatform(machine);
    const entry = { root: (0,context/* toolCacheRoot */.Hw)({ log: ctx.log, env: ctx.env, toolCacheDir: ctx.toolCacheDir }), tool: MICROMAMBA_TOOL, version, arch: (0,context/* toolCacheArch */.Tm)(machine) };
    const check = async (exe) => {
        const got = await probeCondaTool(exe, ctx.log);
        if (got?.flavor !== 'micromamba' || got.version !== releaseVersion(version)) {
            throw new errors/* UserError */.yo(`the micromamba ${version} binary reports ${got ? `${got.flavor} ${got.version}` : 'no version'}`, { hint: 'the download is not micromamba for this machine; check the mirror' });
        }
    };
    // The marker names the binary's sha256 (checked again on every use); where one is pinned, it must be that one.
    const pinned = envOf(ctx).SWRT_MICROMAMBA_SHA256?.trim().toLowerCase() || MICROMAMBA_SHA256[version]?.[platform];
    const cached = (0,tool_cache/* findCached */.aY)(entry, pinned ? [pinned] : undefined);
    if (cached) {
        const exe = (0,external_node_path_.join)(cached, 'bin', 'micromamba');
        return { path: exe, flavor: 'micromamba', version: releaseVersion(version), source: 'tool-cache', sha256: await (0,hash/* fileSha256 */.sN)(exe) };
    }
    const { sha256, from } = await expectedMicromambaSha256(ctx, version, platform);
    const url = micromambaUrl(micromambaBase(ctx), version, platform);
    const dir = await (0,tool_cache/* installCached */.Kx)(entry, async (tmp) => {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(tmp, 'bin'));
        const exe = (0,external_node_path_.join)(tmp, 'bin', 'micromamba');
        await (0,download/* download */.R)({ url, dest: exe, what: `micromamba ${version} (${platform})`, sha256 }, { log: ctx.log, fetch: ctx.fetch, retryDelayMs: ctx.retryDelayMs });
        (0,external_node_fs_.chmodSync)(exe, 0o755);
        await check(exe);
    }, { sha256: [sha256], against: from, files: { 'bin/micromamba': sha256 } });
    return { path: (0,external_node_path_.join)(dir, 'bin', 'micromamba'), flavor: 'micromamba', version: releaseVersion(version), source: 'downloaded', sha256 };
}
/** The tool for `conda-tool: auto|micromamba|conda`. */
async function resolveCondaTool(choice, ctx) {
    if (choice === 'conda') {
        const found = await findRunnerConda(ctx);
        if (!found) {
            throw new errors/* UserError */.yo('conda-tool is conda, but no conda was found (looked at $CONDA_EXE, $CONDA/bin/conda, conda and mamba on PATH)', {
                hint: 'install conda on the runner (e.g. setup-miniconda), or use conda-tool: auto to download micromamba',
            });
        }
        return found;
    }
    const local = await findRunnerMicromamba(ctx);
    if (local && (choice === 'micromamba' || local.version === releaseVersion(micromambaVersion(ctx))))
        return local;
    return ensureMicromamba(ctx);
}

// EXTERNAL MODULE: ./src/util/atomic-write.ts
var atomic_write = __webpack_require__(5105);
// EXTERNAL MODULE: ./src/plan/version.ts
var version = __webpack_require__(5671);
;// CONCATENATED MODULE: ./src/plan/cache-keys.ts
// Cache keys per layer: `swrt-<layer>-v<schema>-<os-id>-<os-version>-<arch>-py<exact>-[cu<label>-]<digest>[-<suffix>]`.
// The digest covers everything that changes the layer's content; every field is URI-safe and the
// key stays under the 512 characters the cache service allows. Pure: callers pass the facts in.




const CACHE_SCHEMA = 1;
const MAX_KEY_LENGTH = 512;
const safe = (s) => s.toLowerCase().replace(/[^a-z0-9._]+/g, '_').replace(/^_+|_+$/g, '') || 'unknown';
/** A requirement line that does not pin one version (`name`, `name>=1`, a URL is pinned by content). */
function isUnpinned(req) {
    const r = req.replace(/#.*/, '').trim();
    if (!r || r.startsWith('-') || r.includes('@') || r.includes('://'))
        return false;
    return !/===?\s*[^\s,;*]+\s*(;.*)?$/.test(r) || /,/.test(r);
}
/** ISO 8601 week, e.g. 2026w47: unpinned requirements make a key go stale at most weekly. */
function isoWeek(d) {
    const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    const day = t.getUTCDay() || 7;
    t.setUTCDate(t.getUTCDate() + 4 - day);
    const year = t.getUTCFullYear();
    const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
    return `${year}w${String(week).padStart(2, '0')}`;
}
function prefix(layer, host, python, cuda) {
    return [`swrt-${layer}-v${CACHE_SCHEMA}`, safe(host.osId), safe(host.osVersion), safe(host.arch), `py${safe(python)}`, ...(cuda ? [`cu${safe(cuda.label)}`] : [])].join('-');
}
const digestOf = (value) => (0,external_node_crypto_.createHash)('sha256').update((0,version/* canonicalJson */.dj)(value)).digest('hex').slice(0, 32);
function assemble(head, digest, tail) {
    return [head, digest, ...tail.filter(Boolean).map(safe)].join('-').slice(0, MAX_KEY_LENGTH).replace(/[-_]+$/, '');
}
function envCacheKey(i) {
    const unpinned = [
        ...i.spec.dependencies.flatMap((d) => (d.kind === 'pip_pkg' ? d.deps : [])),
        ...i.requirementTexts.flatMap((t) => t.split('\n')),
    ].filter(isUnpinned);
    const bucket = unpinned.length ? isoWeek(i.now ?? new Date()) : '';
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update((0,version/* canonicalJson */.dj)({
        spec: i.spec,
        inputs: i.inputs,
        installer: [i.installer, i.installerVersion],
        indexes: i.indexUrls.map(pip_options/* stripCredentials */.PH),
        python: i.python,
        cuda: i.cuda ? { label: i.cuda.label, components: [...i.cuda.components].sort() } : null,
        env: i.envPath,
        runCommands: i.runCommands,
        bucket,
        ...(i.extra === undefined ? {} : { extra: i.extra }),
        ...(i.requirementVars && Object.keys(i.requirementVars).length ? { requirementVars: i.requirementVars } : {}),
    }))
        .digest('hex')
        .slice(0, 32);
    const head = prefix('env', i.host, i.python.version, i.cuda);
    const key = [head, digest, ...(bucket ? [bucket] : []), ...(i.suffix ? [safe(i.suffix)] : [])].join('-').slice(0, 512);
    return {
        key,
        restoreKeys: [],
        note: bucket ? `unpinned requirements (${unpinned.slice(0, 3).join(', ')}${unpinned.length > 3 ? ', …' : ''}): the env key includes the week ${bucket} so it is rebuilt at least weekly` : undefined,
    };
}
/**
 * The uv/pip download cache. It is only an accelerator, so restore-keys fall back to any
 * downloads cache of the same OS, arch, python and installer.
 */
function downloadsCacheKey(i) {
    const head = prefix('downloads', i.host, i.python.version);
    const inst = `${safe(i.installer)}${safe(i.installerVersion)}`;
    const digest = digestOf({ inputs: i.inputs, installer: [i.installer, i.installerVersion], indexes: i.indexUrls.map(pip_options/* stripCredentials */.PH) });
    return {
        key: assemble(`${head}-${inst}`, digest, [i.suffix ?? '']),
        restoreKeys: [`${head}-${inst}-`, `${head}-`],
    };
}
/** Provisioned python (where the tool cache is empty per job) and CUDA/cuDNN components. */
function toolchainCacheKey(i) {
    const digest = digestOf({
        python: i.python,
        cuda: i.cuda ? { label: i.cuda.label, components: [...i.cuda.components].sort(), cudnn: i.cuda.cudnn ?? '' } : null,
        root: i.root,
    });
    return { key: assemble(prefix('toolchain', i.host, i.python.version, i.cuda), digest, [i.suffix ?? '']), restoreKeys: [] };
}
/** The conda package cache (pkgs dir); falls back like downloads. */
function condaPkgsCacheKey(i) {
    const head = prefix('conda-pkgs', i.host, i.python.version);
    const digest = digestOf({ inputs: i.inputs, channels: i.channels.map(pip_options/* stripCredentials */.PH), ...(i.tool ? { tool: i.tool } : {}) });
    return { key: assemble(head, digest, [i.suffix ?? '']), restoreKeys: [`${head}-`] };
}
/** Events whose workflow runs the repository's own code for its own ref: their caches may be written. */
const WRITING_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch', 'merge_group', 'pull_request']);
/**
 * `cache: auto` restores on every event but saves only on an allow-list: a push to a branch,
 * schedule, workflow_dispatch, merge_group and pull_request (whose saves are scoped to the PR's
 * merge ref). Anything else (pull_request_target, issue_comment, workflow_run, release, a tag, an
 * event we do not know) may run code or inputs from outside with the base branch's cache scope,
 * so it restores only. `true` restores and saves on any event, `false` does neither.
 */
function cachePolicy(eventName, ref, mode) {
    if (mode === 'true')
        return { enabled: true, write: true, reason: 'cache: true' };
    if (mode === 'false')
        return { enabled: false, write: false, reason: 'cache: false' };
    if (ref.startsWith('refs/tags/'))
        return { enabled: true, write: false, reason: `cache: auto restores but does not save for a tag (${ref}); set cache: true to save` };
    if (!WRITING_EVENTS.has(eventName)) {
        return { enabled: true, write: false, reason: `cache: auto restores but does not save on ${eventName || 'an unnamed'} events (cache poisoning); set cache: true to save` };
    }
    if (eventName === 'push' && !ref.startsWith('refs/heads/'))
        return { enabled: true, write: false, reason: `cache: auto saves only for pushes to a branch, not ${ref || 'an unnamed ref'}` };
    return { enabled: true, write: true, reason: 'cache: auto' };
}

;// CONCATENATED MODULE: ./src/plan/env-plan.ts
// What a build decides once its toolchain and installer are known, as one frozen value: the env
// cache key (which also decides whether an env on disk is reused), the downloads cache key and the
// index URLs both depend on. Pure: the facts of the input files (digests, requirement texts, the
// digests of the ${VAR}s they use) are read by the stage that reads files and handed in here.


function planEnv(plan, spec, pip, files, facts, now) {
    const pipIndexes = [pip.indexUrl, ...pip.extraIndexUrls].map(pip_options/* stripCredentials */.PH);
    const indexUrls = [...pipIndexes, ...(facts.moreIndexUrls ?? []).map(pip_options/* stripCredentials */.PH)];
    const envKey = envCacheKey({
        spec,
        inputs: files.inputs,
        requirementTexts: files.requirementFiles.map((f) => f.text),
        installer: facts.installer,
        installerVersion: facts.installerVersion,
        indexUrls,
        python: facts.python,
        cuda: facts.cuda,
        envPath: plan.envDir,
        runCommands: plan.runCommands,
        host: facts.host,
        suffix: plan.cacheSuffix,
        requirementVars: files.requirementVars,
        now,
        ...(facts.extra === undefined ? {} : { extra: facts.extra }),
    });
    const downloadsKey = downloadsCacheKey({ host: facts.host, python: facts.python, installer: facts.installer, installerVersion: facts.installerVersion, inputs: files.inputs, indexUrls: pipIndexes, suffix: plan.cacheSuffix });
    return Object.freeze({ envKey, downloadsKey, indexUrls: Object.freeze(indexUrls) });
}

// EXTERNAL MODULE: ./src/toolchain/provision.ts + 4 modules
var provision = __webpack_require__(5494);
// EXTERNAL MODULE: ./src/pipeline/env-reuse.ts
var env_reuse = __webpack_require__(8504);
// EXTERNAL MODULE: ./src/pipeline/prepared-env.ts
var prepared_env = __webpack_require__(8871);
;// CONCATENATED MODULE: ./src/pipeline/backends/types.ts
/** The part of a restore request both backends hand to their restore as it is. */
function sharedRestoreOptions({ log, target, force, runCommands, starwhale, env }) {
    return { log, target, force, runCommands, starwhale, env };
}

;// CONCATENATED MODULE: ./src/pipeline/backends/conda.ts
// The conda backend: the conda tool (pinned micromamba, or one on the runner), the CUDA toolkit
// when asked, the env and conda package cache layers, the env built in runtime.yaml order and
// locked as conda-sw-lock.yaml; packed as conda_env.tar.gz, restored with the tool, activated as
// `conda activate` would. Python comes from conda, not the toolchain.





















/** Kept in the prefix next to the key: the lock of the env as built, for a reuse without re-export. */
const ENV_LOCK_FILE = '.swrt-conda-lock.yaml';
async function prepareCondaEnv(opts, loaded, plan, timings) {
    const { log } = opts;
    const env = opts.env ?? process.env;
    const spec = loaded.spec;
    const { layers, restore } = (0,cache_layers/* layerRecorder */.In)(opts.cache);
    const host = (0,prepared_env/* hostFacts */.sm)();
    const toolchain = plan.toolchain.cuda
        ? await (0,prepared_env/* timed */.ay)(timings, 'toolchain', () => (0,provision/* provisionToolchain */.ZB)(plan.toolchain, { log, env, cudaMirror: opts.cudaMirror, toolCacheDir: opts.toolDir }))
        : {};
    const tool = await (0,prepared_env/* timed */.ay)(timings, 'installer', () => log.group('Conda tool', () => resolveCondaTool(opts.condaTool ?? 'auto', { log, env, toolCacheDir: opts.toolDir ?? (0,context/* defaultToolDir */.ld)(env), mirror: opts.condaMirror })));
    log.info(`${tool.flavor} ${tool.version} (${tool.source}) at ${tool.path}`);
    const { envDir: prefix, outputDir: swDir } = plan;
    if (plan.defaultEnvDir)
        (0,prepared_env/* ignoreStarwhaleDir */.xz)(swDir);
    const facts = condaKeyFacts(tool, spec);
    const { key: cacheKey, inputs } = condaEnvKey(opts, loaded, plan, { facts, tool, cuda: toolchain.cuda, host });
    const lockCopy = (0,external_node_path_.join)(prefix, ENV_LOCK_FILE);
    const isCurrent = () => (0,env_reuse/* envKeyMatches */._k)(prefix, cacheKey) && (0,external_node_fs_.existsSync)(prefixPython(prefix)) && (0,external_node_fs_.existsSync)(lockCopy);
    let lockText;
    let pythonVersion;
    const reused = await (0,env_reuse/* reuseEnv */.un)({ dir: prefix, key: cacheKey, isCurrent, restore, log });
    if (reused) {
        lockText = (0,external_node_fs_.readFileSync)(lockCopy, 'utf8');
        const py = pythonVersionArgv(prefix);
        pythonVersion = (await (0,exec/* exec */.m0)(py.cmd, py.args, { log: (0,util_log/* quietLog */.R3)(log) })).stdout.trim();
    }
    else {
        if (opts.downloadsDir) {
            const pkgs = condaPkgsCacheKey({ host, python: { version: spec.python }, inputs, channels: facts.channelUrls, tool: facts.installerVersion, suffix: plan.cacheSuffix });
            (await restore('conda-pkgs', { ...pkgs, paths: [(0,external_node_path_.join)(opts.downloadsDir, 'pkgs')] })).filled = true;
        }
        const built = await (0,prepared_env/* timed */.ay)(timings, 'install', () => buildCondaEnv({ loaded, prefix, tool, runCommands: plan.runCommands, log, env: (0,prepared_env/* withToolkit */.B6)(env, toolchain.cuda), rootPrefix: opts.downloadsDir }));
        ({ lockText, pythonVersion } = built);
        (0,external_node_fs_.writeFileSync)(lockCopy, lockText);
        (0,env_reuse/* markBuilt */.Mx)(prefix, cacheKey);
    }
    const lockFile = (0,external_node_path_.join)(swDir, 'lock', CONDA_LOCK_NAME);
    if (opts.lock)
        (0,atomic_write/* writeAtomic */.v)(lockFile, lockText);
    return {
        mode: 'conda',
        loaded,
        spec,
        python: { version: pythonVersion, path: prefixPython(prefix), root: prefix, source: 'conda' },
        cuda: toolchain.cuda,
        envDir: prefix,
        installer: tool.flavor,
        installerVersion: tool.version,
        lockText,
        lockFile,
        timings,
        cacheKey,
        cacheHit: reused,
        layers,
        inputs,
        plan,
    };
}
/** The env cache key of a conda prefix: the spec, its inputs, the tool, the channels and index, CUDA, the place and the host. */
function condaEnvKey(opts, loaded, plan, k) {
    const { spec } = loaded;
    const env = opts.env ?? process.env;
    const pip = (0,pip_options/* resolvePipOptions */.qV)(spec.configs.pip, env);
    const files = (0,prepared_env/* readInputFacts */.WX)(loaded, env);
    (0,pip_options/* guardCredentials */.SQ)(spec, pip, opts.log, files.requirementFiles);
    const { envKey } = planEnv(plan, spec, pip, files, {
        python: { version: spec.python, path: k.tool.path },
        cuda: k.cuda && { label: k.cuda.label, components: k.cuda.components },
        installer: k.facts.installer,
        installerVersion: k.facts.installerVersion,
        host: k.host,
        moreIndexUrls: k.facts.channelUrls,
        extra: k.facts.extra,
    });
    if (envKey.note)
        opts.log.info(envKey.note);
    return { key: envKey.key, inputs: files.inputs };
}
function restoreConda(workdir, manifest, req) {
    const { log } = req;
    return restoreCondaEnv(workdir, manifest, {
        ...sharedRestoreOptions(req),
        tool: () => resolveCondaTool(req.condaTool ?? 'auto', { log, env: req.env, toolCacheDir: (0,context/* defaultToolDir */.ld)(req.env), mirror: req.condaMirror }),
    });
}
const condaBackend = {
    mode: 'conda',
    lockName: CONDA_LOCK_NAME,
    prepare: prepareCondaEnv,
    packageCount: (lockText) => {
        const s = condaLockSummary(lockText);
        return s.conda.length + s.pip.length;
    },
    lockedStarwhaleVersion: condaLockedStarwhaleVersion,
    pack: async (envDir, path, epoch) => void (await packCondaEnv(envDir, path, epoch)),
    restore: restoreConda,
    activate: (envPath) => condaActivation(envPath),
};

// EXTERNAL MODULE: ./src/env/installer.ts
var env_installer = __webpack_require__(143);
;// CONCATENATED MODULE: ./src/env/freeze.ts
// `pip freeze --exclude-editable` of a venv, computed from its site-packages metadata instead of a
// subprocess, so that an env built by uv (which has no pip) locks to the same text pip would print.
// Follows pip's freeze: the name as written in METADATA, the PEP 440 normal form of the version,
// PEP 610 direct_url.json for URL, VCS and directory installs, editables dropped, pip's own tools
// hidden, sorted case-insensitively by name.


/** pip's stdlib_pkgs, always hidden. */
const STDLIB_PKGS = ['python', 'wsgiref', 'argparse'];
const canonicalName = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
const VERSION_RE = new RegExp('^\\s*v?(?:(?:([0-9]+)!)?([0-9]+(?:\\.[0-9]+)*)' +
    '([-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?([0-9]+)?)?' +
    '((?:-([0-9]+))|(?:[-_.]?(post|rev|r)[-_.]?([0-9]+)?))?' +
    '([-_.]?(dev)[-_.]?([0-9]+)?)?)' +
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$', 'i');
const freeze_int = (s) => s.replace(/^0+(?=\d)/, '');
/** str(packaging.version.Version(v)), or undefined when v is not a PEP 440 version. */
function normalizeVersion(v) {
    const m = VERSION_RE.exec(v);
    if (!m)
        return undefined;
    const [, epoch, release, pre, preL, preN, post, postN1, , postN2, dev, , devN, local] = m;
    let out = epoch && freeze_int(epoch) !== '0' ? `${freeze_int(epoch)}!` : '';
    out += release.split('.').map(freeze_int).join('.');
    if (pre) {
        const l = preL.toLowerCase();
        out += (l === 'alpha' ? 'a' : l === 'beta' ? 'b' : ['c', 'pre', 'preview'].includes(l) ? 'rc' : l) + freeze_int(preN ?? '0');
    }
    if (post)
        out += `.post${freeze_int(postN1 ?? postN2 ?? '0')}`;
    if (dev)
        out += `.dev${freeze_int(devN ?? '0')}`;
    if (local)
        out += `+${local.toLowerCase().split(/[-_.]/).map((p) => (/^\d+$/.test(p) ? freeze_int(p) : p)).join('.')}`;
    return out;
}
/** The first value of each RFC 822 header in a METADATA/PKG-INFO text (headers end at a blank line). */
function headers(text) {
    const out = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        const m = /^([A-Za-z0-9-]+):[ \t]*(.*)$/.exec(line);
        if (m && !out.has(m[1].toLowerCase()))
            out.set(m[1].toLowerCase(), m[2].trim());
    }
    return out;
}
function readDirectUrl(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    try {
        const d = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        const infos = [d.archive_info, d.dir_info, d.vcs_info].filter((i) => i && typeof i === 'object');
        // pip ignores a direct_url.json it cannot validate and freezes the dist as name==version.
        if (typeof d.url !== 'string' || infos.length !== 1)
            return undefined;
        if (d.vcs_info && (typeof d.vcs_info.vcs !== 'string' || typeof d.vcs_info.commit_id !== 'string'))
            return undefined;
        return d;
    }
    catch {
        return undefined;
    }
}
/** pip's direct_url_as_pep440_direct_reference. */
function directReference(name, d) {
    let req = `${name} @ `;
    const fragments = [];
    if (d.vcs_info)
        req += `${String(d.vcs_info.vcs)}+${String(d.url)}@${String(d.vcs_info.commit_id)}`;
    else {
        req += String(d.url);
        if (d.archive_info && typeof d.archive_info.hash === 'string' && d.archive_info.hash)
            fragments.push(d.archive_info.hash);
    }
    if (typeof d.subdirectory === 'string' && d.subdirectory)
        fragments.push(`subdirectory=${d.subdirectory}`);
    return fragments.length ? `${req}#${fragments.join('&')}` : req;
}
/** The venv's site-packages directories (lib/pythonX.Y/site-packages) with their X.Y. */
function sitePackages(envDir) {
    const lib = (0,external_node_path_.join)(envDir, 'lib');
    if (!(0,external_node_fs_.existsSync)(lib))
        return [];
    return (0,external_node_fs_.readdirSync)(lib)
        .sort()
        .map((d) => ({ m: /^python(\d+)\.(\d+)$/.exec(d), dir: (0,external_node_path_.join)(lib, d, 'site-packages') }))
        .filter((x) => x.m && (0,external_node_fs_.existsSync)(x.dir))
        .map((x) => ({ dir: x.dir, minor: [Number(x.m[1]), Number(x.m[2])] }));
}
function frozenDist(site, entry) {
    const path = (0,external_node_path_.join)(site, entry);
    let meta;
    let info;
    if (entry.endsWith('.dist-info')) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, 'METADATA')))
            return undefined;
        meta = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(path, 'METADATA'), 'utf8');
        info = path;
    }
    else if (entry.endsWith('.egg-info')) {
        const file = (0,external_node_fs_.statSync)(path).isDirectory() ? (0,external_node_path_.join)(path, 'PKG-INFO') : path;
        if (!(0,external_node_fs_.existsSync)(file))
            return undefined;
        meta = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    else
        return undefined;
    const h = headers(meta);
    const name = h.get('name');
    const version = h.get('version') ?? '';
    if (!name)
        return undefined;
    const direct = info ? readDirectUrl((0,external_node_path_.join)(info, 'direct_url.json')) : undefined;
    if (direct?.dir_info?.editable === true)
        return { name, line: '' };
    if (direct)
        return { name, line: directReference(name, direct) };
    const normal = normalizeVersion(version);
    return { name, line: normal === undefined ? `${name}===${version}` : `${name}==${normal}` };
}
/** Exactly what `python -m pip freeze --exclude-editable` prints for the venv at envDir. */
function freezeEnv(envDir) {
    const installed = new Map();
    let minor = [3, 12];
    for (const site of sitePackages(envDir)) {
        minor = site.minor;
        for (const entry of (0,external_node_fs_.readdirSync)(site.dir).sort()) {
            const f = frozenDist(site.dir, entry);
            if (f)
                installed.set(canonicalName(f.name), f);
        }
    }
    // Before Python 3.12 pip also hides the build tools it used to seed every venv with.
    const skip = new Set([...STDLIB_PKGS, 'pip', ...(minor[0] === 3 && minor[1] < 12 ? ['setuptools', 'distribute', 'wheel'] : [])]);
    return [...installed.entries()]
        .filter(([canon, f]) => f.line !== '' && !skip.has(canon))
        .map(([, f]) => f)
        .sort((a, b) => {
        const x = a.name.toLowerCase();
        const y = b.name.toLowerCase();
        return x < y ? -1 : x > y ? 1 : 0;
    })
        .map((f) => `${f.line}\n`)
        .join('');
}

// EXTERNAL MODULE: ./src/env/lock.ts
var lock = __webpack_require__(1200);
// EXTERNAL MODULE: ./src/env/pack.ts
var pack = __webpack_require__(2638);
// EXTERNAL MODULE: ./src/toolchain/python.ts + 1 modules
var toolchain_python = __webpack_require__(434);
// EXTERNAL MODULE: ./src/toolchain/uv.ts + 1 modules
var toolchain_uv = __webpack_require__(2238);
;// CONCATENATED MODULE: ./src/pipeline/backends/venv.ts
// The venv backend: the interpreter from the toolchain, uv or pip, the env built (or reused) at the
// plan's env dir and locked from its dist-info; packed as venv_env.tar.gz, restored by relocating a
// packed env or installing the lock, activated as `source bin/activate` would.




















/** pip when asked for, or (auto) when uv cannot be had; else uv, as found beforehand or installed now. */
async function chooseInstaller(opts, loaded, python, found, baseEnv) {
    const pip = async () => {
        const installer = new env_installer/* PipInstaller */.CT(opts.log, python.path, opts.downloadsDir, baseEnv);
        return { installer, installerVersion: await installer.version() };
    };
    if (opts.installer === 'pip')
        return pip();
    let uv;
    try {
        uv = found ?? (await (0,toolchain_uv/* installUv */.j8)(opts.uvVersion ?? '', { ...uvLookup(opts), python: python.path, pip: (0,pip_options/* resolvePipOptions */.qV)(loaded.spec.configs.pip, opts.env), mirror: opts.uvMirror }));
    }
    catch (e) {
        // auto never fails for want of uv: pip builds the same env, and the one line says how to get uv back.
        if (opts.installer !== 'auto' || !(e instanceof toolchain_uv/* UvUnavailable */.AF))
            throw e;
        opts.log.warn(`installer auto: building with pip, since ${e.message}; to build with uv, ${e.hint ?? 'set uv-mirror'}`);
        return pip();
    }
    opts.log.info(`uv ${uv.version} (${uv.source})`);
    return { installer: new env_installer/* UvInstaller */.Ct(opts.log, uv.path, opts.downloadsDir ?? opts.env?.UV_CACHE_DIR, baseEnv), installerVersion: uv.version, uvPath: uv.path };
}
const uvLookup = (opts) => ({ log: opts.log, toolDir: opts.toolDir ?? (0,context/* defaultToolDir */.ld)(opts.env), env: opts.env });
/** One line saying which interpreter the build uses and why: the input or flag, runtime.yaml, or the default rule. */
function pythonReason(opts, loaded, python) {
    const asked = opts.python?.trim()
        ? `${opts.overrideSource === 'input' ? 'the python-version input' : 'the --python flag'} asks for ${opts.python.trim()}`
        : loaded.pythonRequest
            ? `runtime.yaml sets python ${loaded.pythonRequest}`
            : 'runtime.yaml sets no python';
    return `${asked}; using ${(0,toolchain_python/* describeSource */.B6)(python)}: ${python.path} (${python.version})`;
}
/** The interpreter and CUDA toolkit: the toolchain cache layer first (it refills the tool cache), then lookup / download. */
async function venvToolchain(opts, loaded, buildPlan, host, restore, timings) {
    const { log } = opts;
    const env = opts.env ?? process.env;
    const request = buildPlan.toolchain;
    const tcOpts = { log, env, pythonMirror: opts.pythonMirror, cudaMirror: opts.cudaMirror, toolCacheDir: opts.toolDir };
    const tc = (0,provision/* toolchainContext */.jo)(tcOpts);
    const plan = (0,provision/* planToolchain */.Pj)(request, tc);
    const toolLayer = plan && (await restore('toolchain', { ...toolchainCacheKey({ host, python: { version: plan.python, source: 'plan' }, cuda: plan.cuda, root: tc.toolCacheDir ?? (0,context/* defaultToolDir */.ld)(env), suffix: buildPlan.cacheSuffix }), paths: plan.paths }));
    const toolchain = await (0,prepared_env/* timed */.ay)(timings, 'toolchain', () => (0,provision/* provisionToolchain */.ZB)(request, tcOpts));
    const found = toolchain.python ?? (await log.group('Python', () => (0,toolchain_python/* resolvePython */.Lx)({ version: '', cwd: loaded.dir }, tc)));
    if (toolLayer)
        toolLayer.filled = found.source === 'download' || toolchain.cuda?.source === 'download';
    const python = { ...found, reason: pythonReason(opts, loaded, found) };
    log.info(python.reason);
    return { python, cuda: toolchain.cuda };
}
async function prepareVenv(opts, loaded, buildPlan, timings) {
    const { log } = opts;
    const env = opts.env ?? process.env;
    const { layers, restore } = (0,cache_layers/* layerRecorder */.In)(opts.cache);
    const host = (0,prepared_env/* hostFacts */.sm)();
    // uv is looked for (PATH, the tool cache and its digest) while the interpreter is found; installing
    // uv runs pip in that interpreter, so it waits for the installer stage.
    const toolchain = venvToolchain(opts, loaded, buildPlan, host, restore, timings);
    const uvFound = opts.installer === 'pip' ? undefined : (0,toolchain_uv/* findUv */.d4)(opts.uvVersion ?? '', uvLookup(opts));
    // Both settle before either failure is reported, the interpreter's first: no work is left running behind an error.
    const [found, located] = await Promise.allSettled([toolchain, uvFound]);
    if (found.status === 'rejected')
        throw found.reason;
    if (located.status === 'rejected')
        throw located.reason;
    const { python, cuda } = found.value;
    const spec = { ...loaded.spec, python: loaded.spec.python || python.version.split('.').slice(0, 2).join('.') };
    const buildEnvVars = (0,prepared_env/* withToolkit */.B6)(env, cuda);
    const { installer, uvPath, installerVersion } = await (0,prepared_env/* timed */.ay)(timings, 'installer', () => chooseInstaller(opts, loaded, python, located.value, buildEnvVars));
    const { envDir, outputDir: swDir } = buildPlan;
    if (buildPlan.defaultEnvDir)
        (0,prepared_env/* ignoreStarwhaleDir */.xz)(swDir);
    const pip = (0,pip_options/* resolvePipOptions */.qV)(spec.configs.pip, env);
    const files = (0,prepared_env/* readInputFacts */.WX)(loaded, env);
    (0,pip_options/* guardCredentials */.SQ)(spec, pip, log, files.requirementFiles);
    const interpreter = { version: python.version, path: python.path };
    const envPlan = planEnv(buildPlan, spec, pip, files, { python: interpreter, cuda: cuda && { label: cuda.label, components: cuda.components }, installer: installer.name, installerVersion, host });
    const cacheKey = envPlan.envKey;
    if (cacheKey.note)
        log.info(cacheKey.note);
    // A second build of an unchanged runtime reuses the env it built last time (same key, same place).
    const isCurrent = () => (0,env_reuse/* envKeyMatches */._k)(envDir, cacheKey.key, interpreter) && (0,external_node_fs_.existsSync)((0,env_installer/* envPython */.GJ)(envDir));
    const reused = await (0,env_reuse/* reuseEnv */.un)({ dir: envDir, key: cacheKey.key, isCurrent, restore, log, python: interpreter });
    if (!reused) {
        if (opts.downloadsDir)
            (await restore('downloads', { ...envPlan.downloadsKey, paths: [opts.downloadsDir] })).filled = true;
        await (0,prepared_env/* timed */.ay)(timings, 'install', () => (0,build/* buildEnv */.WB)({ loaded: { ...loaded, spec }, python: python.path, envDir, installer, installerVersion, runCommands: buildPlan.runCommands, log, env: buildEnvVars }));
    }
    // Starwhale's restore of a packed env installs starwhale into it with bin/pip. The build record
    // is written after the seeding, so a seeded env is still reused as it stands.
    const seeded = opts.includeEnv && (await (0,build/* ensurePip */._O)(envDir, installer, pip, loaded.dir, log));
    if (!reused || seeded)
        (0,env_reuse/* markBuilt */.Mx)(envDir, cacheKey.key, interpreter);
    const lockText = await (0,prepared_env/* timed */.ay)(timings, 'lock', async () => (0,lock/* renderVenvLock */.h9)(freezeEnv(envDir)));
    const lockFile = (0,external_node_path_.join)(swDir, 'lock', lock/* VENV_LOCK_NAME */.OU);
    if (opts.lock)
        (0,atomic_write/* writeAtomic */.v)(lockFile, lockText);
    return { mode: 'venv', loaded, spec, python, cuda, envDir, installer: installer.name, installerVersion, uvPath, lockText, lockFile, timings, cacheKey: cacheKey.key, cacheHit: reused, layers, inputs: files.inputs, plan: buildPlan };
}
/** A packed env needs an interpreter of its exact version; a lock needs the bundle's python and an installer. */
function restoreVenv(workdir, manifest, req) {
    const { log } = req;
    const tc = () => (0,provision/* toolchainContext */.jo)({ log, env: req.env });
    return (0,restore/* restoreEnv */.Ks)(workdir, manifest, {
        ...sharedRestoreOptions(req),
        pythonFor: async (exactVersion) => (await (0,toolchain_python/* resolvePython */.Lx)({ version: exactVersion }, tc())).path,
        installerFor: async (pythonVersion) => {
            // The bundle's python, found here or downloaded (a downstream job may not have it).
            const py = await (0,toolchain_python/* resolvePython */.Lx)({ version: pythonVersion }, tc());
            if (req.installer === 'pip')
                return { installer: new env_installer/* PipInstaller */.CT(log, py.path), python: py.path };
            const uv = await (0,toolchain_uv/* ensureUv */.aW)('', { log, python: py.path, toolDir: (0,context/* defaultToolDir */.ld)(req.env), pip: (0,pip_options/* resolvePipOptions */.qV)({ index_url: '', extra_index_url: [], trusted_host: [] }, req.env), env: req.env });
            return { installer: new env_installer/* UvInstaller */.Ct(log, uv.path), python: py.path };
        },
    });
}
const venvBackend = {
    mode: 'venv',
    lockName: lock/* VENV_LOCK_NAME */.OU,
    prepare: prepareVenv,
    packageCount: lock/* lockPackageCount */.zh,
    lockedStarwhaleVersion: lock/* lockedStarwhaleVersion */.ED,
    pack: pack/* packEnv */.Di,
    restore: restoreVenv,
    activate: (envPath) => ({ path: (0,external_node_path_.join)(envPath, 'bin'), env: { VIRTUAL_ENV: envPath } }),
};

;// CONCATENATED MODULE: ./src/pipeline/backends/index.ts
// The env backends, registered in one place: a runtime's mode names its backend.



const BACKENDS = [venvBackend, condaBackend];
/** The backend for `mode` (a runtime.yaml's, or a bundle manifest's); none given means venv, as swcli reads it. */
function envBackend(mode) {
    const found = BACKENDS.find((b) => b.mode === (mode || 'venv'));
    if (!found)
        throw new errors/* UserError */.yo(`unknown environment mode ${JSON.stringify(String(mode).slice(0, 60))}`, { hint: `the mode is one of ${BACKENDS.map((b) => b.mode).join(', ')}` });
    return found;
}


/***/ }),

/***/ 8504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mx: () => (/* binding */ markBuilt),
/* harmony export */   _k: () => (/* binding */ envKeyMatches),
/* harmony export */   un: () => (/* binding */ reuseEnv)
/* harmony export */ });
/* unused harmony exports ENV_KEY_FILE, envProblem */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5105);
/* harmony import */ var _util_tree_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6391);
// Reusing a built env: the record written into it (the cache key it was built for, its
// interpreter, the digest of its file list), the checks that tell a current env from a stale or
// tampered one, and the env cache layer that may refill it.




/** Written into a built env: the cache key it was built for, its interpreter and its file list's digest (EnvRecord). */
const ENV_KEY_FILE = '.swrt-env-key';
const ENV_RECORD_FORMAT = 'swrt-env/1';
function readRecord(dir) {
    try {
        const r = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ENV_KEY_FILE), 'utf8'));
        return r?.format === ENV_RECORD_FORMAT && typeof r.key === 'string' && typeof r.tree === 'string' ? r : undefined;
    }
    catch {
        return undefined;
    }
}
const real = (p) => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    }
    catch {
        return undefined;
    }
};
/** The `home` a venv's pyvenv.cfg names (where its interpreter lives), if it has one. */
function venvHome(dir) {
    const cfg = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'pyvenv.cfg');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(cfg))
        return undefined;
    return /^home\s*=\s*(.*?)\s*$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(cfg, 'utf8'))?.[1];
}
/**
 * Why the env at `dir` is not the one `key` describes, or undefined when it is. Runs nothing in
 * it: reads the record, follows bin/python and pyvenv.cfg to the interpreter, and lists its files.
 * `'missing'` and `'other-key'` are the ordinary cases (no env yet, or inputs changed).
 */
function envProblem(dir, key, python) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return 'missing';
    const rec = readRecord(dir);
    if (!rec)
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ENV_KEY_FILE)) ? 'its build record is unreadable' : 'missing';
    if (rec.key !== key)
        return 'other-key';
    if (python) {
        if (rec.python?.path !== python.path || rec.python.version !== python.version) {
            return `it was built over ${rec.python ? `${rec.python.path} (${rec.python.version})` : 'no recorded interpreter'}, not ${python.path} (${python.version})`;
        }
        const want = real(python.path);
        const got = real((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'bin', 'python'));
        if (!want || got !== want)
            return `its bin/python leads to ${got ?? 'nothing'}, not ${want ?? python.path}`;
        const home = venvHome(dir);
        if (home !== undefined && real(home) !== real((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(python.path)) && real(home) !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(want))
            return `its pyvenv.cfg names the interpreter home ${home}, not ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(python.path)}`;
    }
    if ((0,_util_tree_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .treeDigest */ .fZ)(dir, [ENV_KEY_FILE]) !== rec.tree)
        return 'its files changed since it was built';
    return undefined;
}
/**
 * Whether the env at `dir` holds what `key` describes: left in place by the last build, else
 * restored by the env cache layer. On false the env layer is marked to be filled by this build.
 * `isCurrent` checks the record written by markBuilt (envKeyMatches) and whatever else a usable
 * env needs. A restored env is checked before anything in it runs; one that does not match is
 * removed with a warning, and the build makes a new one.
 */
async function reuseEnv(o) {
    if (o.isCurrent()) {
        o.log.info(`reusing the env at ${o.dir} (key ${o.key})`);
        return true;
    }
    const stale = envProblem(o.dir, o.key, o.python);
    if (stale && stale !== 'missing' && stale !== 'other-key')
        o.log.warn(`the env at ${o.dir} is not reused: ${stale}; rebuilding it`);
    const envLayer = await o.restore('env', { key: o.key, restoreKeys: [], paths: [o.dir] });
    if (envLayer.hit !== 'miss') {
        // Bytecode is left out of the record (Python rewrites it): none may come from the cache.
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(o.dir))
            (0,_util_tree_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .purgeBytecode */ .XS)(o.dir);
        if (envLayer.hit === 'exact' && o.isCurrent()) {
            o.log.info(`env restored from the cache (key ${o.key}); skipping install`);
            return true;
        }
        const why = envProblem(o.dir, o.key, o.python) ?? 'it is incomplete';
        o.log.warn(`discarding the env restored from the cache for ${o.key}: ${why === 'other-key' ? 'it was saved for another key' : why === 'missing' ? 'it has no build record' : why}; rebuilding it`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(o.dir, { recursive: true, force: true });
    }
    envLayer.filled = true;
    return false;
}
/** Whether the env at `dir` was built for `key` (over `python`, for a venv) and is unchanged since. */
function envKeyMatches(dir, key, python) {
    return envProblem(dir, key, python) === undefined;
}
/**
 * Records, inside the env, what it was built for; call it last, after everything is written into it.
 * Written to a new file and renamed: the old record may be hard-linked into the local cache.
 */
function markBuilt(dir, key, python) {
    const rec = { format: ENV_RECORD_FORMAT, key, ...(python ? { python: { version: python.version, path: python.path } } : {}), tree: (0,_util_tree_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .treeDigest */ .fZ)(dir, [ENV_KEY_FILE]) };
    (0,_util_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeAtomic */ .v)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ENV_KEY_FILE), `${JSON.stringify(rec)}\n`);
}


/***/ }),

/***/ 8871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ withToolkit),
/* harmony export */   WX: () => (/* binding */ readInputFacts),
/* harmony export */   ay: () => (/* binding */ timed),
/* harmony export */   sm: () => (/* binding */ hostFacts),
/* harmony export */   xz: () => (/* binding */ ignoreStarwhaleDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _spec_digests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3470);
/* harmony import */ var _spec_vars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4009);
// What an env backend's prepare hands to packing, and the small steps both backends take: reading
// the input files once, timing a stage, host facts for cache keys, the toolkit's variables, and
// keeping the build output out of git.




async function timed(timings, stage, fn) {
    const t0 = performance.now();
    try {
        return await fn();
    }
    finally {
        timings[stage] = Math.round(performance.now() - t0) / 1000;
    }
}
/** The file stage: the runtime's input files read once, as the digests, requirement texts and ${VAR} digests the plan needs. */
function readInputFacts(loaded, env) {
    return { inputs: (0,_spec_digests_js__WEBPACK_IMPORTED_MODULE_2__/* .digestInputs */ .yS)(loaded), requirementFiles: (0,_spec_digests_js__WEBPACK_IMPORTED_MODULE_2__/* .requirementTexts */ .qA)(loaded), requirementVars: (0,_spec_vars_js__WEBPACK_IMPORTED_MODULE_3__/* .requirementVarDigests */ .kC)(loaded, env) };
}
/** `<runtime.yaml dir>/.starwhale` holds build output (envs, locks): keep it out of git. */
function ignoreStarwhaleDir(swDir) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(swDir, '.gitignore')))
        return;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(swDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(swDir, '.gitignore'), '*\n');
}
/** The facts cache keys depend on: OS id and version (from /etc/os-release) and the CPU arch. */
function hostFacts() {
    let text = '';
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/etc/os-release', 'utf8');
    }
    catch {
        /* not Linux, or a minimal image */
    }
    const field = (k) => new RegExp(`^${k}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
    return { osId: field('ID') || process.platform, osVersion: field('VERSION_ID') || 'unknown', arch: process.arch };
}
/** The build sees the toolkit as later steps will: CUDA_HOME and friends set, nvcc on PATH. */
function withToolkit(env, cuda) {
    return cuda ? { ...env, ...cuda.env, PATH: [cuda.binDir, env.PATH].filter(Boolean).join(':') } : env;
}


/***/ }),

/***/ 5671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _j: () => (/* binding */ randomVersion),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   eb: () => (/* binding */ contentVersion)
/* harmony export */ });
/* unused harmony export base32 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Runtime version ids: 40 lowercase base32 characters like swcli's, but content-addressed, so that
// rebuilding the same inputs gives the same version (and a re-upload to a server is free).

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
function base32(bytes) {
    let out = '';
    let bits = 0;
    let value = 0;
    for (const b of bytes) {
        value = (value << 8) | b;
        bits += 8;
        while (bits >= 5) {
            out += ALPHABET[(value >>> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    if (bits > 0)
        out += ALPHABET[(value << (5 - bits)) & 31];
    return out;
}
/** Keys sorted at every level, so the JSON of equal values is equal. */
function canonicalJson(v) {
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (v && typeof v === 'object') {
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v);
}
/** The server reads all-digit versions as ids and `v<N>` / `latest` as aliases: never produce one. */
function safe(v) {
    return /^\d+$/.test(v) || /^v\d+$/.test(v) || v === 'latest' ? `a${v.slice(1)}` : v;
}
function contentVersion(v) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(canonicalJson({ schema: 1, spec: v.spec, inputs: v.inputs, lock: v.lock, extra: v.extra ?? {} }))
        .digest();
    return safe(base32(digest.subarray(0, 25)));
}
/** swcli's random version: 25 random bytes in base32. */
function randomVersion() {
    return safe(base32((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(25)));
}


/***/ }),

/***/ 4009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ secretVarValues),
/* harmony export */   Jf: () => (/* binding */ expandVars),
/* harmony export */   SN: () => (/* binding */ expandPipEntries),
/* harmony export */   cF: () => (/* binding */ checkRequirementVars),
/* harmony export */   kC: () => (/* binding */ requirementVarDigests)
/* harmony export */ });
/* unused harmony export unsetVarLines */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9930);
// `${VAR}` in requirements. pip expands `${NAME}` (uppercase letters, digits, `_`) from the
// environment in requirement files, after dropping comments, and leaves a name it cannot find as
// written. We expand the same way in `pip:` entries too (neither pip nor uv expands command-line
// arguments), and refuse a name the environment leaves unset before anything is installed, with
// its file and line.






const VAR = /\$\{([A-Z0-9_]+)\}/g;
/** pip's comment rule: `#` at the start of a line or after whitespace. */
const COMMENT = /(^|\s+)#.*$/;
const HINT = "requirements expand ${VAR} from the environment, as pip does; set it in the step's env";
/** `text` with every `${NAME}` that `env` sets (non-empty) replaced; the others are listed in `missing`. */
function expandVars(text, env) {
    const missing = [];
    const out = text.replace(VAR, (whole, name) => {
        const v = env[name];
        if (v)
            return v;
        missing.push(name);
        return whole;
    });
    return { text: out, missing };
}
const SECRET_NAME = /TOKEN|PASSWORD|PASSWD|SECRET|AUTH|CREDENTIAL|API_KEY/;
/** Values of the variables `text` uses whose names say they are credentials, for masking. */
function secretVarValues(text, env) {
    return [...text.matchAll(VAR)].map((m) => m[1]).filter((n) => SECRET_NAME.test(n) && env[n]).map((n) => env[n]);
}
/** `pip:` entries with their variables expanded (call checkRequirementVars first). */
function expandPipEntries(entries, env) {
    return entries.map((e) => expandVars(e, env).text);
}
/** One `FILE:LINE:COL: error:` line per unset `${VAR}` in `text`, which starts at column `colBase`. */
function unsetVarLines(text, env, file, line, colBase = 1) {
    const out = [];
    for (const m of text.matchAll(VAR)) {
        if (env[m[1]])
            continue;
        out.push(`${file}:${line}:${colBase + m.index}: error: \${${m[1]}} is not set (hint: ${HINT})`);
    }
    return out;
}
/**
 * Throws UserErrors with one positioned line per `${VAR}` that `env` leaves unset, in `pip:` entries
 * (runtime.yaml line and column) and in the requirement files runtime.yaml names (their line).
 * `display` is how runtime.yaml is named; requirement files are named beside it.
 */
function checkRequirementVars(loaded, env, display = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(process.cwd(), loaded.file) || loaded.file) {
    const errors = [];
    const src = (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .readSpecSource */ .zG)(loaded.raw, display);
    const deps = src.node(['dependencies']);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(deps)) {
        deps.items.forEach((item, i) => {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(item))
                return;
            const pip = item.get('pip', true);
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(pip))
                return;
            pip.items.forEach((entry, j) => {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(entry) || typeof entry.value !== 'string' || !entry.value.includes('${'))
                    return;
                const { line, col } = src.where(['dependencies', i, 'pip', j]);
                // A quoted scalar starts one column before its text.
                const quoted = entry.type === 'QUOTE_DOUBLE' || entry.type === 'QUOTE_SINGLE' ? 1 : 0;
                errors.push(...unsetVarLines(entry.value, env, display, line, col + quoted));
            });
        });
    }
    for (const dep of loaded.spec.dependencies) {
        if (dep.kind !== 'pip_req_file')
            continue;
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(loaded.dir, dep.deps), 'utf8');
        const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(display), dep.deps);
        text.split(/\r?\n/).forEach((raw, n) => {
            const line = raw.replace(COMMENT, '');
            if (line.includes('${'))
                errors.push(...unsetVarLines(line, env, shown, n + 1));
        });
    }
    if (errors.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserErrors */ .tQ(`${errors.length} requirement variable(s) not set`, errors);
}
/**
 * Every variable the requirements use, with a digest of its value: what the built env depends on
 * beyond the files themselves (for the env cache key; digests, so no value is kept in a key).
 */
function requirementVarDigests(loaded, env) {
    const texts = loaded.spec.dependencies.flatMap((d) => d.kind === 'pip_pkg' ? [...d.deps] : d.kind === 'pip_req_file' ? [(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(loaded.dir, d.deps), 'utf8')] : []);
    const out = {};
    for (const t of texts)
        for (const m of t.matchAll(VAR))
            out[m[1]] = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(env[m[1]] ?? '').digest('hex').slice(0, 16);
    return out;
}


/***/ }),

/***/ 2238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AF: () => (/* binding */ UvUnavailable),
  aW: () => (/* binding */ ensureUv),
  d4: () => (/* binding */ findUv),
  j8: () => (/* binding */ installUv)
});

// UNUSED EXPORTS: UV_DEFAULT_MIRROR, UV_MIRROR_ENV, UV_PINNED, UV_SHA256_ENV, UV_TOOL

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(7895);
// EXTERNAL MODULE: ./src/util/log.ts
var util_log = __webpack_require__(9906);
// EXTERNAL MODULE: ./src/plan/pip-options.ts
var pip_options = __webpack_require__(9281);
// EXTERNAL MODULE: ./src/util/hash.ts
var hash = __webpack_require__(5138);
// EXTERNAL MODULE: ./src/toolchain/tool-cache.ts
var tool_cache = __webpack_require__(6266);
;// CONCATENATED MODULE: ./src/toolchain/uv-wheels.ts
// The sha256 of every wheel of the pinned uv release on PyPI, and of the `uv` executable inside
// each (from the wheel's RECORD). Any index may serve uv (the runtime's own, a mirror), but pip
// installs it with --require-hashes against this table, so only PyPI's bytes install; a cached
// install is used only when its executable is one of these.
// Source: `pip download --no-deps --only-binary :all: --platform <tag> uv==0.13.9` from
// https://pypi.org/simple for every platform tag, then sha256sum and each wheel's RECORD.
const UV_WHEELS = {
    '0.13.9': [
        { file: 'uv-0.13.9-py3-none-macosx_10_12_x86_64.whl', sha256: 'c16ed11e013557536b3e60065f1b912f6407bd6518e041b961e23ef9e6b4fbf5', exeSha256: '9d275208c058354f9b300ea46a499c7a29de3249ae839503cadff2c01c159d69' },
        { file: 'uv-0.13.9-py3-none-macosx_11_0_arm64.whl', sha256: '66c512266d633bef48384a1f53003f41f2a8e7b36fe6e7fbfd3e0fd52d96fa63', exeSha256: '0e17c316d23b33b4e840669f516f5cb7f5c1faa816ebd3824052ab50082ecefb' },
        { file: 'uv-0.13.9-py3-none-manylinux_2_17_aarch64.manylinux2014_aarch64.musllinux_1_1_aarch64.whl', sha256: '5435c5ce14a56431208ca0996416d310f1598e8c2c8ba707688985a16bb82dbe', exeSha256: 'bbecb5ac518030bb5e84f1999c577228460192832ac24a92bd772735682979f4' },
        { file: 'uv-0.13.9-py3-none-manylinux_2_17_armv7l.manylinux2014_armv7l.musllinux_1_1_armv7l.whl', sha256: '7ec1e1dd9b6cb335c301afdf877989df384227313981850755a59561f75e4ab8', exeSha256: '0bab0eba17b82b117ef87a70e8868973fc62cb51f9c4c9900d519feece38971b' },
        { file: 'uv-0.13.9-py3-none-manylinux_2_17_armv7l.manylinux2014_armv7l.whl', sha256: '16963d19594e18d746a70c7fce82237bde4f2cac4cfcf0ca2b84796fe9d0c6e9', exeSha256: '7044f2d032f71c063417bb3aed7f20ad9eb02e8c643bae0c2f02987aa436e3f6' },
        { file: 'uv-0.13.9-py3-none-manylinux_2_17_i686.manylinux2014_i686.whl', sha256: 'db5c8df7145c21ffea9c0f74e38823bac3af60cbadf0e26b8633f08627b17bab', exeSha256: '3e020ca1e7eb3847223d73e7e2a128336e38f97ab531c0dd0ad664914bd281e2' },
        { file: 'uv-0.13.9-py3-none-manylinux_2_17_ppc64le.manylinux2014_ppc64le.whl', sha256: 'c5dbdb7c8737cd183a9dce95b39cfd1f3d54ec2a27a1bb58f160293f9ba2c805', exeSha256: '5a79e319d808a91a66b54c98c384ea87bed4b821a6088315f4e06609d10312ec' },
        { file: 'uv-0.13.9-py3-none-manylinux_2_17_s390x.manylinux2014_s390x.whl', sha256: 'a6e845f387e4ed55bb59342957a9179e24a631fcc7668bda3426ae1cef8ed4b9', exeSha256: 'a9bc459c45e1db54291da5fed244781912e845f74384ed02c474620a663fa065' },
        { file: 'uv-0.13.9-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', sha256: 'd7f459fe4fd247d830351c75686d3996ace3c6f3f728eb0e85a30b7ada0cef19', exeSha256: 'b73acdf73b96c3ac9e56d2fa933427b3ee6a901e3cce6ba1e3ecb3f91ca0d86a' },
        { file: 'uv-0.13.9-py3-none-manylinux_2_31_riscv64.whl', sha256: '6b0c7b9f47a5d011939d61e324d3fe18a8bc155d8dd53add738709a92f290a7c', exeSha256: '7a1d34ac77b2d89fa7cd72a78ed331aa19701e41ce21a0b3f7686729724c2e8e' },
        { file: 'uv-0.13.9-py3-none-musllinux_1_1_i686.whl', sha256: 'a2ee66fe8b6608e1482ab1bde5799da04705c1cb40324c7f66054ecf46ae6e40', exeSha256: 'ccc6a9b960b41760459627562df50829358ed0b5481ec6956c434b91012e01a4' },
        { file: 'uv-0.13.9-py3-none-musllinux_1_1_x86_64.whl', sha256: '2c45530751517d6c3bbc69a19473f6effe47cce047bede01ffd8af7ea7b36b25', exeSha256: 'edbfb9a3d00dc84148e6691cd8740781fdc32db6505d7ef88ba6c3e569d5bec9' },
        { file: 'uv-0.13.9-py3-none-win32.whl', sha256: '3eeeb51a267a2144640fcd8f38d4a2f63439b39bc47445fd84727c3fc462c843', exeSha256: '5d108399068e4932b361beaf180e2ad6fd16ea5173eee846af61c621b5a14c5e' },
        { file: 'uv-0.13.9-py3-none-win_amd64.whl', sha256: '6a44b2ed8111d2f60d2b92627c5dccda3f7ed7570b18ce115e569cd68c28246b', exeSha256: '7e6349bc24cfc7249f892c41298e4371826a19008c3cbcfe13eacd08ac398470' },
        { file: 'uv-0.13.9-py3-none-win_arm64.whl', sha256: 'eeb92051c2123b9730c46b04cc843cfa4bc7d7b0aec56df431a2215ef4cb0273', exeSha256: '4514fb99c05235f1e98ff38dbfd59ecbc57fdb8a1922b5af20e09a227f51fb13' },
    ],
};

;// CONCATENATED MODULE: ./src/toolchain/uv.ts
// Provides uv: a `uv` already on PATH when it is the version asked for, else the wheel, installed
// once into a tool venv under the tool cache and reused. The wheel's sources, in order: the uv
// mirror when one is given (uv-mirror / SWRT_UV_MIRROR: an index URL or a directory of wheels),
// then the runtime's package index, then PyPI when no mirror was given. Any source is safe: pip
// downloads with --require-hashes against the sha256 of the pinned release's wheels on PyPI
// (uv-wheels.ts), or against SWRT_UV_SHA256 for another `uv-version`; without a digest to check,
// another version is not installed from an index. A source that serves other bytes under uv's
// name stops the install (that is an alarm, not a miss); a source without uv passes to the next.










/** The uv release we test against; `uv-version` overrides it. */
const UV_PINNED = '0.13.9';
const UV_TOOL = 'swrt-uv';
/** sha256 of the uv wheel(s) to accept for a `uv-version` other than the pinned one (comma or space separated). */
const UV_SHA256_ENV = 'SWRT_UV_SHA256';
/** Where uv itself comes from, independent of the runtime's index: a PEP 503 index URL or a directory of wheels. */
const UV_MIRROR_ENV = 'SWRT_UV_MIRROR';
const UV_DEFAULT_MIRROR = 'https://pypi.org/simple';
/** No source had a uv wheel to install (unreachable, or without uv): `installer: auto` may build with pip instead. */
class UvUnavailable extends errors/* UserError */.yo {
}
const HEX64 = /^[0-9a-f]{64}$/;
async function versionOf(uv, log) {
    const r = await (0,exec/* exec */.m0)(uv, ['--version'], { log: (0,util_log/* quietLog */.R3)(log), allowFailure: true }).catch(() => undefined);
    return r && r.code === 0 ? r.stdout.trim().split(/\s+/)[1] : undefined;
}
function uvDigests(version, env) {
    const pinned = UV_WHEELS[version];
    if (pinned)
        return { wheels: pinned.map((w) => w.sha256), exes: pinned.map((w) => w.exeSha256), against: `the sha256 of the uv ${version} wheels on PyPI, pinned in this release` };
    const given = (env[UV_SHA256_ENV] ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
    const bad = given.filter((h) => !HEX64.test(h));
    if (bad.length)
        throw new errors/* UserError */.yo(`${UV_SHA256_ENV} holds something that is not a sha256 (64 hex digits): ${bad.join(', ')}`);
    if (!given.length) {
        throw new errors/* UserError */.yo(`uv ${version} is not the pinned uv ${UV_PINNED}, and there is no sha256 to check its wheel against`, {
            hint: `leave uv-version empty for ${UV_PINNED}, put uv ${version} on PATH, or set ${UV_SHA256_ENV} to the sha256 of its wheel(s) on PyPI`,
        });
    }
    return { wheels: given, against: UV_SHA256_ENV };
}
/** Why the cached entry cannot be used (undefined: it can). Never runs anything in it. */
function distrustUv(entry, d) {
    const why = (0,tool_cache/* distrust */.p7)(entry, d.wheels);
    if (why)
        return why;
    const exe = (0,tool_cache/* readMarker */.t7)(entry)?.files?.['bin/uv'];
    if (!exe)
        return 'its marker does not name the uv executable';
    if (d.exes && !d.exes.includes(exe))
        return 'its uv executable is not one from the pinned wheels';
    return undefined;
}
function uvEntry(want, toolDir, env) {
    const entry = { root: toolDir, tool: UV_TOOL, version: want, arch: process.arch };
    const home = (0,external_node_path_.join)(toolDir, UV_TOOL, want, process.arch);
    return { entry, home, bin: (0,external_node_path_.join)(home, 'bin', 'uv'), digests: uvDigests(want, env) };
}
/** uv ready to use: on PATH at the wanted version, or in the tool cache and still what was verified; undefined: installUv. */
async function findUv(version, ctx) {
    const want = version || UV_PINNED;
    const env = ctx.env ?? process.env;
    const found = (0,exec/* onPath */.L)('uv', env);
    if (found && (await versionOf(found, ctx.log)) === want)
        return { path: found, version: want, source: 'path' };
    const { entry, bin, digests } = uvEntry(want, ctx.toolDir, env);
    return distrustUv(entry, digests) ? undefined : { path: bin, version: want, source: 'tool-cache' };
}
/** Installs uv into the tool cache: pip, in the interpreter `ctx.python`, fetches the pinned wheel. */
async function installUv(version, ctx) {
    const want = version || UV_PINNED;
    const env = ctx.env ?? process.env;
    const { entry, home, bin, digests } = uvEntry(want, ctx.toolDir, env);
    const why = distrustUv(entry, digests);
    if (!why)
        return { path: bin, version: want, source: 'tool-cache' };
    if (why !== 'no entry')
        ctx.log.warn(`the cached uv ${want} at ${home} is not used: ${why}; reinstalling it`);
    // Install into a private temp dir and rename it into place: parallel builds (matrix legs sharing a
    // tool cache, parallel test workers) never see a half-installed uv, and the first rename wins.
    try {
        await (0,tool_cache/* installCached */.Kx)(entry, async (tmp) => fillUv(tmp, want, digests, uvSources(ctx, env), ctx));
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo)
            throw e;
        throw new errors/* UserError */.yo(`could not install uv ${want}`, { hint: 'set installer: pip, put uv on PATH, or check the uv-mirror and index settings', cause: e });
    }
    // A parallel build may have won the rename: theirs passed the same checks.
    const after = distrustUv(entry, digests);
    if (after)
        throw new errors/* UserError */.yo(`the uv ${want} just installed at ${home} does not check out: ${after}`);
    return { path: bin, version: want, source: 'installed' };
}
async function ensureUv(version, ctx) {
    return (await findUv(version, ctx)) ?? installUv(version, ctx);
}
/** pip arguments for the uv mirror: a directory (or file: URL) is a find-links source, a URL an index. */
function mirrorSource(mirror, given, pip) {
    const patience = ['--timeout', String(Math.min(pip.timeout, 30)), '--retries', String(Math.min(pip.retries, 2))];
    const setting = given ? 'uv-mirror' : 'PyPI, the default uv-mirror';
    if (mirror.startsWith('file:') || (0,external_node_path_.isAbsolute)(mirror) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(mirror)) {
        const dir = mirror.startsWith('file:') ? mirror : (0,external_node_path_.resolve)(mirror);
        return { label: `${dir} (${setting})`, args: [...patience, '--no-index', '--find-links', dir], secrets: [] };
    }
    const o = { indexUrl: mirror, extraIndexUrls: [], trustedHosts: [], timeout: pip.timeout, retries: pip.retries };
    const trusted = mirror.startsWith('http:') ? ['--trusted-host', new URL(mirror).hostname] : [];
    return { label: `${(0,pip_options/* stripCredentials */.PH)(mirror)} (${setting})`, args: [...patience, '--index-url', mirror, ...trusted], secrets: (0,pip_options/* indexCredentials */.B9)(o) };
}
/** The explicit mirror first, then the runtime's index; without a mirror, the runtime's index, then PyPI. */
function uvSources(ctx, env) {
    const given = (ctx.mirror || env[UV_MIRROR_ENV] || '').trim();
    const mirror = mirrorSource(given || UV_DEFAULT_MIRROR, Boolean(given), ctx.pip);
    const where = ctx.pip.indexUrl || ctx.pip.extraIndexUrls[0];
    const runtime = { label: `${where ? (0,pip_options/* stripCredentials */.PH)(where) : "pip's default index"} (the runtime's index)`, args: (0,pip_options/* pipArgs */.Xc)(ctx.pip), secrets: (0,pip_options/* indexCredentials */.B9)(ctx.pip) };
    return given ? [mirror, runtime] : [runtime, mirror];
}
const UNREACHABLE = /NewConnectionError|ConnectTimeout|Failed to establish|Max retries exceeded|Name or service not known|Temporary failure in name resolution|Network is unreachable|No route to host|Connection refused/;
/** pip downloads the wheel from the first source that has it, checked against `d.wheels`, then installs that file into a venv at `tmp`. */
async function fillUv(tmp, want, d, sources, ctx) {
    const dl = `${tmp}.dl-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    (0,external_node_fs_.mkdirSync)(dl);
    try {
        const req = (0,external_node_path_.join)(dl, 'requirements.txt');
        (0,external_node_fs_.writeFileSync)(req, `uv==${want} ${d.wheels.map((h) => `--hash=sha256:${h}`).join(' ')}\n`);
        const common = ['--disable-pip-version-check', '--no-input', '--no-deps', '--only-binary', ':all:'];
        const misses = [];
        for (const src of sources) {
            const r = await (0,exec/* exec */.m0)(ctx.python, ['-m', 'pip', 'download', ...common, '--require-hashes', ...src.args, '-d', (0,external_node_path_.join)(dl, 'wheels'), '-r', req], {
                log: ctx.log,
                secrets: src.secrets,
                allowFailure: true,
            });
            if (r.code === 0)
                break;
            if (/DO NOT MATCH THE HASHES/.test(r.stderr)) {
                throw new errors/* UserError */.yo(`could not install uv ${want} from ${src.label}: it serves a uv ${want} wheel that is not one of ${d.against}`, {
                    hint: "that source serves a different file under uv's name (see pip's hash report above); fix or leave out that source, or set uv-mirror to one that serves PyPI's wheels",
                });
            }
            misses.push(`${src.label}: ${UNREACHABLE.test(r.stderr) ? 'unreachable' : `no uv ${want} wheel for this platform`}`);
            if (misses.length === sources.length) {
                throw new UvUnavailable(`could not install uv ${want} from the package index or the uv mirror (${misses.join('; ')})`, {
                    hint: `set uv-mirror (SWRT_UV_MIRROR, --uv-mirror) to a package index or a directory of wheels that has uv ${want}, or put uv ${want} on PATH`,
                });
            }
        }
        const wheels = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(dl, 'wheels')).filter((f) => f.endsWith('.whl'));
        const wheel = wheels.length === 1 ? (0,external_node_path_.join)(dl, 'wheels', wheels[0]) : undefined;
        const sha = wheel ? (0,hash/* fileSha256Sync */.zY)(wheel) : '';
        if (!wheel || !d.wheels.includes(sha))
            throw new errors/* UserError */.yo(`pip fetched uv ${want} but the wheel is not one of ${d.against}`);
        await (0,exec/* exec */.m0)(ctx.python, ['-m', 'venv', tmp], { log: ctx.log });
        await (0,exec/* exec */.m0)((0,external_node_path_.join)(tmp, 'bin', 'python'), ['-m', 'pip', 'install', ...common, '--no-index', wheel], { log: ctx.log });
        const bin = (0,external_node_path_.join)(tmp, 'bin', 'uv');
        const exe = (0,hash/* fileSha256Sync */.zY)(bin);
        if (d.exes && !d.exes.includes(exe))
            throw new errors/* UserError */.yo(`the uv executable installed from ${wheels[0]} is not the one in the pinned wheel`);
        // The tool venv's scripts point at the temp path; bin/uv is a static binary and does not care.
        const got = await versionOf(bin, ctx.log);
        if (got !== want)
            throw new errors/* UserError */.yo(`installed uv reports version ${got ?? 'nothing'}, expected ${want}`);
        return { sha256: [sha], against: d.against, files: { 'bin/uv': exe } };
    }
    finally {
        (0,external_node_fs_.rmSync)(dl, { recursive: true, force: true });
    }
}


/***/ })

};
