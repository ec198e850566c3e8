export const id = 484;
export const ids = [484];
export const modules = {

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

/***/ 484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractBundle: () => (/* binding */ extractBundle),
/* harmony export */   restore: () => (/* binding */ restore),
/* harmony export */   workdirMode: () => (/* binding */ workdirMode)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _archive_extract_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8775);
/* harmony import */ var _bundle_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4895);
/* harmony import */ var _bundle_swrt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8134);
/* harmony import */ var _env_restore_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7773);
/* harmony import */ var _util_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5888);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9250);
/* harmony import */ var _store_uri_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6007);
/* harmony import */ var _toolchain_provision_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5494);
/* harmony import */ var _toolchain_python_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(434);
/* harmony import */ var _spec_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5380);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(17);
/* harmony import */ var _util_tmp_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5297);
/* harmony import */ var _backends_index_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(7138);
// Extract + restore + activate for a bundle given as a store URI, a .swrt path or an extracted dir.
















/**
 * Extracts a bundle (URI or .swrt path) into its store workdir, unless already there. The workdir is
 * named by the manifest's name and version, which must be valid names; a `targetDir` the user gave
 * is replaced only when missing, empty, already this runtime, or with `force`. A workdir is reused
 * only when its record names this bundle's sha256 (a workdir swcli made has none: it is trusted for
 * the store's own bundle only). A .swrt file that claims a stored name/version with other bytes is
 * extracted into a workdir of its own, keyed by its digest, never into the stored version's.
 */
async function extractBundle(ref, opts) {
    const found = (0,_store_uri_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveLocal */ .i)(ref, opts.storeRoot);
    const m = await (0,_bundle_swrt_js__WEBPACK_IMPORTED_MODULE_5__/* .readManifest */ .WI)(found.path);
    const from = `the bundle's manifest (${found.path})`;
    // swcli writes no `name` into a bundle's manifest: in the store, the name is where it is kept.
    const name = (0,_util_names_js__WEBPACK_IMPORTED_MODULE_7__/* .checkName */ .I3)(m.name ?? (found.store ? found.name : undefined), 'runtime name', from);
    const version = (0,_util_names_js__WEBPACK_IMPORTED_MODULE_7__/* .checkVersion */ .ps)(m.version, from);
    if (found.store && (found.name.toLowerCase() !== name.toLowerCase() || found.version !== version)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UserError */ .yo(`${from} names ${name}/version/${version}, but the store holds it as ${found.name}/version/${found.version}`, { hint: 'the bundle was crafted or misplaced; remove it from the store' });
    }
    if (opts.targetDir !== undefined) {
        const workdir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.targetDir);
        const had = (0,_bundle_record_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecord */ .aE)(workdir);
        const digest = await (0,_bundle_record_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleDigest */ .bH)(found.path, had);
        if (!opts.force && had?.sha256 === digest.sha256 && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workdir, '_manifest.yaml')))
            return { workdir, name, version };
        if (!isExtracted(workdir, name, version))
            (0,_env_restore_js__WEBPACK_IMPORTED_MODULE_6__/* .checkTargetDir */ .FU)(workdir, opts.force, '--target-dir');
        await extractRecorded(found.path, workdir, digest, digest);
        return { workdir, name, version };
    }
    const store = found.store ?? new _store_store_js__WEBPACK_IMPORTED_MODULE_8__/* .LocalStore */ .Vs(opts.storeRoot, opts.project);
    const own = found.store ? store.workdir(found.name, found.version) : store.workdir(name, version);
    store.real(own);
    const had = (0,_bundle_record_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecord */ .aE)(own);
    // The store's bundle of this name/version (the one opened, for a URI), its digest cached by the workdir's record.
    const storedPath = found.store ? found.path : existingFile(store.bundlePath(name, version));
    const stored = storedPath === undefined ? undefined : await (0,_bundle_record_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleDigest */ .bH)(storedPath, had);
    const mine = found.store ? stored : await (0,_bundle_record_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleDigest */ .bH)(found.path);
    const foreign = stored !== undefined && stored.sha256 !== mine.sha256;
    const workdir = foreign ? store.digestWorkdir(mine.sha256) : own;
    const rec = foreign ? (0,_bundle_record_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecord */ .aE)(store.real(workdir)[0]) : had;
    // No record: a workdir swcli made, trusted for the store's own bundle only.
    const matches = rec ? rec.sha256 === mine.sha256 : !foreign && stored !== undefined;
    if (!opts.force && matches && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workdir, '_manifest.yaml')))
        return { workdir, name, version };
    (0,_util_tmp_js__WEBPACK_IMPORTED_MODULE_14__/* .sweepDebris */ .s3)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(workdir));
    await extractRecorded(found.path, workdir, !foreign && stored ? stored : mine, mine);
    return { workdir, name, version };
}
/** Replaces `workdir` by the bundle's content with its record `rec` (written before the swap), if `file` is still the one `hashed`. */
async function extractRecorded(file, workdir, rec, hashed) {
    const prepare = (dir) => {
        if (!(0,_bundle_record_js__WEBPACK_IMPORTED_MODULE_4__/* .unchanged */ .Cv)(file, hashed))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .UserError */ .yo(`${file} changed while it was being extracted`, { hint: 'run the command again once nothing writes to it' });
        (0,_bundle_record_js__WEBPACK_IMPORTED_MODULE_4__/* .writeRecord */ .rh)(dir, rec);
    };
    await (0,_archive_extract_js__WEBPACK_IMPORTED_MODULE_3__/* .extractArchive */ .Qh)(file, workdir, { force: true, prepare });
}
function existingFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile() ? p : undefined;
    }
    catch {
        return undefined;
    }
}
/** Whether `dir` holds this very runtime, extracted earlier. */
function isExtracted(dir, name, version) {
    const f = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '_manifest.yaml');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f))
        return false;
    try {
        const m = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(f, 'utf8'));
        return (m?.name ?? name) === name && m?.version === version;
    }
    catch {
        return false;
    }
}
/**
 * A runtime made ready to use, the same from the CLI and the action: the bundle extracted (unless
 * `ref` is already an extracted workdir), the CUDA toolkit it records provisioned (a CudaChoice
 * wins; "none" skips it), then its env restored with that toolkit in view.
 */
