// Child process for the memory test: uploads one bundle and prints its peak RSS (not a test file).
// argv: instanceUrl file name version
import { StarwhaleClient } from '../../src/remote/client.js';
import { uploadRuntime } from '../../src/remote/copy.js';
import { MemoryLog } from '../../src/util/log.js';

const [url, file, name, version] = process.argv.slice(2) as [string, string, string, string];
const before = process.memoryUsage().rss;
const log = new MemoryLog();
await uploadRuntime(new StarwhaleClient({ instanceUrl: url, token: 'Bearer good-token', log }), { file, name, version, project: 'self' }, log);
process.stdout.write(`${JSON.stringify({ rssBefore: before, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`);
