// The job summary: what was built, with what, how big, and where the time went.
import * as core from '@actions/core';
import type { BuildResult } from '../pipeline/build.js';

export async function writeBuildSummary(r: BuildResult): Promise<void> {
  const stages = Object.entries(r.timings)
    .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
    .join(', ');
  await core.summary
    .addHeading(`Runtime ${r.name}`, 3)
    .addTable([
      [{ data: 'field', header: true }, { data: 'value', header: true }],
      ['version', `<code>${r.version}</code>`],
      ['uri', `<code>${r.uri}</code>`],
      ['python', `${r.python.version} (${r.python.source})`],
      ['installer', `${r.installer} ${r.installerVersion}`],
      ['packages', String(r.packages)],
      ['bundle', `${(r.size / 1048576).toFixed(2)} MiB, sha256 <code>${r.sha256}</code>`],
      ['time', stages],
    ])
    .write();
}
