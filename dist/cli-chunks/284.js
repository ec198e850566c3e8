export const id = 284;
export const ids = [284];
export const modules = {

/***/ 7284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  copyRuntime: () => (/* binding */ copyRuntime)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/bundle/swrt.ts
var swrt = __webpack_require__(8134);
// EXTERNAL MODULE: ./src/remote/auth.ts
var remote_auth = __webpack_require__(4038);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/util/names.ts
var names = __webpack_require__(5888);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/remote/http.ts
var http = __webpack_require__(4140);
// EXTERNAL MODULE: ./src/remote/uri.ts
var uri = __webpack_require__(8244);
// EXTERNAL MODULE: ./src/util/idle-timeout.ts
var idle_timeout = __webpack_require__(9830);
;// CONCATENATED MODULE: ./src/util/one-line.ts
// Text from outside (a server reply, a cache key) put on one line of a log or a summary.
/** Control characters and line separators folded to one space: the text can neither break a line nor start a workflow command. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/remote/client.ts
// The Starwhale server API a runtime copy needs (docs/starwhale-compat.md: Server protocol): the {code, message, data} envelope, project
// name → id, version existence, the multipart upload, tags, version resolution and the download.
// A reply is input: its shape and types are checked before use, its text is printed only cleaned
// (the token masked, one line, capped). Errors name the instance and say what to do; the token is
// only ever put in a header.










const enc = encodeURIComponent;
/** A project, runtime or version as one path segment: `.`, `..` and empty are refused, the rest encoded. */
const seg = (kind, value) => enc((0,uri/* checkSegment */.cr)(kind, value));
const INSECURE_HINT = 'for a self-signed server, trust its CA with NODE_EXTRA_CA_CERTS=ca.pem, or turn verification off with --insecure (swrt copy), server-insecure: true (action) or SWRT_INSECURE=1';
const NOT_STARWHALE = 'check the server URL: a Starwhale server does not answer this way';
function connectionHint(code) {
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return 'check the host name in the server URL, and the DNS of this machine';
    if (code === 'ECONNREFUSED')
        return 'nothing listens there: check the server URL and port, and that the server is up';
    if (code === 'ETIMEDOUT')
        return 'the server stopped answering: check the URL, proxies and firewalls (SWRT_HTTP_IDLE_TIMEOUT sets the wait)';
    return 'check the server URL and the network, then run it again';
}
class StarwhaleClient {
    opts;
    instanceUrl;
    retry;
    idleMs;
    constructor(opts) {
        this.opts = opts;
        this.instanceUrl = (0,uri/* checkInstanceUrl */.BY)(opts.instanceUrl);
        this.retry = { ...http/* DEFAULT_RETRY */.vI, ...opts.retry };
        this.idleMs = opts.idleTimeoutMs ?? (0,idle_timeout/* idleTimeoutFromEnv */.P)() ?? idle_timeout/* DEFAULT_IDLE_MS */.q;
    }
    url(path) {
        return `${this.instanceUrl}/api/v1/${path}`;
    }
    headers(json) {
        const h = {};
        if (json)
            h['Content-Type'] = 'application/json';
        if (this.opts.token)
            h.Authorization = this.opts.token;
        const alias = process.env.SW_CLIENT_FAVORED_OSS_DOMAIN_ALIAS;
        if (alias)
            h.SW_CLIENT_FAVORED_OSS_DOMAIN_ALIAS = alias;
        return h;
    }
    /** `text` with the token (with and without `Bearer `) masked. */
    mask(text) {
        const t = this.opts.token;
        if (!t)
            return text;
        const raw = t.replace(/^bearer\s+/i, '');
        let out = text.split(t).join('***');
        if (raw.length >= 4)
            out = out.split(raw).join('***');
        return out;
    }
    /** Server text made printable: masked, control characters folded to spaces, at most `max` characters. */
    clean(text, max = 200) {
        const one = oneLine(this.mask(text));
        return one.length > max ? `${one.slice(0, max)}…` : one;
    }
    /** The same error with the token masked in its message and hint (user errors only). */
    masked(e) {
        if (!(e instanceof errors/* UserError */.yo))
            return e;
        const msg = this.mask(e.message);
        const hint = e.hint === undefined ? undefined : this.mask(e.hint);
        if (msg === e.message && hint === e.hint)
            return e;
        return new errors/* UserError */.yo(msg, { hint, where: e.where });
    }
    httpCall(method, path, extra = {}) {
        return { method, url: this.url(path), headers: this.headers(false), timeoutMs: this.idleMs, insecure: this.opts.insecure, ...extra };
    }
    /** A transport failure as one line that names the instance. */
    transportError(e, what) {
        if (e instanceof http/* ConnectionError */.Rc) {
            if (e.tls)
                return new errors/* UserError */.yo(`cannot verify the TLS certificate of ${this.instanceUrl} (${this.clean(e.message)})`, { hint: INSECURE_HINT });
            const tries = e.attempts > 1 ? ` after ${e.attempts} attempts` : '';
            return new errors/* UserError */.yo(`cannot reach ${this.instanceUrl} for ${what}${tries}: ${this.clean(e.message)}`, { hint: connectionHint(e.code) });
        }
        if (e instanceof http/* ReplyTooLarge */.mV) {
            return new errors/* UserError */.yo(`${this.instanceUrl} sent a reply over ${http/* MAX_REPLY_BYTES */.Kf / 2 ** 20} MiB to ${what}; refused`, { hint: NOT_STARWHALE });
        }
        return e;
    }
    async call(method, path, what, opts = {}) {
        const payload = opts.json === undefined ? undefined : Buffer.from(JSON.stringify(opts.json));
        const call = this.httpCall(method, path, {
            headers: this.headers(payload !== undefined),
            body: payload ? () => bufferBody(payload) : opts.body,
            ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
        });
        try {
            return await (0,http/* sendWithRetry */.lx)(call, this.retry, this.opts.log);
        }
        catch (e) {
            throw this.transportError(e, what);
        }
    }
    /** Turns a non-2xx reply into a UserError that names the instance and the server's reason. */
    fail(what, r) {
        const env = envelope(r.text);
        const reason = this.clean(typeof env?.message === 'string' && env.message ? env.message : r.text.slice(0, 400)) || `HTTP ${r.status}`;
        const code = typeof env?.code === 'string' ? ` ${this.clean(env.code, 40)}` : '';
        const where = `${this.instanceUrl}`;
        if (r.status === 401) {
            throw new errors/* UserError */.yo(`${where} refused ${what}: not authenticated (HTTP 401: ${reason})`, {
                hint: this.opts.token ? 'the token is invalid or expired; get a new one and pass it with server-token / SW_TOKEN' : 'no token was given: set server-token / SW_TOKEN, or run swcli instance login',
            });
        }
        if (r.status === 403) {
            throw new errors/* UserError */.yo(`${where} refused ${what}: permission denied (HTTP 403: ${reason})`, { hint: 'the token user needs the OWNER or MAINTAINER role in that project' });
        }
        throw new errors/* UserError */.yo(`${where}: ${what} failed: HTTP ${r.status}${code}: ${reason}`);
    }
    /** The `data` of a 2xx JSON envelope (a reply that is not one is refused). */
    async json(method, path, what, body) {
        const r = await this.call(method, path, what, { json: body });
        if (r.status < 200 || r.status > 299)
            this.fail(what, r);
        const env = envelope(r.text);
        if (!env)
            throw new errors/* UserError */.yo(`${this.instanceUrl} did not answer ${what} with a JSON envelope (HTTP ${r.status}: ${this.clean(r.text, 80) || 'empty'})`, { hint: NOT_STARWHALE });
        return env.data ?? null;
    }
    /** A project name (or `owner:name`) to its numeric id; ids pass through (docs/starwhale-compat.md: URIs). */
    async projectId(project) {
        if (/^\d+$/.test(project))
            return project;
        const what = `reading project "${project}"`;
        const r = await this.call('GET', `project/${seg('project', project)}`, what);
        if (r.status === 404)
            throw new errors/* UserError */.yo(`project "${project}" not found on ${this.instanceUrl}`, { hint: 'check the project name (owner:project for another owner), or create it in the console' });
        if (r.status !== 200)
            this.fail(what, r);
        const data = envelope(r.text)?.data;
        const id = data && typeof data === 'object' ? data.id : undefined;
        if (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0)
            return String(id);
        if (typeof id === 'string' && /^\d{1,18}$/.test(id))
            return id;
        const got = id === undefined ? 'no id' : `${this.clean(JSON.stringify(id) ?? typeof id, 60)} as its id`;
        throw new errors/* UserError */.yo(`${this.instanceUrl} answered project "${project}" with ${got}, not a number`, { hint: NOT_STARWHALE });
    }
    rpath(projectId, name, version) {
        return `project/${seg('project', projectId)}/runtime/${seg('runtime', name)}${version === undefined ? '' : `/version/${seg('version', version)}`}`;
    }
    /** HEAD on the version: true on 200, false on 404. A 200 alone proves nothing (see copy.ts). */
    async versionExists(projectId, name, version) {
        const what = `checking ${name}/version/${version}`;
        const r = await this.call('HEAD', this.rpath(projectId, name, version), what);
        if (r.status === 200)
            return true;
        if (r.status === 404)
            return false;
        return this.fail(what, r);
    }
    /** One multipart POST; returns the raw reply so the caller can handle 409. */
    async uploadFile(projectId, name, version, body) {
        return this.call('POST', `${this.rpath(projectId, name, version)}/file`, `the upload of ${name}/version/${version}`, { body, timeoutMs: this.opts.uploadTimeoutMs ?? 1_200_000 });
    }
    async addTag(projectId, name, version, tag, force) {
        await this.json('POST', `${this.rpath(projectId, name, version)}/tag`, `tagging ${name}/version/${version} with "${tag}"`, { force, tag });
    }
    /** The server's tags of a version: an array of strings (their names are the caller's to check). */
    async listTags(projectId, name, version) {
        const what = `listing tags of ${name}/version/${version}`;
        const d = await this.json('GET', `${this.rpath(projectId, name, version)}/tag`, what);
        if (d === null)
            return [];
        if (!Array.isArray(d) || d.some((t) => typeof t !== 'string' || t.length > 200)) {
            throw new errors/* UserError */.yo(`${this.instanceUrl} answered ${what} with something other than a list of tags`, { hint: NOT_STARWHALE });
        }
        return d;
    }
    /** Resolves a version, tag, `latest` or `vN` (docs/starwhale-compat.md: Server protocol); undefined when the server has none. Names and versions are checked. */
    async versionInfo(projectId, name, versionUrl) {
        const what = `resolving ${name}/version/${versionUrl}`;
        const r = await this.call('GET', `${this.rpath(projectId, name)}?versionUrl=${enc(versionUrl)}`, what);
        if (r.status === 404)
            return undefined;
        if (r.status !== 200)
            this.fail(what, r);
        const data = envelope(r.text)?.data;
        const from = `${this.instanceUrl}'s answer to ${what}`;
        if (!data || typeof data !== 'object' || Array.isArray(data))
            throw new errors/* UserError */.yo(`${from} holds no version information`, { hint: NOT_STARWHALE });
        const d = data;
        try {
            const info = { name: (0,names/* checkName */.I3)(d.name, 'runtime name', from), versionName: (0,names/* checkVersion */.ps)(d.versionName, from) };
            if (typeof d.versionMeta === 'string')
                info.versionMeta = d.versionMeta;
            else if (d.versionMeta !== undefined && d.versionMeta !== null)
                throw new errors/* UserError */.yo(`${from} has a versionMeta that is not text`, { hint: NOT_STARWHALE });
            return info;
        }
        catch (e) {
            throw this.masked(e);
        }
    }
    /**
     * Downloads the bundle into `file` (created, never overwritten): the idle timeout ends a stalled
     * transfer, a transfer cut short is downloaded again from the start within the retry budget, and
     * the size must match Content-Length. On failure `file` does not exist.
     */
    async download(projectId, name, version, file) {
        const what = `the download of ${name}/version/${version}`;
        const call = this.httpCall('GET', `${this.rpath(projectId, name, version)}/file?runtime=${enc(`${name}:${version}`)}&project=${enc(projectId)}`);
        let used = 0;
        for (;;) {
            let r;
            try {
                r = await (0,http/* sendWithRetry */.lx)(call, { ...this.retry, attempts: this.retry.attempts - used }, this.opts.log, () => true);
            }
            catch (e) {
                throw this.transportError(e, what);
            }
            used += r.attempts;
            if (!r.res)
                this.fail(what, r);
            const lenHeader = r.headers['content-length'];
            const length = lenHeader !== undefined && /^\d+$/.test(lenHeader) ? Number(lenHeader) : undefined;
            let why;
            try {
                await (0,promises_.pipeline)(r.res, (0,external_node_fs_.createWriteStream)(file, { flags: 'wx' }));
                const size = (0,external_node_fs_.statSync)(file).size;
                if (length === undefined || size === length)
                    return { size };
                why = `got ${size} bytes of the ${length} announced`;
            }
            catch (e) {
                const err = e;
                if (err.syscall && err.path === file)
                    throw new errors/* UserError */.yo(`cannot write ${file}: ${err.message}`);
                why = this.clean(err.message);
            }
            (0,external_node_fs_.rmSync)(file, { force: true });
            if (used >= this.retry.attempts) {
                throw new errors/* UserError */.yo(`${what} from ${this.instanceUrl} failed after ${used} attempt${used > 1 ? 's' : ''}: ${why}`, {
                    hint: 'run the copy again; for a slow server raise SWRT_HTTP_IDLE_TIMEOUT (seconds)',
                });
            }
            const delay = (0,http/* backoff */.JN)(this.retry, used);
            this.opts.log.warn(`${what}: ${why}; downloading again from the start in ${(delay / 1000).toFixed(1)}s (attempt ${used + 1} of ${this.retry.attempts})`);
            await (0,http/* sleep */.yy)(delay);
        }
    }
}
function bufferBody(buf) {
    return { stream: external_node_stream_.Readable.from([buf]), length: buf.length, contentType: 'application/json' };
}
function envelope(text) {
    try {
        const v = JSON.parse(text);
        return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** The `name` and `version` of a manifest YAML (the server keeps it as versionMeta), when they are text. */
function metaFields(meta) {
    if (!meta)
        return {};
    try {
        const m = (0,dist/* parse */.qg)(meta);
        if (!m || typeof m !== 'object')
            return {};
        return { name: typeof m.name === 'string' ? m.name : undefined, version: typeof m.version === 'string' ? m.version : undefined };
    }
    catch {
        return {};
    }
}
/** The `version` field of a manifest YAML. */
function metaVersion(meta) {
    return metaFields(meta).version;
}

;// CONCATENATED MODULE: ./src/remote/connect.ts


function connectStarwhale(ref, o) {
    const env = o.env ?? process.env;
    const auth = (0,remote_auth/* resolveAuth */.hi)(ref, { token: o.token, env });
    if (auth.token) {
        o.log.secret(auth.token);
        o.log.secret(auth.token.replace(/^Bearer /, ''));
    }
    const insecure = Boolean(o.insecure) || env.SWRT_INSECURE === '1' || env.SWRT_INSECURE === 'true';
    if (insecure)
        o.log.warn(`not verifying the TLS certificate of ${auth.instanceUrl}`);
    return new StarwhaleClient({ instanceUrl: auth.instanceUrl, token: auth.token, log: o.log, insecure });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/store/store.ts + 1 modules
var store_store = __webpack_require__(9250);
;// CONCATENATED MODULE: ./src/remote/multipart.ts
// A multipart/form-data body as a stream with a known length: text fields, then one file part
// read from disk in chunks, so a multi-GB bundle never sits in memory (requests-toolbelt's
// MultipartEncoder does the same for swcli, docs/starwhale-compat.md: Server protocol).



function multipartBody(fields, file, boundary = (0,external_node_crypto_.randomBytes)(16).toString('hex')) {
    const head = fields
        .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
        .join('')
        .concat(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`);
    const tail = `\r\n--${boundary}--\r\n`;
    const size = (0,external_node_fs_.statSync)(file.path).size;
    const out = new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 });
    out.write(head);
    const src = (0,external_node_fs_.createReadStream)(file.path, { highWaterMark: 1 << 20 });
    src.on('error', (e) => out.destroy(e));
    src.on('end', () => out.end(tail));
    src.pipe(out, { end: false });
    out.on('close', () => src.destroy());
    return { stream: out, length: Buffer.byteLength(head) + size + Buffer.byteLength(tail), contentType: `multipart/form-data; boundary=${boundary}` };
}

;// CONCATENATED MODULE: ./src/remote/copy.ts
// `copy` both ways (docs/starwhale-compat.md: Server protocol). Up: project id, HEAD, one multipart POST streamed from disk, 409
// handling, user tags one by one; "already there" (HEAD 200 or 409) is believed only when the
// version info shows our version. Down: resolve latest/tag/version (names checked), stream to a
// fresh temp file, check it is the bundle asked for (manifest name and version), rename into place.











async function uploadRuntime(client, req, log) {
    try {
        return await upload(client, req, log);
    }
    catch (e) {
        throw client.masked(e);
    }
}
/** Believes "already there" (HEAD 200, or 409) only when the server's version info is our version. */
async function confirmHeld(client, projectId, req, why) {
    const ref = `${req.name}/version/${req.version}`;
    const info = await client.versionInfo(projectId, req.name, req.version);
    if (!info) {
        throw new errors/* UserError */.yo(`${client.instanceUrl} answered that ${ref} exists (${why}) but has no such version; nothing was uploaded`, {
            hint: 'check the server URL: a proxy or a login page may be answering every request',
        });
    }
    const mv = metaFields(info.versionMeta).version;
    if (info.versionName !== req.version || info.name.toLowerCase() !== req.name.toLowerCase() || (mv !== undefined && mv !== req.version)) {
        throw new errors/* UserError */.yo(`${ref} already exists on ${client.instanceUrl} (project ${projectId}) and is not this bundle (the server holds ${info.name}/version/${info.versionName})`, {
            hint: 'pass force to overwrite it',
        });
    }
}
async function upload(client, req, log) {
    (0,uri/* checkServerName */.PQ)(req.name);
    if (req.version.length < 2 || /^\d+$/.test(req.version) || (0,store_store/* isBuiltinTag */.sL)(req.version)) {
        throw new errors/* UserError */.yo(`version "${req.version}" cannot be uploaded: the server would read it as an id or an alias`, { hint: 'rebuild the runtime to get a proper version id' });
    }
    const force = Boolean(req.force);
    const projectId = await client.projectId(req.project);
    const ref = `${req.name}/version/${req.version}`;
    let skipped = false;
    if (!force && (await client.versionExists(projectId, req.name, req.version))) {
        await confirmHeld(client, projectId, req, 'HEAD 200');
        log.info(`${ref} already exists on ${client.instanceUrl}, skipping the upload`);
        skipped = true;
    }
    else {
        log.info(`uploading ${(0,external_node_path_.basename)(req.file)} to ${client.instanceUrl} project ${projectId} as ${ref}${force ? ' (force)' : ''}`);
        const r = await client.uploadFile(projectId, req.name, req.version, () => multipartBody([
            ['runtime', `${req.name}:${req.version}`],
            ['project', projectId],
            ['force', force ? '1' : '0'],
        ], { name: 'file', filename: `${req.version}.swrt`, path: req.file, contentType: 'text/plain' }));
        if (r.status === 409) {
            if (force) {
                const why = envelope(r.text)?.message;
                throw new errors/* UserError */.yo(`${client.instanceUrl} refused to overwrite ${ref}: ${typeof why === 'string' && why ? client.clean(why) : 'conflict'}`, {
                    hint: 'a running job may be using that version; retry when it has finished',
                });
            }
            await confirmHeld(client, projectId, req, 'HTTP 409');
            log.info(`${ref} already exists on ${client.instanceUrl} with the same version id; nothing to do`);
            skipped = true;
        }
        else if (r.status < 200 || r.status > 299) {
            client.fail(`the upload of ${ref}`, r);
        }
    }
    const tags = (req.tags ?? []).filter((t) => !(0,store_store/* isBuiltinTag */.sL)(t));
    for (const t of tags)
        await client.addTag(projectId, req.name, req.version, t, force);
    const result = {
        uri: (0,uri/* runtimeUri */.nA)(client.instanceUrl, projectId, req.name, req.version),
        consoleUrl: (0,uri/* consoleUrl */.B9)(client.instanceUrl, projectId, req.name, req.version),
        projectId,
        name: req.name,
        version: req.version,
        skipped,
        tags,
    };
    log.info(`runtime URI: ${result.uri}`);
    log.info(`console: ${result.consoleUrl}`);
    return result;
}
/**
 * Streams the bundle to `dest(...)` once it is checked: a readable bundle whose manifest version is
 * the resolved version and whose manifest name is the one the server recorded for it. The name and
 * version given to `dest` are checked names. On any failure nothing is left behind.
 */
async function downloadRuntime(client, req, log) {
    try {
        return await download(client, req, log);
    }
    catch (e) {
        throw client.masked(e);
    }
}
async function download(client, req, log) {
    const projectId = await client.projectId(req.project);
    const want = req.version ?? 'latest';
    const info = await client.versionInfo(projectId, req.name, want);
    if (!info)
        throw new errors/* UserError */.yo(`${client.instanceUrl} project ${req.project} has no runtime ${req.name} with version or tag "${want}"`, { hint: 'check the name and version in the console' });
    // A runtime may be asked for by id; by name, the server must answer for that name.
    if (!/^\d+$/.test(req.name) && info.name.toLowerCase() !== req.name.toLowerCase()) {
        throw new errors/* UserError */.yo(`${client.instanceUrl} answered for runtime ${info.name} when asked for ${req.name}`, { hint: 'check the server URL: a Starwhale server does not answer this way' });
    }
    const version = info.versionName;
    const dest = req.dest(info.name, version);
    const where = {
        uri: (0,uri/* runtimeUri */.nA)(client.instanceUrl, projectId, info.name, version),
        consoleUrl: (0,uri/* consoleUrl */.B9)(client.instanceUrl, projectId, info.name, version),
        projectId,
        name: info.name,
        version,
        tags: [],
    };
    if (req.have?.(info.name, version)) {
        log.info(`${info.name}/version/${version} is already here; not downloading`);
        return { ...where, path: dest, manifest: { name: info.name, version }, skipped: true };
    }
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(dest), `.${(0,external_node_path_.basename)(dest)}.${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.part`);
    log.info(`downloading ${info.name}/version/${version} from ${client.instanceUrl}`);
    try {
        await client.download(projectId, info.name, version, tmp);
        const manifest = await checkBundle(client, tmp, info);
        (0,external_node_fs_.renameSync)(tmp, dest);
        return { ...where, path: dest, manifest, skipped: false };
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
        throw e;
    }
}
/** The downloaded file is the bundle asked for: its manifest names the version and the runtime the server recorded. */
async function checkBundle(client, file, info) {
    const ref = `${info.name}/version/${info.versionName}`;
    const from = `the bundle ${client.instanceUrl} sent for ${ref}`;
    let m;
    try {
        m = await (0,swrt/* readManifest */.WI)(file);
    }
    catch (e) {
        if (!(e instanceof errors/* UserError */.yo))
            throw e;
        throw new errors/* UserError */.yo(`${from} is not a Starwhale runtime bundle: ${e.message.split(file).join('the download')}`, { hint: e.hint ?? 'run the copy again' });
    }
    const version = (0,names/* checkVersion */.ps)(m.version, from);
    const name = (0,names/* checkName */.I3)(m.name, 'runtime name', from);
    if (version !== info.versionName) {
        throw new errors/* UserError */.yo(`${from} is version ${version}, not ${info.versionName}; not stored`, { hint: 'the server holds the wrong file for that version; tell its admin' });
    }
    // A copy uploaded under a new name keeps its manifest: the server's meta names the original.
    const recorded = metaFields(info.versionMeta).name ?? info.name;
    if (name !== recorded) {
        throw new errors/* UserError */.yo(`${from} is of runtime "${name}", not "${recorded}"; not stored`, { hint: 'the server holds the wrong file for that version; tell its admin' });
    }
    return { name, version };
}

// EXTERNAL MODULE: ./src/store/uri.ts
var store_uri = __webpack_require__(6007);
;// CONCATENATED MODULE: ./src/pipeline/copy.ts
// `copy` between the local store and a Starwhale server, in either direction: a local runtime (URI
// or .swrt) up to a project or runtime URI, or a server runtime down into the local store with the
// tags that are valid here.










async function copyRuntime(src, dest, o) {
    const up = (0,uri/* isRemoteUri */.DE)(dest);
    if (up === (0,uri/* isRemoteUri */.DE)(src)) {
        throw new errors/* UserError */.yo(up ? 'copy between two servers is not supported' : `neither "${src}" nor "${dest}" is a server URI`, {
            hint: 'one side must be http(s)://HOST/project/P… or cloud://ALIAS/project/P…, the other a local runtime',
        });
    }
    return up ? { direction: 'upload', ...(await copy_upload(src, dest, o)) } : { direction: 'download', ...(await copy_download(src, dest, o)) };
}
/** A local destination: `local`, `[local/]project/<p>[/runtime/<name>]`, or a bare project name. */
function parseLocalDest(dest) {
    const d = dest.replace(/^local(\/|$)/, '').replace(/\/+$/, '');
    if (d === '')
        return { project: 'self' };
    const m = /^project\/([^/]+)(?:\/runtime\/([^/]+))?$/.exec(d);
    if (m)
        return { project: m[1], name: m[2] };
    if (/^[^/]+$/.test(d))
        return { project: d };
    throw new errors/* UserError */.yo(`cannot read copy destination "${dest}"`, { hint: 'use local, local/project/PROJECT or local/project/PROJECT/runtime/NAME' });
}
async function copy_upload(src, dest, o) {
    const to = (0,uri/* parseRemoteUri */.CK)(dest);
    if (to.version)
        throw new errors/* UserError */.yo(`copy destination "${dest}" names a version`, { hint: 'the version is always the source version; give a project URI or …/runtime/NEW-NAME' });
    const v = (0,store_uri/* resolveLocal */.i)(src);
    const manifest = await (0,swrt/* readManifest */.WI)(v.path);
    const name = to.name ?? v.name ?? (typeof manifest.name === 'string' ? manifest.name : '');
    const version = v.version || (typeof manifest.version === 'string' ? manifest.version : '');
    if (!name || !version)
        throw new errors/* UserError */.yo(`${v.path} has no name or version in its manifest`, { hint: 'give DEST as …/runtime/NAME' });
    const tags = v.tags.filter((t) => !(0,store_store/* isBuiltinTag */.sL)(t) && !o.ignoreTag.includes(t));
    return uploadRuntime(connectStarwhale(to, o), { file: v.path, name, version, project: to.project, force: o.force, tags }, o.log);
}
async function copy_download(src, dest, o) {
    const from = (0,uri/* parseRemoteUri */.CK)(src);
    if (!from.name)
        throw new errors/* UserError */.yo(`copy source "${src}" names no runtime`, { hint: 'use …/project/P/runtime/NAME[/version/VERSION]' });
    const to = parseLocalDest(dest);
    const store = new store_store/* LocalStore */.Vs(undefined, to.project);
    const client = connectStarwhale(from, o);
    const local = to.name ? (_n, v) => store.bundlePath(to.name, v) : (n, v) => store.bundlePath(n, v);
    const got = await downloadRuntime(client, { project: from.project, name: from.name, version: from.version, dest: (_n, v) => (0,external_node_path_.join)(store.tmpDir(), `${v}.swrt`), have: (n, v) => !o.force && (0,external_node_fs_.existsSync)(local(n, v)) }, o.log);
    const name = to.name ?? got.name;
    const serverTags = await client.listTags(got.projectId, got.name, got.version).catch((e) => Promise.reject(client.masked(e)));
    const tags = serverTags.filter((t) => !(0,store_store/* isBuiltinTag */.sL)(t) && !o.ignoreTag.includes(t));
    const kept = tags.filter((t) => names/* NAME_RULE */.$h.test(t));
    for (const t of tags.filter((x) => !kept.includes(x)))
        o.log.warn(`server tag ${JSON.stringify(client.clean(t, 80))} is not a valid local tag; not copied`);
    const path = got.skipped ? store.bundlePath(name, got.version) : store.add(got.path, name, got.version, kept);
    if (got.skipped && kept.length)
        store.tag(name, got.version, kept);
    o.log.info(`copied to ${store.uri(name, got.version)}`);
    return { ...got, name, path, tags: kept, uri: store.uri(name, got.version) };
}


/***/ }),

/***/ 4038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ swcliConfigPath),
/* harmony export */   hi: () => (/* binding */ resolveAuth)
/* harmony export */ });
/* unused harmony export normalizeToken */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _uri_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8244);
// Where the server token comes from: an explicit value (action input `server-token`, CLI flag) >
// SW_TOKEN > swcli's config.yaml (`$SW_CLI_CONFIG`, else ~/.config/starwhale/config.yaml) instance
// entries matched by alias or URL (docs/starwhale-compat.md: Server protocol). The caller masks the token; it is never logged or written.
// An instance URL with credentials in it is refused (see uri.ts).






function swcliConfigPath(env = process.env) {
    return env.SW_CLI_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.config', 'starwhale', 'config.yaml');
}
function normalizeToken(token) {
    const t = token.trim();
    return /^bearer /i.test(t) ? `Bearer ${t.slice(7).trim()}` : `Bearer ${t}`;
}
const trimUrl = (u) => u.replace(/\/+$/, '').toLowerCase();
function readInstances(path) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return {};
    let doc;
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(text, { prettyErrors: false });
    }
    catch (e) {
        // Only the place: yaml's message quotes the source, and this file holds tokens.
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`cannot read swcli config ${path}: not valid YAML${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .parseErrorPlace */ .TJ)(e, text)}`, {
            hint: 'fix or remove the file, or pass the token with --token / SW_TOKEN',
        });
    }
    const inst = doc?.instances;
    return inst && typeof inst === 'object' ? inst : {};
}
/** Resolves the instance URL (for a `cloud://alias`) and its token. */
function resolveAuth(target, opts = {}) {
    const env = opts.env ?? process.env;
    const cfgPath = swcliConfigPath(env);
    const instances = readInstances(cfgPath);
    let instanceUrl = target.instanceUrl;
    let entry;
    if (target.alias) {
        entry = instances[target.alias];
        if (!entry?.uri) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`no Starwhale instance with alias "${target.alias}" in ${cfgPath}`, {
                hint: `run swcli instance login --alias ${target.alias} URL, or use the http(s):// URL of the instance`,
            });
        }
        instanceUrl = /^https?:\/\//.test(entry.uri) ? entry.uri : `http://${entry.uri}`;
        try {
            (0,_uri_js__WEBPACK_IMPORTED_MODULE_5__/* .checkInstanceUrl */ .BY)(instanceUrl);
        }
        catch (e) {
            throw e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo ? new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`instance "${target.alias}" in ${cfgPath}: ${e.message}`, { hint: e.hint }) : e;
        }
    }
    else {
        entry = Object.values(instances).find((i) => typeof i?.uri === 'string' && trimUrl(i.uri) === trimUrl(instanceUrl));
    }
    instanceUrl = instanceUrl.replace(/\/+$/, '');
    const raw = opts.token || env.SW_TOKEN || entry?.sw_token;
    return { instanceUrl, alias: target.alias, token: raw ? normalizeToken(raw) : undefined };
}


/***/ }),

/***/ 4140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ backoff),
/* harmony export */   Kf: () => (/* binding */ MAX_REPLY_BYTES),
/* harmony export */   Rc: () => (/* binding */ ConnectionError),
/* harmony export */   lx: () => (/* binding */ sendWithRetry),
/* harmony export */   mV: () => (/* binding */ ReplyTooLarge),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   yR: () => (/* binding */ readText),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports idleError, send */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
// One HTTP exchange with a Starwhale server over node:http/https, with swcli's retry policy (docs/starwhale-compat.md: Server protocol):
// exponential backoff on connection errors, 408, 429 and 5xx. A request body is produced by a
// factory so every attempt re-opens it (swcli's own retry re-sent a consumed stream, docs/starwhale-compat.md: Server protocol). A reply
// is input: its body is read up to a cap, a silent socket times out, certificates are verified
// unless the caller opts out.
// Over node:http/https rather than fetch/undici or @actions/http-client: a per-request TLS opt-out,
// upload bodies streamed from a factory, and an idle-socket timeout are plain options there, and the
// core imports no @actions/*.


