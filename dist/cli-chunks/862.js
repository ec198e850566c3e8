export const id = 862;
export const ids = [862];
export const modules = {

/***/ 2779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ CRAFTED_HINT),
/* harmony export */   tZ: () => (/* binding */ scanTar),
/* harmony export */   uU: () => (/* binding */ TarRefusal)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8697);
// Reads a tar (plain or gzip) strictly, entry by entry: any damage node-tar notices is an error, a
// member shorter than its header says is an error, and so is an archive that stops before its
// end-of-archive blocks (node-tar alone accepts that). Everything that reads an archive from outside
// (info, extract, restore, packed envs, downloads) goes through here, so they all see the same thing.


const CRAFTED_HINT = 'the archive was crafted or corrupted; do not use it';
/** Why an archive was refused (the caller adds which archive and turns it into a UserError). */
class TarRefusal extends Error {
    constructor(message) {
        super(message);
        this.name = 'TarRefusal';
    }
}
/**
 * Calls `onEntry` for every entry, in order; the callback consumes (or resumes) the entry and may
 * return a promise the scan waits for at the end. Throwing (or rejecting) stops the scan.
 */
async function scanTar(file, onEntry) {
    const parser = new tar__WEBPACK_IMPORTED_MODULE_1__/* .Parser */ .iX({ strict: true });
    const input = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file);
    const pending = [];
    let failure;
    let sawEof = false;
    let finish = () => undefined;
    const done = new Promise((resolve) => (finish = resolve));
    const fail = (e) => {
        if (failure !== undefined)
            return;
        failure = e;
        input.unpipe(parser);
        input.destroy();
        finish();
    };
    parser.on('end', () => finish());
    parser.on('close', () => finish());
    parser.on('error', (e) => fail(new TarRefusal(e.message.replace(/^TAR_[A-Z_]+: /, ''))));
    input.on('error', (e) => fail(e));
    parser.on('warn', (_code, message) => fail(new TarRefusal(message)));
    parser.on('eof', () => (sawEof = true));
    parser.on('entry', (e) => {
        if (failure !== undefined)
            return void e.resume();
        let got = 0;
        e.on('data', (c) => (got += c.length));
        const ended = new Promise((resolve) => e.on('end', resolve));
        pending.push(ended.then(() => {
            if (got !== e.size)
                fail(new TarRefusal(`"${e.path}" is cut short (${got} of ${e.size} bytes)`));
        }));
        try {
            const p = onEntry(e);
            if (p)
                pending.push(p.then(undefined, fail));
        }
        catch (err) {
            fail(err);
            e.resume();
        }
    });
    input.pipe(parser);
    await done;
    // on failure the entry being read may never end: nothing more is waited for
    if (failure !== undefined)
        throw failure;
    await Promise.all(pending);
    if (failure !== undefined)
        throw failure;
    if (!sawEof)
        throw new TarRefusal('it ends without the end-of-archive blocks (truncated)');
}


/***/ }),

/***/ 9281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ publicPipConfig),
/* harmony export */   B9: () => (/* binding */ indexCredentials),
/* harmony export */   H9: () => (/* binding */ uvEnv),
/* harmony export */   He: () => (/* binding */ uvArgs),
/* harmony export */   PH: () => (/* binding */ stripCredentials),
/* harmony export */   Qp: () => (/* binding */ stripYamlCredentials),
/* harmony export */   SQ: () => (/* binding */ guardCredentials),
/* harmony export */   Xc: () => (/* binding */ pipArgs),
/* harmony export */   _H: () => (/* binding */ stripUserinfo),
/* harmony export */   qV: () => (/* binding */ resolvePipOptions)
/* harmony export */ });
/* unused harmony exports hasUserinfo, credentialWarning */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _spec_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(201);
// Package-index options with Starwhale's precedence (docs/starwhale-compat.md: Restore order): SW_PYPI_INDEX_URL
// beats configs.pip.index_url (which then becomes an extra index), extra URLs and trusted hosts
// are env first then config, timeout/retries from SW_PYPI_TIMEOUT/SW_PYPI_RETRIES. Credentials in
// index URLs are used for the build and never leave it: stripped from anything that is published.


