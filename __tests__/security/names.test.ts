// The name rules every outside name passes before it becomes a path.
import { checkName, checkVersion, confine, isInside } from '../../src/util/names.js';

describe('names before paths', () => {
  it.each([null, undefined, '', 42, {}, '../x', '/etc', 'a/b', '.hidden', 'x'.repeat(81), 'a\nb', '..'])('refuses the name %p', (v) => {
    expect(() => checkName(v, 'runtime name', 'the manifest')).toThrow(/manifest/);
  });
  it.each(['hello', 'Hello_World-1.2', '_x', 'a..b'])('accepts the name %p', (v) => {
    expect(checkName(v, 'runtime name', 'm')).toBe(v);
  });
  it.each([null, '', 'a', '../aa', 'aa/../../b', '/abs', '.x', 'a b', 'x'.repeat(129)])('refuses the version %p', (v) => {
    expect(() => checkVersion(v, 'the server')).toThrow(/server/);
  });
  it('accepts a swcli version', () => {
    expect(checkVersion('mfrtgmzwg4ytmmzugbrdomjtgmyw64lpnnwxo3y', 'm')).toMatch(/^mfr/);
  });
  it('confines joined paths to their root', () => {
    expect(confine('/r', 'a', 'b')).toBe('/r/a/b');
    expect(() => confine('/r', '..', 'x')).toThrow(/leaves/);
    expect(() => confine('/r', 'a/../../x')).toThrow(/leaves/);
    expect(() => confine('/r', '')).toThrow(/leaves/);
    expect(() => confine('/r', '/etc')).not.toThrow(); // join, not resolve: '/etc' becomes /r/etc
    expect(isInside('/r', '/r/..x')).toBe(true);
    expect(isInside('/r', '/rx')).toBe(false);
  });
});
