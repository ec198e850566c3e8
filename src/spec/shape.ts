// Checks runtime.yaml's shape against the JSON Schema with ajv and turns ajv's errors into one
// positioned, human message each (ajv reports every branch of an anyOf; we keep the useful one).
// The validator is ajv's standalone code for schema.ts, generated at build time (not compiled at start-up).
import type { ErrorObject } from 'ajv';
import { nearest } from './diagnostics.js';
import { validate as generated } from './shape-validator.generated.js';
import type { SpecSource, YamlPath } from './source.js';

const validate = generated as unknown as { (data: unknown): boolean; errors?: ErrorObject[] | null };

const DEP_KEYS = ['pip', 'conda', 'wheels', 'files', 'commands'];

function toPath(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `environment.python`, `dependencies[2].pip[0]` */
export function describePath(path: YamlPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || 'top level';
}

function typeName(t: unknown): string {
  if (t === 'array') return 'a list';
  if (t === 'object') return 'a mapping';
  if (t === 'string') return 'a string';
  if (t === 'number') return 'a number';
  return String(t);
}

function actual(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : typeof v}`;
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let v: unknown = data;
  for (const p of path) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string | number, unknown>)[p];
  return v;
}

function message(e: ErrorObject, path: YamlPath, data: unknown): { text: string; hint?: string; path: YamlPath; at?: 'key' } {
  const where = describePath(path);
  const got = actual(valueAt(data, path));
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      if (path.length === 0) return { text: `missing required key \`${missing}\``, path };
      return { text: `${where} is missing \`${missing}\``, path };
    }
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const guess = nearest(extra, DEP_KEYS);
      return {
        text: `unknown dependency key \`${extra}\``,
        hint: guess ? `did you mean \`${guess}\`? (allowed: ${DEP_KEYS.join(', ')})` : `allowed: ${DEP_KEYS.join(', ')}`,
        path: [...path, extra],
        at: 'key',
      };
    }
    case 'type': {
      // null is allowed only as "left empty" (Starwhale's `x or {}`); naming it would confuse.
      const want = ([] as unknown[]).concat((e.params as { type: unknown }).type).filter((t) => t !== 'null').map(typeName).join(' or ');
      if (path[0] === 'dependencies' && path.length === 3 && path[2] === 'pip' && got === 'a string') {
        return { text: `${where} must be a list of requirements, got a string`, hint: 'write `pip: [name]`, one item per requirement', path };
      }
      return { text: `${where} must be ${want}, got ${got}`, path };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const v = String(valueAt(data, path));
      const guess = nearest(v, allowed);
      return { text: `${where}: "${v}" is not allowed`, hint: `${guess ? `did you mean "${guess}"? ` : ''}allowed: ${allowed.join(', ')}`, path };
    }
    case 'pattern':
      if (path.includes('wheels')) return { text: `${where}: "${String(valueAt(data, path))}" is not a wheel file`, hint: 'wheel paths end in .whl', path };
      return { text: `${where} does not match ${(e.params as { pattern: string }).pattern}`, path };
    case 'minLength':
      return { text: `${where} must not be empty`, path };
    case 'minProperties':
      return { text: `${where} is an empty mapping`, hint: `use one of: ${DEP_KEYS.join(', ')}`, path };
    default:
      return { text: `${where} ${e.message ?? 'is invalid'}`, path };
  }
}

/** Validates the document's data; returns false when the shape is wrong (diagnostics added to `src`). */
export function checkShape(src: SpecSource, data: unknown): boolean {
  if (validate(data)) return true;
  const errors = validate.errors ?? [];
  const paths = errors.map((e) => toPath(e.instancePath));
  const isPrefix = (a: YamlPath, b: YamlPath) => a.length < b.length && a.every((p, i) => p === b[i]);
  const reported = new Set<string>();
  errors.forEach((e, i) => {
    const path = paths[i]!;
    // anyOf: a deeper error explains the failure better than "must match a schema in anyOf" or the
    // other branch's type mismatch at the same place.
    const explained = errors.some(
      (o, j) => j !== i && (isPrefix(path, paths[j]!) || (describePath(paths[j]!) === describePath(path) && !['type', 'anyOf', 'enum'].includes(o.keyword))),
    );
    if (explained && (e.keyword === 'type' || e.keyword === 'anyOf' || e.keyword === 'enum')) return;
    if (e.keyword === 'anyOf') {
      const branchTypes = errors
        .filter((o, j) => j !== i && o.keyword === 'type' && describePath(paths[j]!) === describePath(path))
        .flatMap((o) => ([] as unknown[]).concat((o.params as { type: unknown }).type));
      const alt = errors.some((o, j) => j !== i && o.keyword === 'enum' && describePath(paths[j]!) === describePath(path));
      if (alt) return;
      const want = [...new Set(branchTypes.map(typeName))].join(' or ') || 'valid';
      const text = `${describePath(path)} must be ${want}, got ${actual(valueAt(data, path))}`;
      if (!reported.has(text)) src.error(path, text);
      reported.add(text);
      return;
    }
    // Type errors under an anyOf are summarised by the anyOf error itself.
    if (e.keyword === 'type' && errors.some((o, j) => o.keyword === 'anyOf' && describePath(paths[j]!) === describePath(path))) return;
    const m = message(e, path, data);
    const key = `${describePath(m.path)}|${m.text}`;
    if (reported.has(key)) return;
    reported.add(key);
    src.error(m.path, m.text, m.hint, m.at);
  });
  return false;
}
