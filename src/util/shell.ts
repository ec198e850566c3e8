// Quoting for the shells we print commands for (`swrt activate`, restore's hint, activate.host,
// env.sw): a value of any bytes -- spaces, quotes, `$(…)`, backticks, newlines -- comes out as one
// literal word that runs nothing when the shell evaluates it.

export const SHELLS = ['sh', 'bash', 'zsh', 'fish', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];

const PLAIN = /^[\w@%+=:,./-]+$/;

/** POSIX sh (bash, zsh, dash): single quotes, each `'` written as `'\''`; plain words stay bare. */
export function shQuote(value: string): string {
  return PLAIN.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** fish: inside single quotes only `\` and `'` are special. */
export function fishQuote(value: string): string {
  return PLAIN.test(value) ? value : `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/** PowerShell: a single-quoted string is literal; `'` (and its typographic forms) are doubled. */
export function psQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (c) => c + c)}'`;
}

export function quoteFor(shell: Shell, value: string): string {
  if (shell === 'fish') return fishQuote(value);
  if (shell === 'powershell') return psQuote(value);
  return shQuote(value);
}

/** The command that activates an env in `shell`: `source <env>/bin/activate` (as swcli prints it) or `conda activate <env>`. */
export function activationCommand(envDir: string, mode: string, shell: Shell = 'bash'): string {
  const q = (v: string) => quoteFor(shell, v);
  if (mode === 'conda') return `conda activate ${q(envDir)}`;
  if (shell === 'fish') return `source ${q(`${envDir}/bin/activate.fish`)}`;
  if (shell === 'powershell') return `& ${q(`${envDir}/bin/Activate.ps1`)}`;
  // dash (sh) has no `source`; `.` is the same thing there.
  return `${shell === 'sh' ? '.' : 'source'} ${q(`${envDir}/bin/activate`)}`;
}

/**
 * The body of activate.host (run as `sh activate.host`, it prints the activation command). printf,
 * not echo: dash's echo expands backslash escapes, so `\047` in a path would print a quote.
 */
export function activateHostScript(envDir: string, mode: string): string {
  return `printf '%s\\n' ${shQuote(activationCommand(envDir, mode))}\n`;
}

/** env.sw: `KEY=value` lines a POSIX shell can source, each value quoted. */
export function envFile(vars: Record<string, string>): string {
  return Object.entries(vars)
    .map(([k, v]) => `${k}=${v === '' ? '' : shQuote(v)}\n`)
    .join('');
}