const DEFAULT_RETRY = { attempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };
/** The most a JSON or error reply may hold. */
const MAX_REPLY_BYTES = 1 << 20;
const RETRY_STATUS = new Set([408, 429]);
const isRetryStatus = (s) => RETRY_STATUS.has(s) || (s >= 500 && s <= 599);
const TLS_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'CERT_SIGNATURE_FAILURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
class ConnectionError extends Error {
    url;
    code;
    /** The server's certificate failed verification; retrying will not help. */
    tls;
    /** How many attempts were made before giving up (set by sendWithRetry). */
    attempts = 1;
    constructor(url, cause) {
        const code = cause.code;
        super(`${cause.message}${code && !cause.message.includes(code) ? ` (${code})` : ''}`, { cause });
        this.url = url;
        this.name = 'ConnectionError';
        this.code = code;
        this.tls = code !== undefined && TLS_CODES.has(code);
    }
}
/** A reply body over the cap; the connection has been destroyed. */
class ReplyTooLarge extends Error {
    limit;
    constructor(limit) {
        super(`reply over ${limit} bytes`);
        this.limit = limit;
        this.name = 'ReplyTooLarge';
    }
}
function idleError(ms) {
    return Object.assign(new Error(`no data for ${Math.round(ms / 100) / 10} s`), { code: 'ETIMEDOUT' });
}
/**
 * Sends one request; resolves with the response (body unread) or rejects with a ConnectionError.
 * The idle timeout keeps running while the caller reads the body: it then destroys the response.
 */
