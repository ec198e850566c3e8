export const id = 179;
export const ids = [179];
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


/***/ })

};