async function restore(req) {
    const isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(req.ref) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(req.ref).isDirectory();
    const workdir = isDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(req.ref) : (await extractBundle(req.ref, { storeRoot: req.storeRoot })).workdir;
    const manifest = (0,_bundle_swrt_js__WEBPACK_IMPORTED_MODULE_5__/* .readWorkdirManifest */ .mx)(workdir);
    const toolchain = await provisionRecordedCuda(manifest, req);
    const env = toolchain.cuda ? { ...(req.env ?? process.env), ...toolchain.cuda.env } : req.env;
    const restored = await restoreWorkdirEnv(workdir, manifest, { ...req, env });
    const pythonPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(restored.envDir, 'bin', 'python');
    return {
        ...restored,
        workdir,
        name: typeof manifest.name === 'string' ? manifest.name : '',
        version: typeof manifest.version === 'string' ? manifest.version : '',
        interpreter: { version: await (0,_toolchain_python_js__WEBPACK_IMPORTED_MODULE_11__/* .interpreterVersion */ .Ti)(pythonPath, req.log), path: pythonPath },
        toolchain,
    };
}
/** The toolkit a restore needs: the choice's CUDA, else the manifest's environment.cuda; "none" is none. */
async function provisionRecordedCuda(manifest, req) {
    const choice = req.cuda ?? {};
    if ((0,_spec_index_js__WEBPACK_IMPORTED_MODULE_12__/* .isNoCuda */ .Fw)(choice.cuda))
        return {};
    const recorded = (manifest.environment ?? {});
    const cuda = choice.cuda || (typeof recorded.cuda === 'string' ? recorded.cuda : '');
    const cudnn = choice.cudnn || (typeof recorded.cudnn === 'string' ? recorded.cudnn : '');
    if (!cuda)
        return {};
    return (0,_toolchain_provision_js__WEBPACK_IMPORTED_MODULE_10__/* .provisionToolchain */ .ZB)({ cuda, cudnn, cudaComponents: choice.components, ldLibraryPath: choice.ldLibraryPath }, { log: req.log, env: req.env, cudaMirror: choice.mirror, pythonMirror: choice.pythonMirror });
}
/** Restores the env of an extracted bundle with the backend its mode names. */
function restoreWorkdirEnv(workdir, manifest, req) {
    return (0,_backends_index_js__WEBPACK_IMPORTED_MODULE_15__/* .envBackend */ .C)(manifestMode(manifest)).restore(workdir, manifest, req);
}
/** venv or conda, as the extracted bundle's manifest says; any other mode is refused. */
function workdirMode(workdir) {
    return (0,_backends_index_js__WEBPACK_IMPORTED_MODULE_15__/* .envBackend */ .C)(manifestMode((0,_bundle_swrt_js__WEBPACK_IMPORTED_MODULE_5__/* .readWorkdirManifest */ .mx)(workdir))).mode;
}
const manifestMode = (m) => (typeof m.environment?.mode === 'string' ? m.environment.mode : 'venv');


