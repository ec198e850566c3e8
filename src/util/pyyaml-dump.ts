// A YAML writer that gives the same text as PyYAML's `yaml.safe_dump(data, default_flow_style=False)`
// for plain data (mappings, lists, strings, numbers, booleans, null): swcli writes
// conda-sw-lock.yaml that way, and a lock must match byte for byte. What PyYAML does and this does too:
//  - mapping keys sorted (sort_keys=True); block style everywhere; `[]` / `{}` for empty ones;
//  - lists under a mapping key are not indented ("indentless"); a mapping or list inside a list item
//    starts on the dash's line;
//  - strings are plain unless YAML 1.1 would read them as something else (yes/no/on/off, numbers,
//    dates, null, "=", "<<") or they hold indicators, in which case they are single-quoted; strings
//    with control or non-ASCII characters are double-quoted with escapes (allow_unicode=False);
//  - a plain or single-quoted scalar is folded at a single space once the line passes 80 columns.
// Not reproduced (never found in an env export): folding inside double-quoted strings, and floats
// that are whole numbers (YAML `3.0` reads back as the number 3 and is written `3`).
// Hand-written because no JavaScript YAML library emits PyYAML's text (the `yaml` package, used for
// reading and for our own files, quotes, indents and folds differently); a fuzz test compares it with
// PyYAML itself.

type Data = null | boolean | number | string | Data[] | { [k: string]: Data };

const BEST_WIDTH = 80;

const RESOLVERS: RegExp[] = [
  /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  /^(?:<<)$/,
  /^(?:~|null|Null|NULL|)$/,
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
  /^(?:=)$/,
];

/** Python's `re.match(r'…$')` also matches before one trailing newline. */
function resolvesToNonString(s: string): boolean {
  const body = s.endsWith('\n') ? s.slice(0, -1) : s;
  return RESOLVERS.some((r) => r.test(s) || r.test(body));
}

const BREAKS = '\n\x85\u2028\u2029';
const WS = '\0 \t\r\n\x85\u2028\u2029';

interface Analysis {
  empty: boolean;
  multiline: boolean;
  allowBlockPlain: boolean;
  allowSingleQuoted: boolean;
}

function analyze(s: string): Analysis {
  if (!s) return { empty: true, multiline: false, allowBlockPlain: true, allowSingleQuoted: true };
  const chars = [...s];
  let blockIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  if (s.startsWith('---') || s.startsWith('...')) blockIndicators = true;
  let precededByWs = true;
  let followedByWs = chars.length === 1 || WS.includes(chars[1]!);
  let prevSpace = false;
  let prevBreak = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) blockIndicators = true;
      if ('?:'.includes(ch) && followedByWs) blockIndicators = true;
      if (ch === '-' && followedByWs) blockIndicators = true;
    } else {
      if (ch === ':' && followedByWs) blockIndicators = true;
      if (ch === '#' && precededByWs) blockIndicators = true;
    }
    if (BREAKS.includes(ch)) lineBreaks = true;
    const code = ch.codePointAt(0)!;
    if (!(ch === '\n' || (code >= 0x20 && code <= 0x7e))) special = true; // allow_unicode=False: anything else is escaped
    if (ch === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (BREAKS.includes(ch)) {
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWs = WS.includes(ch);
    followedByWs = i + 2 >= chars.length || WS.includes(chars[i + 2]!);
  }
  let allowBlockPlain = true;
  let allowSingleQuoted = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) allowBlockPlain = false;
  if (breakSpace) allowBlockPlain = allowSingleQuoted = false;
  if (spaceBreak || special) allowBlockPlain = allowSingleQuoted = false;
  if (lineBreaks) allowBlockPlain = false;
  if (blockIndicators) allowBlockPlain = false;
  return { empty: false, multiline: lineBreaks, allowBlockPlain, allowSingleQuoted };
}

type Style = 'plain' | 'single' | 'double';

function chooseStyle(s: string, simpleKey: boolean): Style {
  const a = analyze(s);
  if (!resolvesToNonString(s) && !(simpleKey && (a.empty || a.multiline)) && a.allowBlockPlain) return 'plain';
  if (a.allowSingleQuoted && !(simpleKey && a.multiline)) return 'single';
  return 'double';
}

const ESCAPES: Record<string, string> = {
  '\0': '0', '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\x0b': 'v', '\f': 'f', '\r': 'r', '\x1b': 'e',
  '"': '"', '\\': '\\', '\x85': 'N', '\xa0': '_', '\u2028': 'L', '\u2029': 'P',
};

function doubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ESCAPES[ch] !== undefined) out += `\\${ESCAPES[ch]}`;
    else if (code >= 0x20 && code <= 0x7e) out += ch;
    else if (code <= 0xff) out += `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    else if (code <= 0xffff) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`;
  }
  return `${out}"`;
}

