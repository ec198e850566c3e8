export const id = 494;
export const ids = [494];
export const modules = {

/***/ 3213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ extractTool)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _archive_extract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8775);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7895);
/* harmony import */ var _util_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9906);
/* harmony import */ var _util_tmp_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5297);
// Downloaded tool archives (.tar.gz, .tar.xz) go through the one safe extractor (archive/extract.ts):
// a bad archive is refused whole and leaves nothing in the destination. xz is decompressed by the
// system `xz` (node has no xz codec) into a scratch file next to the archive.






/** Extracts `archive` into the dir `dest` (merged with what is there), dropping `strip` leading path components. */
async function extractTool(archive, dest, opts) {
    let tarFile = archive;
    if (archive.endsWith('.xz')) {
        tarFile = (0,_util_tmp_js__WEBPACK_IMPORTED_MODULE_5__/* .tmpName */ .BI)(archive.replace(/\.xz$/, ''));
        await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0)('sh', ['-c', 'xz -dc -- "$1" > "$2"', 'sh', archive, tarFile], { log: (0,_util_log_js__WEBPACK_IMPORTED_MODULE_4__/* .quietLog */ .R3)(opts.log) }).catch((e) => {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tarFile, { force: true });
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${opts.what}: ${archive} is not a valid .tar.xz: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}`, { hint: 'the download is corrupted; retry' });
        });
    }
    try {
        await (0,_archive_extract_js__WEBPACK_IMPORTED_MODULE_1__/* .extractArchive */ .Qh)(tarFile, dest, { merge: true, strip: opts.strip ?? 0, what: opts.what, damagedHint: 'the download is corrupted; retry' });
    }
    finally {
        if (tarFile !== archive)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tarFile, { force: true });
    }
}


/***/ }),

/***/ 3712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ envOf),
/* harmony export */   Hw: () => (/* binding */ toolCacheRoot),
/* harmony export */   Kj: () => (/* binding */ NVIDIA_BASE),
/* harmony export */   Lz: () => (/* binding */ cudaMirror),
/* harmony export */   Tm: () => (/* binding */ toolCacheArch),
/* harmony export */   VT: () => (/* binding */ machineOf),
/* harmony export */   WY: () => (/* binding */ pythonMirror),
/* harmony export */   _: () => (/* binding */ pythonBuildsFile),
/* harmony export */   ld: () => (/* binding */ defaultToolDir)
/* harmony export */ });
/* unused harmony export PBS_BASE */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// What every provisioning step shares: the log, the environment, where the tool cache lives, which
// machine we provision for (overridable in tests), mirrors, and the fetch used for downloads.


const PBS_BASE = 'https://github.com/astral-sh/python-build-standalone/releases/download';
const NVIDIA_BASE = 'https://developer.download.nvidia.com/compute';
function envOf(ctx) {
    return ctx.env ?? process.env;
}
function machineOf(ctx) {
    if (ctx.arch)
        return ctx.arch;
    return process.arch === 'arm64' ? 'aarch64' : 'x86_64';
}
/** The arch directory name @actions/tool-cache and setup-python use. */
function toolCacheArch(m) {
    return m === 'aarch64' ? 'arm64' : 'x64';
}
/** Where tools are cached when no directory is given: the runner's tool cache, else ~/.cache/swrt/tools. */
function defaultToolDir(env = process.env) {
    return env.RUNNER_TOOL_CACHE || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.cache', 'swrt', 'tools');
}
function toolCacheRoot(ctx) {
    return ctx.toolCacheDir ?? defaultToolDir(envOf(ctx));
}
function pythonMirror(ctx) {
    return (ctx.pythonMirror || envOf(ctx).SWRT_PYTHON_MIRROR || PBS_BASE).replace(/\/+$/, '');
}
function cudaMirror(ctx) {
    return (ctx.cudaMirror || envOf(ctx).SWRT_CUDA_MIRROR || NVIDIA_BASE).replace(/\/+$/, '');
}
function pythonBuildsFile(ctx) {
    return ctx.pythonBuilds || envOf(ctx).SWRT_PYTHON_BUILDS || undefined;
}


/***/ }),

/***/ 1439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ download),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
/* harmony import */ var _util_idle_timeout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9830);
/* harmony import */ var _util_tmp_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5297);
// Downloads one file to a temp name beside its destination, hashing while it streams, checks the
// size and sha256 it must have, and only then renames it into place. Network errors and 5xx are
// retried, and so is a server that stops sending; a 404 or a checksum mismatch is not (retrying
// cannot fix it).
// Not @actions/tool-cache's downloadTool: it neither checks a size or sha256 while streaming nor runs
// outside the action (the core imports no @actions/*).








class Retryable extends Error {
}
function formatBytes(n) {
    if (n >= 1e9)
        return `${(n / 1e9).toFixed(2)} GB`;
    if (n >= 1e6)
        return `${(n / 1e6).toFixed(1)} MB`;
    if (n >= 1e3)
        return `${(n / 1e3).toFixed(1)} kB`;
    return `${n} B`;
}
async function once(spec, tmp, doFetch, idleMs) {
    // A server that stops sending (before the headers or mid-body) ends the attempt, never the job's hours.
    const abort = new AbortController();
    let timer;
    const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => abort.abort(), idleMs);
    };
    const stalled = () => `no data for ${Math.round(idleMs / 1000)} s (SWRT_HTTP_IDLE_TIMEOUT sets the wait)`;
    arm();
    try {
        let res;
        try {
            res = await doFetch(spec.url, { redirect: 'follow', signal: abort.signal });
        }
        catch (e) {
            throw new Retryable(abort.signal.aborted ? stalled() : `request failed: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)}${e instanceof Error && e.cause ? ` (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e.cause)})` : ''}`);
        }
        if (res.status >= 500 || res.status === 408 || res.status === 429)
            throw new Retryable(`HTTP ${res.status}`);
        if (!res.ok || !res.body) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`download of ${spec.what} failed: HTTP ${res.status} for ${spec.url}`, {
                hint: res.status === 404 ? 'the file is not on this server; check the version and the mirror URL' : 'check the mirror URL and network access',
            });
        }
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let bytes = 0;
        const tap = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
            transform(chunk, _enc, done) {
                arm();
                hash.update(chunk);
                bytes += chunk.length;
                done(null, chunk);
            },
        });
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.fromWeb(res.body), tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(tmp));
        }
        catch (e) {
            throw new Retryable(`the transfer broke off after ${formatBytes(bytes)}: ${abort.signal.aborted ? stalled() : (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)}`);
        }
        return { bytes, sha256: hash.digest('hex') };
    }
    finally {
        clearTimeout(timer);
    }
}
/** Downloads `spec.url` to `spec.dest`, verified; nothing is left at `dest` when it fails. */
async function download(spec, opts) {
    const doFetch = opts.fetch ?? fetch;
    const tries = (opts.retries ?? 2) + 1;
    const tmp = (0,_util_tmp_js__WEBPACK_IMPORTED_MODULE_6__/* .tmpName */ .BI)(`${spec.dest}.part`);
    const idleMs = opts.idleTimeoutMs ?? (0,_util_idle_timeout_js__WEBPACK_IMPORTED_MODULE_7__/* .idleTimeoutFromEnv */ .P)() ?? _util_idle_timeout_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_IDLE_MS */ .q;
    const t0 = performance.now();
    for (let attempt = 1;; attempt++) {
        try {
            const got = await once(spec, tmp, doFetch, idleMs);
            if (spec.size !== undefined && got.bytes !== spec.size) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`download of ${spec.what} is ${got.bytes} bytes, expected ${spec.size} (from ${spec.url})`, {
                    hint: 'the download was truncated or the mirror serves a different file; retry, or check the mirror',
                });
            }
            if (spec.sha256 && got.sha256 !== spec.sha256.toLowerCase()) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`sha256 mismatch for ${spec.what}: got ${got.sha256}, expected ${spec.sha256} (from ${spec.url})`, {
                    hint: 'the file is corrupted or was replaced; do not use it, check the mirror',
                });
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, spec.dest);
            const seconds = (performance.now() - t0) / 1000;
            opts.log.info(`downloaded ${spec.what}: ${formatBytes(got.bytes)} in ${seconds.toFixed(1)} s${spec.sha256 ? ', sha256 ok' : ''}`);
            return { bytes: got.bytes, seconds, sha256: got.sha256 };
        }
        catch (e) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
            if (!(e instanceof Retryable))
                throw e;
            if (attempt >= tries) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`download of ${spec.what} failed after ${tries} attempts: ${e.message} (${spec.url})`, { hint: 'check network access or the mirror URL, then retry' });
            }
            opts.log.warn(`download of ${spec.what} failed (${e.message}); retrying`);
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_4__.setTimeout)((opts.retryDelayMs ?? 1000) * attempt);
        }
    }
}


/***/ }),

/***/ 5494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pj: () => (/* binding */ planToolchain),
  ZB: () => (/* binding */ provisionToolchain),
  jo: () => (/* binding */ toolchainContext)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/toolchain/context.ts
var context = __webpack_require__(3712);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/toolchain/archive.ts
var archive = __webpack_require__(3213);
;// CONCATENATED MODULE: ./src/toolchain/data/cuda-redist.ts
// NVIDIA redist labels we know and the sha256 of their manifests (null: known, not pinned).
// Sources: labels: NVIDIA redist directory as listed by nixpkgs cuda-modules (2025-05) and XLA third_party/gpus/cuda/hermetic/cuda_redist_versions.bzl; manifest sha256 pins: that XLA file (CUDA_REDIST_JSON_DICT, CUDNN_REDIST_JSON_DICT). Labels without a pin are fetched unpinned.
const CUDA_REDIST = {
    "firstUsable": "11.4.2",
    "cuda": {
        "11.0.3": null,
        "11.1.1": null,
        "11.2.0": null,
        "11.2.1": null,
        "11.2.2": null,
        "11.3.0": null,
        "11.3.1": null,
        "11.4.0": null,
        "11.4.1": null,
        "11.4.2": null,
        "11.4.3": null,
        "11.4.4": null,
        "11.5.0": null,
        "11.5.1": null,
        "11.5.2": null,
        "11.6.0": null,
        "11.6.1": null,
        "11.6.2": null,
        "11.7.0": null,
        "11.7.1": null,
        "11.8.0": "941a950a4ab3b95311c50df7b3c8bca973e0cdda76fc2f4b456d2d5e4dac0281",
        "12.0.0": null,
        "12.0.1": null,
        "12.1.0": null,
        "12.1.1": "bafea3cb83a4cf5c764eeedcaac0040d0d3c5db3f9a74550da0e7b6ac24d378c",
        "12.2.0": "d883762c6339c8ebb3ffb072facc8f7265cd257d2db16a475fff9a9306ecea89",
        "12.2.1": null,
        "12.2.2": null,
        "12.3.0": null,
        "12.3.1": "b3cc4181d711cf9b6e3718f323b23813c24f9478119911d7b4bceec9b437dbc3",
        "12.3.2": "1b6eacf335dd49803633fed53ef261d62c193e5a56eee5019e7d2f634e39e7ef",
        "12.4.0": "a4f496b8d5299939b34c9ef88dc4274821f8c9451b2d7c9bcee53166932da067",
        "12.4.1": "9cd815f3b71c2e3686ef2219b7794b81044f9dcefaa8e21dacfcb5bc4d931892",
        "12.5.0": "166664b520bfe51f27abcc8c7a934f4cb6ea287f8c399b5f8255f6f4d214569a",
        "12.5.1": "7ab9c76014ae4907fa1b51738af599607a5fd8ca3a5c4bb4c3b31338cc642a93",
        "12.6.0": "87740b01676b3d18982982ab96ec7fa1a626d03a96df070a6b0f258d01ff5fab",
        "12.6.1": "22ddfeb81a6f9cee4a708a2e3b4db1c36c7db0a1daa1f33f9c7f2f12a1e790de",
        "12.6.2": "8056da1f5acca8e613da1349d9b8782b774ad0254e3eddcc95734ded4d33f2df",
        "12.6.3": "9c598598457a6463eb92889080c16b2b9dc04150e501b8bfc1536d403ba70aaf",
        "12.8.0": "daa0d766b36feaa933592162c27be5fb63b68fc547ca6886c160a35d96ee8891",
        "12.8.1": "249e28a83008d711d5f72880541c8be6253f6d61608461de4fcb715554a6cf17",
        "12.9.0": "4e4e17a12adcf8cac40b990e1618406cd7ad52da1817819166af28a9dfe21d4a",
        "12.9.1": "8335301010b0023ee1ff61eb11e2600ca62002d76780de4089011ad77e0c7630",
        "13.0.0": "fe6a86b54450d03ae709123a52717870c49046d65d45303ce585c7aa8a83a217",
        "13.0.1": "9c494bc13b34e8fbcad083a6486d185b0906068b821722502edf9d0e3bd14096",
        "13.0.2": "fce66717a81c510ffeb89ecc3e79849ab34af3b80139f750876d9033e31d71c2",
        "13.1.0": "55304d9d831bb095d9594aab276f96d2f0e30919f4cc1b3f6ca78cdb5f643e11",
        "13.1.1": "97cf605ccc4751825b1865f4af571c9b50dd29ffd13e9a38b296a9ecb1f0d422"
    },
    "cudnn": {
        "8.9.4.25": "02258dba8384860c9230fe3c78522e7bd8e350e461ccd37a8d932cb64127ba57",
        "8.9.6": "6069ef92a2b9bb18cebfbc944964bd2b024b76f2c2c35a43812982e0bc45cf0c",
        "8.9.7.29": "a0734f26f068522464fa09b2f2c186dfbe6ad7407a88ea0c50dd331f0c3389ec",
        "9.1.1": "d22d569405e5683ff8e563d00d6e8c27e5e6a902c564c23d752b22a8b8b3fe20",
        "9.2.0": "6852eb279b95d2b5775f7a7737ec133bed059107f863cdd8588f3ae6f13eadd7",
        "9.2.1": "9a4198c59b2e66b2b115a736ebe4dc8f3dc6d78161bb494702f824da8fc77b99",
        "9.3.0": "d17d9a7878365736758550294f03e633a0b023bec879bf173349bfb34781972e",
        "9.4.0": "6eeaafc5cc3d4bb2f283e6298e4c55d4c59d7c83c5d9fd8721a2c0e55aee4e54",
        "9.5.0": "3939f0533fdd0d3aa7edd1ac358d43da18e438e5d8f39c3c15bb72519bad7fb5",
        "9.5.1": "a5484eef575bbb1fd4f96136cf12244ebc194b661f5ae9ed3b8aaa07e06434b1",
        "9.6.0": "6dd9a931d981fe5afc7e7ed0c422a4035b1411db4e28a39cf2429e62e3efcd3e",
        "9.7.0": "e715c1d028585d228c4678c2cdc5ad9a34fde54515a1c52aa60e36021a90dd90",
        "9.7.1": "f9bc411a4908f0931e7323f89049e3a38453632c4ac5f4aa3220af69ddded9dc",
        "9.8.0": "a1599fa1f8dcb81235157be5de5ab7d3936e75dfc4e1e442d07970afad3c4843",
        "9.9.0": "614d3c5ceb02e1eb1508f0bc9231c3c03c113bb514b950a1108adb9fde801c77",
        "9.10.0": "d06b8df4d305dd7021838ffb2a26c2a861d522f2a129c6a372fad72ca009b1f1",
        "9.10.1": "2ac8d48d3ab4de1acdce65fa3e8ecfb14750d4e101b05fe3307d2f95f2740563",
        "9.10.2": "73a33a12bbb8eb12b105a515b5921db2e328b3ca679f92b6184c7f32fe94a8b0",
        "9.11.0": "7a16458ea21573e18d190df0c8d68ea1e8c82faf1bcfad4a39ceb600c26639cc",
        "9.12.0": "39bb68f0ca6abdbf9bab3ecb1cb18f458d635f72d72ede98a308216fd22efab3",
        "9.13.0": "55e3eb3ccb1ca543a7811312466f44841d630d3b2252f5763ad53509d2c09fbf",
        "9.14.0": "fe58e8e9559ef5c61ab7a9954472d16acdcbad3b099004296ae410d25982830d",
        "9.15.0": "2396ed88435a0f6b400db53ac229f49aa2425282994a186e867ea367c20fd352",
        "9.15.1": "8c9897222c644528a25e0bd4d04d5ee9b9cb57995307c176d4dce28c25e415ef",
        "9.16.0": "c95167877ac0ded30a29accc9d337a5e60cd70d1a01a3492de56624b39eab868"
    }
};

// EXTERNAL MODULE: ./src/toolchain/python-builds.ts + 2 modules
var python_builds = __webpack_require__(4102);
;// CONCATENATED MODULE: ./src/toolchain/cuda-redist.ts
// NVIDIA redist knowledge: which CUDA and cuDNN labels exist (data/cuda-redist.ts, with the
// manifest sha256 pins XLA vendors), how "12.4" resolves to a label, the component presets, and
// the parsing of redistrib_<label>.json (metadata strings vs component objects, variant maps).



function table() {
    return CUDA_REDIST;
}
/** linux-sbsa, not linux-aarch64 (Jetson only), is the arm64 server platform, for CUDA and cuDNN. */
function redistPlatform(m) {
    return m === 'aarch64' ? 'linux-sbsa' : 'linux-x86_64';
}
const knownCudaLabels = () => Object.keys(table().cuda).sort(python_builds/* cmpVersions */.sm);
const knownCudnnLabels = () => Object.keys(table().cudnn).sort(python_builds/* cmpVersions */.sm);
/** The pinned sha256 of a manifest, when we know one. */
function manifestPin(product, label) {
    return table()[product][label] ?? undefined;
}
function usable(label) {
    return (0,python_builds/* cmpVersions */.sm)(label, table().firstUsable) >= 0;
}
function nearestSupported(want) {
    const major = want.split('.')[0];
    const ok = knownCudaLabels().filter(usable);
    const sameMajor = ok.filter((l) => l.split('.')[0] === major);
    return (sameMajor.length ? sameMajor : ok).slice(0, 4);
}
function newest(labels, want) {
    return labels.filter((l) => l === want || l.startsWith(`${want}.`)).sort(python_builds/* cmpVersions */.sm).pop();
}
/**
 * "12.4" -> the newest known 12.4.x label; "12.4.1" -> itself (an exact label we do not know yet is
 * tried as given). Labels whose manifests have no nvcc/cudart (11.0–11.4.1) are refused.
 */
function resolveCudaLabel(want) {
    if (!/^\d+(\.\d+){0,2}$/.test(want))
        throw new errors/* UserError */.yo(`CUDA version "${want}" is not a version`, { hint: 'use a form like 12.4 or 12.4.1' });
    const exact = want.split('.').length === 3;
    const label = newest(knownCudaLabels(), want) ?? (exact ? want : undefined);
    if (!label) {
        throw new errors/* UserError */.yo(`CUDA ${want} has no NVIDIA redist release we know of`, { hint: `known: ${knownCudaLabels().filter(usable).join(', ')}; or give an exact label (X.Y.Z)` });
    }
    if (!usable(label)) {
        throw new errors/* UserError */.yo(`CUDA ${label} cannot be installed from NVIDIA's redist archives: its manifest has no nvcc/cudart (they start at ${table().firstUsable})`, {
            hint: `use one of the nearest supported versions: ${nearestSupported(want).join(', ')}`,
        });
    }
    return label;
}
/** "9" -> newest 9.x label; "9.8" -> 9.8.x; exact labels pass through. */
function resolveCudnnLabel(want) {
    if (!/^\d+(\.\d+){0,3}$/.test(want))
        throw new errors/* UserError */.yo(`cuDNN version "${want}" is not a version`, { hint: 'use a form like 9, 9.8 or 9.8.0' });
    const label = newest(knownCudnnLabels(), want) ?? (want.split('.').length >= 3 ? want : undefined);
    if (!label)
        throw new errors/* UserError */.yo(`cuDNN ${want} has no NVIDIA redist release we know of`, { hint: `known: ${knownCudnnLabels().join(', ')}` });
    return label;
}
function parseManifest(text, where) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* UserError */.yo(`${where} is not valid JSON: ${e.message}`, { hint: 'the mirror serves something else; check cuda-mirror' });
    }
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new errors/* UserError */.yo(`${where} is not a redist manifest (expected a JSON object)`);
    return data;
}
/** Components of a manifest: every object-valued key (string keys are release metadata). */
function components(m) {
    return Object.fromEntries(Object.entries(m).filter((e) => typeof e[1] === 'object' && e[1] !== null));
}
const PRESETS = ['minimal', 'torch-extension'];
/** The component names of a preset (or an explicit comma list) for a label; sorted, no duplicates. */
function componentSet(spec, label) {
    const major = Number(label.split('.')[0]);
    const s = spec.trim() || 'minimal';
    let names;
    if (s === 'minimal' || s === 'torch-extension') {
        names = ['cuda_nvcc', 'cuda_cudart', 'cuda_cccl'];
        if (major >= 13)
            names.push('cuda_crt', 'libnvvm');
        if (s === 'torch-extension') {
            names.push('cuda_nvrtc', 'cuda_nvtx', 'cuda_profiler_api', 'libcublas', 'libcusparse', 'libcusolver', 'libcurand', 'libcufft');
            if (major >= 12)
                names.push('libnvjitlink'); // nvJitLink ships from 12.0
        }
    }
    else {
        names = s.split(',').map((n) => n.trim()).filter(Boolean);
        const bad = names.filter((n) => !/^[a-z0-9_]+$/.test(n));
        if (bad.length)
            throw new errors/* UserError */.yo(`cuda-components: "${bad.join('", "')}" is not a component name`, { hint: `use ${PRESETS.join(' or ')}, or a comma list such as cuda_nvcc,cuda_cudart` });
    }
    return [...new Set(names)].sort();
}
/** The archive of one component for a platform (and a variant such as cuda12, for cuDNN). */
function componentFile(m, name, platform, label, variant) {
    const comp = components(m)[name];
    if (!comp) {
        throw new errors/* UserError */.yo(`component ${name} is not in redist release ${label}`, { hint: `available: ${Object.keys(components(m)).sort().join(', ')}` });
    }
    const entry = comp[platform];
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
        const platforms = Object.keys(comp).filter((k) => typeof comp[k] === 'object' && !Array.isArray(comp[k]));
        throw new errors/* UserError */.yo(`component ${name} of release ${label} has no ${platform} archive`, { hint: `it exists for: ${platforms.join(', ') || 'no platform'}` });
    }
    if (typeof entry.relative_path === 'string')
        return { ...entry, version: comp.version };
    const variants = entry;
    if (!variant || !variants[variant]) {
        throw new errors/* UserError */.yo(`${name} ${label} has no ${variant ?? 'plain'} build for ${platform}`, { hint: `builds: ${Object.keys(variants).join(', ')}; pick a release that has ${variant}` });
    }
    return { ...variants[variant], version: comp.version };
}

