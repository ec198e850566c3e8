// How long a network reply may send nothing before it is abandoned: SWRT_HTTP_IDLE_TIMEOUT
// seconds, else 90 s. Shared by the Starwhale client and the tool downloads.
export const DEFAULT_IDLE_MS = 90_000;

/** SWRT_HTTP_IDLE_TIMEOUT (seconds) as milliseconds, when set to a positive number. */
export function idleTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const s = Number(env.SWRT_HTTP_IDLE_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? s * 1000 : undefined;
}
