export const id = 364;
export const ids = [364];
export const modules = {

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


/***/ })

};