/**
 * Writes a plain or single-quoted scalar starting at `column`, folding at a lone space once the line
 * is past 80 columns (continuation lines at `indent`), as PyYAML's write_plain/write_single_quoted do.
 */
function folded(text: string, column: number, indent: number, quoted: boolean, split: boolean): string {
  let out = quoted ? "'" : '';
  let col = column + (quoted ? 1 : 0);
  const n = text.length;
  let start = 0;
  let spaces = false;
  let breaks = false;
  for (let end = 0; end <= n; end++) {
    const ch = end < n ? text[end] : undefined;
    if (spaces) {
      if (ch !== ' ') {
        const canFold = start + 1 === end && col > BEST_WIDTH && split && (!quoted || (start !== 0 && end !== n));
        if (canFold) {
          out += `\n${' '.repeat(indent)}`;
          col = indent;
        } else {
          out += text.slice(start, end);
          col += end - start;
        }
        start = end;
      }
    } else if (breaks) {
      // only reached in single-quoted text: each break is written doubled the YAML way, then re-indented
      if (ch === undefined || !BREAKS.includes(ch)) {
        if (text[start] === '\n') out += '\n';
        for (const br of text.slice(start, end)) out += br === '\n' ? '\n' : br;
        out += ' '.repeat(indent);
        col = indent;
        start = end;
      }
    } else if (ch === undefined || ch === ' ' || BREAKS.includes(ch) || (quoted && ch === "'")) {
      if (start < end) {
        out += text.slice(start, end);
        col += end - start;
        start = end;
      }
    }
    if (quoted && ch === "'") {
      out += "''";
      col += 2;
      start = end + 1;
    }
    if (ch !== undefined) {
      spaces = ch === ' ';
      breaks = BREAKS.includes(ch);
    }
  }
  return quoted ? `${out}'` : out;
}

function pyFloat(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (n === Infinity) return '.inf';
  if (n === -Infinity) return '-.inf';
  let r = String(n);
  if (!/[.eE]/.test(r)) r += '.0';
  else if (/e/.test(r) && !r.includes('.')) r = r.replace('e', '.0e');
  return r;
}

function scalarText(v: null | boolean | number | string, column: number, indent: number, simpleKey = false): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : pyFloat(v);
  const style = chooseStyle(v, simpleKey);
  if (style === 'double') return doubleQuoted(v);
  return folded(v, column, indent, style === 'single', !simpleKey);
}

const isScalar = (v: Data): v is null | boolean | number | string => v === null || typeof v !== 'object';

function isEmpty(v: Data): boolean {
  return Array.isArray(v) ? v.length === 0 : v !== null && typeof v === 'object' && Object.keys(v).length === 0;
}

function pySortKey(a: string, b: string): number {
  // Python compares str by code point; JS `<` compares UTF-16 units. They differ only past the BMP.
  const ca = [...a].map((c) => c.codePointAt(0)!);
  const cb = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) if (ca[i] !== cb[i]) return ca[i]! - cb[i]!;
  return ca.length - cb.length;
}

/** `firstLinePrefix` replaces the first key's indentation: the dash of the list item it opens. */
function mapping(obj: { [k: string]: Data }, indent: number, out: string[], firstLinePrefix?: string): void {
  const keys = Object.keys(obj).sort(pySortKey);
  keys.forEach((k, i) => {
    const pad = i === 0 && firstLinePrefix !== undefined ? firstLinePrefix : ' '.repeat(indent);
    const key = scalarText(k, indent, indent, true);
    const v = obj[k]!;
    const head = `${pad}${key}:`;
    if (isScalar(v)) out.push(`${head} ${scalarText(v, head.length + 1, indent + 2)}`);
    else if (isEmpty(v)) out.push(`${head} ${Array.isArray(v) ? '[]' : '{}'}`);
    else if (Array.isArray(v)) {
      out.push(head);
      sequence(v, indent, out);
    } else {
      out.push(head);
      mapping(v, indent + 2, out);
    }
  });
}

function sequence(list: Data[], indent: number, out: string[], firstLinePrefix?: string): void {
  list.forEach((v, i) => {
    const dash = `${i === 0 && firstLinePrefix !== undefined ? firstLinePrefix : ' '.repeat(indent)}- `;
    if (isScalar(v)) out.push(`${dash}${scalarText(v, dash.length, indent + 2)}`);
    else if (isEmpty(v)) out.push(`${dash}${Array.isArray(v) ? '[]' : '{}'}`);
    else if (Array.isArray(v)) sequence(v, indent + 2, out, dash);
    else mapping(v, indent + 2, out, dash);
  });
}

/** `yaml.safe_dump(data, default_flow_style=False)` for a top-level mapping. */
export function pyyamlSafeDump(data: { [k: string]: Data }): string {
  const out: string[] = [];
  if (isEmpty(data)) return '{}\n';
  mapping(data, 0, out);
  return `${out.join('\n')}\n`;
}

export type { Data as YamlData };