const words = (s) => (s ?? '').split(/\s+/).filter(Boolean);
function resolvePipOptions(cfg, env = process.env) {
    const cfgExtra = cfg.extra_index_url.filter(Boolean);
    const fromEnv = env.SW_PYPI_INDEX_URL?.trim() ?? '';
    const extras = [...words(env.SW_PYPI_EXTRA_INDEX_URL), ...cfgExtra];
    if (fromEnv && cfg.index_url)
        extras.push(cfg.index_url);
    return {
        indexUrl: fromEnv || cfg.index_url,
        extraIndexUrls: [...new Set(extras)],
        trustedHosts: [...new Set([...words(env.SW_PYPI_TRUSTED_HOST), ...cfg.trusted_host.filter(Boolean)])],
        timeout: Number(env.SW_PYPI_TIMEOUT) || 90,
        retries: Number(env.SW_PYPI_RETRIES) || 10,
    };
}
/** Passwords (and tokens) embedded in index URLs: masked in logs, never part of cache keys. */
function indexCredentials(o) {
    const out = [];
    for (const u of [o.indexUrl, ...o.extraIndexUrls]) {
        try {
            const url = new URL(u);
            if (url.password)
                out.push(decodeURIComponent(url.password), url.password);
            else if (url.username)
                out.push(decodeURIComponent(url.username), url.username);
        }
        catch {
            // not a URL (e.g. a local path): nothing secret in it
        }
    }
    return out;
}
/** `https://user:pw@host/simple` -> `https://host/simple`: credentials never reach a key or a log. */
function stripCredentials(u) {
    try {
        const url = new URL(u);
        url.username = '';
        url.password = '';
        return url.toString();
    }
    catch {
        return u.replace(/\/\/[^/@\s]*@/, '//');
    }
}
function pipArgs(o) {
    const args = ['--timeout', String(o.timeout), '--retries', String(o.retries)];
    if (o.indexUrl)
        args.push('--index-url', o.indexUrl);
    for (const u of o.extraIndexUrls)
        args.push('--extra-index-url', u);
    for (const h of o.trustedHosts)
        args.push('--trusted-host', h);
    return args;
}
function uvArgs(o) {
    const args = [];
    if (o.indexUrl)
        args.push('--index-url', o.indexUrl);
    for (const u of o.extraIndexUrls)
        args.push('--extra-index-url', u);
    // pip looks at every index for the best version; uv stops at the first index that has the name.
    if (o.extraIndexUrls.length)
        args.push('--index-strategy', 'unsafe-best-match');
    for (const h of o.trustedHosts)
        args.push('--allow-insecure-host', h);
    return args;
}
/** uv's retry/timeout knobs are environment variables. */
function uvEnv(o) {
    return { UV_HTTP_TIMEOUT: String(o.timeout), UV_HTTP_RETRIES: String(o.retries) };
}
/** `scheme://user:pw@` inside any text (one URL or several): the userinfo part. */
// Up to the authority's last @: a password with an unescaped @ is cut whole, as pip reads it.
const USERINFO = /([a-z][a-z0-9+.-]*:\/\/)[^/?#\s'"]*@/gi;
/** Removes the `user:pw@` of every URL in `text` and leaves every other character as it was. */
function stripUserinfo(text) {
    return text.replace(USERINFO, '$1');
}
const hasUserinfo = (text) => stripUserinfo(text) !== text;
/** The pip config as it may be published (manifest `configs`): no credentials in any index URL. */
function publicPipConfig(cfg) {
    return { ...cfg, index_url: stripUserinfo(cfg.index_url), extra_index_url: cfg.extra_index_url.map(stripUserinfo) };
}
/** The one warning a build gives when runtime.yaml (or a file it names) carries credentials, or undefined. */
function credentialWarning(cfg, others = []) {
    const where = [hasUserinfo(cfg.index_url) ? 'index_url' : '', cfg.extra_index_url.some(hasUserinfo) ? 'extra_index_url' : ''].filter(Boolean);
    if (!where.length && !others.length)
        return undefined;
    const vars = where.map((w) => (w === 'index_url' ? 'SW_PYPI_INDEX_URL' : 'SW_PYPI_EXTRA_INDEX_URL'));
    const places = [...where.map((w) => `configs.pip.${w}`), ...others].join(', ');
    const advice = [vars.length ? `pass index credentials in ${vars.join(' / ')}` : '', others.length ? 'keep the others in ~/.netrc or a condarc outside the project' : ''].filter(Boolean).join('; ');
    return `runtime.yaml has credentials in ${places}: the build uses them, the bundle gets the URLs without them; ${advice} (an action secret in CI) instead`;
}
/**
 * Where a build loads its spec: every credential it holds (index URLs as resolved, conda channels
 * and condarc, direct-URL requirements, the URLs of its requirements files) becomes a secret, and
 * one warning names where they are.
 */
function guardCredentials(spec, pip, log, requirementFiles = []) {
    for (const s of indexCredentials(pip))
        log.secret(s);
    const found = (0,_spec_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .specCredentials */ .Up)(spec);
    for (const s of found.secrets)
        log.secret(s);
    const places = [...found.places];
    for (const f of requirementFiles) {
        const secrets = (0,_spec_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .urlSecrets */ .Fn)(f.text);
        for (const s of secrets)
            log.secret(s);
        if (secrets.length)
            places.push(`requirements file ${f.path}`);
    }
    const w = credentialWarning(spec.configs.pip, places);
    if (w)
        log.warn(w);
}
/** Each string scalar of runtime.yaml that may carry a credential, with how to strip it. */
function credentialScalars(doc) {
    const out = [];
    const seen = new Set();
    const walk = (n, strip, deep) => {
        const node = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(n) ? n.resolve(doc) : n;
        if (!node || seen.has(node))
            return;
        seen.add(node);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            if (typeof node.value === 'string' && node.range)
                out.push({ node, strip });
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                walk(item, strip, deep);
        }
        else if (deep && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            for (const pair of node.items)
                walk(pair.value, strip, deep);
        }
    };
    const pip = doc.getIn(['configs', 'pip'], true);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pip))
        for (const key of ['index_url', 'extra_index_url'])
            walk(pip.get(key, true), stripUserinfo, false);
    walk(doc.getIn(['environment', 'starwhale_version'], true), stripUserinfo, false);
    const conda = doc.getIn(['configs', 'conda'], true);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(conda)) {
        walk(conda.get('channels', true), _spec_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .stripCondaSecrets */ .Pv, false);
        walk(conda.get('condarc', true), _spec_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .stripCondaSecrets */ .Pv, true);
    }
    const deps = doc.get('dependencies', true);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(deps)) {
        for (const item of deps.items) {
            const dep = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(item) ? item.resolve(doc) : item;
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(dep))
                continue;
            walk(dep.get('pip', true), _spec_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .stripPipSecrets */ .pZ, false);
            walk(dep.get('conda', true), _spec_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .stripCondaSecrets */ .Pv, false);
        }
    }
    return out;
}
/**
 * runtime.yaml's text with the credentials in configs.pip.index_url / extra_index_url, configs.conda
 * (channels, condarc) and the pip / conda dependencies removed: only those characters change, so
 * comments, order and quoting stay as the author wrote them.
 */
