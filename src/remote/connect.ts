// The one way to a Starwhale server client: the instance and token resolved (flag or input, then
// SW_TOKEN, then swcli's config), the token masked wherever it could be printed, and certificates
// verified unless asked otherwise (here or by SWRT_INSECURE=1).
import type { Log } from '../util/log.js';
import { resolveAuth } from './auth.js';
import { StarwhaleClient } from './client.js';
import type { RemoteRef } from './uri.js';

export interface ConnectOptions {
  log: Log;
  /** A token given by the caller (the server-token input); default SW_TOKEN, then swcli's config. */
  token?: string;
  /** Accept a certificate that does not verify (self-signed servers). */
  insecure?: boolean;
  env?: NodeJS.ProcessEnv;
}

export function connectStarwhale(ref: RemoteRef, o: ConnectOptions): StarwhaleClient {
  const env = o.env ?? process.env;
  const auth = resolveAuth(ref, { token: o.token, env });
  if (auth.token) {
    o.log.secret(auth.token);
    o.log.secret(auth.token.replace(/^Bearer /, ''));
  }
  const insecure = Boolean(o.insecure) || env.SWRT_INSECURE === '1' || env.SWRT_INSECURE === 'true';
  if (insecure) o.log.warn(`not verifying the TLS certificate of ${auth.instanceUrl}`);
  return new StarwhaleClient({ instanceUrl: auth.instanceUrl, token: auth.token, log: o.log, insecure });
}
