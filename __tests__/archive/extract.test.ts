// Extraction refuses archives that would write outside the target, and writes nothing when it does.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArchive } from '../../src/archive/extract.js';

/** Crafts a tar with Python's tarfile, which writes whatever names and links it is given. */
function craft(entries: { name: string; type?: 'file' | 'symlink' | 'link'; target?: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'swrt-craft-'));
  const out = join(dir, 'evil.swrt');
  const script = `
import io, sys, tarfile, json
entries = json.loads(sys.argv[2])
with tarfile.open(sys.argv[1], "w") as t:
    m = tarfile.TarInfo("_manifest.yaml"); data = b"name: x\\n"; m.size = len(data); t.addfile(m, io.BytesIO(data))
    for e in entries:
        i = tarfile.TarInfo(e["name"])
        kind = e.get("type", "file")
        if kind == "symlink": i.type = tarfile.SYMTYPE; i.linkname = e["target"]
        elif kind == "link": i.type = tarfile.LNKTYPE; i.linkname = e["target"]
        data = b"pwned" if kind == "file" else b""
        i.size = len(data)
        t.addfile(i, io.BytesIO(data))
`;
  execFileSync('python3', ['-c', script, out, JSON.stringify(entries)]);
  return out;
}

describe('safe extraction', () => {
  const cases: [string, Parameters<typeof craft>[0], string][] = [
    ['a ../ path', [{ name: '../x' }], '"../x" points outside the target'],
    ['an absolute path', [{ name: '/tmp/swrt-abs-pwned' }], '"/tmp/swrt-abs-pwned" points outside the target'],
    ['a symlink escape', [{ name: 'link', type: 'symlink', target: '../../etc' }], 'symlink "link" -> "../../etc" points outside the target'],
    ['an absolute symlink', [{ name: 'link', type: 'symlink', target: '/etc/passwd' }], 'symlink "link" -> "/etc/passwd" points outside the target'],
    ['a hard-link escape', [{ name: 'hard', type: 'link', target: '../../etc/passwd' }], 'hard link "hard" -> "../../etc/passwd" points outside the target'],
    ['a write through a symlink', [{ name: 'd', type: 'symlink', target: 'sub' }, { name: 'd/x' }], '"d/x" would be written through the symlink "d"'],
  ];

  it.each(cases)('refuses %s and writes nothing', async (_label, entries, message) => {
    const archive = craft(entries);
    const parent = mkdtempSync(join(tmpdir(), 'swrt-target-'));
    const target = join(parent, 'out');
    await expect(extractArchive(archive, target)).rejects.toThrow(message);
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync('/tmp/swrt-abs-pwned')).toBe(false);
  });

  it('extracts a well-formed archive, keeping in-tree symlinks', async () => {
    const archive = craft([{ name: 'files/a.txt' }, { name: 'files/link', type: 'symlink', target: 'a.txt' }]);
    const target = join(mkdtempSync(join(tmpdir(), 'swrt-target-')), 'out');
    await extractArchive(archive, target);
    expect(readdirSync(join(target, 'files')).sort()).toEqual(['a.txt', 'link']);
    await expect(extractArchive(archive, target)).rejects.toThrow('already exists');
    await extractArchive(archive, target, { force: true });
  });
});
