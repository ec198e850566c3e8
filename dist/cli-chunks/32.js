export const id = 32;
export const ids = [32];
export const modules = {

/***/ 7032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listStore: () => (/* binding */ listStore),
/* harmony export */   recoverRuntime: () => (/* binding */ recoverRuntime),
/* harmony export */   removeRuntime: () => (/* binding */ removeRuntime),
/* harmony export */   runtimeHistory: () => (/* binding */ runtimeHistory),
/* harmony export */   runtimeInfo: () => (/* binding */ runtimeInfo),
/* harmony export */   tagRuntime: () => (/* binding */ tagRuntime)
/* harmony export */ });
/* harmony import */ var _bundle_swrt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8134);
/* harmony import */ var _store_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9250);
/* harmony import */ var _store_uri_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6007);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
// The local store verbs swcli has (info, list, history, tag, remove, recover), from a runtime URI
// as a user types it to the store operation, so the front doors only parse and print.




/** A stored runtime (URI) or a .swrt file, with the manifest it carries. */
async function runtimeInfo(uri) {
    const v = (0,_store_uri_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveLocal */ .i)(uri);
    const manifest = await (0,_bundle_swrt_js__WEBPACK_IMPORTED_MODULE_0__/* .readManifest */ .WI)(v.path);
    return { name: manifest.name ?? v.name, version: manifest.version ?? v.version, path: v.path, tags: v.tags, size: v.size, manifest };
}
function listStore(project, opts) {
    return (0,_store_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listRuntimes */ .ct)(new _store_store_js__WEBPACK_IMPORTED_MODULE_1__/* .LocalStore */ .Vs(undefined, project), opts);
}
function runtimeHistory(uri) {
    const ref = (0,_store_uri_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLocalUri */ .B)(uri);
    return new _store_store_js__WEBPACK_IMPORTED_MODULE_1__/* .LocalStore */ .Vs(undefined, ref.project).versions(ref.name);
}
function recoverRuntime(uri, force) {
    const ref = (0,_store_uri_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLocalUri */ .B)(uri);
    return new _store_store_js__WEBPACK_IMPORTED_MODULE_1__/* .LocalStore */ .Vs(undefined, ref.project).recover(ref.name, ref.version, force);
}
/** Removes a stored version (recoverable unless `force`); returns which one. */
function removeRuntime(uri, force) {
    const v = (0,_store_uri_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveLocal */ .i)(uri);
    if (!v.store)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('give a runtime URI, not a file');
    v.store.remove(v.name, v.version, force);
    return { name: v.name, version: v.version };
}
/** Adds (or with `remove`, drops) tags on a stored version; returns it as it now stands. */
function tagRuntime(uri, tags, remove) {
    const v = (0,_store_uri_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveLocal */ .i)(uri);
    if (!v.store)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('tags live in the store; give a runtime URI, not a file');
    v.store.tag(v.name, v.version, tags, remove);
    return v.store.findVersion(v.name, v.version);
}


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
