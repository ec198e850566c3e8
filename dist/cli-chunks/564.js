export const id = 564;
export const ids = [564];
export const modules = {

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
