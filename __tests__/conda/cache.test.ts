// Conda facts for the cache keys: tool binary hash, channels from both places (no credentials), condarc, cuda.
import { condaKeyFacts } from '../../src/conda/cache.js';

const tool = { flavor: 'micromamba' as const, version: '2.0.5', sha256: 'ab'.repeat(32) };
const spec = (channels: string[], condarc: Record<string, unknown>, cuda = '') => ({ cuda, configs: { docker: { image: '' }, pip: { index_url: '', extra_index_url: [], trusted_host: [] }, conda: { channels, condarc } } });

describe('condaKeyFacts', () => {
  it('names the tool with its binary hash and lists channels without credentials', () => {
    const f = condaKeyFacts(tool, spec(['conda-forge', 'https://u:secret@m.example/c'], { channels: ['conda-forge', 'https://m2.example/x'], channel_alias: 'https://alias.example' }, '12.4'));
    expect(f.installer).toBe('micromamba');
    expect(f.installerVersion).toBe(`2.0.5+${'ab'.repeat(8)}`);
    expect(f.channelUrls).toEqual(['conda-forge', 'https://m.example/c', 'https://m2.example/x', 'https://alias.example/']);
    expect(JSON.stringify(f)).not.toContain('secret');
    expect(f.extra.cudaOverride).toBe('12.4');
    expect(f.extra.condarcSha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('changes when the condarc or the binary changes, not otherwise', () => {
    const a = condaKeyFacts(tool, spec(['conda-forge'], {}));
    expect(a.extra.condarcSha256).toBe('');
    expect(condaKeyFacts(tool, spec(['conda-forge'], {}))).toEqual(a);
    expect(condaKeyFacts(tool, spec(['conda-forge'], { ssl_verify: false })).extra.condarcSha256).not.toBe('');
    expect(condaKeyFacts({ ...tool, sha256: 'cd'.repeat(32) }, spec(['conda-forge'], {})).installerVersion).not.toBe(a.installerVersion);
  });
});
