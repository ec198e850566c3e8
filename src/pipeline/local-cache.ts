// `swrt cache info|prune`: the local env cache as a user inspects and trims it (the cache layer's
// own functions, offered to the front doors here).
export { localCacheRoot } from '../util/cache-root.js';
export { cacheMax, formatSize, listEntries, parseSize, pruneLocal } from '../cache/prune.js';
