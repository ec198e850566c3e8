// The local store in swcli's layout: tag index (latest, vN, user tags), URI resolution
// (full and short forms, prefixes, tags), remove to .recover, recover, remove --force.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkUserTags, LocalStore } from '../../src/store/store.js';
import { parseLocalUri, resolveLocal } from '../../src/store/uri.js';

const V1 = 'abcdeaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const V2 = 'abcdfbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const V3 = 'zzzzzccccccccccccccccccccccccccccccccccc';

function storeWith(...versions: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'swrt-store-'));
  const store = new LocalStore(root);
  for (const v of versions) {
    const f = join(root, `${v}.tmp`);
    writeFileSync(f, v);
    store.add(f, 'rt', v);
  }
  return { root, store };
}

describe('local store', () => {
  it("lays bundles out as swcli does and keeps swcli's tag index", () => {
    const { root, store } = storeWith(V1, V2);
    expect(readFileSync(join(root, 'self/runtime/rt/ab', `${V1}.swrt`), 'utf8')).toBe(V1);
    const idx = parse(readFileSync(join(root, 'self/runtime/rt/_manifest.yaml'), 'utf8'));
    expect(idx).toMatchObject({ fast_tag_seq: 1, name: 'rt', typ: 'runtime', tags: { latest: V2, v0: V1, v1: V2 }, versions: { [V1]: { v0: true }, [V2]: { latest: true, v1: true } } });
    expect(idx.updated_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
    expect(store.workdir('rt', V1)).toBe(join(root, 'self/workdir/runtime/rt/ab', V1));
    expect(store.uri('rt', V1)).toBe(`local/project/self/runtime/rt/version/${V1}`);
  });

  it('resolves latest, vN, user tags, full versions and unique prefixes of 5+ characters', () => {
    const { store } = storeWith(V1, V2, V3);
    store.tag('rt', V1, ['prod']);
    const find = (ref?: string) => store.findVersion('rt', ref).version;
    expect([find(), find('latest'), find('v0'), find('v2'), find('prod'), find(V2), find('zzzzz')]).toEqual([V3, V3, V1, V3, V1, V2, V3]);
    expect(() => find('zzzz')).toThrow('has no version or tag "zzzz"');
    expect(() => find('abcd')).toThrow('has no version or tag');
    expect(() => find('abcde')).not.toThrow();
    expect(() => store.findVersion('other')).toThrow('runtime other not found');
    store.tag('rt', V1, ['prod'], true);
    expect(() => find('prod')).toThrow();
    expect(() => store.tag('rt', V2, ['prod'], true)).toThrow('tag "prod" is not on');
  });

  it('refuses built-in and malformed user tags', () => {
    for (const t of ['latest', 'v0', 'v12']) expect(() => checkUserTags([t])).toThrow('is reserved');
    for (const t of ['-x', '1abc', 'a b', 'x'.repeat(81)]) expect(() => checkUserTags([t])).toThrow('is not valid');
    expect(() => checkUserTags(['prod', '_x', 'v1.2', 'release-1'])).not.toThrow();
  });

  it('moves removed versions to .recover with their tags, recovers them as they were, and --force deletes', () => {
    const { root, store } = storeWith(V1, V2);
    const index = store.readIndex('rt');
    store.remove('rt', 'abcdf');
    expect(existsSync(join(root, 'self/runtime/.recover/rt/ab', `${V2}.swrt`))).toBe(true);
    expect(store.versions('rt').map((v) => v.version)).toEqual([V1]);
    expect(store.versions('rt', true).filter((v) => v.removed).map((v) => [v.version, v.tags])).toEqual([[V2, ['latest', 'v1']]]);
    expect(store.readIndex('rt')).toEqual(index);
    expect(() => store.findVersion('rt')).toThrow(`tag "latest" of rt names version ${V2.slice(0, 12)}, which was removed`);
    expect(() => store.recover('rt', 'v0')).toThrow('is not removed');
    expect(store.recover('rt', 'latest').version).toBe(V2);
    expect(store.findVersion('rt').tags).toEqual(['latest', 'v1']);
    store.remove('rt', V2);
    expect(store.recover('rt', V2.slice(0, 6)).tags).toEqual(['latest', 'v1']);
    expect(store.readIndex('rt')).toEqual(index);
    store.remove('rt', V1, true);
    expect(store.versions('rt', true).map((v) => v.version)).toEqual([V2]);
    expect(() => store.recover('rt', V1)).toThrow('no removed version');
    expect(() => store.findVersion('rt', 'v0')).toThrow('which was deleted');
  });

  it('refuses to recover over a version that is in the store again, unless forced', () => {
    const { root, store } = storeWith(V1);
    store.remove('rt', V1);
    expect(() => store.findVersion('rt')).toThrow('which was removed');
    writeFileSync(join(root, 'again.tmp'), 'again');
    store.add(join(root, 'again.tmp'), 'rt', V1);
    expect(() => store.recover('rt', V1)).toThrow('is both in the store and in its .recover trash');
    store.recover('rt', V1, true);
    expect(readFileSync(store.bundlePath('rt', V1), 'utf8')).toBe(V1);
    expect(store.versions('rt', true).map((v) => [v.version, v.removed])).toEqual([[V1, false]]);
  });
});

describe('runtime URIs', () => {
  it.each([
    ['rt', { project: 'self', name: 'rt', version: 'latest' }],
    ['rt/v1', { project: 'self', name: 'rt', version: 'v1' }],
    ['rt/version/abcdef', { project: 'self', name: 'rt', version: 'abcdef' }],
    ['runtime/rt', { project: 'self', name: 'rt', version: 'latest' }],
    ['project/p1/runtime/rt/version/prod', { project: 'p1', name: 'rt', version: 'prod' }],
    ['local/project/self/runtime/rt/version/latest', { project: 'self', name: 'rt', version: 'latest' }],
  ])('reads %s', (uri, ref) => expect(parseLocalUri(uri)).toEqual(ref));

  it.each(['', 'rt/version', 'a/b/c/d', 'project//runtime/rt'])('refuses "%s" with a clear error', (uri) => {
    expect(() => parseLocalUri(uri)).toThrow(/runtime URI/);
  });

  it('resolves full URIs, version/<v>, bare version prefixes and .swrt paths', () => {
    const { root } = storeWith(V1);
    expect(resolveLocal('local/project/self/runtime/rt/version/v0', root).version).toBe(V1);
    expect(resolveLocal(`version/${V1.slice(0, 5)}`, root).version).toBe(V1);
    expect(resolveLocal(V1.slice(0, 7), root).version).toBe(V1);
    expect(resolveLocal('rt', root).version).toBe(V1);
    expect(() => resolveLocal('version/zzzzzz', root)).toThrow('no runtime has version "zzzzzz"');
    const file = new LocalStore(root).bundlePath('rt', V1);
    expect(resolveLocal(file, root).path).toBe(file);
  });
});
