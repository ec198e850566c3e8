// Image references and --to targets: the distribution grammar, Docker Hub's defaults, and every
// name that could leave its place in a URL or a file refused in one line.
import { formatRef, parseImageRef, parseTarget } from '../../src/image/reference.js';
import { UserError } from '../../src/util/errors.js';

describe('parseImageRef', () => {
  it.each([
    ['python:3.11', { registry: 'registry-1.docker.io', repository: 'library/python', tag: '3.11' }],
    ['ghcr.io/star-whale/base:0.3.4', { registry: 'ghcr.io', repository: 'star-whale/base', tag: '0.3.4' }],
    ['localhost:5000/a/b', { registry: 'localhost:5000', repository: 'a/b', tag: undefined }],
    ['127.0.0.1:5000/a__b/c-d.e:t_1', { registry: '127.0.0.1:5000', repository: 'a__b/c-d.e', tag: 't_1' }],
    [`r.io/a@sha256:${'a'.repeat(64)}`, { registry: 'r.io', repository: 'a', digest: `sha256:${'a'.repeat(64)}` }],
  ])('%s', (ref, want) => {
    expect(parseImageRef(ref)).toMatchObject(want);
  });

  it.each([
    ['r.io/a:../../etc', /repository path component/],
    ['r.io/../a:1', /repository path component/],
    ['r.io/a/./b:1', /repository path component/],
    ['r.io/A:1', /repository path component/],
    ['r.io/a:.hidden', /the tag/],
    ['r.io/a:x y', /the tag/],
    ['r.io/a@sha256:zz', /digest/],
    ['bad_host!:1/a:1', /repository path component|registry/],
    ['', /empty/],
  ])('refuses %j', (ref, msg) => {
    let err: unknown;
    try {
      parseImageRef(ref);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(msg);
    expect((err as UserError).format().split('\n')).toHaveLength(1);
  });

  it('formats what it parsed', () => {
    expect(formatRef(parseImageRef('127.0.0.1:5000/a/b:1'))).toBe('127.0.0.1:5000/a/b:1');
  });
});

describe('parseTarget', () => {
  it('reads oci:, docker-archive: and registry targets', () => {
    expect(parseTarget('oci:/tmp/out:v1')).toEqual({ kind: 'oci', dir: '/tmp/out', tag: 'v1' });
    expect(parseTarget('oci:out')).toEqual({ kind: 'oci', dir: 'out', tag: 'latest' });
    expect(parseTarget('r.io/a/b')).toEqual({ kind: 'registry', ref: { registry: 'r.io', repository: 'a/b', tag: 'latest', digest: undefined } });
    expect(parseTarget('docker://r.io/a/b:2')).toMatchObject({ kind: 'registry', ref: { tag: '2' } });
  });

  it('refuses a push to a digest and a bad oci tag', () => {
    expect(() => parseTarget(`r.io/a@sha256:${'b'.repeat(64)}`)).toThrow(/takes a tag, not a digest/);
    expect(() => parseTarget('oci:out:..')).toThrow(UserError);
    expect(() => parseTarget('oci:')).toThrow(/names no directory/);
  });
});
