// Leg tags, --with names and how an index is merged: the pure parts of matrix-ready images.
import { parseExtras } from '../../src/image/extras.js';
import { configPlatform, indexDocument, mergeIndex } from '../../src/image/multiarch.js';
import { legTag, manifestCuda } from '../../src/image/tags.js';

const d = (n: string, architecture: string) => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${n.repeat(64)}`, size: 1, platform: { os: 'linux', architecture } });

describe('leg tags', () => {
  it('names the python minor and the CUDA of the run image', () => {
    expect(legTag('abc123', '3.11.7', manifestCuda({ docker: { builtin_run_image: { name: 'cuda', tag: '12.4-cudnn9-base0.3.4' } } }))).toBe('abc123-py3.11-cu12.4');
    expect(legTag('abc123', '3.9.18', manifestCuda({ docker: { builtin_run_image: { name: 'base', tag: '0.3.4' } } }))).toBe('abc123-py3.9');
  });
  it('refuses a version that would make an invalid tag', () => {
    expect(() => legTag('../x', '3.11.7')).toThrow(/not a valid image tag/);
    expect(() => legTag('a'.repeat(130), '3.11.7')).toThrow(/not a valid image tag/);
  });
});

describe('--with', () => {
  it('knows jupyter and nothing else, not even names every object has', () => {
    expect(parseExtras(['jupyter', 'jupyter'])).toEqual(['jupyter']);
    expect(() => parseExtras(['toString'])).toThrow(/--with "toString" is not known/);
    expect(() => parseExtras(['__proto__'])).toThrow(/is not known/);
  });
});

describe('multi-arch index', () => {
  it('replaces the entry of our platform, keeps the others, in platform order', () => {
    expect(mergeIndex([d('a', 'arm64'), d('b', 'amd64')], d('c', 'amd64')).map((e) => e.digest[7])).toEqual(['c', 'a']);
    expect(mergeIndex([d('a', 'amd64')], d('c', 'arm64')).map((e) => e.platform?.architecture)).toEqual(['amd64', 'arm64']);
  });
  it('is a Docker manifest list for Docker manifests, an OCI index otherwise', () => {
    expect(indexDocument([], 'application/vnd.docker.distribution.manifest.v2+json').mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
    expect(indexDocument([], 'application/vnd.oci.image.manifest.v1+json').mediaType).toBe('application/vnd.oci.image.index.v1+json');
  });
  it('reads a platform from a config, ignoring values that are not platform names', () => {
    expect(configPlatform({ os: 'linux', architecture: 'arm64', variant: 'v8' })).toEqual({ os: 'linux', architecture: 'arm64', variant: 'v8' });
    expect(configPlatform({ architecture: '../../x', os: 7 })).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(configPlatform(null)).toEqual({ os: 'linux', architecture: 'amd64' });
  });
});