/***/ }),

/***/ 6007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseLocalUri),
/* harmony export */   i: () => (/* binding */ resolveLocal)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _util_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5888);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9250);
// Local runtime URIs with swcli's grammar (docs/starwhale-compat.md: URIs): the full form
// `[local/]project/<p>/runtime/<name>[/version/<v>]`, the short forms `<name>`, `<name>/<v>`,
// `<name>/version/<v>`, `runtime/<name>…`, `version/<v>`, a bare version (5+ characters) and a
// path to a .swrt file. Every project, name and version in a URI passes names.ts before it is used.





function parseLocalUri(uri, defaultProject = 'self') {
    let parts = uri.replace(/^local\//, '').replace(/\/+$/, '').split('/');
    if (parts.some((x) => x === '')) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`cannot read runtime URI "${uri}": it has an empty segment`, { hint: 'use NAME, NAME/VERSION, NAME/version/VERSION or local/project/self/runtime/NAME/version/VERSION' });
    }
    let project = defaultProject;
    if (parts[0] === 'project') {
        project = parts[1] ?? '';
        parts = parts.slice(2);
    }
    if (parts[0] === 'runtime')
        parts = parts.slice(1);
    const [name, second, third] = parts;
    if (!name || parts.length > 3 || !project) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`cannot read runtime URI "${uri}"`, { hint: 'use NAME, NAME/VERSION, NAME/version/VERSION or local/project/self/runtime/NAME/version/VERSION' });
    }
    const version = second === 'version' ? third : second;
    if (second === 'version' && !third)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`runtime URI "${uri}" has no version after /version/`);
    const from = `runtime URI "${uri.slice(0, 200)}"`;
    (0,_util_names_js__WEBPACK_IMPORTED_MODULE_3__/* .checkName */ .I3)(project, 'project', from);
    (0,_util_names_js__WEBPACK_IMPORTED_MODULE_3__/* .checkName */ .I3)(name, 'runtime name', from);
    return { project, name: name.toLowerCase(), version: version === undefined ? 'latest' : (0,_util_names_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRef */ .__)(version, from) };
}
/** Resolves a URI or a .swrt path to a stored (or standalone) bundle. */
function resolveLocal(uri, root) {
    if (uri.endsWith('.swrt') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(uri)) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(uri);
        return { name: '', version: '', path, size: 0, tags: [], removed: false, modified: '' };
    }
    // swcli's short forms without a name: `version/<v>` and a bare version (prefix of 5+ characters).
    const bare = /^version\/([^/]+)$/.exec(uri)?.[1] ?? (/^[a-z2-7]{5,}$/.test(uri) ? uri : undefined);
    if (bare !== undefined) {
        (0,_util_names_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRef */ .__)(bare, `runtime URI "${uri.slice(0, 200)}"`);
        const store = new _store_js__WEBPACK_IMPORTED_MODULE_4__/* .LocalStore */ .Vs(root);
        if (!uri.startsWith('version/') && store.names().includes(uri))
            return { ...store.findVersion(uri), store };
        const hits = store.names().flatMap((n) => store.versions(n).filter((v) => v.version === bare || (bare.length >= 5 && v.version.startsWith(bare))));
        if (hits.length === 1)
            return { ...hits[0], store };
        if (hits.length > 1)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`version "${bare}" matches ${hits.length} runtimes`, { hint: 'give NAME/version/VERSION' });
        if (uri.startsWith('version/'))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`no runtime has version "${bare}" in ${store.root}`, { hint: 'swrt list shows what the store has' });
    }
    const ref = parseLocalUri(uri);
    const store = new _store_js__WEBPACK_IMPORTED_MODULE_4__/* .LocalStore */ .Vs(root, ref.project);
    return { ...store.findVersion(ref.name, ref.version), store };
}


/***/ })

};
