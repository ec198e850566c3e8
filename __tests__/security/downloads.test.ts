// Tool downloads (python-build-standalone, NVIDIA redist, micromamba) from a mirror that stalls:
// an attempt with no bytes for the idle timeout is abandoned and retried, nothing half-written is
// left, and the file is renamed into place only when its sha256 matches.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { download } from '../../src/toolchain/download.js';
import { MemoryLog } from '../../src/util/log.js';

const body = Buffer.alloc(256 * 1024, 7);
const sha256 = createHash('sha256').update(body).digest('hex');
let server: Server;
let url: string;
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    if (req.url === '/stall-headers') return; // never answers
    res.writeHead(200, { 'content-length': String(body.length) });
    if (req.url === '/stall-body' || (req.url === '/stall-once' && hits === 1)) {
      res.write(body.subarray(0, 1000)); // then nothing
      return;
    }
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  hits = 0;
});

describe('a mirror that stops sending', () => {
  it('a body that stalls forever: each attempt ends at the idle timeout, then one clear error; nothing left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-dl-'));
    const t0 = Date.now();
    await expect(download({ url: `${url}/stall-body`, dest: join(dir, 'f'), what: 'a tool', sha256 }, { log: new MemoryLog(), retries: 1, retryDelayMs: 10, idleTimeoutMs: 300 })).rejects.toThrow(
      /download of a tool failed after 2 attempts: .*no data for/,
    );
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('headers that never come are a stall too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-dl-'));
    await expect(download({ url: `${url}/stall-headers`, dest: join(dir, 'f'), what: 'a tool', sha256 }, { log: new MemoryLog(), retries: 0, idleTimeoutMs: 300 })).rejects.toThrow(/no data for/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a stall on the first attempt is retried and the verified file lands', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-dl-'));
    const log = new MemoryLog();
    await download({ url: `${url}/stall-once`, dest: join(dir, 'f'), what: 'a tool', sha256 }, { log, retries: 2, retryDelayMs: 10, idleTimeoutMs: 300 });
    expect(readFileSync(join(dir, 'f')).equals(body)).toBe(true);
    expect(readdirSync(dir)).toEqual(['f']);
    expect(log.text('warn')).toMatch(/no data for/);
  });

  it('other bytes than the pinned ones never land', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-dl-'));
    await expect(download({ url: `${url}/ok`, dest: join(dir, 'f'), what: 'a tool', sha256: '0'.repeat(64) }, { log: new MemoryLog(), idleTimeoutMs: 300 })).rejects.toThrow(/sha256 mismatch/);
    expect(existsSync(join(dir, 'f'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