function send(call) {
    return new Promise((resolve, reject) => {
        const u = new URL(call.url);
        const body = call.body?.();
        const headers = { ...call.headers };
        if (body) {
            headers['Content-Type'] = body.contentType;
            headers['Content-Length'] = String(body.length);
        }
        const req = (u.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(u, {
            method: call.method,
            headers,
            rejectUnauthorized: !call.insecure,
        });
        let response;
        const fail = (e) => {
            body?.stream.destroy();
            if (response)
                return void response.destroy(e);
            req.destroy();
            reject(new ConnectionError(call.url, e));
        };
        const idle = call.timeoutMs ?? 90_000;
        req.setTimeout(idle, () => fail(idleError(idle)));
        req.on('error', fail);
        req.on('response', (res) => {
            response = res;
            res.on('error', () => undefined);
            resolve(res);
        });
        if (!body)
            return void req.end();
        body.stream.on('error', fail);
        body.stream.pipe(req);
    });
}
/** The body as text, at most `limit` bytes: over it the connection is destroyed (ReplyTooLarge). */
async function readText(res, url, limit = MAX_REPLY_BYTES) {
    const chunks = [];
    let size = 0;
    try {
        for await (const c of res) {
            size += c.length;
            if (size > limit) {
                res.destroy();
                throw new ReplyTooLarge(limit);
            }
            chunks.push(c);
        }
    }
    catch (e) {
        if (e instanceof ReplyTooLarge)
            throw e;
        throw new ConnectionError(url, e);
    }
    return Buffer.concat(chunks).toString('utf8');
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function backoff(policy, attempt) {
    return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2));
}
/**
 * Sends with retries. `keep` (optional) receives a successful response before its body is read
 * (downloads stream it); otherwise the body is read as text, capped. A certificate that fails
 * verification and an oversized reply are not retried.
 */