function stripYamlCredentials(raw) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(raw, { uniqueKeys: false });
    }
    catch {
        return (0,_spec_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .stripPipSecrets */ .pZ)((0,_spec_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .stripCondaSecrets */ .Pv)(stripUserinfo(raw)));
    }
    if (doc.errors.length)
        return (0,_spec_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .stripPipSecrets */ .pZ)((0,_spec_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .stripCondaSecrets */ .Pv)(stripUserinfo(raw)));
    const scalars = credentialScalars(doc);
    const edits = scalars.map(({ node, strip }) => ({ start: node.range[0], end: node.range[1], strip })).sort((a, b) => b.start - a.start);
    let out = raw;
    for (const e of edits)
        out = out.slice(0, e.start) + e.strip(out.slice(e.start, e.end)) + out.slice(e.end);
    // An escaped form the text edit cannot see (`\x40` for `@` in a double-quoted string): rewrite the values.
    let leaks = true;
    try {
        const again = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(out, { uniqueKeys: false });
        leaks = again.errors.length > 0 || credentialScalars(again).some(({ node, strip }) => strip(String(node.value)) !== node.value);
    }
    catch {
        // could not read it back: rewrite the values below
    }
    if (!leaks)
        return out;
    for (const { node, strip } of scalars)
        node.value = strip(String(node.value));
    return doc.toString();
}