// EXTERNAL MODULE: ./src/toolchain/download.ts
var download = __webpack_require__(1439);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(7895);
// EXTERNAL MODULE: ./src/util/log.ts
var util_log = __webpack_require__(9906);
;// CONCATENATED MODULE: ./src/toolchain/gcc-range.ts
// The host compilers nvcc accepts per CUDA release (torch's CUDA_GCC_VERSIONS, mirroring
// crt/host_config.h; the upper bound is exclusive), and the warning when the default gcc is newer.


const RANGES = [
    ['13.0', 6, 16],
    ['12.8', 6, 15],
    ['12.3', 6, 14],
    ['12.0', 6, 13],
    ['11.4', 6, 12],
    ['11.1', 5, 11],
    ['11.0', 5, 10],
];
function gccRange(label) {
    const [maj, min] = label.split('.').map(Number);
    for (const [from, lo, hi] of RANGES) {
        const [fm, fn] = from.split('.').map(Number);
        if (maj > fm || (maj === fm && min >= fn))
            return { min: lo, maxExclusive: hi };
    }
    return undefined;
}
/** Warns (never fails) when `gcc` on PATH is outside what CUDA `label`'s nvcc accepts. */
async function checkHostCompiler(label, log, env) {
    const range = gccRange(label);
    if (!range)
        return undefined;
    const r = await (0,exec/* exec */.m0)('gcc', ['-dumpversion'], { log: (0,util_log/* quietLog */.R3)(log), env, allowFailure: true }).catch(() => undefined);
    if (!r || r.code !== 0) {
        log.info(`no gcc on PATH; nvcc ${label} needs a host compiler from GCC ${range.min} to ${range.maxExclusive - 1}`);
        return undefined;
    }
    const major = Number(r.stdout.trim().split('.')[0]);
    if (major >= range.maxExclusive || major < range.min) {
        const want = range.maxExclusive - 1;
        log.warn(`gcc ${major} is outside the range CUDA ${label} supports (GCC ${range.min}–${want}); nvcc will stop with "unsupported GNU version". ` +
            `Fix: install g++-${want} (apt-get install g++-${want}) and set NVCC_PREPEND_FLAGS="-ccbin g++-${want}" and CUDAHOSTCXX=g++-${want}, or pick a newer CUDA.`);
    }
    return major;
}

// EXTERNAL MODULE: ./src/toolchain/tool-cache.ts
var tool_cache = __webpack_require__(6266);
;// CONCATENATED MODULE: ./src/toolchain/cuda.ts
// Provisions a CUDA toolkit (and optionally cuDNN) from NVIDIA's redist archives: resolve the label,
// fetch redistrib_<label>.json from the mirror, pick the platform and components, download them in
// parallel (size + sha256 checked), extract safely, merge into one root with lib64 -> lib, and keep
// it in the tool cache keyed by label + platform + component set. Never touches a GPU or a driver.











