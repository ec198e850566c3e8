// Remote URI grammar (docs/starwhale-compat.md: URIs) and where the token comes from (docs/starwhale-compat.md: Server protocol).
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeToken, resolveAuth, swcliConfigPath } from '../../src/remote/auth.js';
import { checkServerName, consoleUrl, parseRemoteUri } from '../../src/remote/uri.js';

describe('parseRemoteUri', () => {
  it.each([
    ['http://127.0.0.1:8082/project/self', { instanceUrl: 'http://127.0.0.1:8082', project: 'self' }],
    ['https://cloud.starwhale.cn/project/1/runtime/pytorch', { instanceUrl: 'https://cloud.starwhale.cn', project: '1', name: 'pytorch' }],
    ['cloud://server/project/starwhale:public/runtime/pytorch/version/v1', { instanceUrl: '', alias: 'server', project: 'starwhale:public', name: 'pytorch', version: 'v1' }],
    ['http://h/project/p/runtime/rt/latest', { instanceUrl: 'http://h', project: 'p', name: 'rt', version: 'latest' }],
    ['https://h:8443/projects/3/runtimes/rt/versions/abcdef/overview', { instanceUrl: 'https://h:8443', project: '3', name: 'rt', version: 'abcdef' }],
    ['https://h/projects/3/runtimes/rt', { instanceUrl: 'https://h', project: '3', name: 'rt', version: undefined }],
  ])('%s', (uri, want) => {
    expect(parseRemoteUri(uri)).toEqual(want);
  });

  it.each(['http://h', 'http://h/projects', 'http://h/project/p/model/m', 'http://h/project/p/runtime/rt/version', 'ftp://h/project/p', 'https://h/projects/1/models/m'])('refuses %s with a hint', (uri) => {
    expect(() => parseRemoteUri(uri)).toThrow(/./);
    try {
      parseRemoteUri(uri);
    } catch (e) {
      expect((e as { hint?: string }).hint ?? (e as Error).message).toMatch(/project|remote|runtime/);
    }
  });

  it('server name rule and console URL', () => {
    expect(() => checkServerName('my-runtime_2')).not.toThrow();
    expect(() => checkServerName('my.runtime')).toThrow(/not accepted/);
    expect(consoleUrl('http://h', '1', 'rt', 'abc')).toBe('http://h/projects/1/runtimes/rt/versions/abc/overview');
  });
});

describe('resolveAuth', () => {
  const home = mkdtempSync(join(tmpdir(), 'sw-home-'));
  const cfg = join(home, 'config.yaml');
  writeFileSync(
    cfg,
    [
      "version: '2.0'",
      'current_instance: local',
      'instances:',
      '  local: {uri: local, type: standalone, user_name: runner, current_project: self}',
      '  server: {uri: "http://10.0.0.5:8082", type: cloud, sw_token: "Bearer from-config", user_name: me, user_role: normal}',
      '  raw: {uri: "https://raw.example", type: cloud, sw_token: "rawjwt"}',
      '',
    ].join('\n'),
  );
  chmodSync(cfg, 0o600);
  const env = { SW_CLI_CONFIG: cfg, HOME: home };

  it('reads swcli config.yaml (SW_CLI_CONFIG) by alias and by URL', () => {
    expect(swcliConfigPath(env)).toBe(cfg);
    expect(swcliConfigPath({ HOME: '/h' })).toBe('/h/.config/starwhale/config.yaml');
    expect(resolveAuth({ instanceUrl: '', alias: 'server' }, { env })).toEqual({ instanceUrl: 'http://10.0.0.5:8082', alias: 'server', token: 'Bearer from-config' });
    expect(resolveAuth({ instanceUrl: 'http://10.0.0.5:8082/' }, { env }).token).toBe('Bearer from-config');
    expect(resolveAuth({ instanceUrl: 'https://raw.example' }, { env }).token).toBe('Bearer rawjwt');
    expect(resolveAuth({ instanceUrl: 'http://other' }, { env }).token).toBeUndefined();
  });

  it('explicit > SW_TOKEN > config; Bearer prepended when missing', () => {
    expect(resolveAuth({ instanceUrl: 'http://10.0.0.5:8082' }, { env: { ...env, SW_TOKEN: 'envjwt' } }).token).toBe('Bearer envjwt');
    expect(resolveAuth({ instanceUrl: 'http://10.0.0.5:8082' }, { token: 'Bearer given', env: { ...env, SW_TOKEN: 'envjwt' } }).token).toBe('Bearer given');
    expect(normalizeToken('  abc ')).toBe('Bearer abc');
    expect(normalizeToken('bearer abc')).toBe('Bearer abc');
  });

  it('an unknown alias says how to log in', () => {
    expect(() => resolveAuth({ instanceUrl: '', alias: 'nope' }, { env })).toThrow(/no Starwhale instance with alias "nope"/);
  });
});
