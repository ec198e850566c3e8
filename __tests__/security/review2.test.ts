// Hostile review 2: each failing test is one finding (see the report). The promise under test: no
// secret the process knows appears in a printed line, a written file or a bundle member; activate
// output is safe to eval with any path; errors are one line.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildManifest, dumpManifest } from '../../src/bundle/manifest.js';
import { reportError } from '../../src/cli/context.js';
import { guardCredentials, resolvePipOptions, stripYamlCredentials, uvArgs, pipArgs } from '../../src/plan/pip-options.js';
import { writeBundle } from '../../src/bundle/swrt.js';
import { parseSpec } from '../../src/spec/index.js';
import { resolveAuth } from '../../src/remote/auth.js';
import { StarwhaleClient } from '../../src/remote/client.js';
import { parseRemoteUri } from '../../src/remote/uri.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { commandLine, exec, safeCut } from '../../src/util/exec.js';
import { clearSecrets, maskSecrets, MemoryLog, registerSecret } from '../../src/util/log.js';
import { activateHostScript } from '../../src/util/shell.js';
import { sink } from './sink.js';
import { itUnless } from '../helpers/skip.js';

afterEach(() => clearSecrets());

const hasDash = (() => {
  try {
    execFileSync('dash', ['-c', 'true']);
    return true;
  } catch {
    return false;
  }
})();

