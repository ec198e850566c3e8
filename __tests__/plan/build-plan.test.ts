// The build plan is pure: these cases run no interpreter, read no file and touch no network.
import { cudaRequest, planBuild } from '../../src/plan/build-plan.js';
import { runtimeSpec as spec } from './runtime-spec.js';

describe('planBuild', () => {
  it('puts a venv under <dir>/.starwhale/venv and asks for the python runtime.yaml names', () => {
    const p = planBuild({ dir: '/w/rt', spec: spec({ cuda: '12.4', cudnn: '9' }), pythonRequest: '3.11.9' }, { cudaComponents: 'minimal' });
    expect(p).toEqual({
      mode: 'venv',
      envDir: '/w/rt/.starwhale/venv',
      outputDir: '/w/rt/.starwhale',
      defaultEnvDir: true,
      toolchain: { python: '3.11.9', pythonPath: undefined, cuda: '12.4', cudnn: '9', cudaComponents: 'minimal', ldLibraryPath: undefined },
      runCommands: false,
      cacheSuffix: undefined,
      versionExtra: { includeEnv: false, env: '' },
    });
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.toolchain)).toBe(true);
  });

  it('a conda prefix brings its own python: only CUDA is asked of the toolchain', () => {
    const p = planBuild({ dir: '/w/rt', spec: spec({ mode: 'conda', cuda: '12.4' }), pythonRequest: '3.10' }, { pythonPath: '/usr/bin/python3' });
    expect(p.envDir).toBe('/w/rt/.starwhale/conda');
    expect(p.toolchain).toEqual({ python: '', cuda: '12.4', cudnn: '', cudaComponents: undefined, ldLibraryPath: undefined });
  });

  it('an env dir given is resolved from the working directory and is not the default', () => {
    const p = planBuild({ dir: '/w/rt', spec: spec(), pythonRequest: '' }, { envDir: 'build/env' }, '/home/u/proj');
    expect(p.envDir).toBe('/home/u/proj/build/env');
    expect(p.outputDir).toBe('/w/rt/.starwhale');
    expect(p.defaultEnvDir).toBe(false);
  });

  it('cuda: none drops the CUDA runtime.yaml records; a flag pins the exact label', () => {
    expect(planBuild({ dir: '/w', spec: spec({ cuda: '12.4', cudnn: '9' }), pythonRequest: '' }, { cuda: 'none' }).toolchain).toMatchObject({ cuda: '', cudnn: '' });
    expect(cudaRequest({ cuda: ' 12.4.1 ' }, { cuda: '12.4', cudnn: '' })).toEqual({ cuda: '12.4.1', cudnn: '' });
  });

  it('the bundle version covers a packed env and its place, and a starwhale version given', () => {
    const loaded = { dir: '/w/rt', spec: spec(), pythonRequest: '' };
    expect(planBuild(loaded, { includeEnv: true, starwhaleVersion: '0.6.14', runCommands: true, cacheSuffix: 'leg1' })).toMatchObject({
      runCommands: true,
      cacheSuffix: 'leg1',
      versionExtra: { includeEnv: true, env: '/w/rt/.starwhale/venv', starwhaleVersion: '0.6.14' },
    });
    expect(Object.isFrozen(planBuild(loaded, {}).versionExtra)).toBe(true);
  });
});
