// Writes the README's inputs and outputs tables from action.yml, between the
// <!-- action-docs:inputs --> / <!-- action-docs:outputs --> markers and their closing markers.
// `--check` writes nothing and fails when the README is stale (CI runs it).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const README = join(ROOT, 'README.md');

// Table cells: pipes escaped, lines joined, and <placeholders> kept visible (not read as HTML tags).
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s*\n\s*/g, ' ').trim();
const code = (text) => (text === '' ? '' : `\`${String(text).replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\s*\n\s*/g, ' ').trim()}\``);

function tables(action) {
  const inputs = Object.entries(action.inputs ?? {}).map(([name, i]) => `| \`${name}\` | ${cell(i.description ?? '')} | ${code(i.default ?? '')} |`);
  const outputs = Object.entries(action.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.description ?? '')} |`);
  return {
    inputs: ['| input | description | default |', '|---|---|---|', ...inputs].join('\n'),
    outputs: ['| output | description |', '|---|---|', ...outputs].join('\n'),
  };
}

function fill(readme, name, table) {
  const open = `<!-- action-docs:${name} -->`;
  const close = `<!-- /action-docs:${name} -->`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${open} ... ${close} markers`);
  return `${readme.slice(0, start + open.length)}\n${table}\n${readme.slice(end)}`;
}

try {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const before = readFileSync(README, 'utf8');
  const t = tables(action);
  const after = fill(fill(before, 'inputs', t.inputs), 'outputs', t.outputs);
  if (process.argv.includes('--check')) {
    if (after !== before) {
      console.error('README.md inputs/outputs tables are stale: run npm run docs');
      process.exit(1);
    }
  } else if (after !== before) {
    const tmp = `${README}.${process.pid}.tmp`;
    writeFileSync(tmp, after);
    renameSync(tmp, README);
    console.log('README.md tables updated from action.yml');
  }
} catch (e) {
  console.error(`action-docs: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