describe('review2', () => {
  // F1: a swcli config.yaml with a YAML error quotes the offending source lines, token included.
  it('a broken swcli config.yaml does not print the token it holds, and the error is one line', () => {
    const TOKEN = 'cfg-token-5f4e3d2c1b0a';
    const dir = mkdtempSync(join(tmpdir(), 'swrt-r2-cfg-'));
    const cfg = join(dir, 'config.yaml');
    // One tab-indented line (a hand edit): YAML refuses the file and its message quotes that line.
    writeFileSync(cfg, `instances:\n  prod:\n    uri: https://sw.example\n\tsw_token: ${TOKEN}\n`);
    let err: unknown;
    try {
      resolveAuth({ instanceUrl: '', alias: 'prod' }, { env: { SW_CLI_CONFIG: cfg } });
    } catch (e) {
      err = e;
    }
    const out = sink();
    reportError(err, false, out.stream);
    expect(out.text()).not.toContain(TOKEN);
    expect(out.text().trim().split('\n')).toHaveLength(1);
    // The place only: file, line and column.
    expect(out.text()).toContain(`cannot read swcli config ${cfg}: not valid YAML at line 4, column 1`);
    expect(out.text()).not.toContain('sw_token');
  });

  // F2: conda channel credentials (configs.conda.channels, condarc) are published and never registered.
  const SPEC = (extra: string) => `name: rt-review
mode: conda
configs:
  conda:
    channels: ["https://u:CONDA-PW-1111@conda.example/ch"]
    condarc:
      channel_alias: https://u:ALIAS-PW-2222@conda.example
  pip:
    index_url: https://u:IDX-PW-3333@pypi.example/simple
${extra}dependencies:
  - pip: ["priv @ https://u:URL-PW-6666@files.example/priv-1.0-py3-none-any.whl", "git+https://oauth2:GIT-PW-7777@gitlab.example/x.git"]
`;
  const published = (yaml: string) => {
    const { spec } = parseSpec(Buffer.from(yaml), 'runtime.yaml', tmpdir());
    const manifest = dumpManifest(
      buildManifest({ spec, version: 'a'.repeat(40), createdAt: 'x', lockFiles: [], lock: '', pythonVersion: '3.11.9', localPackagedEnv: false, starwhaleVersion: '' }),
    );
    const log = new MemoryLog();
    const pip = resolvePipOptions(spec.configs.pip, {});
    guardCredentials(spec, pip, log);
    return { spec, manifest, runtimeYaml: stripYamlCredentials(yaml), pip, log };
  };
  const CONDARC = `    condarc:
      channel_alias: https://u:ALIAS-PW-2222@conda.example
      channels: [https://conda.example/t/tk-TOKEN-8888/private]
      custom_channels: {corp: "https://v:CUSTOM-PW-9999@corp.example"}
`;

  it('conda channel credentials stay out of the manifest, runtime.yaml and configs/condarc, are masked, and the build keeps them', async () => {
    const yaml = SPEC('').replace(/ {4}condarc:\n.*\n/, CONDARC);
    const { spec, manifest, runtimeYaml, log } = published(yaml);
    const dir = mkdtempSync(join(tmpdir(), 'swrt-r2-conda-'));
    const out = join(dir, 'x.swrt');
    await writeBundle({ loaded: { spec, file: join(dir, 'runtime.yaml'), dir, raw: Buffer.from(yaml), warnings: [], diagnostics: [], pythonRequest: '3.11' }, manifest: {}, mtime: 0 }, out);
    const condarc = execFileSync('tar', ['-xOf', out, 'configs/condarc'], { encoding: 'utf8' });
    const bundledYaml = execFileSync('tar', ['-xOf', out, 'runtime.yaml'], { encoding: 'utf8' });
    for (const pw of ['CONDA-PW-1111', 'ALIAS-PW-2222', 'tk-TOKEN-8888', 'CUSTOM-PW-9999']) {
      expect(['manifest', manifest.includes(pw)]).toEqual(['manifest', false]);
      expect(['runtime.yaml', runtimeYaml.includes(pw), bundledYaml.includes(pw)]).toEqual(['runtime.yaml', false, false]);
      expect(['configs/condarc', condarc.includes(pw)]).toEqual(['configs/condarc', false]);
      expect(['masked', maskSecrets(`micromamba create --channel https://u:${pw}@conda.example/ch`).includes(pw)]).toEqual(['masked', false]);
    }
    // The URLs stay usable without their credentials (conda drops /t/<token> the same way).
    expect(condarc).toContain('channel_alias: https://conda.example');
    expect(condarc).toContain('https://conda.example/private');
    expect(manifest).toContain('https://conda.example/ch');
    // The build still uses them.
    expect(spec.configs.conda.channels).toEqual(['https://u:CONDA-PW-1111@conda.example/ch']);
    expect(JSON.stringify(spec.configs.conda.condarc)).toContain('tk-TOKEN-8888');
    // One warning, naming each place.
    const warnings = log.lines.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(/configs\.pip\.index_url, configs\.conda\.channels, configs\.conda\.condarc, pip dependencies/);
  });

  // F3: credentials in pip_pkg direct URLs (PEP 508 `@ https://u:p@`, git+https://token@) likewise.
  it('credentials in pip_pkg direct URLs stay out of the manifest and runtime.yaml, and are masked', () => {
    const { spec, manifest, runtimeYaml } = published(SPEC('').replace('git+https://oauth2:GIT-PW-7777@', 'git+https://GIT-PW-7777@'));
    for (const pw of ['URL-PW-6666', 'GIT-PW-7777']) {
      expect(['manifest', manifest.includes(pw)]).toEqual(['manifest', false]);
      expect(['runtime.yaml', runtimeYaml.includes(pw)]).toEqual(['runtime.yaml', false]);
      expect(['masked', maskSecrets(`uv pip install priv @ https://u:${pw}@files.example/x.whl`).includes(pw)]).toEqual(['masked', false]);
    }
    expect(manifest).toContain('priv @ https://files.example/priv-1.0-py3-none-any.whl');
    expect(manifest).toContain('git+https://gitlab.example/x.git');
    expect(runtimeYaml).toContain('"priv @ https://files.example/priv-1.0-py3-none-any.whl", "git+https://gitlab.example/x.git"');
    expect(spec.dependencies).toContainEqual({ kind: 'pip_pkg', deps: ['priv @ https://u:URL-PW-6666@files.example/priv-1.0-py3-none-any.whl', 'git+https://GIT-PW-7777@gitlab.example/x.git'] });
  });

  it('an ssh login and ${VAR} references are not credentials: kept, nothing registered', () => {
    const { manifest, log } = published(`name: rt\ndependencies:\n  - pip: ["git+ssh://git@github.com/o/r.git", "x @ https://\${USER}:\${PASS}@h.example/x.whl"]\n`);
    expect(manifest).toContain('git+ssh://git@github.com/o/r.git');
    expect(manifest).toContain('https://${USER}:${PASS}@h.example/x.whl');
    expect(log.secrets).toEqual([]);
    expect(log.lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('a requirements file with credentials is packed as a stripped copy, with one warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-r2-req-'));
    const req = [
      '-i https://u:REQ-PW-1@idx.example/simple',
      '--extra-index-url=https://v:REQ-PW-2@extra.example/simple',
      '--find-links https://w:REQ-PW-3@links.example/',
      'priv @ https://x:REQ-PW-4@files.example/p.whl',
      '-e git+https://REQ-TOKEN-5@github.com/o/r.git#egg=r',
      'numpy==1.26.4',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'requirements.txt'), req);
    writeFileSync(join(dir, 'plain.txt'), 'six\n');
    const yaml = 'name: rt\ndependencies:\n  - requirements.txt\n  - plain.txt\n';
    const { spec } = parseSpec(Buffer.from(yaml), 'runtime.yaml', dir);
    const log = new MemoryLog();
    guardCredentials(spec, resolvePipOptions(spec.configs.pip, {}), log, [{ path: 'requirements.txt', text: req }, { path: 'plain.txt', text: 'six\n' }]);
    const out = join(dir, 'x.swrt');
    await writeBundle({ loaded: { spec, file: join(dir, 'runtime.yaml'), dir, raw: Buffer.from(yaml), warnings: [], diagnostics: [], pythonRequest: '3.11' }, manifest: {}, mtime: 0 }, out);
    const packed = execFileSync('tar', ['-xOf', out, 'dependencies/requirements.txt'], { encoding: 'utf8' });
    expect(packed).toBe(req.replace(/\/\/[^/@]*@/g, '//'));
    expect(execFileSync('tar', ['-xOf', out, 'dependencies/plain.txt'], { encoding: 'utf8' })).toBe('six\n');
    for (let i = 1; i <= 5; i++) expect(maskSecrets(req)).not.toMatch(new RegExp(`REQ-(PW|TOKEN)-${i}`));
    const warnings = log.lines.filter((l) => l.level === 'warn').map((l) => l.msg);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('requirements file requirements.txt');
    expect(warnings[0]).not.toContain('plain.txt');
  });

  // F4: extra_index_url as one whitespace-separated string (pip.conf style, which swcli passes on
  // through PIP_EXTRA_INDEX_URL): only the first URL's password is registered.
  it('extra_index_url as a space-separated string: every password is masked in the logged install command', () => {
    const { spec, pip } = published(SPEC('    extra_index_url: "https://a:EX1-PW-4444@e1.example/simple https://b:EX2-PW-5555@e2.example/simple"\n'));
    expect(spec.configs.pip.extra_index_url).toEqual(['https://a:EX1-PW-4444@e1.example/simple', 'https://b:EX2-PW-5555@e2.example/simple']);
    for (const line of [commandLine('uv', ['pip', 'install', ...uvArgs(pip)]), commandLine('pip', ['install', ...pipArgs(pip)])]) {
      const shown = maskSecrets(line);
      expect(shown).not.toContain('EX1-PW-4444');
      expect(shown).not.toContain('EX2-PW-5555');
      expect(shown).toContain('--extra-index-url https://a:***@e1.example/simple --extra-index-url https://b:***@e2.example/simple');
    }
  });

  // F5: activate.host is `echo '<cmd>'`; dash's echo (Debian/Ubuntu /bin/sh) expands backslash
  // escapes, so `\047` in the path becomes a quote and the printed command runs code when eval'd.
  itUnless(hasDash, 'dash is not installed')('activate.host run by dash prints the path literally (no escape expansion, nothing runs)', () => {
    const root = mkdtempSync(join(tmpdir(), 'swrt-r2-act-'));
    const pwned = join(root, 'pwned');
    const dir = join(root, `w\\047;touch ${pwned};\\047x`, 'venv');
    mkdirSync(join(dir, 'bin'), { recursive: true });
    writeFileSync(join(dir, 'bin', 'activate'), 'SWRT_TEST_ACTIVATED=yes\n');
    const host = join(root, 'activate.host');
    writeFileSync(host, activateHostScript(dir, 'venv'));
    const printed = execFileSync('dash', [host], { encoding: 'utf8' });
    const out = execFileSync('bash', ['-c', 'eval "$CMD" 2>/dev/null; echo "$SWRT_TEST_ACTIVATED"'], { env: { ...process.env, CMD: printed }, encoding: 'utf8' });
    expect(existsSync(pwned)).toBe(false);
    expect(printed).toContain(dir);
    expect(out.trim()).toBe('yes');
  });

  // F6: a subprocess line over 64 KiB (progress output, a long URL list) is emitted in 64 KiB pieces
  // before masking: a secret that straddles a piece boundary is printed in two unmasked halves.
  it('a secret across the 64 KiB split of a long output line is still masked', async () => {
    const S = 'sekret-token-0123456789';
    registerSecret(S);
    const log = new MemoryLog();
    await exec('python3', ['-c', `import sys; sys.stdout.write("x"*(65536-10) + "${S}" + "y"*70000 + "\\n")`], { log, stream: true });
    const text = log.lines.map((l) => l.msg).join('\n');
    expect(text).not.toContain(S.slice(0, 10));
    expect(text).not.toContain(S.slice(10));
    // Still cut into pieces, and nothing else lost: x…x *** y…y.
    const out = log.lines.slice(1).map((l) => l.msg);
    expect(out.length).toBeGreaterThan(1);
    expect(out.join('')).toBe(`${'x'.repeat(65536 - 10)}***${'y'.repeat(70000)}`);
  });

  it('safeCut never cuts inside a secret, and ends on a line that is all secret', () => {
    expect(safeCut('aaSECRETbb', 4, ['SECRET'])).toBe(2);
    expect(safeCut('aaSECRETbb', 2, ['SECRET'])).toBe(2);
    expect(safeCut('aaSECRETbb', 8, ['SECRET'])).toBe(8);
    expect(safeCut('SECRETbb', 3, ['SECRET'])).toBe(6);
    // Every position is inside an occurrence: walks back to the start, then past the run.
    expect(safeCut('abababab', 5, ['abab'])).toBe(8);
    expect(safeCut('xSECyRETz', 5, ['SECyRET', 'yR'])).toBe(1);
  });

  // F7 (low): a project `..` / `%2e%2e` is sent as a dot segment that URL parsing folds away: the
  // token-bearing lookup goes to GET /api/v1/ instead of /api/v1/project/…
  it('a project, runtime or version named . or .. is refused before any request', async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const uri of [`${url}/project/%2e%2e/runtime/mnist`, `${url}/project/p/runtime/./version/v1`, `cloud://prod/project/x/runtime/%2E%2E`]) {
        expect(() => parseRemoteUri(uri)).toThrow(/has a "\.{1,2}" segment; refused/);
      }
      const c = new StarwhaleClient({ instanceUrl: url, token: 'Bearer t0k3n-r2', log: new MemoryLog(), retry: { attempts: 1 } });
      await expect(c.projectId('..')).rejects.toThrow('project ".." cannot be used on a server; refused');
      await expect(c.versionExists('1', '.', 'v1')).rejects.toThrow('runtime "." cannot be used on a server; refused');
      await expect(c.listTags('1', 'mnist', '..')).rejects.toThrow('version ".." cannot be used on a server; refused');
      await expect(c.versionExists('.', 'mnist', 'v1')).rejects.toThrow('project "." cannot be used');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
    expect(seen).toEqual([]);
  });
});