async function sendWithRetry(call, policy, log, keep) {
    for (let attempt = 1;; attempt++) {
        let why;
        try {
            const res = await send(call);
            const status = res.statusCode ?? 0;
            if (keep && status >= 200 && status < 300 && keep(res))
                return { status, headers: res.headers, text: '', res, attempts: attempt };
            const text = await readText(res, call.url);
            if (!isRetryStatus(status) || attempt >= policy.attempts)
                return { status, headers: res.headers, text, attempts: attempt };
            why = `HTTP ${status}`;
        }
        catch (e) {
            if (!(e instanceof ConnectionError) || e.tls || attempt >= policy.attempts) {
                if (e instanceof ConnectionError)
                    e.attempts = attempt;
                throw e;
            }
            why = e.message;
        }
        const delay = backoff(policy, attempt);
        log.warn(`${call.method} ${new URL(call.url).pathname}: ${why}; retrying in ${(delay / 1000).toFixed(1)}s (attempt ${attempt + 1} of ${policy.attempts})`);
        await sleep(delay);
    }
}


/***/ }),

/***/ 8244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ consoleUrl),
/* harmony export */   BY: () => (/* binding */ checkInstanceUrl),
/* harmony export */   CK: () => (/* binding */ parseRemoteUri),
/* harmony export */   DE: () => (/* binding */ isRemoteUri),
/* harmony export */   PQ: () => (/* binding */ checkServerName),
/* harmony export */   cr: () => (/* binding */ checkSegment),
/* harmony export */   nA: () => (/* binding */ runtimeUri)
/* harmony export */ });
/* unused harmony exports redactUrl, SERVER_NAME_RULE */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
// Remote (Server/Cloud) project and runtime URIs, swcli's grammar (docs/starwhale-compat.md: URIs):
// `http(s)://host[:port]/project/<p>[/runtime/<name>[/version/<v>]]`, `cloud://<alias>/project/<p>…`,
// and console URLs `…/projects/<p>/runtimes/<name>/versions/<v>/…`. A URL with credentials in it
// (`https://user:pass@host`) is refused and printed without them: swcli sends no such credentials
// to a server (requests would turn them into Basic auth, which a Starwhale server ignores), and a
// token belongs in SW_TOKEN / server-token, where it is masked.

