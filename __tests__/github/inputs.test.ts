import { commandsAllowed, NOT_IMPLEMENTED, parseInputs } from '../../src/github/inputs.js';
import { UserErrors } from '../../src/util/errors.js';

const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('applies the action.yml defaults', () => {
    const i = parseInputs(get({}));
    expect(i.runtimeYaml).toBe('runtime.yaml');
    expect(i.workdir).toBe('.');
    expect(i.installer).toBe('auto');
    expect(i.cacheWrite).toBe(true);
    expect(i.publish).toEqual([]);
    expect(Object.isFrozen(i)).toBe(true);
    expect(i.starwhaleVersion).toBe('');
  });

  it('takes starwhale-version as a version or a git+ URL, nothing else', () => {
    expect(parseInputs(get({ 'starwhale-version': '0.6.9' })).starwhaleVersion).toBe('0.6.9');
    expect(parseInputs(get({ 'starwhale-version': 'git+https://github.com/star-whale/starwhale@main#subdirectory=client' })).starwhaleVersion).toContain('git+');
    expect(() => parseInputs(get({ 'starwhale-version': 'latest; rm -rf /' }))).toThrow(UserErrors);
    // Only network VCS URLs: not a path on the runner, not git's `ext::` command transport.
    for (const bad of ['git+file:///home/runner/work/starwhale', 'git+ext::sh -c id', 'git+git://example.com/sw.git', 'git+https://']) {
      expect(() => parseInputs(get({ 'starwhale-version': bad }))).toThrow(UserErrors);
    }
  });

  it('leaves commands off by default, as swcli does outside a container; SW_RUNTIME_FORCE_RUN_COMMAND=1 forces them', () => {
    const off = parseInputs(get({}));
    expect(off.runCommands).toBe(false);
    expect(commandsAllowed(off, {})).toBe(false);
    expect(commandsAllowed(off, { SW_RUNTIME_FORCE_RUN_COMMAND: '1' })).toBe(true);
    expect(commandsAllowed(off, { SW_RUNTIME_FORCE_RUN_COMMAND: '0' })).toBe(false);
    expect(commandsAllowed(parseInputs(get({ 'run-commands': 'true' })), {})).toBe(true);
  });

  it('reads strict, off by default', () => {
    expect(parseInputs(get({})).strict).toBe(false);
    expect(parseInputs(get({ strict: 'true' })).strict).toBe(true);
  });

  it('reports every bad input at once', () => {
    let err: unknown;
    try {
      parseInputs(get({ installer: 'poetry', lock: 'yes', publish: 'artifact,s3', 'retention-days': '0' }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserErrors);
    const lines = (err as UserErrors).lines;
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining('input installer: "poetry" is not one of auto, uv, pip'),
        expect.stringContaining('input lock: "yes" is not a boolean'),
        expect.stringContaining('input publish: "s3"'),
        expect.stringContaining('input retention-days: "0"'),
      ]),
    );
  });

  it('refuses an input whose feature has not landed, naming it', () => {
    const pending = Object.keys(NOT_IMPLEMENTED);
    if (pending.length === 0) return;
    const name = pending[0]!;
    const value = NOT_IMPLEMENTED[name] === 'x' ? 'y' : 'x';
    expect(() => parseInputs(get({ [name]: value }))).toThrow(UserErrors);
    try {
      parseInputs(get({ [name]: value }));
    } catch (e) {
      expect((e as UserErrors).lines.join('\n')).toContain(`input ${name} is declared but not implemented yet`);
    }
  });
});

describe('image inputs', () => {
  const lines = (values: Record<string, string>) => {
    try {
      parseInputs(get(values));
      return [];
    } catch (e) {
      return (e as UserErrors).lines;
    }
  };

  it('takes a registry reference or an OCI layout with include-env', () => {
    const i = parseInputs(get({ image: 'ghcr.io/org/rt:v1', 'include-env': 'true', 'image-registry-token': 't0k' }));
    expect(i.image).toBe('ghcr.io/org/rt:v1');
    expect(i.imageRegistryToken).toBe('t0k');
    expect(parseInputs(get({ image: 'oci:out:v1', 'include-env': 'true' })).image).toBe('oci:out:v1');
  });

  it('refuses a traversal tag, a bad base, and an image without include-env, each in a line', () => {
    expect(lines({ image: 'ghcr.io/org/rt:../../x', 'include-env': 'true' })).toEqual([expect.stringMatching(/^error: input image: invalid image reference .*repository path component/)]);
    expect(lines({ image: 'ghcr.io/org/rt:..', 'include-env': 'true' })).toEqual([expect.stringMatching(/^error: input image: invalid image reference .*the tag/)]);
    expect(lines({ image: 'ghcr.io/org/rt:1', 'image-base': 'ghcr.io/../x', 'include-env': 'true' })).toEqual([expect.stringMatching(/^error: input image\/image-base: invalid image reference/)]);
    expect(lines({ image: 'ghcr.io/org/rt:1' })).toEqual(['error: input image needs include-env: true (the image carries the packed env)']);
  });
});