/***/ }),

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ publicDeps),
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   HR: () => (/* binding */ publicCondaConfig),
/* harmony export */   Pv: () => (/* binding */ condaStrip),
/* harmony export */   Up: () => (/* binding */ specCredentials),
/* harmony export */   pZ: () => (/* binding */ pipStrip),
/* harmony export */   sz: () => (/* binding */ publicRequirements)
/* harmony export */ });
/* unused harmony export stripUrlSecrets */
/** A URL inside any text: scheme://… up to whitespace or a quote. */
const URL_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/[^\s'"<>]+/gi;
/** scheme://userinfo@ at the start of a URL (up to the last `@` before the path, as pip reads it). */
const URL_USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;
/** Schemes where a bare user name is a token (GitHub/GitLab over https), not an ssh login. */
const HTTP_FAMILY = /^([a-z]+\+)?https?:\/\//i;
/** `${VAR}` / `${A}:${B}`: pip expands these in a requirements file; nothing secret is written. */
const ENV_REFS = /^(\$\{\w+\})?(:(\$\{\w+\})?)?$/;
/** conda's token in a channel URL (conda strips `/t/<token>` the same way). */
const CONDA_TOKEN = /\/t\/([A-Za-z0-9_-]+)(?=\/|$)/;
const decoded = (s) => {
    try {
        const d = decodeURIComponent(s);
        return d === s ? [s] : [d, s];
    }
    catch {
        return [s];
    }
};
/** The secret parts of one URL's userinfo: the password, or for http(s) a user name alone (a token). */
function userinfoSecrets(url) {
    const m = URL_USERINFO.exec(url);
    if (!m || ENV_REFS.test(m[2]))
        return [];
    const [user, ...rest] = m[2].split(':');
    const password = rest.join(':');
    if (password)
        return decoded(password);
    return user && HTTP_FAMILY.test(url) ? decoded(user) : [];
}
/** One URL without its credentials: all the userinfo of an http(s) URL, the password of any other. */
function stripUrl(url, conda) {
    let out = url;
    const m = URL_USERINFO.exec(out);
    if (m && userinfoSecrets(out).length) {
        const keep = HTTP_FAMILY.test(out) ? '' : `${m[2].split(':')[0]}@`;
        out = m[1] + keep + out.slice(m[0].length);
    }
    return conda ? out.replace(CONDA_TOKEN, '') : out;
}
/** Every credential in the URLs of `text`; with `conda`, conda's `/t/<token>` too. */
function urlSecrets(text, conda = false) {
    const out = [];
    for (const url of text.match(URL_IN_TEXT) ?? []) {
        out.push(...userinfoSecrets(url));
        const t = conda ? CONDA_TOKEN.exec(url) : null;
        if (t)
            out.push(t[1]);
    }
    return out;
}
/** `text` with the credentials of every URL in it removed; every other character as it was. */
function stripUrlSecrets(text, conda = false) {
    return text.replace(URL_IN_TEXT, (url) => stripUrl(url, conda));
}
/** Every string under a condarc value (channels, default_channels, channel_alias, custom_channels, proxy_servers…). */
function strings(v) {
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v))
        return v.flatMap(strings);
    if (v && typeof v === 'object')
        return Object.values(v).flatMap(strings);
    return [];
}
/** The same value with every string in it passed through `f` (keys stay). */
function mapStrings(v, f) {
    if (typeof v === 'string')
        return f(v);
    if (Array.isArray(v))
        return v.map((x) => mapStrings(x, f));
    if (v && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
    return v;
}
const condaStrip = (s) => stripUrlSecrets(s, true);
const pipStrip = (s) => stripUrlSecrets(s);
/** configs.conda as it may be published: no credentials in a channel or a condarc value. */
function publicCondaConfig(conda) {
    return { channels: conda.channels.map(condaStrip), condarc: mapStrings(conda.condarc, condaStrip) };
}
/** raw_deps as they may be published: pip requirements and conda packages without URL credentials. */
function publicDeps(deps) {
    return deps.map((d) => {
        if (d.kind === 'pip_pkg')
            return { ...d, deps: d.deps.map(pipStrip) };
        if (d.kind === 'conda_pkg')
            return { ...d, deps: d.deps.map(condaStrip) };
        return d;
    });
}
/** Where in the spec (besides configs.pip) credentials sit, and what they are. */
function specCredentials(spec) {
    const found = [
        ['configs.conda.channels', spec.configs.conda.channels.flatMap((c) => urlSecrets(c, true))],
        ['configs.conda.condarc', strings(spec.configs.conda.condarc).flatMap((c) => urlSecrets(c, true))],
        ['pip dependencies', spec.dependencies.flatMap((d) => (d.kind === 'pip_pkg' ? d.deps.flatMap((p) => urlSecrets(p)) : []))],
        ['conda dependencies', spec.dependencies.flatMap((d) => (d.kind === 'conda_pkg' ? d.deps.flatMap((p) => urlSecrets(p, true)) : []))],
    ];
    const hits = found.filter(([, s]) => s.length);
    return { places: hits.map(([p]) => p), secrets: hits.flatMap(([, s]) => s) };
}
/** A requirements file as it may be published, or undefined when it has no credentials to cut. */
function publicRequirements(text) {
    const out = pipStrip(text);
    return out === text ? undefined : out;
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
