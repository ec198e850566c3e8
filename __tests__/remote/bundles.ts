// Test bundles: real .swrt-shaped tars written with node-tar, `_manifest.yaml` first.
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';
import { stringify } from 'yaml';

/** A 40-character base32 version like swcli's (docs/starwhale-compat.md: Local store), distinct per seed. */
export function fakeVersion(seed: string): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let out = '';
  let h = 0;
  for (let i = 0; out.length < 40; i++) {
    h = (h * 31 + seed.charCodeAt(i % seed.length) + i) >>> 0;
    out += alphabet[h % 32];
  }
  return out;
}

export async function makeSwrt(name: string, version: string, opts: { extraBytes?: number; dir?: string } = {}): Promise<string> {
  const dir = mkdtempSync(join(opts.dir ?? tmpdir(), 'swrt-remote-'));
  const src = join(dir, 'src');
  mkdirSync(join(src, 'files'), { recursive: true });
  writeFileSync(join(src, '_manifest.yaml'), stringify({ name, version, build: { os: 'Linux', sw_version: '0.6.15' }, environment: { mode: 'venv', python: '3.11' } }));
  writeFileSync(join(src, 'runtime.yaml'), `name: ${name}\n`);
  writeFileSync(join(src, 'files', 'hello.txt'), `hello from ${version}\n`);
  const entries = ['_manifest.yaml', 'runtime.yaml', 'files'];
  // A sparse file of `extraBytes` (zeros): big on the wire, cheap to make.
  if (opts.extraBytes) {
    writeFileSync(join(src, 'files', 'blob.bin'), '');
    truncateSync(join(src, 'files', 'blob.bin'), opts.extraBytes);
  }
  const file = join(dir, `${version}.swrt`);
  await create({ file, cwd: src, portable: true }, entries);
  return file;
}
