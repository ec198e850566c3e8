// `${VAR}` in requirements, expanded from the environment as pip expands requirement files: only
// `${NAME}` with uppercase letters, digits and `_`; a variable left unset is an error naming the
// file and line before anything is installed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareEnv } from '../../src/pipeline/build.js';
import { loadSpec } from '../../src/spec/index.js';
import { checkRequirementVars, expandVars, requirementVarDigests, secretVarValues } from '../../src/spec/vars.js';
import { UserErrors } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';

describe('expandVars', () => {
  it('expands ${NAME} only, as pip does', () => {
    const env = { TORCH_VERSION: '2.1.0', CU: 'cu121', lower: 'x' };
    expect(expandVars('torch==${TORCH_VERSION}+${CU}', env)).toEqual({ text: 'torch==2.1.0+cu121', missing: [] });
    expect(expandVars('a==$TORCH_VERSION ${lower} ${ lower }', env)).toEqual({ text: 'a==$TORCH_VERSION ${lower} ${ lower }', missing: [] });
  });

  it('reports a name that is unset or empty', () => {
    expect(expandVars('x==${A}; y==${B}', { B: '' })).toEqual({ text: 'x==${A}; y==${B}', missing: ['A', 'B'] });
  });
});

describe('checkRequirementVars', () => {
  const project = () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-vars-'));
    writeFileSync(
      join(dir, 'runtime.yaml'),
      'name: vars\ndependencies:\n  - pip:\n      - numpy\n      - torch==${TORCH_VERSION}\n  - requirements.txt\n',
    );
    writeFileSync(join(dir, 'requirements.txt'), '# pinned with ${NOT_A_REQUIREMENT}\n--extra-index-url ${TORCH_INDEX}\nsix  # ${IN_A_COMMENT}\n');
    return join(dir, 'runtime.yaml');
  };

  it('names every unset variable with its file, line and column', async () => {
    const loaded = await loadSpec(project());
    let err: unknown;
    try {
      checkRequirementVars(loaded, {}, 'runtime.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserErrors);
    const hint = "(hint: requirements expand ${VAR} from the environment, as pip does; set it in the step's env)";
    expect((err as UserErrors).lines).toEqual([
      `runtime.yaml:5:16: error: \${TORCH_VERSION} is not set ${hint}`,
      `requirements.txt:2:19: error: \${TORCH_INDEX} is not set ${hint}`,
    ]);
  });

  it('stops a build before anything is provisioned', async () => {
    const log = new MemoryLog();
    await expect(prepareEnv({ yaml: project(), installer: 'pip', lock: false, includeEnv: false, runCommands: false, tags: [], log, env: { PATH: process.env.PATH } })).rejects.toMatchObject({
      lines: [expect.stringContaining('${TORCH_VERSION} is not set'), expect.stringContaining('requirements.txt:2:19: error: ${TORCH_INDEX} is not set')],
    });
    expect(log.text()).not.toContain('Python');
  });

  it('passes when every variable is set', async () => {
    const loaded = await loadSpec(project());
    expect(() => checkRequirementVars(loaded, { TORCH_VERSION: '2.1.0', TORCH_INDEX: 'https://download.pytorch.org/whl/cu121' })).not.toThrow();
  });
});

describe('what the env depends on', () => {
  it('digests the value of each variable the requirements use, never keeping the value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-vars-'));
    writeFileSync(join(dir, 'runtime.yaml'), 'name: vars\ndependencies:\n  - pip: ["torch==${TORCH_VERSION}"]\n  - requirements.txt\n');
    writeFileSync(join(dir, 'requirements.txt'), '--index-url https://u:${PYPI_TOKEN}@host/simple\n');
    const loaded = await loadSpec(join(dir, 'runtime.yaml'));
    const a = requirementVarDigests(loaded, { TORCH_VERSION: '2.1.0', PYPI_TOKEN: 's3cret' });
    expect(Object.keys(a).sort()).toEqual(['PYPI_TOKEN', 'TORCH_VERSION']);
    expect(JSON.stringify(a)).not.toContain('s3cret');
    expect(requirementVarDigests(loaded, { TORCH_VERSION: '2.2.0', PYPI_TOKEN: 's3cret' }).TORCH_VERSION).not.toBe(a.TORCH_VERSION);
  });

  it('treats the values of credential-named variables as secrets', () => {
    expect(secretVarValues('https://u:${PYPI_TOKEN}@h/${TORCH_VERSION}', { PYPI_TOKEN: 't', TORCH_VERSION: '2' })).toEqual(['t']);
  });
});