function shortHash(s) {
    return (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex').slice(0, 8);
}
async function fetchManifest(product, label, ctx, scratch) {
    const mirror = (0,context/* cudaMirror */.Lz)(ctx);
    const base = `${mirror}/${product}/redist`;
    const url = `${base}/redistrib_${label}.json`;
    const dest = (0,external_node_path_.join)(scratch, `redistrib_${product}_${label}.json`);
    let got;
    try {
        got = await (0,download/* download */.R)({ url, dest, what: `${product === 'cuda' ? 'CUDA' : 'cuDNN'} ${label} manifest` }, { log: ctx.log, fetch: ctx.fetch, retryDelayMs: ctx.retryDelayMs });
    }
    catch (e) {
        if (e instanceof errors/* UserError */.yo && /HTTP 404/.test(e.message)) {
            const known = product === 'cuda' ? knownCudaLabels() : knownCudnnLabels();
            throw new errors/* UserError */.yo(`${product === 'cuda' ? 'CUDA' : 'cuDNN'} ${label} has no redist manifest at ${url} (HTTP 404)`, {
                hint: `check the version and cuda-mirror; labels we know: ${known.slice(-12).join(', ')}`,
                cause: e,
            });
        }
        throw e;
    }
    const pin = manifestPin(product, label);
    if (pin && got.sha256 !== pin) {
        const msg = `the ${product} ${label} manifest from ${url} has sha256 ${got.sha256}, but NVIDIA's is pinned as ${pin}`;
        if (mirror === context/* NVIDIA_BASE */.Kj)
            throw new errors/* UserError */.yo(msg, { hint: 'the manifest changed upstream or was tampered with; report it' });
        ctx.log.warn(`${msg}; trusting the mirror you configured (archives are still checked against this manifest)`);
    }
    return { manifest: parseManifest((0,external_node_fs_.readFileSync)(dest, 'utf8'), url), url, base, bytes: got.bytes, sha256: got.sha256 };
}
/** Downloads all files in parallel, then extracts each (strip 1) into `into`. Returns bytes. */
async function fetchAndMerge(files, base, into, scratch, ctx) {
    const local = await Promise.all(files.map(async ({ name, file }) => {
        const dest = (0,external_node_path_.join)(scratch, file.relative_path.split('/').pop());
        const size = file.size === undefined ? undefined : Number(file.size);
        const got = await (0,download/* download */.R)({ url: `${base}/${file.relative_path}`, dest, what: name, sha256: file.sha256, size: Number.isFinite(size) ? size : undefined }, { log: ctx.log, fetch: ctx.fetch, retryDelayMs: ctx.retryDelayMs });
        return { name, dest, bytes: got.bytes };
    }));
    for (const l of local) {
        if (!l.dest.endsWith('.tar.xz') && !l.dest.endsWith('.tar.gz'))
            throw new errors/* UserError */.yo(`${l.name}: ${l.dest} is not a .tar.xz archive`, { hint: 'Linux redist archives are .tar.xz; check the platform' });
        await (0,archive/* extractTool */.k)(l.dest, into, { log: ctx.log, strip: 1, what: l.name });
        (0,external_node_fs_.rmSync)(l.dest, { force: true });
    }
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(into, 'lib')) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(into, 'lib64')))
        (0,external_node_fs_.symlinkSync)('lib', (0,external_node_path_.join)(into, 'lib64'));
    return local.reduce((n, l) => n + l.bytes, 0);
}
async function provisionCudnn(want, cudaLabel, ctx, scratch) {
    const label = resolveCudnnLabel(want);
    const machine = (0,context/* machineOf */.VT)(ctx);
    const platform = redistPlatform(machine);
    const variant = `cuda${cudaLabel.split('.')[0]}`;
    const entry = { root: (0,context/* toolCacheRoot */.Hw)(ctx), tool: cudnnTool(cudaLabel), version: label, arch: (0,context/* toolCacheArch */.Tm)(machine) };
    const hit = trustedEntry(entry, 'cudnn', label, ctx);
    if (hit) {
        ctx.log.info(`cuDNN ${label} (${variant}, ${platform}): tool cache hit (${hit})`);
        return { label, home: hit, bytes: 0 };
    }
    const m = await fetchManifest('cudnn', label, ctx, scratch);
    const file = componentFile(m.manifest, 'cudnn', platform, label, variant);
    let bytes = m.bytes;
    const home = await (0,tool_cache/* installCached */.Kx)(entry, async (tmp) => {
        bytes += await fetchAndMerge([{ name: `cudnn ${file.version ?? label} (${variant})`, file }], m.base, tmp, scratch, ctx);
    }, manifestProvenance('cudnn', label, m));
    ctx.log.info(`cuDNN ${label} (${variant}, ${platform}) installed at ${home}`);
    return { label, home, bytes };
}
/**
 * A tool-cache entry is used when its marker names the manifest sha256 pinned for the label (the
 * archives in it were checked against that manifest). Without a pin, or with a cuda-mirror (whose
 * manifest fetchManifest already trusts over the pin, with a warning), any complete marker whose
 * tree is unchanged will do.
 */
