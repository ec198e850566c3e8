// The files a requirements file pulls in with `-r`/`--requirement` and `-c`/`--constraint`, found
// the way pip finds them: lines joined at a trailing backslash, comments cut, each path relative to
// the file that names it, recursively. Every one must be a regular file inside the runtime.yaml
// directory (the same rule as a top-level requirements file); a URL is refused, since it cannot be
// hashed or packed. A cycle is walked once.
import { posix } from 'node:path';
import { scanInput, readRegular, type InputProblem } from './tree.js';

/** The largest requirements file read while looking for includes. */
const MAX_TEXT_BYTES = 16 * 1024 * 1024;
/** pip's SCHEME_RE, plus any `scheme://`: such a path is fetched, not read from disk. */
const URL_LIKE = /^(?:(?:https?|file):|[a-z][a-z0-9+.-]*:\/\/)/i;
const OPTION = /^(-r|--requirement|-c|--constraint)(?:=(.*))?$/;
const SHORT_ATTACHED = /^-([rc])(.+)$/;

export interface RequirementInclude {
  kind: 'requirement' | 'constraint';
  /** The path exactly as written after the option. */
  ref: string;
  /** 1-based line where the (joined) line starts. */
  line: number;
}

/** Splits a line as shlex.split does for pip's option part: whitespace, quotes, backslash escapes. */
function shellWords(line: string): string[] {
  const out: string[] = [];
  let cur: string | undefined;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length && '"\\'.includes(line[i + 1]!)) cur = (cur ?? '') + line[++i];
      else cur = (cur ?? '') + ch;
    } else if (/\s/.test(ch)) {
      if (cur !== undefined) out.push(cur);
      cur = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      cur = cur ?? '';
    } else if (ch === '\\' && i + 1 < line.length) cur = (cur ?? '') + line[++i];
    else cur = (cur ?? '') + ch;
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

/** The `-r`/`-c` options of a requirements file's text, in order. */
export function parseIncludes(text: string): RequirementInclude[] {
  const out: RequirementInclude[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let line = lines[i]!;
    // pip joins continuation lines first, then strips comments
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!;
    line = line.replace(/(^|\s+)#.*$/, '').trim();
    if (!line.startsWith('-')) continue;
    const words = shellWords(line);
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      const long = OPTION.exec(word);
      const short = long ? null : SHORT_ATTACHED.exec(word);
      let kind: RequirementInclude['kind'] | undefined;
      let ref: string | undefined;
      if (long) {
        kind = long[1] === '-r' || long[1] === '--requirement' ? 'requirement' : 'constraint';
        ref = long[2] ?? words[++w];
      } else if (short && !word.startsWith('--')) {
        kind = short[1] === 'r' ? 'requirement' : 'constraint';
        ref = short[2];
      }
      if (kind && ref) out.push({ kind, ref, line: start });
    }
  }
  return out;
}

export interface IncludedFile {
  /** Relative to the runtime.yaml directory, '/'-separated, normalized. */
  path: string;
  /** Where it is named: each link `file:line`, from the top-level file down to its includer. */
  via: string[];
}

export interface IncludeWalk {
  /** Every file pulled in (not the top-level one), each once, in the order found. */
  files: IncludedFile[];
  problems: InputProblem[];
}

const describeVia = (via: readonly string[]) => `included by ${[...via].reverse().join(' <- ')}`;

/**
 * Walks the includes of requirements file `top` (relative to `root`, already checked). Nothing is
 * followed that is outside `root`, not a regular file, or a URL; each problem names the chain.
 */
export function walkIncludes(root: string, top: string): IncludeWalk {
  const files: IncludedFile[] = [];
  const problems: InputProblem[] = [];
  const start = posix.normalize(top.replace(/\\/g, '/'));
  const seenPaths = new Set<string>([start]);
  const seenReal = new Set<string>();
  const visit = (path: string, via: string[]) => {
    const { nodes, problems: found } = scanInput(root, path, { dirs: false });
    if (found.length) {
      for (const p of found) problems.push({ message: `${p.message} (${describeVia(via)})`, hint: p.hint });
      return;
    }
    const node = nodes[0]!;
    if (via.length) files.push({ path, via });
    if (seenReal.has(node.full)) return;
    seenReal.add(node.full);
    const text = readRegular(node.full, { expect: node, max: MAX_TEXT_BYTES, label: path }).toString('utf8');
    for (const inc of parseIncludes(text)) {
      const chain = [...via, `${path}:${inc.line}`];
      if (URL_LIKE.test(inc.ref)) {
        problems.push({ message: `"${inc.ref}" is a URL (${describeVia(chain)})`, hint: 'a URL cannot be hashed or packed; download the file into the runtime.yaml directory and include it by path' });
        continue;
      }
      if (inc.ref.includes('${')) {
        problems.push({ message: `"${inc.ref}" uses an environment variable (${describeVia(chain)})`, hint: 'name the file by a plain path relative to the file that includes it' });
        continue;
      }
      const next = posix.isAbsolute(inc.ref) ? inc.ref : posix.normalize(posix.join(posix.dirname(path), inc.ref));
      if (posix.isAbsolute(next)) {
        problems.push({ message: `"${inc.ref}" is an absolute path (${describeVia(chain)})`, hint: 'use a path relative to the file that includes it, inside the runtime.yaml directory' });
        continue;
      }
      if (seenPaths.has(next)) continue;
      seenPaths.add(next);
      visit(next, chain);
    }
  };
  visit(start, []);
  return { files, problems };
}
