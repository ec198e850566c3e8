// Reads runtime.yaml bytes into a YAML document with positions, refusing what is not a sane YAML
// mapping (too big, binary, empty, syntax errors, duplicate keys) with one positioned line each.
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Diagnostic } from './diagnostics.js';

export const MAX_SPEC_BYTES = 1024 * 1024;

export type YamlPath = readonly (string | number)[];

/** A parsed runtime.yaml and the means to point at any of its nodes. */
export class SpecSource {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly file: string,
    readonly doc: Document | undefined,
    private readonly lines: LineCounter,
  ) {}

  private pos(offset: number | undefined): { line: number; col: number } {
    if (offset === undefined) return { line: 1, col: 1 };
    return this.lines.linePos(offset);
  }

  node(path: YamlPath): Node | undefined {
    if (!this.doc) return undefined;
    if (path.length === 0) return (this.doc.contents as Node | null) ?? undefined;
    return this.doc.getIn(path, true) as Node | undefined;
  }

  /** The key/value pair holding `path`'s value, when its parent is a mapping. */
  pair(path: YamlPath): Pair | undefined {
    const parent = this.node(path.slice(0, -1));
    if (!isMap(parent)) return undefined;
    const last = path[path.length - 1];
    return parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last) as Pair | undefined;
  }

  /** Position of the value at `path` (or of its key with `at: 'key'`), falling back to the nearest ancestor. */
  where(path: YamlPath, at: 'value' | 'key' = 'value'): { line: number; col: number } {
    if (at === 'key') {
      const key = this.pair(path)?.key as Node | undefined;
      if (key?.range) return this.pos(key.range[0]);
    }
    for (let n = path.length; n >= 0; n--) {
      const node = this.node(path.slice(0, n));
      if (node?.range) return this.pos(node.range[0]);
    }
    return { line: 1, col: 1 };
  }

  report(severity: Diagnostic['severity'], path: YamlPath, message: string, hint?: string, at: 'value' | 'key' = 'value'): void {
    const { line, col } = this.where(path, at);
    this.diagnostics.push({ severity, file: this.file, line, col, message, ...(hint ? { hint } : {}) });
  }

  error(path: YamlPath, message: string, hint?: string, at: 'value' | 'key' = 'value'): void {
    this.report('error', path, message, hint, at);
  }

  warn(path: YamlPath, message: string, hint?: string, at: 'value' | 'key' = 'value'): void {
    this.report('warning', path, message, hint, at);
  }

  /** A scalar's text as written, so `3.10` stays "3.10" rather than the number 3.1. */
  sourceText(path: YamlPath): { text: string; unquotedNumber: boolean } | undefined {
    const node = this.node(path);
    if (!isScalar(node)) return undefined;
    if (typeof node.value === 'number') return { text: node.source ?? String(node.value), unquotedNumber: true };
    if (typeof node.value === 'string') return { text: node.value, unquotedNumber: false };
    return undefined;
  }
}

function fail(file: string, line: number, col: number, message: string, hint?: string): SpecSource {
  const src = new SpecSource(file, undefined, new LineCounter());
  src.diagnostics.push({ severity: 'error', file, line, col, message, ...(hint ? { hint } : {}) });
  return src;
}

function lineColOf(text: string, index: number): { line: number; col: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, col: index - before.lastIndexOf('\n') };
}

/** Parses runtime.yaml bytes. On failure the returned source has no document and one error. */
export function readSpecSource(bytes: Buffer, file: string): SpecSource {
  if (bytes.length > MAX_SPEC_BYTES) {
    return fail(file, 1, 1, `file is ${(bytes.length / 1048576).toFixed(1)} MiB; a runtime.yaml is at most 1 MiB`, 'is this the right file?');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const at = lineColOf(bytes.subarray(0, nul).toString('latin1'), nul);
    return fail(file, at.line, at.col, 'file is binary (contains a NUL byte), not YAML', 'point runtime-yaml at a text runtime.yaml');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lineColOf(lossy, Math.max(0, lossy.indexOf('\uFFFD')));
    return fail(file, at.line, at.col, 'file is not valid UTF-8 text', 'save runtime.yaml as UTF-8');
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) {
    return fail(file, 1, 1, 'file is empty', 'a runtime.yaml needs at least `name:`');
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const src = new SpecSource(file, doc, lines);
  for (const e of doc.errors) {
    const { line, col } = lines.linePos(e.pos[0]);
    const first = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (e.code === 'DUPLICATE_KEY') {
      src.diagnostics.push({ severity: 'error', file, line, col, message: 'duplicate key', hint: 'each key may appear once in a mapping; YAML would silently keep only one' });
    } else {
      src.diagnostics.push({ severity: 'error', file, line, col, message: `YAML syntax error: ${first}` });
    }
  }
  if (src.diagnostics.length === 0 && !isMap(doc.contents)) {
    const { line, col } = src.where([]);
    const got = doc.contents === null ? 'nothing' : isScalar(doc.contents) ? 'a single value' : 'a list';
    src.diagnostics.push({ severity: 'error', file, line, col, message: `top level must be a mapping of keys (name:, dependencies:, …), got ${got}` });
  }
  return src;
}
