// An unsigned JWT shaped like the runner's ACTIONS_RUNTIME_TOKEN: @actions/artifact only decodes
// the payload's `scp` claim (Actions.Results:<run>:<job>); nothing checks the signature.
const b64u = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

export function runtimeToken(runId = 'run-1', jobId = 'job-1'): string {
  return `${b64u({ typ: 'JWT', alg: 'none' })}.${b64u({
    scp: `Actions.GenericRead:0 Actions.Results:${runId}:${jobId}`,
    ac: JSON.stringify([{ Scope: 'refs/heads/main', Permission: 3 }]),
  })}.unsigned`;
}