function trustedEntry(entry, product, label, ctx) {
    const pin = (0,context/* cudaMirror */.Lz)(ctx) === context/* NVIDIA_BASE */.Kj ? manifestPin(product, label) : undefined;
    const why = (0,tool_cache/* distrust */.p7)(entry, pin ? [pin] : undefined);
    if (why && why !== 'no entry')
        ctx.log.warn(`${product === 'cuda' ? 'CUDA' : 'cuDNN'} ${label} in the tool cache (${(0,tool_cache/* entryDir */.yv)(entry)}) is not used: ${why}; downloading it again`);
    return why ? undefined : (0,tool_cache/* entryDir */.yv)(entry);
}
function manifestProvenance(product, label, m) {
    const pinned = manifestPin(product, label) === m.sha256;
    return { sha256: [m.sha256], against: `${pinned ? 'the pinned' : 'the mirror\'s'} ${product} ${label} redist manifest (${m.url})` };
}
const cudaTool = (platform, names) => `swrt-cuda-${shortHash(`${platform}:${names.join(',')}`)}`;
const cudnnTool = (cudaLabel) => `swrt-cudnn-cuda${cudaLabel.split('.')[0]}`;
/** What a request resolves to without any network: label, components, and the tool-cache dirs it fills. */
function planCuda(req, ctx) {
    const label = resolveCudaLabel(req.version);
    const names = componentSet(req.components ?? 'minimal', label);
    const root = (0,context/* toolCacheRoot */.Hw)(ctx);
    const cudnn = req.cudnn ? resolveCudnnLabel(req.cudnn) : undefined;
    const toolDirs = [(0,external_node_path_.join)(root, cudaTool(redistPlatform((0,context/* machineOf */.VT)(ctx)), names)), ...(cudnn ? [(0,external_node_path_.join)(root, cudnnTool(label))] : [])];
    return { label, components: names, cudnn, toolDirs };
}
/** Provisions CUDA `req.version` (and cuDNN when asked) into the tool cache and returns where. */
async function provisionCuda(req, ctx) {
    const label = resolveCudaLabel(req.version);
    const machine = (0,context/* machineOf */.VT)(ctx);
    const platform = redistPlatform(machine);
    const names = componentSet(req.components ?? 'minimal', label);
    const entry = { root: (0,context/* toolCacheRoot */.Hw)(ctx), tool: cudaTool(platform, names), version: label, arch: (0,context/* toolCacheArch */.Tm)(machine) };
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'swrt-cuda-'));
    const what = `CUDA ${label} (${platform}; ${names.join(', ')})`;
    let bytes = 0;
    let source = 'tool-cache';
    try {
        let home = trustedEntry(entry, 'cuda', label, ctx);
        if (home) {
            ctx.log.info(`${what}: tool cache hit (${home})`);
        }
        else {
            source = 'download';
            const m = await fetchManifest('cuda', label, ctx, scratch);
            bytes += m.bytes;
            // Every component is checked before anything is downloaded.
            const files = names.map((name) => ({ name: `${name} ${label}`, file: componentFile(m.manifest, name, platform, label) }));
            const total = files.reduce((n, f) => n + (Number(f.file.size) || 0), 0);
            ctx.log.info(`${what}: downloading ${files.length} archives (${(0,download/* formatBytes */.z)(total)}) from ${m.base}`);
            const t0 = performance.now();
            home = await (0,tool_cache/* installCached */.Kx)(entry, async (tmp) => {
                bytes += await fetchAndMerge(files, m.base, tmp, scratch, ctx);
                if (names.includes('cuda_nvcc') && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(tmp, 'bin', 'nvcc')))
                    throw new errors/* UserError */.yo(`the cuda_nvcc ${label} archive has no bin/nvcc`, { hint: 'the mirror serves a broken archive' });
            }, manifestProvenance('cuda', label, m));
            ctx.log.info(`${what}: installed at ${home} (${(0,download/* formatBytes */.z)(bytes)} in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
        }
        const cudnn = req.cudnn ? await provisionCudnn(req.cudnn, label, ctx, scratch) : undefined;
        bytes += cudnn?.bytes ?? 0;
        await checkHostCompiler(label, ctx.log, (0,context/* envOf */.B_)(ctx));
        const env = { CUDA_HOME: home, CUDA_PATH: home, CUDAToolkit_ROOT: home };
        if (cudnn)
            env.CUDNN_HOME = cudnn.home;
        if (req.ldLibraryPath) {
            const prev = (0,context/* envOf */.B_)(ctx).LD_LIBRARY_PATH;
            env.LD_LIBRARY_PATH = [(0,external_node_path_.join)(home, 'lib'), ...(cudnn ? [(0,external_node_path_.join)(cudnn.home, 'lib')] : []), ...(prev ? [prev] : [])].join(':');
        }
        return {
            label,
            home,
            platform,
            components: names,
            binDir: (0,external_node_path_.join)(home, 'bin'),
            libDir: (0,external_node_path_.join)(home, 'lib'),
            cudnnVersion: cudnn?.label,
            cudnnHome: cudnn?.home,
            env,
            source,
            downloadedBytes: bytes,
        };
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/toolchain/python.ts + 1 modules
var toolchain_python = __webpack_require__(434);
;// CONCATENATED MODULE: ./src/toolchain/provision.ts





function toolchainContext(o) {
    return { log: o.log, env: o.env, pythonMirror: o.pythonMirror || undefined, cudaMirror: o.cudaMirror || undefined, toolCacheDir: o.toolCacheDir, arch: o.arch };
}
async function provisionToolchain(req, opts) {
    const ctx = toolchainContext(opts);
    const out = {};
    if (req.python || req.pythonPath) {
        out.python = await ctx.log.group(`Python ${req.python || req.pythonPath}`, () => (0,toolchain_python/* resolvePython */.Lx)({ version: req.python ?? '', pythonPath: req.pythonPath }, ctx));
    }
    if (req.cuda) {
        const cuda = req.cuda;
        out.cuda = await ctx.log.group(`CUDA ${cuda}${req.cudnn ? ` + cuDNN ${req.cudnn}` : ''}`, () => provisionCuda({ version: cuda, components: req.cudaComponents, cudnn: req.cudnn, ldLibraryPath: req.ldLibraryPath }, ctx));
    }
    else if (req.cudnn) {
        ctx.log.warn(`cuDNN ${req.cudnn} was asked for without a CUDA version; skipping it (set cuda-version / --cuda)`);
    }
    return out;
}
/**
 * What provisioning will fill, known before any download (the vendored tables resolve versions):
 * the toolchain cache layer is restored from this before provisioning and saved after it.
 * Undefined when nothing would be downloaded (an explicit interpreter and no CUDA).
 */
function planToolchain(req, ctx) {
    // An explicit interpreter is never downloaded: only CUDA can fill the layer then.
    const wantsPython = Boolean(req.python) && !req.pythonPath;
    if (!wantsPython && !req.cuda)
        return undefined;
    let python = (wantsPython && req.python) || 'any';
    if (wantsPython && req.python) {
        try {
            python = (0,python_builds/* pythonBuild */.Dh)(req.python, (0,context/* machineOf */.VT)(ctx), (0,context/* pythonBuildsFile */._)(ctx)).version;
        }
        catch {
            // not downloadable: a local interpreter will serve it, or resolvePython says what is available
        }
    }
    const paths = wantsPython ? [(0,external_node_path_.join)((0,context/* toolCacheRoot */.Hw)(ctx), toolchain_python/* PYTHON_TOOL */.Mi)] : [];
    let cuda;
    if (req.cuda) {
        try {
            const c = planCuda({ version: req.cuda, components: req.cudaComponents, cudnn: req.cudnn }, ctx);
            cuda = { label: c.label, components: c.components, cudnn: c.cudnn };
            paths.push(...c.toolDirs);
        }
        catch {
            // an unknown version: provisionCuda reports it with the nearest supported ones
        }
    }
    return paths.length ? { python, cuda, paths } : undefined;
}


/***/ }),

/***/ 4102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sm: () => (/* reexport */ cmpVersions),
  Dh: () => (/* binding */ pythonBuild)
});

// UNUSED EXPORTS: availablePythons, newestPerMinor

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/toolchain/data/python-builds.ts
const PYTHON_BUILDS = {
    "source": "crates/uv-python/download-metadata.json (astral-sh/uv@26a9dd4b2125bc271b47855e1fa0c49af3365db5, 2026-08-21)",
    "base": "https://github.com/astral-sh/python-build-standalone/releases/download",
    "builds": {
        "x86_64": {
            "3.14.7": {
                "path": "20260814/cpython-3.14.7%2B20260814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "cefba034445d2875408d1fd4d5700ae6731563aeb54dcb39fd8164ab5c457533",
                "build": "20260814"
            },
            "3.14.6": {
                "path": "20260804/cpython-3.14.6%2B20260804-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "ba960817e542642021135db330d875f410f4e14c64a62e2ae5faf3697ada08b2",
                "build": "20260804"
            },
            "3.14.5": {
                "path": "20260602/cpython-3.14.5%2B20260602-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "982a60fc7f11bbe405ab54afcd4eb145f1134797bbbffac9f5c49df4ec98b13e",
                "build": "20260602"
            },
            "3.14.4": {
                "path": "20260414/cpython-3.14.4%2B20260414-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "fe9a9c32d13870af632cbac3dfc7528ae53597e94472aa4c7d6a42e8166136cd",
                "build": "20260414"
            },
            "3.14.3": {
                "path": "20260325/cpython-3.14.3%2B20260325-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "34e8e7ea5192308f0fe6d93becdf3eeb00a64a1fdbb4beead98d0edb93b68cdd",
                "build": "20260325"
            },
            "3.14.2": {
                "path": "20260127/cpython-3.14.2%2B20260127-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "c2926d6707f4339e3bf30e90437b387712b47e60e9e55bff1dcb36bf7688b01d",
                "build": "20260127"
            },
            "3.14.1": {
                "path": "20251202/cpython-3.14.1%2B20251202-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "8e0f6383e07eb331c67a57632de8c00d5709423491f105ff9aa802a5610d59e4",
                "build": "20251202"
            },
            "3.14.0": {
                "path": "20251120/cpython-3.14.0%2B20251120-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "66f385305ae0eefd6b65e2cf942bc91d943a61e26fb7581e029f760a2b04f393",
                "build": "20251120"
            },
            "3.13.15": {
                "path": "20260814/cpython-3.13.15%2B20260814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "aaca2af2ab4d7b68a712660d1334c0cfd5ec13c0312ccd30c29122d8d0342320",
                "build": "20260814"
            },
            "3.13.14": {
                "path": "20260805/cpython-3.13.14%2B20260805-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "39e82d05926bdcd206732026bcd878d9f00e288cd227d91c1fabf379b6ea4fa5",
                "build": "20260805"
            },
            "3.13.13": {
                "path": "20260602/cpython-3.13.13%2B20260602-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "c249d2b96af6912c3910f234b96aa8d20d30e8b0c46d0584fa956d7a77036ea9",
                "build": "20260602"
            },
            "3.13.12": {
                "path": "20260325/cpython-3.13.12%2B20260325-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "ad178e36a84de3f845885d0ace5ca6f87fa9502d1f0cf53ba3dd42194277d42e",
                "build": "20260325"
            },
            "3.13.11": {
                "path": "20260127/cpython-3.13.11%2B20260127-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "ec6aef3fec3183593445c2a57378d7f140e3a1fe637e7fec1dbfba10c5076549",
                "build": "20260127"
            },
            "3.13.10": {
                "path": "20251202/cpython-3.13.10%2B20251202-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "ecf304c757c9de6aef849ca451ec08a72f6827c0fc8819d39fd341f29d00ccd6",
                "build": "20251202"
            },
            "3.13.9": {
                "path": "20251120/cpython-3.13.9%2B20251120-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "1bc9a94ab2425fb6ae58e45f69cab61647759b57895649701390822d976fa923",
                "build": "20251120"
            },
            "3.13.8": {
                "path": "20251010/cpython-3.13.8%2B20251010-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "1ac8691d25271f99491e276d0564ccfc20b6650df0be053396af5a539698463e",
                "build": "20251010"
            },
            "3.13.7": {
                "path": "20250918/cpython-3.13.7%2B20250918-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "888fb7e192caafdb33e028f865b7da68dce5e924cfe58fcef96323e175a70e3e",
                "build": "20250918"
            },
            "3.13.6": {
                "path": "20250814/cpython-3.13.6%2B20250814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "d847458546425b6fc28d5fa9238f12f8c3a7ac41f28b5882dc249d0fc595f359",
                "build": "20250814"
            },
            "3.13.5": {
                "path": "20250723/cpython-3.13.5%2B20250723-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "f7ac16748be2674ec14df532a3e48d0c6f215017b537f14ca3feb837dbe86292",
                "build": "20250723"
            },
            "3.13.4": {
                "path": "20250610/cpython-3.13.4%2B20250610-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "ffd0b484e40e4fffdfcac265560e109456f802485f1f27e3cd314763b2b1587c",
                "build": "20250610"
            },
            "3.13.3": {
                "path": "20250529/cpython-3.13.3%2B20250529-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "532a6db30bcf8f8609a0c4e0a7c985315572364c19868bc9650a64df534954e7",
                "build": "20250529"
            },
            "3.13.2": {
                "path": "20250317/cpython-3.13.2%2B20250317-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "ee909a9d0fb16375ebd3b3ca0322fd9cac0904b304e28ad68527036858e301e9",
                "build": "20250317"
            },
            "3.13.1": {
                "path": "20250115/cpython-3.13.1%2B20250115-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "56817aa976e4886bec1677699c136cb01c1cdfe0495104c0d8ef546541864bbb",
                "build": "20250115"
            },
            "3.13.0": {
                "path": "20241016/cpython-3.13.0%2B20241016-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "b5e74d1e16402b633c6f04519618231fc0dbae7d2f9e4b1ac17c294cc3d3d076",
                "build": "20241016"
            },
            "3.12.14": {
                "path": "20260814/cpython-3.12.14%2B20260814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "5acfa3e9ba26b51ae161c83aff278da915b590d22373a424b2ba55b8afe91fcc",
                "build": "20260814"
            },
            "3.12.13": {
                "path": "20260807/cpython-3.12.13%2B20260807-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "506191be3ee7bd190a8834dcdc1b3bc70aab50608deccc711935aa007239cabd",
                "build": "20260807"
            },
            "3.12.12": {
                "path": "20260211/cpython-3.12.12%2B20260211-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "1dbaa624a09e15afe7efbdac08d42993135a68db8d34f986ef6977a6d77bdc3c",
                "build": "20260211"
            },
            "3.12.11": {
                "path": "20251007/cpython-3.12.11%2B20251007-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "f98121eb1fb2b05a25c1f3d2fe7cf08c3a2468c350785df3d84c2516e7280d3f",
                "build": "20251007"
            },
            "3.12.10": {
                "path": "20250529/cpython-3.12.10%2B20250529-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "f50d08e0304b15d752b22932047135c1dc02f81977b284e51288be9d90627bca",
                "build": "20250529"
            },
            "3.12.9": {
                "path": "20250317/cpython-3.12.9%2B20250317-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "a36bc60c38fe146e908e2e71fc21266c8558b24a9407226b1d887212839437ef",
                "build": "20250317"
            },
            "3.12.8": {
                "path": "20250115/cpython-3.12.8%2B20250115-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "34a5a1619aba16544ec8d6f225be59b333d650f58983eeca25193722dc9016fd",
                "build": "20250115"
            },
            "3.12.7": {
                "path": "20241016/cpython-3.12.7%2B20241016-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "3a4d53a7ba3916c0c1f35cbbe57068e2571b138389f29cf5c35367fec8f4c617",
                "build": "20241016"
            },
            "3.12.6": {
                "path": "20240909/cpython-3.12.6%2B20240909-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "b080463e4f0c452e592cdac1ca97936a6a19bb3d9a64da669a50ca843fce0108",
                "build": "20240909"
            },
            "3.12.5": {
                "path": "20240814/cpython-3.12.5%2B20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "10680b593b5e31833218fd83104dee74af970a3463403a22bae613b952a34e8d",
                "build": "20240814"
            },
            "3.12.4": {
                "path": "20240726/cpython-3.12.4%2B20240726-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "ca076aee4329f53f988346eb0521ad2a2cf7f723b6296088d03b98d8f22f5420",
                "build": "20240726"
            },
            "3.12.3": {
                "path": "20240415/cpython-3.12.3%2B20240415-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "a73ba777b5d55ca89edef709e6b8521e3f3d4289581f174c8699adfb608d09d6",
                "build": "20240415"
            },
            "3.12.2": {
                "path": "20240224/cpython-3.12.2%2B20240224-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "57a37b57f8243caa4cdac016176189573ad7620f0b6da5941c5e40660f9468ab",
                "build": "20240224"
            },
            "3.12.1": {
                "path": "20240107/cpython-3.12.1%2B20240107-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "74e330b8212ca22fd4d9a2003b9eec14892155566738febc8e5e572f267b9472",
                "build": "20240107"
            },
            "3.12.0": {
                "path": "20231002/cpython-3.12.0%2B20231002-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "e51a5293f214053ddb4645b2c9f84542e2ef86870b8655704367bd4b29d39fe9",
                "build": "20231002"
            },
            "3.11.16": {
                "path": "20260814/cpython-3.11.16%2B20260814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "3b437f08720d3ddd9c1904532476ec9fb373e800d1598c72c907dd6d5f29b79b",
                "build": "20260814"
            },
            "3.11.15": {
                "path": "20260807/cpython-3.11.15%2B20260807-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "69dfac9d0f15a0b9281a38486f212cbf76421609228c184dc0d34a0533d57ba6",
                "build": "20260807"
            },
            "3.11.14": {
                "path": "20260211/cpython-3.11.14%2B20260211-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "1fb6a89daa750f7eff00eb65d901c3c236713812eb9c8c7e07ecdfcd78203c8e",
                "build": "20260211"
            },
            "3.11.13": {
                "path": "20251007/cpython-3.11.13%2B20251007-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "43bfc42529843ecd1d9c08c4a239ede348f96ff0acaef2ec24b28dc059f4f0c3",
                "build": "20251007"
            },
            "3.11.12": {
                "path": "20250529/cpython-3.11.12%2B20250529-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "a8c2320f1df72d02d58f3f7ab0899bff7946e5efcc723ae2ff3113ad8bb645c0",
                "build": "20250529"
            },
            "3.11.11": {
                "path": "20250317/cpython-3.11.11%2B20250317-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "b0736ee681f88bf487687b5248ca9fb15fe5f7d584f7d1ed2bc9c9578300b097",
                "build": "20250317"
            },
            "3.11.10": {
                "path": "20241016/cpython-3.11.10%2B20241016-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "03f15e19e2452641b6375b59ba094ff6cf2fc118315d24a6ca63ce60e4d4a6e0",
                "build": "20241016"
            },
            "3.11.9": {
                "path": "20240814/cpython-3.11.9%2B20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "daa487c7e73005c4426ac393273117cf0e2dc4ab9b2eeda366e04cd00eea00c9",
                "build": "20240814"
            },
            "3.11.8": {
                "path": "20240224/cpython-3.11.8%2B20240224-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "94e13d0e5ad417035b80580f3e893a72e094b0900d5d64e7e34ab08e95439987",
                "build": "20240224"
            },
            "3.11.7": {
                "path": "20240107/cpython-3.11.7%2B20240107-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "4a51ce60007a6facf64e5495f4cf322e311ba9f39a8cd3f3e4c026eae488e140",
                "build": "20240107"
            },
            "3.11.6": {
                "path": "20231002/cpython-3.11.6%2B20231002-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "ee37a7eae6e80148c7e3abc56e48a397c1664f044920463ad0df0fc706eacea8",
                "build": "20231002"
            },
            "3.11.5": {
                "path": "20230826/cpython-3.11.5%2B20230826-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "fbed6f7694b2faae5d7c401a856219c945397f772eea5ca50c6eb825cbc9d1e1",
                "build": "20230826"
            },
            "3.11.4": {
                "path": "20230726/cpython-3.11.4%2B20230726-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "e26247302bc8e9083a43ce9e8dd94905b40d464745b1603041f7bc9a93c65d05",
                "build": "20230726"
            },
            "3.11.3": {
                "path": "20230507/cpython-3.11.3%2B20230507-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "da50b87d1ec42b3cb577dfd22a3655e43a53150f4f98a4bfb40757c9d7839ab5",
                "build": "20230507"
            },
            "3.11.1": {
                "path": "20230116/cpython-3.11.1%2B20230116-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "02a551fefab3750effd0e156c25446547c238688a32fabde2995c941c03a6423",
                "build": "20230116"
            },
            "3.10.21": {
                "path": "20260814/cpython-3.10.21%2B20260814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "807bb6746dd8b7a347fe833ee1cc2543457e5c2c98059dc454600468ee7cae7b",
                "build": "20260814"
            },
            "3.10.20": {
                "path": "20260807/cpython-3.10.20%2B20260807-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "213ad831a580c186804f91c41cd6712f8ac8cd765ad7a517161c09606a48b588",
                "build": "20260807"
            },
            "3.10.19": {
                "path": "20260211/cpython-3.10.19%2B20260211-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "d71df61d1cdb59af4443912da8eeca744a52e782ff5deefa966ead893235a39e",
                "build": "20260211"
            },
            "3.10.18": {
                "path": "20251007/cpython-3.10.18%2B20251007-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "7b1d02e28b0d36c4b0de044aaf8099cb0395ac3d6826c96ddd158241fcdc6f06",
                "build": "20251007"
            },
            "3.10.17": {
                "path": "20250529/cpython-3.10.17%2B20250529-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "e3abc6e300ccdfe5e8faf220d0682dc8eae4d438b96b7d312b32d50a4e536d21",
                "build": "20250529"
            },
            "3.10.16": {
                "path": "20250317/cpython-3.10.16%2B20250317-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "e8d7ed8c6f8c6f85cd083d5051cafd8c6c01d09eca340d1da74d0c00ff1cb897",
                "build": "20250317"
            },
            "3.10.15": {
                "path": "20241016/cpython-3.10.15%2B20241016-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "25fb8e23cd3b82b748075a04fd18f3183cc7316c11d6f59eb4b0326843892600",
                "build": "20241016"
            },
            "3.10.14": {
                "path": "20240814/cpython-3.10.14%2B20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "159c456bb4a3802bafbce065ff54b99ddb16422500d75c1315573ee3b673af17",
                "build": "20240814"
            },
            "3.10.13": {
                "path": "20240224/cpython-3.10.13%2B20240224-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "d995d032ca702afd2fc3a689c1f84a6c64972ecd82bba76a61d525f08eb0e195",
                "build": "20240224"
            },
            "3.10.12": {
                "path": "20230726/cpython-3.10.12%2B20230726-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "a476dbca9184df9fc69fe6309cda5ebaf031d27ca9e529852437c94ec1bc43d3",
                "build": "20230726"
            },
            "3.10.11": {
                "path": "20230507/cpython-3.10.11%2B20230507-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "c5bcaac91bc80bfc29cf510669ecad12d506035ecb3ad85ef213416d54aecd79",
                "build": "20230507"
            },
            "3.10.9": {
                "path": "20230116/cpython-3.10.9%2B20230116-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "d196347aeb701a53fe2bb2b095abec38d27d0fa0443f8a1c2023a1bed6e18cdf",
                "build": "20230116"
            },
            "3.10.8": {
                "path": "20221106/cpython-3.10.8%2B20221106-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "6c8db44ae0e18e320320bbaaafd2d69cde8bfea171ae2d651b7993d1396260b7",
                "build": "20221106"
            },
            "3.10.7": {
                "path": "20221002/cpython-3.10.7%2B20221002-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "c12c9ad2b2c75464541d897c0528013adecd8be5b30acf4411f7759729841711",
                "build": "20221002"
            },
            "3.10.6": {
                "path": "20220802/cpython-3.10.6%2B20220802-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "55aa2190d28dcfdf414d96dc5dcea9fe048fadcd583dc3981fec020869826111",
                "build": "20220802"
            },
            "3.10.5": {
                "path": "20220630/cpython-3.10.5%2B20220630-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "460f87a389be28c953c24c6f942f172f9ce7f331367b4daf89cb450baedd51d7",
                "build": "20220630"
            },
            "3.10.4": {
                "path": "20220528/cpython-3.10.4%2B20220528-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "1f8423808ad84c0e56c8e14c32685cbfbc1159e0d9f943ac946f29e84cf1b5ee",
                "build": "20220528"
            },
            "3.10.3": {
                "path": "20220318/cpython-3.10.3%2B20220318-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "b9989411bed71ba4867538c991f20b55f549dd9131905733f0df9f3fde81ad1d",
                "build": "20220318"
            },
            "3.10.2": {
                "path": "20220227/cpython-3.10.2%2B20220227-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "9b64eca2a94f7aff9409ad70bdaa7fbbf8148692662e764401883957943620dd",
                "build": "20220227"
            },
            "3.9.25": {
                "path": "20251031/cpython-3.9.25%2B20251031-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "fe04e8b27bd69ca2144fc542428f8b9b5287b6a2e45516a4acfe2c2bc3102773",
                "build": "20251031"
            },
            "3.9.24": {
                "path": "20251028/cpython-3.9.24%2B20251028-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "572c58cceb0f9a41a19ecf7199d90242b70fdc9369ee09e7d84cf6faf9bebff4",
                "build": "20251028"
            },
            "3.9.23": {
                "path": "20251007/cpython-3.9.23%2B20251007-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "c5024a3113844fb17e6d5ba85bc9b47435458212613c9c8da257131b0ffd4253",
                "build": "20251007"
            },
            "3.9.22": {
                "path": "20250529/cpython-3.9.22%2B20250529-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "4aa03eb60fc6934e40d94ed9166f74ada85d851434667afcd152d46e1d995dbf",
                "build": "20250529"
            },
            "3.9.21": {
                "path": "20250317/cpython-3.9.21%2B20250317-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "837e50734904eba4f5a385c66c31b21d880582eba7912b3ea3d71e60e56f5a60",
                "build": "20250317"
            },
            "3.9.20": {
                "path": "20241016/cpython-3.9.20%2B20241016-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "44d9d016f9820f39e5bb542782557d46876b69d23d0a204eb2f367739da623e0",
                "build": "20241016"
            },
            "3.9.19": {
                "path": "20240814/cpython-3.9.19%2B20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "3b7d574b6bbf8303789a1d26b96a81dcca907381441ce15818c784e18d1db299",
                "build": "20240814"
            },
            "3.9.18": {
                "path": "20240224/cpython-3.9.18%2B20240224-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "0e5663025121186bd17d331538a44f48b41baff247891d014f3f962cbe2716b4",
                "build": "20240224"
            },
            "3.9.17": {
                "path": "20230726/cpython-3.9.17%2B20230726-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "26c4a712b4b8e11ed5c027db5654eb12927c02da4857b777afb98f7a930ce637",
                "build": "20230726"
            },
            "3.9.16": {
                "path": "20230507/cpython-3.9.16%2B20230507-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "2b6e146234a4ef2a8946081fc3fbfffe0765b80b690425a49ebe40b47c33445b",
                "build": "20230507"
            },
            "3.9.15": {
                "path": "20221106/cpython-3.9.15%2B20221106-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "cdc3a4cfddcd63b6cebdd75b14970e02d8ef0ac5be4d350e57ab5df56c19e85e",
                "build": "20221106"
            },
            "3.9.14": {
                "path": "20221002/cpython-3.9.14%2B20221002-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "e63d0c00a499e0202ba7a0f53ce69fca6d30237af39af9bc3c76bce6c7bf14d7",
                "build": "20221002"
            },
            "3.9.13": {
                "path": "20220802/cpython-3.9.13%2B20220802-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "ce1cfca2715e7e646dd618a8cb9baff93000e345ccc979b801fc6ccde7ce97df",
                "build": "20220802"
            },
            "3.9.12": {
                "path": "20220502/cpython-3.9.12%2B20220502-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "ccca12f698b3b810d79c52f007078f520d588232a36bc12ede944ec3ea417816",
                "build": "20220502"
            },
            "3.9.11": {
                "path": "20220318/cpython-3.9.11%2B20220318-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "0429d5ceb095d5e24c292bf1a39208b88ae236a680ef8fa3e1830e3a1a7e8882",
                "build": "20220318"
            },
            "3.9.10": {
                "path": "20220227/cpython-3.9.10%2B20220227-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "455089cc576bd9a58db45e919d1fc867ecdbb0208067dffc845cc9bbf0701b70",
                "build": "20220227"
            },
            "3.8.20": {
                "path": "20241002/cpython-3.8.20%2B20241002-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "a3a75094545912d4e9413673441b3f0d2e58ce9b264477f910800148801ccf11",
                "build": "20241002"
            },
            "3.8.19": {
                "path": "20240814/cpython-3.8.19%2B20240814-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "0f1579dbb01c98af7a12fef4c9aa8a99d45b91393f64431f5de712f892bc5c0b",
                "build": "20240814"
            },
            "3.8.18": {
                "path": "20240224/cpython-3.8.18%2B20240224-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "5ae36825492372554c02708bdd26b8dcd57e3dbf34b3d6d599ad91d93540b2b7",
                "build": "20240224"
            },
            "3.8.17": {
                "path": "20230826/cpython-3.8.17%2B20230826-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "8d3e1826c0bb7821ec63288038644808a2d45553245af106c685ef5892fabcd8",
                "build": "20230826"
            },
            "3.8.16": {
                "path": "20230726/cpython-3.8.16%2B20230726-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "b1f1502c3a13b899724dbd32bd77a973fa9733b932c5700d747fe33d5de9ac4f",
                "build": "20230726"
            },
            "3.8.15": {
                "path": "20221106/cpython-3.8.15%2B20221106-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "e47edfb2ceaf43fc699e20c179ec428b6f3e497cf8e2dcd8e9c936d4b96b1e56",
                "build": "20221106"
            },
            "3.8.14": {
                "path": "20221002/cpython-3.8.14%2B20221002-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "4eb53bce831bf52682067579c09ccaccb6524dd44bd4b8047454c69b4817f4f0",
                "build": "20221002"
            },
            "3.8.13": {
                "path": "20220802/cpython-3.8.13%2B20220802-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "fb566629ccb5f76ef56d275a3f8017d683f1c20c5beb5d5f38b155ed11e16187",
                "build": "20220802"
            },
            "3.8.12": {
                "path": "20220227/cpython-3.8.12%2B20220227-x86_64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "5be9c6d61e238b90dfd94755051c0d3a2d8023ebffdb4b0fa4e8fedd09a6cab6",
                "build": "20220227"
            }
        },
        "aarch64": {
            "3.14.7": {
                "path": "20260814/cpython-3.14.7%2B20260814-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "86dfb106b303fa6a1991f7da42ced3e11576f777be299b3162e06617b6d22542",
                "build": "20260814"
            },
            "3.14.6": {
                "path": "20260804/cpython-3.14.6%2B20260804-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "8ad1ec529cd1708245e8661a463245fc1479c43cbfd66e58b095456ebf77180a",
                "build": "20260804"
            },
            "3.14.5": {
                "path": "20260602/cpython-3.14.5%2B20260602-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "1d3ea1b3cd9b8f3d53afb629e82e9bc8f6dab6cbb1a7d23524bd86ba5bc22570",
                "build": "20260602"
            },
            "3.14.4": {
                "path": "20260414/cpython-3.14.4%2B20260414-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "b8b597fdb2f8dccdc502c11947b60a4b65eb6bce79cfa60c7ccf9b6e8352c60a",
                "build": "20260414"
            },
            "3.14.3": {
                "path": "20260325/cpython-3.14.3%2B20260325-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "53f5d1b88d83557e6b25da2d728886f252e7619336ac8ff31299a59d821c360c",
                "build": "20260325"
            },
            "3.14.2": {
                "path": "20260127/cpython-3.14.2%2B20260127-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "1d243bfab134c9fd3e099780a811079d8c6158283bddde65de2bc5f6eda74f7c",
                "build": "20260127"
            },
            "3.14.1": {
                "path": "20251202/cpython-3.14.1%2B20251202-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "a089ab3c84441d0b1b18c550a83f65f7aff4c0a43143b877b440b3491c6f33cd",
                "build": "20251202"
            },
            "3.14.0": {
                "path": "20251120/cpython-3.14.0%2B20251120-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "7603b1905e5d280191b2146599474fe35da0833c81a09512c28b9b77e651812d",
                "build": "20251120"
            },
            "3.13.15": {
                "path": "20260814/cpython-3.13.15%2B20260814-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "985efd78c1c6521b379f7c64c2a25e6a1130f07441d1af8be441aa05260886aa",
                "build": "20260814"
            },
            "3.13.14": {
                "path": "20260805/cpython-3.13.14%2B20260805-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "f1cda716f5595a97e79f760f81da7150e4f6b4ae9dc49968b4ce5d6d64bba058",
                "build": "20260805"
            },
            "3.13.13": {
                "path": "20260602/cpython-3.13.13%2B20260602-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "b396c30748c4aa2ca3990464e397bf04cdd3281a4f0464a8ad179daf96f080e2",
                "build": "20260602"
            },
            "3.13.12": {
                "path": "20260325/cpython-3.13.12%2B20260325-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "3fcd5066d698c16bb2735b1a18aee9e68497618e115dfe8606b2563428711d1e",
                "build": "20260325"
            },
            "3.13.11": {
                "path": "20260127/cpython-3.13.11%2B20260127-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "f0f53642d65155007cbfa8601722f9bc189a5c8633f54fb78fcfef8bc817545f",
                "build": "20260127"
            },
            "3.13.10": {
                "path": "20251202/cpython-3.13.10%2B20251202-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "69991105baa964ceeb080c4ddd961f62c933e2538fe1015023fad3971a2f6e08",
                "build": "20251202"
            },
            "3.13.9": {
                "path": "20251120/cpython-3.13.9%2B20251120-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "fdc5d80488b64fcef3b99f297618f68e5374c13d89e888a66abeff4967afd308",
                "build": "20251120"
            },
            "3.13.8": {
                "path": "20251010/cpython-3.13.8%2B20251010-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "6a4d99e2325978f063b8ad89cca6a1034081415f65590b115475778d09b71a1d",
                "build": "20251010"
            },
            "3.13.7": {
                "path": "20250918/cpython-3.13.7%2B20250918-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "0af6c9a17df4d5afdef37825d0cc703264c1a0a94dad825b2b6b6975b524c0d5",
                "build": "20250918"
            },
            "3.13.6": {
                "path": "20250814/cpython-3.13.6%2B20250814-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "605953cfc262101cff5c64d0f97caad80e43ad275adf2d9eb310bf6e5b08edcf",
                "build": "20250814"
            },
            "3.13.5": {
                "path": "20250723/cpython-3.13.5%2B20250723-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "65412f4d99966ab9e0218211c1408497b5ecd2a40e1bd12183a37937c25cce4e",
                "build": "20250723"
            },
            "3.13.4": {
                "path": "20250610/cpython-3.13.4%2B20250610-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "fef6c8c96260eff9258aeb38bbfc90a9d662e683f8fe6946a941c954053bdb71",
                "build": "20250610"
            },
            "3.13.3": {
                "path": "20250529/cpython-3.13.3%2B20250529-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "ac752f8f26f96fc58944e2c3b6528b5ed8964e745ff86e2aebf0ee07f0c9d11d",
                "build": "20250529"
            },
            "3.13.2": {
                "path": "20250317/cpython-3.13.2%2B20250317-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "106bf4f243a2d02a1e3995ad0551bf15bdfb33abfc18f85138e6b8dd0d1923fc",
                "build": "20250317"
            },
            "3.13.1": {
                "path": "20250115/cpython-3.13.1%2B20250115-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "852b909cf77f84814d66fe9a373447c57371edbe88a531781e02a2163247572a",
                "build": "20250115"
            },
            "3.13.0": {
                "path": "20241016/cpython-3.13.0%2B20241016-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "06e633164cb0133685a2ce14af88df0dbcaea4b0b2c5d3348d6b81393307481a",
                "build": "20241016"
            },
            "3.12.14": {
                "path": "20260814/cpython-3.12.14%2B20260814-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "2d8e17dfd732102cfeb18e0e1fa6769b24caa034e159981129590fe409c7157a",
                "build": "20260814"
            },
            "3.12.13": {
                "path": "20260807/cpython-3.12.13%2B20260807-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "11e713ae1f969385907a76533cc554f6b2e3f1a84896009f91c3fc871034a170",
                "build": "20260807"
            },
            "3.12.12": {
                "path": "20260211/cpython-3.12.12%2B20260211-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "85fdc64fe672de7337198a63d89918037bf93bdb03480404d90f8f601abef1dd",
                "build": "20260211"
            },
            "3.12.11": {
                "path": "20251007/cpython-3.12.11%2B20251007-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "05d9207e41c36fbc2d80a51d9bd5d574ed3eb1c620ead49e7fcd57cc2b64edfd",
                "build": "20251007"
            },
            "3.12.10": {
                "path": "20250529/cpython-3.12.10%2B20250529-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "235d0666528a8e948896f68c08964dc8dd14a54c68e5cbd4924594d2e20f81b9",
                "build": "20250529"
            },
            "3.12.9": {
                "path": "20250317/cpython-3.12.9%2B20250317-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "0354f70e7d3e2d0c36308edc1815c563d9bae1a3221830f7e222f6bb0a7e1a3a",
                "build": "20250317"
            },
            "3.12.8": {
                "path": "20250115/cpython-3.12.8%2B20250115-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "300e8098cfc305b329a258128afa1d6366ced039f16c70ec93ab4ff18f86c8ff",
                "build": "20250115"
            },
            "3.12.7": {
                "path": "20241016/cpython-3.12.7%2B20241016-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "c8f5ed70ee3c19da72d117f7b306adc6ca1eaf26afcbe1cc1be57d1e18df184c",
                "build": "20241016"
            },
            "3.12.6": {
                "path": "20240909/cpython-3.12.6%2B20240909-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "22d119ac7df7f0bddfd4dfd075bcc4eb2532ed3df0bdba0579106835d49ef9cd",
                "build": "20240909"
            },
            "3.12.5": {
                "path": "20240814/cpython-3.12.5%2B20240814-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "06e512178cb513658a01c054b3eafc649ca362ccbeb02a6ae8a55b02c1ba75ca",
                "build": "20240814"
            },
            "3.12.4": {
                "path": "20240726/cpython-3.12.4%2B20240726-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "6c9cf13644edc7250525ab1b2529ba1c0fff56c0c5a5c2242d84b6d4889d2bea",
                "build": "20240726"
            },
            "3.12.3": {
                "path": "20240415/cpython-3.12.3%2B20240415-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "ec8126de97945e629cca9aedc80a29c4ae2992c9d69f2655e27ae73906ba187d",
                "build": "20240415"
            },
            "3.12.2": {
                "path": "20240224/cpython-3.12.2%2B20240224-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "e52550379e7c4ac27a87de832d172658bc04150e4e27d4e858e6d8cbb96fd709",
                "build": "20240224"
            },
            "3.12.1": {
                "path": "20240107/cpython-3.12.1%2B20240107-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "236533ef20e665007a111c2f36efb59c87ae195ad7dca223b6dc03fb07064f0b",
                "build": "20240107"
            },
            "3.12.0": {
                "path": "20231002/cpython-3.12.0%2B20231002-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "bccfe67cf5465a3dfb0336f053966e2613a9bc85a6588c2fcf1366ef930c4f88",
                "build": "20231002"
            },
            "3.11.16": {
                "path": "20260814/cpython-3.11.16%2B20260814-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "6a250f5c9326eebaa528d5d132cd66ebd1d7540cf45ac703f19e13f41d1be9b6",
                "build": "20260814"
            },
            "3.11.15": {
                "path": "20260807/cpython-3.11.15%2B20260807-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "2290f3a9115ee2cd0928a7fc1f3f918142705fba3efa04dc64ffe6e5bae3245f",
                "build": "20260807"
            },
            "3.11.14": {
                "path": "20260211/cpython-3.11.14%2B20260211-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "2f0ddbf14af77bb8c2348f51dcdf1d59e5ff5f569ea4333e39253fbe76d37597",
                "build": "20260211"
            },
            "3.11.13": {
                "path": "20251007/cpython-3.11.13%2B20251007-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "5b08be545d415a562caeab61255e5583935b33caf21c6eafabb4ea7db87239b2",
                "build": "20251007"
            },
            "3.11.12": {
                "path": "20250529/cpython-3.11.12%2B20250529-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "ae5bed638f9116faf1b488b9058e478835538f3a748b50fa2919e832fb3dda28",
                "build": "20250529"
            },
            "3.11.11": {
                "path": "20250317/cpython-3.11.11%2B20250317-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "3a81577e9b1cddf3d91796d7c22657aadccada8f78fb9e3e64ce8d2bbb95c73a",
                "build": "20250317"
            },
            "3.11.10": {
                "path": "20241016/cpython-3.11.10%2B20241016-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "9d124604ffdea4fbaabb10b343c5a36b636a3e7b94dfc1cccd4531f33fceae5e",
                "build": "20241016"
            },
            "3.11.9": {
                "path": "20240814/cpython-3.11.9%2B20240814-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "364cf099524fff92c31b8ff5ae3f7b32b0fa6cf1d380c6e37cf56140d08dfc87",
                "build": "20240814"
            },
            "3.11.8": {
                "path": "20240224/cpython-3.11.8%2B20240224-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "389b9005fb78dd5a6f68df5ea45ab7b30d9a4b3222af96999e94fd20d4ad0c6a",
                "build": "20240224"
            },
            "3.11.7": {
                "path": "20240107/cpython-3.11.7%2B20240107-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "b102eaf865eb715aa98a8a2ef19037b6cc3ae7dfd4a632802650f29de635aa13",
                "build": "20240107"
            },
            "3.11.6": {
                "path": "20231002/cpython-3.11.6%2B20231002-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "3e26a672df17708c4dc928475a5974c3fb3a34a9b45c65fb4bd1e50504cc84ec",
                "build": "20231002"
            },
            "3.11.5": {
                "path": "20230826/cpython-3.11.5%2B20230826-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "bb5c5d1ea0f199fe2d3f0996fff4b48ca6ddc415a3dbd98f50bff7fce48aac80",
                "build": "20230826"
            },
            "3.11.4": {
                "path": "20230726/cpython-3.11.4%2B20230726-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "2e84fc53f4e90e11963281c5c871f593abcb24fc796a50337fa516be99af02fb",
                "build": "20230726"
            },
            "3.11.3": {
                "path": "20230507/cpython-3.11.3%2B20230507-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "8190accbbbbcf7620f1ff6d668e4dd090c639665d11188ce864b62554d40e5ab",
                "build": "20230507"
            },
            "3.11.1": {
                "path": "20230116/cpython-3.11.1%2B20230116-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "debf15783bdcb5530504f533d33fda75a7b905cec5361ae8f33da5ba6599f8b4",
                "build": "20230116"
            },
            "3.10.21": {
                "path": "20260814/cpython-3.10.21%2B20260814-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "686077ed8d668e3446f03f202bc3c99955d350a0db0ace5f8ce45f1b451b54b7",
                "build": "20260814"
            },
            "3.10.20": {
                "path": "20260807/cpython-3.10.20%2B20260807-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "4cc783fdd8c1bdf247bfc0cd5aaa457b51d881f4a7d433f3f674544f9add402c",
                "build": "20260807"
            },
            "3.10.19": {
                "path": "20260211/cpython-3.10.19%2B20260211-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "f2916a20f3de5500df5129e37dd0a213281dea29e226ec1ffe7fecdb10955533",
                "build": "20260211"
            },
            "3.10.18": {
                "path": "20251007/cpython-3.10.18%2B20251007-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "d8653909f2446651aacf24b0ea2b05dbcb2a3f4c49284efc5a3ab750f7c6181e",
                "build": "20251007"
            },
            "3.10.17": {
                "path": "20250529/cpython-3.10.17%2B20250529-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "aaf1fd370ab3ae31807c8d7d5aff0b8d2abb370c12d17a561178ceb842314f2a",
                "build": "20250529"
            },
            "3.10.16": {
                "path": "20250317/cpython-3.10.16%2B20250317-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "5dcd0486c403d07e27a1f2c256810122ac5d153f921433d77116df5c7d09b4c9",
                "build": "20250317"
            },
            "3.10.15": {
                "path": "20241016/cpython-3.10.15%2B20241016-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "6008b42df79a0c8a4efe3aa88c2aea1471116aa66881a8ed15f04d66438cb7f5",
                "build": "20241016"
            },
            "3.10.14": {
                "path": "20240814/cpython-3.10.14%2B20240814-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "0ffe64c77cacda7e3afcb0d8ba271c59ca0a30dfda218da39a573b412bb4afd7",
                "build": "20240814"
            },
            "3.10.13": {
                "path": "20240224/cpython-3.10.13%2B20240224-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "a898a88705611b372297bb8fe4d23cc16b8603ce5f24494c3a8cfa65d83787f9",
                "build": "20240224"
            },
            "3.10.12": {
                "path": "20230726/cpython-3.10.12%2B20230726-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "fee80e221663eca5174bd794cb5047e40d3910dbeadcdf1f09d405a4c1c15fe4",
                "build": "20230726"
            },
            "3.10.11": {
                "path": "20230507/cpython-3.10.11%2B20230507-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "c7573fdb00239f86b22ea0e8e926ca881d24fde5e5890851339911d76110bc35",
                "build": "20230507"
            },
            "3.10.9": {
                "path": "20230116/cpython-3.10.9%2B20230116-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "2003750f40cd09d4bf7a850342613992f8d9454f03b3c067989911fb37e7a4d1",
                "build": "20230116"
            },
            "3.10.8": {
                "path": "20221106/cpython-3.10.8%2B20221106-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "33170bef18c811906b738be530f934640491b065bf16c4d276c6515321918132",
                "build": "20221106"
            },
            "3.10.7": {
                "path": "20221002/cpython-3.10.7%2B20221002-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "dfeec186a62a6068259d90e8d77e7d30eaf9c2b4ae7b205ff8caab7cb21f277c",
                "build": "20221002"
            },
            "3.10.6": {
                "path": "20220802/cpython-3.10.6%2B20220802-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "81625f5c97f61e2e3d7e9f62c484b1aa5311f21bd6545451714b949a29da5435",
                "build": "20220802"
            },
            "3.10.5": {
                "path": "20220630/cpython-3.10.5%2B20220630-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "012fa37c12d2647d76d004dc003302563864d2f1cd0731b71eeafad63d28b3f0",
                "build": "20220630"
            },
            "3.10.4": {
                "path": "20220528/cpython-3.10.4%2B20220528-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "7a8989392dc9b41d85959a752448c60852cf0061de565e98445c27f6bbdf63be",
                "build": "20220528"
            },
            "3.10.3": {
                "path": "20220318/cpython-3.10.3%2B20220318-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "f52ee68c13c4f9356eb78a5305d3178af2cb90c38a8ce8ce9990a7cf6ff06144",
                "build": "20220318"
            },
            "3.10.2": {
                "path": "20220227/cpython-3.10.2%2B20220227-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "8f351a8cc348bb45c0f95b8634c8345ec6e749e483384188ad865b7428342703",
                "build": "20220227"
            },
            "3.9.25": {
                "path": "20251031/cpython-3.9.25%2B20251031-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "2f17406709afd0f07674dd3ce92a4b23c6adf8baac3f402555d192e0f3333bef",
                "build": "20251031"
            },
            "3.9.24": {
                "path": "20251028/cpython-3.9.24%2B20251028-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "e4d67722d13c955b3068ddf845c49b5c3cea9fcfa32a45fb1d1bc1aa6c87244d",
                "build": "20251028"
            },
            "3.9.23": {
                "path": "20251007/cpython-3.9.23%2B20251007-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "08d0955c5893fe12accc2bbe4ca3f60ec4fb2f82fbda4526ab53086f6257ca41",
                "build": "20251007"
            },
            "3.9.22": {
                "path": "20250529/cpython-3.9.22%2B20250529-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "42772f60d3c73be63e8b5abaa08ffc23e56458893fe5764ad7586e116a8f6acd",
                "build": "20250529"
            },
            "3.9.21": {
                "path": "20250317/cpython-3.9.21%2B20250317-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "d77520c53d108a8f2d0247f4da90f933916e964442c95f3a8d429bea6d874678",
                "build": "20250317"
            },
            "3.9.20": {
                "path": "20241016/cpython-3.9.20%2B20241016-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "3742c9d6563527a003b12ac689c07e6965911ff89fd9cbbd3c17ac7bfb037d4a",
                "build": "20241016"
            },
            "3.9.19": {
                "path": "20240814/cpython-3.9.19%2B20240814-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "23d08f7f0bf151c2ea54b2c9c143bc710faf166ff74225b0f967fab1e2d7a151",
                "build": "20240814"
            },
            "3.9.18": {
                "path": "20240224/cpython-3.9.18%2B20240224-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "e5bc5196baa603d635ee6b0cd141e359752ad3e8ea76127eb9141a3155c51200",
                "build": "20240224"
            },
            "3.9.17": {
                "path": "20230726/cpython-3.9.17%2B20230726-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "b77012ddaf7e0673e4aa4b1c5085275a06eee2d66f33442b5c54a12b62b96cbe",
                "build": "20230726"
            },
            "3.9.16": {
                "path": "20230507/cpython-3.9.16%2B20230507-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "f629b75ebfcafe9ceee2e796b7e4df5cf8dbd14f3c021afca078d159ab797acf",
                "build": "20230507"
            },
            "3.9.15": {
                "path": "20221106/cpython-3.9.15%2B20221106-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "52a8c0a67fb919f80962d992da1bddb511cdf92faf382701ce7673e10a8ff98f",
                "build": "20221106"
            },
            "3.9.14": {
                "path": "20221002/cpython-3.9.14%2B20221002-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "fe538201559ca37f44cd5f66c42a65fe7272cb4f1f63edd698b6f306771db1e9",
                "build": "20221002"
            },
            "3.9.13": {
                "path": "20220802/cpython-3.9.13%2B20220802-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "80415aac1b96255b9211f6a4c300f31e9940c7e07a23d0dec12b53aa52c0d25e",
                "build": "20220802"
            },
            "3.9.12": {
                "path": "20220502/cpython-3.9.12%2B20220502-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "2ee1426c181e65133e57dc55c6a685cb1fb5e63ef02d684b8a667d5c031c4203",
                "build": "20220502"
            },
            "3.9.11": {
                "path": "20220318/cpython-3.9.11%2B20220318-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "0e50f099409c5e651b5fddd16124af1d830d11653e786a93c28e5b8f8aa470c4",
                "build": "20220318"
            },
            "3.9.10": {
                "path": "20220227/cpython-3.9.10%2B20220227-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "12dd1f125762f47975990ec744532a1cf3db74ad60f4dfb476ca42deb7f78ca4",
                "build": "20220227"
            },
            "3.8.20": {
                "path": "20241002/cpython-3.8.20%2B20241002-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "75a187ebfab81096e3f3d91d70c1349e64defbdfb0e8a067cb5233d017655e31",
                "build": "20241002"
            },
            "3.8.19": {
                "path": "20240814/cpython-3.8.19%2B20240814-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz",
                "sha256": "202211923850303f521146ee1831642aaf357ffeeadbe13a0a91884317227528",
                "build": "20240814"
            },
            "3.8.18": {
                "path": "20240224/cpython-3.8.18%2B20240224-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "6588c9eed93833d9483d01fe40ac8935f691a1af8e583d404ec7666631b52487",
                "build": "20240224"
            },
            "3.8.17": {
                "path": "20230826/cpython-3.8.17%2B20230826-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "9f6d585091fe26906ff1dbb80437a3fe37a1e3db34d6ecc0098f3d6a78356682",
                "build": "20230826"
            },
            "3.8.16": {
                "path": "20230726/cpython-3.8.16%2B20230726-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "9c6615931fd1045bf9f2148aa7dd9ce1ece8575ed68a5483a0b615322a43d54c",
                "build": "20230726"
            },
            "3.8.15": {
                "path": "20221106/cpython-3.8.15%2B20221106-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "886ab33ced13c84bf59ce8ff79eba6448365bfcafea1bf415bd1d75e21b690aa",
                "build": "20221106"
            },
            "3.8.14": {
                "path": "20221002/cpython-3.8.14%2B20221002-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "c45e42deee43e3ebc4ca5b019c37d8ae25fb5b5f1ba5f602098a81b99d2bc804",
                "build": "20221002"
            },
            "3.8.13": {
                "path": "20220802/cpython-3.8.13%2B20220802-aarch64-unknown-linux-gnu-install_only.tar.gz",
                "sha256": "8dc7814bf3425bbf78c6e6e5a6529ded6ae463fa6a4b79c025b343bae4fd955a",
                "build": "20220802"
            }
        }
    },
    "generated": "2026-11-22"
};

;// CONCATENATED MODULE: ./src/toolchain/pbs-metadata.ts
/**
 * Orders dotted numeric versions ("3.11.9", CUDA labels "12.4" and "12.4.1"), the project's one
 * version comparator. Not semver: it rejects two-part labels; not PEP 440: nothing compared here
 * has pre-release or local parts (the tables and the x.y.z directory names hold none).
 */
function cmpVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++)
        if ((pa[i] ?? 0) !== (pb[i] ?? 0))
            return (pa[i] ?? 0) - (pb[i] ?? 0);
    return 0;
}
/**
 * Builds our table from uv's download metadata: CPython >= 3.8, linux gnu, x86_64/aarch64 baseline
 * builds, stable releases, whose URL lies under `base` (older indygreg-hosted builds are skipped).
 */
function pythonBuildsFromUv(data, source, base) {
    const prefix = `${base.replace(/\/+$/, '')}/`;
    const builds = { x86_64: {}, aarch64: {} };
    let skipped = 0;
    for (const e of Object.values(data)) {
        const family = e.arch.family;
        if (e.name !== 'cpython' || e.os !== 'linux' || e.libc !== 'gnu' || e.arch.variant || e.variant || e.prerelease)
            continue;
        if ((family !== 'x86_64' && family !== 'aarch64') || e.major !== 3 || e.minor < 8)
            continue;
        if (!e.sha256 || !e.url.startsWith(prefix) || !e.url.endsWith('.tar.gz')) {
            skipped++;
            continue;
        }
        builds[family][`${e.major}.${e.minor}.${e.patch}`] = { path: e.url.slice(prefix.length), sha256: e.sha256, build: e.build };
    }
    for (const m of ['x86_64', 'aarch64']) {
        builds[m] = Object.fromEntries(Object.keys(builds[m]).sort((a, b) => cmpVersions(b, a)).map((v) => [v, builds[m][v]]));
    }
    return { table: { source, base: prefix.slice(0, -1), builds }, skipped };
}

;// CONCATENATED MODULE: ./src/toolchain/python-builds.ts
// The vendored python-build-standalone table (data/python-builds.ts, regenerated by
// scripts/python-builds.ts from uv's download-metadata.json): which x.y.z exist per machine, where
// each archive lives relative to the release base URL, and the sha256 it must have.





const tables = new Map();
/** The vendored table, or the one at `file` (SWRT_PYTHON_BUILDS: a mirror with its own builds). */
function table(file) {
    const key = file ?? '';
    const known = tables.get(key);
    if (known)
        return known;
    let t = PYTHON_BUILDS;
    if (file) {
        try {
            t = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch (e) {
            throw new errors/* UserError */.yo(`cannot read the python builds table ${file}: ${e.message}`, { hint: 'fix SWRT_PYTHON_BUILDS or unset it' });
        }
        if (!t || typeof t.builds !== 'object')
            throw new errors/* UserError */.yo(`${file} is not a python builds table`, { hint: 'generate one with scripts/python-builds.ts' });
    }
    tables.set(key, t);
    return t;
}
function availablePythons(machine, file) {
    return Object.keys(table(file).builds[machine] ?? {}).sort(cmpVersions);
}
/** Shortens a version list for an error message: the newest patch of each minor. */
function newestPerMinor(versions) {
    const best = new Map();
    for (const v of [...versions].sort(cmpVersions))
        best.set(v.split('.').slice(0, 2).join('.'), v);
    return [...best.values()];
}
/** The build for "3.11" (newest patch) or "3.11.9" (exact) on `machine`. */
function pythonBuild(want, machine, file) {
    const builds = table(file).builds[machine] ?? {};
    const match = Object.keys(builds)
        .filter((v) => v === want || v.startsWith(`${want}.`))
        .sort(cmpVersions)
        .pop();
    if (!match) {
        throw new errors/* UserError */.yo(`Python ${want} is not available as a python-build-standalone download for linux-${machine}`, {
            hint: `available: ${newestPerMinor(availablePythons(machine, file)).join(', ')} (and earlier patches); or pass --python-path`,
        });
    }
    return { version: match, ...builds[match] };
}


/***/ }),

/***/ 434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mi: () => (/* binding */ PYTHON_TOOL),
  B6: () => (/* binding */ describeSource),
  Ti: () => (/* binding */ interpreterVersion),
  Lx: () => (/* binding */ resolvePython)
});

// UNUSED EXPORTS: defaultPython, findPython

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(7895);
// EXTERNAL MODULE: ./src/util/log.ts
var util_log = __webpack_require__(9906);
// EXTERNAL MODULE: ./src/toolchain/archive.ts
var archive = __webpack_require__(3213);
// EXTERNAL MODULE: ./src/util/identity-memo.ts
var identity_memo = __webpack_require__(3323);
;// CONCATENATED MODULE: ./src/toolchain/interpreter-facts.ts
// What a Python interpreter says about itself (its x.y.z), remembered by the identity of its binary
// (see cache/identity-memo.ts) in <local cache>/interpreters.json, so a build does not start a
// Python just to ask again. Only native executables are remembered: a script (a pyenv shim) may
// answer differently per directory. A remembered value that is not a plain version is ignored.


const VERSION_RE = /^\d+\.\d+\.\d+$/;
const isVersion = (v) => VERSION_RE.test(v);
/** ELF or Mach-O: a binary whose answer does not depend on the directory it runs in. */
function isNative(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch {
        return false;
    }
    try {
        const b = Buffer.alloc(4);
        if ((0,external_node_fs_.readSync)(fd, b, 0, 4, 0) !== 4)
            return false;
        return b.toString('latin1') === '\x7fELF' || [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(b.readUInt32BE(0));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The version remembered for the interpreter at `path`, if its binary is unchanged since. */
function rememberedVersion(path, env = process.env) {
    return isNative(path) ? new identity_memo/* IdentityMemo */.L('interpreters', env).recall(path, isVersion) : undefined;
}
/** Remembers what the interpreter at `path` answered; best effort. */
function rememberVersion(path, version, env = process.env) {
    if (isVersion(version) && isNative(path))
        new identity_memo/* IdentityMemo */.L('interpreters', env).remember(path, version);
}

// EXTERNAL MODULE: ./src/toolchain/context.ts
var context = __webpack_require__(3712);
// EXTERNAL MODULE: ./src/toolchain/download.ts
var download = __webpack_require__(1439);
// EXTERNAL MODULE: ./src/toolchain/python-builds.ts + 2 modules
var python_builds = __webpack_require__(4102);
// EXTERNAL MODULE: ./src/toolchain/tool-cache.ts
var tool_cache = __webpack_require__(6266);
;// CONCATENATED MODULE: ./src/toolchain/python.ts
// Finds or provisions the interpreter a runtime asks for. findPython looks only on this machine:
// an explicit path, then the runner's tool cache (setup-python's layout), then pyenv, then
// pythonX.Y on PATH. resolvePython adds our own tool-cache entry first and, when nothing local
// matches, downloads a verified python-build-standalone build into the tool cache. When no
// version is asked for, defaultPython decides: setup-python's interpreter (pythonLocation), else
// python3 on PATH, a shim (pyenv) resolved to the interpreter it runs.












/** Our tool name in the tool cache; distinct from setup-python's `Python`. */
const PYTHON_TOOL = 'swrt-python';
function matches(version, want) {
    return version === want || version.startsWith(`${want}.`);
}
/** The best x.y.z directory name under `dir` matching `want`, if any. */
function bestVersionDir(dir, want) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return undefined;
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && matches(v, want))
        .sort(python_builds/* cmpVersions */.sm)
        .pop();
}
/** An interpreter's exact version: remembered for an unchanged binary, else asked (and remembered). */
async function interpreterVersion(path, log) {
    const known = rememberedVersion(path);
    if (known)
        return known;
    const r = await (0,exec/* exec */.m0)(path, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { log: (0,util_log/* quietLog */.R3)(log) });
    const version = r.stdout.trim();
    rememberVersion(path, version);
    return version;
}
function candidates(want, ctx) {
    const env = ctx.env ?? process.env;
    const out = [];
    const toolCache = env.RUNNER_TOOL_CACHE;
    if (toolCache && want) {
        const ver = bestVersionDir((0,external_node_path_.join)(toolCache, 'Python'), want);
        if (ver)
            out.push({ path: (0,external_node_path_.join)(toolCache, 'Python', ver, (0,context/* toolCacheArch */.Tm)((0,context/* machineOf */.VT)({ log: ctx.log, arch: ctx.arch })), 'bin', 'python3'), source: 'setup-python' });
    }
    const pyenv = ctx.pyenvRoot ?? env.PYENV_ROOT ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.pyenv');
    if (want) {
        const ver = bestVersionDir((0,external_node_path_.join)(pyenv, 'versions'), want);
        if (ver)
            out.push({ path: (0,external_node_path_.join)(pyenv, 'versions', ver, 'bin', 'python3'), source: 'pyenv' });
    }
    const minor = want.split('.').slice(0, 2).join('.');
    const names = want ? [`python${minor}`] : ['python3'];
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        if (dir.includes(`${(0,external_node_path_.join)(pyenv, 'shims')}`))
            continue; // pyenv shims resolve to whatever is "global"
        for (const n of names)
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, n)))
                out.push({ path: (0,external_node_path_.join)(dir, n), source: 'path' });
    }
    return out.filter((c) => (0,external_node_fs_.existsSync)(c.path));
}
const SOURCE_LABEL = {
    explicit: '--python-path',
    'tool-cache': 'the swrt tool cache',
    'setup-python': "setup-python's tool cache",
    pyenv: 'pyenv',
    path: 'the interpreter on PATH',
    download: 'a python-build-standalone download',
    conda: 'the conda env',
};
/** Where an interpreter came from, in words. */
function describeSource(p) {
    return p.via ?? SOURCE_LABEL[p.source];
}
const under = (path, dir) => path.startsWith(`${dir.replace(/\/+$/, '')}/`);
/**
 * The interpreter for a runtime that asks for no version, as setup-python users expect: the one
 * setup-python installed (its pythonLocation), else the first python3 on PATH. That one is run
 * and asked for sys.executable, so a shim (pyenv's) names the real interpreter it chose.
 */
async function defaultPython(ctx) {
    const env = ctx.env ?? process.env;
    const loc = env.pythonLocation;
    if (loc) {
        const py = (0,external_node_path_.join)(loc, 'bin', 'python3');
        if ((0,external_node_fs_.existsSync)(py)) {
            const version = await interpreterVersion(py, ctx.log);
            return { version, path: py, source: 'setup-python', via: "setup-python's interpreter (pythonLocation)" };
        }
        ctx.log.warn(`pythonLocation is ${loc}, but it holds no bin/python3; looking for python3 on PATH`);
    }
    const pyenv = ctx.pyenvRoot ?? env.PYENV_ROOT ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.pyenv');
    const tried = [];
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        const onPath = (0,external_node_path_.join)(dir, 'python3');
        try {
            (0,external_node_fs_.accessSync)(onPath, external_node_fs_.constants.X_OK);
        }
        catch {
            continue;
        }
        const r = await (0,exec/* exec */.m0)(onPath, ['-c', 'import sys; print(sys.executable); print("%d.%d.%d" % sys.version_info[:3])'], { log: (0,util_log/* quietLog */.R3)(ctx.log), env, cwd: ctx.cwd, allowFailure: true }).catch(() => undefined);
        if (!r || r.code !== 0) {
            tried.push(`${onPath} (does not run${r?.stderr.trim() ? `: ${r.stderr.trim().split('\n').pop()}` : ''})`);
            continue;
        }
        const [exe = '', version = ''] = r.stdout.trim().split('\n').map((l) => l.trim());
        const path = exe && (0,external_node_fs_.existsSync)(exe) ? exe : onPath;
        const toolCache = env.RUNNER_TOOL_CACHE;
        const source = toolCache && under(path, (0,external_node_path_.join)(toolCache, 'Python')) ? 'setup-python' : under(path, (0,external_node_path_.join)(pyenv, 'versions')) ? 'pyenv' : 'path';
        return { version, path, source, via: 'python3 on PATH' };
    }
    throw new errors/* UserError */.yo('runtime.yaml sets no python, and there is no python3 to use', {
        hint: `${tried.length ? `found ${tried.join(', ')}; ` : ''}set environment.python in runtime.yaml, pass --python (action: python-version), or put python3 on PATH (actions/setup-python)`,
    });
}
async function findPython(req, ctx) {
    if (!req.version && !req.pythonPath)
        return defaultPython({ ...ctx, cwd: req.cwd });
    if (req.pythonPath) {
        if (!(0,external_node_fs_.existsSync)(req.pythonPath))
            throw new errors/* UserError */.yo(`python path ${req.pythonPath} does not exist`);
        const version = await interpreterVersion(req.pythonPath, ctx.log);
        if (req.version && !matches(version, req.version)) {
            throw new errors/* UserError */.yo(`python at ${req.pythonPath} is ${version}, but ${req.version} was asked for`, { hint: 'drop --python or point --python-path at the right interpreter' });
        }
        return { version, path: req.pythonPath, source: 'explicit' };
    }
    const tried = [];
    for (const c of candidates(req.version, ctx)) {
        let version;
        try {
            version = await interpreterVersion(c.path, ctx.log);
        }
        catch {
            tried.push(`${c.path} (does not run)`);
            continue;
        }
        if (!req.version || matches(version, req.version))
            return { version, path: c.path, source: c.source };
        tried.push(`${c.path} (${version})`);
    }
    throw new errors/* UserError */.yo(`no Python ${req.version || '3'} interpreter found`, {
        hint: `looked in RUNNER_TOOL_CACHE/Python, pyenv and PATH${tried.length ? `; found ${tried.join(', ')}` : ''}; install it (pyenv install ${req.version}) or pass --python-path`,
    });
}
function rootOf(path) {
    return (0,external_node_path_.join)(path, '..', '..');
}
/** The newest complete entry of our own tool cache matching `want`. */
function fromOwnToolCache(want, ctx) {
    const root = (0,context/* toolCacheRoot */.Hw)(ctx);
    const arch = (0,context/* toolCacheArch */.Tm)((0,context/* machineOf */.VT)(ctx));
    const dir = (0,external_node_path_.join)(root, PYTHON_TOOL);
    if (!(0,external_node_fs_.existsSync)(dir))
        return undefined;
    const versions = (0,external_node_fs_.readdirSync)(dir).filter((v) => /^\d+\.\d+\.\d+$/.test(v) && matches(v, want)).sort(python_builds/* cmpVersions */.sm).reverse();
    for (const version of versions) {
        // Trusted only when its marker names the archive digest the builds table pins for it.
        let pinned;
        try {
            pinned = (0,python_builds/* pythonBuild */.Dh)(version, (0,context/* machineOf */.VT)(ctx), (0,context/* pythonBuildsFile */._)(ctx)).sha256;
        }
        catch {
            continue;
        }
        const entry = { root, tool: PYTHON_TOOL, version, arch };
        const why = (0,tool_cache/* distrust */.p7)(entry, [pinned]);
        if (why && why !== 'no entry')
            ctx.log.warn(`Python ${version} in the tool cache (${(0,tool_cache/* entryDir */.yv)(entry)}) is not used: ${why}`);
        const home = why ? undefined : (0,tool_cache/* entryDir */.yv)(entry);
        if (home && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(home, 'bin', 'python3')))
            return { version, path: (0,external_node_path_.join)(home, 'bin', 'python3'), root: home, source: 'tool-cache' };
    }
    return undefined;
}
async function downloadPython(want, ctx) {
    const machine = (0,context/* machineOf */.VT)(ctx);
    const build = (0,python_builds/* pythonBuild */.Dh)(want, machine, (0,context/* pythonBuildsFile */._)(ctx));
    const entry = { root: (0,context/* toolCacheRoot */.Hw)(ctx), tool: PYTHON_TOOL, version: build.version, arch: (0,context/* toolCacheArch */.Tm)(machine) };
    const url = `${(0,context/* pythonMirror */.WY)(ctx)}/${build.path}`;
    const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'swrt-python-'));
    let bytes = 0;
    try {
        const file = (0,external_node_path_.join)(scratch, build.path.split('/').pop().replace(/%2B/gi, '+'));
        const home = await (0,tool_cache/* installCached */.Kx)(entry, async (tmp) => {
            bytes = (await (0,download/* download */.R)({ url, dest: file, what: `Python ${build.version} (python-build-standalone ${build.build}, linux-${machine})`, sha256: build.sha256 }, { log: ctx.log, fetch: ctx.fetch, retryDelayMs: ctx.retryDelayMs })).bytes;
            await (0,archive/* extractTool */.k)(file, tmp, { log: ctx.log, strip: 1, what: `Python ${build.version}` });
            const py = (0,external_node_path_.join)(tmp, 'bin', 'python3');
            if (!(0,external_node_fs_.existsSync)(py))
                throw new errors/* UserError */.yo(`the Python ${build.version} archive has no python/bin/python3`, { hint: 'the mirror serves something that is not an install_only build' });
            if (!ctx.arch || ctx.arch === (0,context/* machineOf */.VT)({ log: ctx.log })) {
                const got = await interpreterVersion(py, ctx.log).catch(() => '');
                if (got !== build.version)
                    throw new errors/* UserError */.yo(`the downloaded Python reports version ${got || 'nothing (it does not run)'}, expected ${build.version}`, { hint: 'the mirror serves a different build; check it' });
            }
        }, { sha256: [build.sha256], against: `the python-build-standalone ${build.build} table` });
        return { version: build.version, path: (0,external_node_path_.join)(home, 'bin', 'python3'), root: home, source: 'download', downloadedBytes: bytes };
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/**
 * The interpreter for "3.11" (newest patch found) or "3.11.9" (exact): an explicit path, our own
 * tool-cache entry, setup-python's entry, pyenv, pythonX.Y on PATH, else a verified download.
 */
async function resolvePython(req, ctx) {
    const pyCtx = { log: ctx.log, env: ctx.env, pyenvRoot: ctx.pyenvRoot, arch: ctx.arch };
    if (req.pythonPath || !req.version) {
        const found = await findPython(req, pyCtx);
        return { ...found, root: rootOf(found.path) };
    }
    const own = fromOwnToolCache(req.version, ctx);
    if (own) {
        ctx.log.info(`Python ${own.version}: tool cache hit (${own.root})`);
        return own;
    }
    try {
        const found = await findPython(req, pyCtx);
        ctx.log.info(`Python ${found.version}: found (${found.source}) at ${found.path}`);
        return { ...found, root: rootOf(found.path) };
    }
    catch (e) {
        if (!(e instanceof errors/* UserError */.yo))
            throw e;
        ctx.log.info(`Python ${req.version}: not on this machine; downloading python-build-standalone`);
    }
    return downloadPython(req.version, ctx);
}


/***/ }),

/***/ 6266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ installCached),
/* harmony export */   aY: () => (/* binding */ findCached),
/* harmony export */   p7: () => (/* binding */ distrust),
/* harmony export */   t7: () => (/* binding */ readMarker),
/* harmony export */   yv: () => (/* binding */ entryDir)
/* harmony export */ });
/* unused harmony exports MARKER_FORMAT, markerPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_identity_memo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3323);
/* harmony import */ var _util_tree_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6391);
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5138);
/* harmony import */ var _util_tmp_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5297);
// The tool-cache layout of @actions/tool-cache, kept by hand so the core needs no @actions/* and
// because tc.find trusts a bare marker file where we check digests (below). The layout is the same,
// so setup-python's entries are found here: <root>/<tool>/<version>/<arch> plus <arch>.complete.
// An entry is filled in a private temp dir and renamed into place, so a failed or concurrent install
// never leaves a half-written entry that a later run would trust.
//
// The marker is not a bare flag: it records the sha256 of what was installed (the archive or wheel),
// what that digest was verified against, the digest of the entry's file list, and optionally the
// sha256 of a few named files. A tool cache can be shared by unrelated builds and refilled from a
// cache layer, so an entry is used only when its marker names the pinned digest and the tree on
// disk still matches it; anything else is reinstalled.






const MARKER_FORMAT = 'swrt-tool-cache/1';
const HEX64 = /^[0-9a-f]{64}$/;
function entryDir(e) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(e.root, e.tool, e.version, e.arch);
}
const markerPath = (e) => `${entryDir(e)}.complete`;
/**
 * fileSha256Sync, remembered per file identity (cache/identity-memo.ts): a named file in an entry
 * (uv's 40 MB binary) is read and hashed once, not on every build, and again whenever it is
 * written or replaced.
 */
function memoSha256(path) {
    const memo = new _util_identity_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .IdentityMemo */ .L('file-sha256');
    const known = memo.recall(path, (v) => HEX64.test(v));
    if (known)
        return known;
    const sha = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .fileSha256Sync */ .zY)(path);
    memo.remember(path, sha);
    return sha;
}
/** The entry's marker when it is well-formed (an empty or legacy marker is not). */
function readMarker(e) {
    let m;
    try {
        m = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(markerPath(e), 'utf8'));
    }
    catch {
        return undefined;
    }
    if (m?.format !== MARKER_FORMAT || typeof m.tree !== 'string' || typeof m.against !== 'string')
        return undefined;
    if (!Array.isArray(m.sha256) || !m.sha256.length || !m.sha256.every((h) => typeof h === 'string' && HEX64.test(h)))
        return undefined;
    if (m.files !== undefined && (typeof m.files !== 'object' || m.files === null || !Object.values(m.files).every((h) => typeof h === 'string' && HEX64.test(h))))
        return undefined;
    return m;
}
/**
 * Why the entry cannot be used, or undefined when it can: its marker must be well-formed, name
 * only digests in `pinned` (when a pin is known), and the tree and named files must be unchanged.
 */
function distrust(e, pinned) {
    const dir = entryDir(e);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return 'no entry';
    const m = readMarker(e);
    if (!m)
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(markerPath(e)) ? 'its completion marker is empty or not ours' : 'it has no completion marker';
    const pins = pinned?.map((h) => h.toLowerCase());
    if (pins && !m.sha256.every((h) => pins.includes(h)))
        return `its marker names sha256 ${m.sha256.join(', ')}, not the pinned ${pins.join(', ')}`;
    for (const [rel, want] of Object.entries(m.files ?? {})) {
        const f = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, rel);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f) || memoSha256(f) !== want)
            return `${rel} is not the file that was installed`;
    }
    if ((0,_util_tree_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .treeDigest */ .fZ)(dir) !== m.tree)
        return 'its files changed since it was installed';
    return undefined;
}
/** The entry's directory when it is complete and trusted (see distrust), else undefined. */
function findCached(e, pinned) {
    return distrust(e, pinned) === undefined ? entryDir(e) : undefined;
}
function removeIfEmpty(dir) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).length === 0)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)(dir);
    }
    catch {
        // raced with another install, or already gone: either way nothing of ours is left
    }
}
/** Whether a marker's named files are the ones `want` names (a parallel install of the same bytes). */
const sameFiles = (have, want) => Object.entries(want ?? {}).every(([rel, h]) => have?.[rel] === h);
function writeMarker(e, marker) {
    const tmp = (0,_util_tmp_js__WEBPACK_IMPORTED_MODULE_5__/* .tmpName */ .BI)(markerPath(e));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, `${JSON.stringify(marker)}\n`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, markerPath(e));
}
/**
 * Runs `fill(tmp)` in a temp dir beside the entry, then renames it into place and writes the
 * marker. `fill` returns the provenance of what it installed (or `provenance` gives it up front).
 * On any failure the temp dir is removed and the error passes through. When another process
 * completed the same entry first, and it is trusted, theirs is kept; an untrusted entry is replaced.
 */
async function installCached(e, fill, provenance) {
    const dir = entryDir(e);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir), { recursive: true });
    const tmp = (0,_util_tmp_js__WEBPACK_IMPORTED_MODULE_5__/* .tmpName */ .BI)(dir);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(tmp);
    try {
        const prov = (await fill(tmp)) ?? provenance;
        if (!prov || !prov.sha256.length)
            throw new Error(`tool cache ${e.tool} ${e.version}: installed without a verified sha256`);
        if (findCached(e, prov.sha256) && sameFiles(readMarker(e)?.files, prov.files)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { recursive: true, force: true });
            return dir;
        }
        const marker = { format: MARKER_FORMAT, sha256: prov.sha256.map((h) => h.toLowerCase()), against: prov.against, ...(prov.files ? { files: prov.files } : {}), tree: (0,_util_tree_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .treeDigest */ .fZ)(tmp) };
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(markerPath(e), { force: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true }); // debris, or an entry that is not trusted
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, dir);
        writeMarker(e, marker);
        return dir;
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(tmp, { recursive: true, force: true });
        removeIfEmpty((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir));
        removeIfEmpty((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)));
        throw err;
    }
}


/***/ }),

/***/ 5105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ writeAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _tmp_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5297);
// Writes a whole file or nothing: the content goes to a unique temp name next to it, then a
// rename puts it in place, so a reader never sees a half-written file.



function writeAtomic(file, content) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    const tmp = (0,_tmp_js__WEBPACK_IMPORTED_MODULE_2__/* .tmpName */ .BI)(file);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, content);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
}


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

/***/ 3323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ IdentityMemo)
/* harmony export */ });
/* unused harmony export fileIdentity */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5105);
/* harmony import */ var _cache_root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2475);
// Facts about a file that cost a subprocess or a full read to learn (an interpreter's version, a
// big binary's sha256), remembered in <local cache>/<name>.json by the file's identity: real path,
// device, inode, size, mtime and ctime. Any write to the file, or a new file in its place, changes
// the identity (a write moves ctime, which no user can set back), so a remembered fact is only
// ever used for the very file it was learned from. The memo is read as untrusted: the caller
// validates what it gets, and a memo that cannot be read or written is simply not used.




const MAX_RECORDS = 64;
const MAX_FILE_BYTES = 256 * 1024;
/** The file's real path and an identity that changes when it is replaced or written; undefined when it is not a readable regular file. */
function fileIdentity(path) {
    try {
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real, { bigint: true });
        if (!st.isFile())
            return undefined;
        return { real, id: `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}` };
    }
    catch {
        return undefined;
    }
}
function load(file) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size > MAX_FILE_BYTES)
            return {};
        const r = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        return r && typeof r === 'object' && !Array.isArray(r) ? r : {};
    }
    catch {
        return {};
    }
}
class IdentityMemo {
    name;
    env;
    constructor(name, env = process.env) {
        this.name = name;
        this.env = env;
    }
    get file() {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_cache_root_js__WEBPACK_IMPORTED_MODULE_3__/* .localCacheRoot */ .i)(this.env), `${this.name}.json`);
    }
    /** What was remembered for the file at `path`, if it is still the same file and `valid` accepts it. */
    recall(path, valid) {
        const who = fileIdentity(path);
        if (!who)
            return undefined;
        const rec = load(this.file)[who.real];
        return rec && rec.id === who.id && typeof rec.value === 'string' && valid(rec.value) ? rec.value : undefined;
    }
    /** Remembers `value` for the file at `path` as it is now; best effort. */
    remember(path, value) {
        const who = fileIdentity(path);
        if (!who)
            return;
        try {
            const all = load(this.file);
            all[who.real] = { id: who.id, value, at: Date.now() };
            const kept = Object.entries(all)
                .sort((a, b) => (b[1]?.at ?? 0) - (a[1]?.at ?? 0))
                .slice(0, MAX_RECORDS);
            (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeAtomic */ .v)(this.file, `${JSON.stringify(Object.fromEntries(kept))}\n`);
        }
        catch {
            // read-only home, full disk: the fact is learned again next time
        }
    }
}


/***/ }),

/***/ 9830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ idleTimeoutFromEnv),
/* harmony export */   q: () => (/* binding */ DEFAULT_IDLE_MS)
/* harmony export */ });
// How long a network reply may send nothing before it is abandoned: SWRT_HTTP_IDLE_TIMEOUT
// seconds, else 90 s. Shared by the Starwhale client and the tool downloads.
const DEFAULT_IDLE_MS = 90_000;
/** SWRT_HTTP_IDLE_TIMEOUT (seconds) as milliseconds, when set to a positive number. */
function idleTimeoutFromEnv(env = process.env) {
    const s = Number(env.SWRT_HTTP_IDLE_TIMEOUT);
    return Number.isFinite(s) && s > 0 ? s * 1000 : undefined;
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
