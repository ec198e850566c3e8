// The argv of each conda-mode step, for both syntaxes, as swcli runs them (docs/starwhale-compat.md: Restore order).
import { condaEnv, condaPkgArgv, createArgv, envFileArgv, exportArgv, exportListsPip, pipEnvVars, pipFreezeArgv, pipInstallArgv, pythonSpec, type CondaToolRef } from '../../src/conda/commands.js';
import { resolvePipOptions } from '../../src/plan/pip-options.js';

const conda: CondaToolRef = { path: '/opt/conda/bin/conda', flavor: 'conda' };
const mm: CondaToolRef = { path: '/tools/micromamba', flavor: 'micromamba' };
const P = '/w/.starwhale/conda';
const cfg = { channels: ['conda-forge', 'nvidia'], condarc: {} };

describe('create', () => {
  it('conda: exactly swcli conda_setup, no channels (condarc/defaults decide)', () => {
    expect(createArgv(conda, P, '3.10', cfg)).toEqual({ cmd: '/opt/conda/bin/conda', args: ['create', '--yes', '--quiet', '--prefix', P, 'python=3.10'] });
  });
  it('micromamba: adds the runtime channels (it has no defaults) unless condarc lists channels', () => {
    expect(createArgv(mm, P, '3.11.9', cfg).args).toEqual(['create', '--yes', '--quiet', '--prefix', P, '--channel', 'conda-forge', '--channel', 'nvidia', 'python=3.11.9']);
    expect(createArgv(mm, P, '3.11', { channels: ['x'], condarc: { channels: ['https://mirror/conda-forge'] } }).args).toEqual(['create', '--yes', '--quiet', '--prefix', P, 'python=3.11']);
    expect(createArgv(mm, P, '3.9', { channels: [], condarc: {} }).args).toContain('conda-forge');
  });
  it('pins X.Y or X.Y.Z, refuses a bare major', () => {
    expect(pythonSpec('3.8')).toBe('python=3.8');
    expect(pythonSpec('3.11.9')).toBe('python=3.11.9');
    expect(() => pythonSpec('3')).toThrow(/not X\.Y/);
  });
});

describe('dependencies', () => {
  it('env files: conda env update, micromamba install --file', () => {
    expect(envFileArgv(conda, P, '/w/conda.yaml').args).toEqual(['env', 'update', '--quiet', '--file', '/w/conda.yaml', '--prefix', P]);
    expect(envFileArgv(mm, P, '/w/conda.yaml').args).toEqual(['install', '--yes', '--quiet', '--prefix', P, '--file', '/w/conda.yaml']);
  });
  it('package lists: the runtime channels with --override-channels, same for both', () => {
    const want = ['install', '--prefix', P, '--channel', 'conda-forge', '--channel', 'nvidia', '--yes', '--override-channels', 'numpy', 'ffmpeg=6'];
    expect(condaPkgArgv(conda, P, cfg.channels, ['numpy', 'ffmpeg=6']).args).toEqual(want);
    expect(condaPkgArgv(mm, P, cfg.channels, ['numpy', 'ffmpeg=6'])).toEqual({ cmd: '/tools/micromamba', args: want });
  });
  it('pip through the env python with the pip configs; -r for files that are not wheels', () => {
    const pip = resolvePipOptions({ index_url: 'https://idx/simple', extra_index_url: ['https://e1/simple', 'https://e2/simple'], trusted_host: ['idx'] }, { SW_PYPI_TIMEOUT: '30' });
    const a = pipInstallArgv(P, ['/w/requirements.txt', '/w/wheels/x-1-py3-none-any.whl'], pip, { files: true });
    expect(a.cmd).toBe(`${P}/bin/python`);
    expect(a.args).toEqual([
      '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--exists-action', 'w',
      '--timeout', '30', '--retries', '10', '--index-url', 'https://idx/simple',
      '--extra-index-url', 'https://e1/simple', '--extra-index-url', 'https://e2/simple', '--trusted-host', 'idx',
      '-r', '/w/requirements.txt', '/w/wheels/x-1-py3-none-any.whl',
    ]);
    expect(pipInstallArgv(P, ['x==1', 'y>=2'], pip).args.slice(-2)).toEqual(['x==1', 'y>=2']);
    expect(pipEnvVars(pip)).toEqual({ PIP_INDEX_URL: 'https://idx/simple', PIP_EXTRA_INDEX_URL: 'https://e1/simple https://e2/simple', PIP_TRUSTED_HOST: 'idx' });
  });
  it('knows which tools export pip packages (micromamba only from 2.0.4)', () => {
    expect(exportListsPip({ ...conda, version: '4.8.0' })).toBe(true);
    expect(exportListsPip({ ...mm, version: '1.5.10' })).toBe(false);
    expect(exportListsPip({ ...mm, version: '2.0.3' })).toBe(false);
    expect(exportListsPip({ ...mm, version: '2.0.4' })).toBe(true);
    expect(exportListsPip({ ...mm, version: '2.1.0' })).toBe(true);
    expect(exportListsPip(mm)).toBe(true);
  });
  it('lock: env export to stdout and the env pip freeze without editables', () => {
    expect(exportArgv(conda, P).args).toEqual(['env', 'export', '--prefix', P]);
    expect(exportArgv(mm, P).args).toEqual(['env', 'export', '--prefix', P]);
    expect(pipFreezeArgv(P).args).toContain('--exclude-editable');
    expect(pipFreezeArgv(P, { includeEditable: true }).args).not.toContain('--exclude-editable');
  });
});

describe('condaEnv', () => {
  it('sets CONDARC only with a condarc, CONDA_OVERRIDE_CUDA only with cuda, and the package cache per tool', () => {
    const base = { PATH: '/usr/bin', CONDARC: undefined };
    const e1 = condaEnv(mm, { condarcFile: '/t/condarc', cuda: '12.4', rootPrefix: '/root-prefix' }, base);
    expect(e1).toMatchObject({ CONDARC: '/t/condarc', CONDA_OVERRIDE_CUDA: '12.4', MAMBA_ROOT_PREFIX: '/root-prefix', PATH: '/usr/bin' });
    expect(e1.CONDA_PKGS_DIRS).toBeUndefined();
    const e2 = condaEnv(conda, { rootPrefix: '/root-prefix' }, base);
    expect(e2.CONDA_PKGS_DIRS).toBe('/root-prefix/pkgs');
    expect(e2.CONDARC).toBeUndefined();
    expect(e2.CONDA_OVERRIDE_CUDA).toBeUndefined();
    expect(e2.MAMBA_ROOT_PREFIX).toBeUndefined();
  });
});