const HINT = 'use http(s)://HOST[:PORT]/project/PROJECT[/runtime/NAME[/version/VERSION]] or cloud://ALIAS/project/PROJECT…';
const CRED_HINT = 'remove user:password@ from the URL; a Starwhale server takes a token: SW_TOKEN, the server-token input, or swcli instance login';
/** `text` with the userinfo of every URL in it removed. */
function redactUrl(text) {
    return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s?#]*@/gi, '$1');
}
/** An instance URL as given, less trailing slashes: http(s) only, no credentials. */
function checkInstanceUrl(url) {
    const shown = JSON.stringify(redactUrl(url).slice(0, 200));
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`server URL ${shown} is not a URL`, { hint: 'use http(s)://HOST[:PORT]' });
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`server URL ${shown} is not http(s)`, { hint: 'use http(s)://HOST[:PORT]' });
    if (u.username || u.password || /^[a-z]+:\/\/[^/]*@/i.test(url))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`server URL ${shown} carries credentials; refused`, { hint: CRED_HINT });
    return url.replace(/\/+$/, '');
}
/**
 * Refuses a project, runtime or version that is empty, `.` or `..`: as a path segment of a request
 * URL it would fold away (`project/../x` is `x`) and send the request to another API path.
 */
function checkSegment(kind, value) {
    if (value === '' || value === '.' || value === '..') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${kind} "${value}" cannot be used on a server; refused`, { hint: `give a real ${kind} name` });
    }
    return value;
}
function isRemoteUri(uri) {
    return /^(https?|cloud):\/\//i.test(uri);
}
function parseRemoteUri(raw) {
    const uri = redactUrl(raw);
    const m = /^(https?|cloud):\/\/([^/]+)(\/.*)?$/i.exec(raw.trim());
    if (!m)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${uri}" is not a remote URI`, { hint: HINT });
    const scheme = m[1].toLowerCase();
    const host = m[2];
    if (host.includes('@'))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`remote URI "${uri}" carries credentials; refused`, { hint: CRED_HINT });
    let segs;
    try {
        segs = (m[3] ?? '').split('/').filter((s) => s !== '').map(decodeURIComponent);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot read remote URI "${uri}": bad %-escape`, { hint: HINT });
    }
    for (const s of segs)
        if (s === '.' || s === '..')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`remote URI "${uri}" has a "${s}" segment; refused`, { hint: HINT });
    const base = scheme === 'cloud' ? { instanceUrl: '', alias: host } : { instanceUrl: `${scheme}://${host}` };
    // Console URL: /projects/<p>/runtimes/<name>[/versions/<v>[/overview…]]
    if (segs[0] === 'projects') {
        const [, project, kind, name, vkw, version] = segs;
        if (!project)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`console URL "${uri}" names no project`, { hint: HINT });
        if (kind !== undefined && kind !== 'runtimes')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`"${uri}" is not a runtime URL (it points at ${kind})`, { hint: HINT });
        return { ...base, project, name, version: vkw === 'versions' ? version : undefined };
    }
    if (segs[0] !== 'project' || !segs[1])
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot read remote URI "${uri}": it names no project`, { hint: HINT });
    const project = segs[1];
    const rest = segs.slice(2);
    if (rest.length === 0)
        return { ...base, project };
    if (rest[0] !== 'runtime' || !rest[1])
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot read remote URI "${uri}": expected /runtime/NAME after the project`, { hint: HINT });
    const name = rest[1];
    if (rest.length === 2)
        return { ...base, project, name };
    if (rest[2] === 'version' && rest[3] && rest.length === 4)
        return { ...base, project, name, version: rest[3] };
    if (rest.length === 3 && rest[2] !== 'version')
        return { ...base, project, name, version: rest[2] };
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot read remote URI "${uri}"`, { hint: HINT });
}
/** The server's rule for a runtime name in the upload path (BundleManager.BUNDLE_NAME_REGEX, docs/starwhale-compat.md: Server protocol). */
const SERVER_NAME_RULE = /^[a-zA-Z][a-zA-Z\d_-]{2,80}$/;
function checkServerName(name) {
    if (!SERVER_NAME_RULE.test(name)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`runtime name "${name}" is not accepted by a Starwhale server`, {
            hint: 'start with a letter; use only letters, digits, _ and -; 3 to 81 characters; no dots (give DEST as …/runtime/NEW-NAME to rename)',
        });
    }
}
function runtimeUri(instanceUrl, projectId, name, version) {
    return `${instanceUrl}/project/${projectId}/runtime/${name}/version/${version}`;
}
function consoleUrl(instanceUrl, projectId, name, version) {
    return `${instanceUrl}/projects/${projectId}/runtimes/${name}/versions/${version}/overview`;
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


/***/ })

};
