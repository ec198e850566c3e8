// What restoring an env reads from a bundle's _manifest.yaml. The bundle layer reads and checks
// the manifest (bundle/swrt.ts) and hands these facts over as a plain value; the env backends never
// open a bundle themselves. Every field is optional: swcli's and older bundles leave some out.
import type { RawDep } from '../spec/types.js';

export interface RestoreFacts {
  name?: string;
  version?: string;
  environment?: {
    mode?: string;
    python?: string;
    arch?: string[];
    lock?: { files?: string[]; env_prefix_path?: string; starwhale_version?: unknown; shell?: { python_version?: string } };
  };
  dependencies?: { raw_deps?: RawDep[]; setup_requires?: RawDep[]; local_packaged_env?: boolean };
  configs?: {
    pip?: { index_url?: string; extra_index_url?: string[]; trusted_host?: string[] };
    conda?: { channels?: string[]; condarc?: Record<string, unknown> };
  };
}
