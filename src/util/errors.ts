// Errors a user can cause. They carry what happened and what to do, and are printed without a
// stack trace (unless --debug / RUNNER_DEBUG=1). Anything else is a bug and keeps its stack.
import type { SourcePos } from './log.js';

export class UserError extends Error {
  readonly hint?: string;
  readonly where?: SourcePos;
  constructor(message: string, opts: { hint?: string; where?: SourcePos; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'UserError';
    this.hint = opts.hint;
    this.where = opts.where;
  }
  /** `MESSAGE (hint: …)`: what an annotation or a warning shows, without the `error:` prefix. */
  describe(): string {
    return `${this.message}${this.hint ? ` (hint: ${this.hint})` : ''}`;
  }
  /** One line: `FILE:LINE:COL: error: MESSAGE (hint: …)` when it has a position, else `error: MESSAGE …`. */
  format(): string {
    if (!this.where) return `error: ${this.describe()}`;
    const pos = [this.where.file, this.where.line, this.where.col].filter((p) => p !== undefined).join(':');
    return `${pos}: error: ${this.describe()}`;
  }
}

/** Several user errors found together (validation reports all problems at once). */
export class UserErrors extends UserError {
  readonly lines: string[];
  constructor(summary: string, lines: string[]) {
    super(summary);
    this.name = 'UserErrors';
    this.lines = lines;
  }
  override format(): string {
    return this.lines.join('\n');
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

type CodedError = Error & { code?: unknown; path?: unknown; syscall?: unknown; hostname?: unknown; address?: unknown; port?: unknown; tarCode?: unknown; file?: unknown };

const isErrorLike = (e: unknown): e is Error => typeof e === 'object' && e !== null && typeof (e as Error).message === 'string';
const firstLine = (s: string) => s.split('\n').find((l) => l.trim())?.trim() ?? s.trim();
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/** Disk and permission errors (`fs` codes): what happened to which path, and what to do. */
function fsError(e: CodedError, code: string): UserError | undefined {
  const path = str(e.path);
  const on = path ? ` (${path})` : '';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserError(`no space left on the device${on}`, { hint: 'free some disk space, or point SW_LOCAL_STORAGE / SWRT_CACHE_DIR / TMPDIR at a larger disk', cause: e });
    case 'EROFS':
      return new UserError(`cannot write to a read-only file system${on}`, { hint: 'point SW_LOCAL_STORAGE / --target / SWRT_CACHE_DIR at a writable directory', cause: e });
    case 'EACCES':
    case 'EPERM':
      return new UserError(`permission denied${on}`, { hint: 'check the owner and mode of that path, or choose a directory you can write to', cause: e });
    case 'ENOENT':
      return path ? new UserError(`no such file or directory: ${path}`, { hint: 'check the path (relative paths are resolved from the current directory)', cause: e }) : undefined;
    case 'ENOTDIR':
      return path ? new UserError(`not a directory: ${path}`, { hint: 'a file is where a directory is expected', cause: e }) : undefined;
    case 'EISDIR':
      return path ? new UserError(`is a directory: ${path}`, { hint: 'pass a file, not a directory', cause: e }) : undefined;
    case 'EEXIST':
      return path ? new UserError(`already exists: ${path}`, { hint: 'remove it or choose another path', cause: e }) : undefined;
    case 'EMFILE':
    case 'ENFILE':
      return new UserError('too many open files', { hint: 'raise the limit (ulimit -n) and try again', cause: e });
    default:
      return undefined;
  }
}

/** Network errors: which host could not be reached, and why. */
function netError(e: CodedError, code: string): UserError | undefined {
  const host = str(e.hostname) ?? (str(e.address) ? `${String(e.address)}${typeof e.port === 'number' ? `:${e.port}` : ''}` : undefined);
  const to = host ? ` ${host}` : '';
  switch (code) {
    case 'ECONNREFUSED':
      return new UserError(`connection refused by${to || ' the server'}`, { hint: 'is the server running, and is the URL (host and port) right?', cause: e });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new UserError(`cannot resolve host${to}`, { hint: 'check the URL and the network / DNS settings', cause: e });
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return new UserError(`timed out talking to${to || ' the server'}`, { hint: 'check the network, or retry later', cause: e });
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return new UserError(`the connection to${to || ' the server'} was closed unexpectedly`, { hint: 'retry; if it keeps happening, check proxies between you and the server', cause: e });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new UserError(`cannot reach${to || ' the network'}`, { hint: 'check the network connection and proxy settings', cause: e });
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return new UserError(`TLS certificate problem with${to || ' the server'}: ${firstLine(e.message)}`, { hint: 'fix the server certificate, or trust its CA with NODE_EXTRA_CA_CERTS', cause: e });
    default:
      return undefined;
  }
}

/**
 * Maps what the outside world can cause (disk full, read-only or forbidden paths, unreachable hosts,
 * broken archives, hostile or malformed YAML) to a one-line UserError with a hint. Anything else is
 * a bug and comes back unchanged.
 */
export function toUserError(e: unknown): unknown {
  // Duck-typed: errors from another realm (a vm context, a worker) are not `instanceof Error` here.
  if (isUserError(e) || !isErrorLike(e)) return e;
  const err = e as CodedError;
  // fetch() wraps the socket error in `cause`.
  const inner = isErrorLike(err.cause) ? (err.cause as CodedError) : undefined;
  const code = str(err.code) ?? str(inner?.code);
  const source = str(err.code) ? err : (inner ?? err);
  if (code) {
    const mapped = fsError(source, code) ?? netError(source, code);
    if (mapped) return mapped;
    if (code.startsWith('TAR_')) {
      const file = str(err.file) ?? str(err.path);
      return new UserError(`not a valid archive${file ? ` (${file})` : ''}: ${firstLine(err.message)}`, { hint: 'the file is truncated, corrupt or not a tar; download or build it again', cause: e });
    }
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR_ZLIB_INITIALIZATION_FAILED') {
      return new UserError(`not a valid gzip stream: ${firstLine(err.message)}`, { hint: 'the file is truncated or corrupt; download or build it again', cause: e });
    }
  }
  if (err.name === 'YAMLParseError' || err.name === 'YAMLWarning' || err.name === 'YAMLError') {
    return new UserError(`invalid YAML: ${firstLine(err.message)}`, { hint: 'fix the YAML syntax at that position', cause: e });
  }
  if (err.name === 'ReferenceError' && /alias/i.test(err.message)) {
    return new UserError(`refusing YAML: ${firstLine(err.message)}`, { hint: 'the document expands too many aliases (a "billion laughs" document); write the values out instead', cause: e });
  }
  return e;
}

/**
 * Where a YAML or JSON parse error is, with none of the source text its message may quote (the file
 * may hold a token): ` at line L, column C` from yaml's linePos, or from its offset counted in
 * `text`, or JSON's position; empty when the error says nothing usable.
 */
export function parseErrorPlace(e: unknown, text?: string): string {
  const err = (typeof e === 'object' && e !== null ? e : {}) as { linePos?: { line: number; col: number }[]; pos?: unknown; code?: unknown; message?: unknown };
  const code = typeof err.code === 'string' && /^[A-Z_]+$/.test(err.code) ? ` (${err.code})` : '';
  let at = err.linePos?.[0];
  if (!at && Array.isArray(err.pos) && typeof err.pos[0] === 'number' && text !== undefined) {
    const before = text.slice(0, err.pos[0]).split('\n');
    at = { line: before.length, col: before[before.length - 1]!.length + 1 };
  }
  if (at) return ` at line ${at.line}, column ${at.col}${code}`;
  const m = typeof err.message === 'string' ? /\bat position (\d+)/.exec(err.message) : null;
  return m ? ` at offset ${m[1]}${code}` : code;
}
