// What a packed venv carries in place of the build interpreter's links, so that the env runs where
// it is unpacked by anyone (swcli's restore just unpacks it and runs bin/python3 and bin/pip):
// - bin/python is a launcher that runs a Python of the env's X.Y as the env's python (`exec -a`
//   keeps sys.executable in the env, so pyvenv.cfg makes it a venv); python3 and python3.N link to it;
// - scripts whose shebang named the build env's python find the env's python next to themselves.
// `swrt restore` replaces the launcher by links to an exact X.Y.Z (restore.ts relinkPython).

/** bin/python of a packed env: an interpreter of `version`'s X.Y, never one in the env's own bin. */
export function pythonLauncher(version: string): string {
  const [major, minor] = version.split('.');
  const exe = `python${major}.${minor}`;
  return `#!/bin/bash
# Packed by swrt without the interpreter it was built with: run a Python ${major}.${minor} as this env's
# python (\`swrt restore\` links an exact ${version} here instead). SWRT_PYTHON names one to use.
here=$(cd -- "$(dirname -- "$0")" && pwd -P)
candidates=("\${SWRT_PYTHON:-}" "\${PYENV_ROOT:-$HOME/.pyenv}/versions/${version}/bin/${exe}")
IFS=: read -r -a dirs <<< "\${PATH:-}"
for d in "\${dirs[@]}"; do candidates+=("$d/${exe}"); done
candidates+=(/usr/local/bin/${exe} /usr/bin/${exe})
for py in "\${candidates[@]}"; do
  [ -n "$py" ] && [ -x "$py" ] || continue
  real=$(readlink -f -- "$py") || continue
  [ "$(cd -- "$(dirname -- "$real")" && pwd -P)" = "$here" ] && continue
  IFS= read -r -n 2 magic < "$real" 2>/dev/null || true
  [ "$magic" = '#!' ] && continue # another launcher (or wrapper), never a loop of them
  exec -a "$0" "$py" "$@"
done
echo "$0: no Python ${major}.${minor} found (put ${exe} on PATH, or set SWRT_PYTHON; swrt restore provisions one)" >&2
exit 127
`;
}

/** The first line(s) of a script that runs the env's python from wherever the env is (uv's relocatable form). */
export const RELOCATABLE_SHEBANG = `#!/bin/sh\n'''exec' "$(dirname -- "$(realpath -- "$0")")"/'python' "$0" "$@"\n' '''\n`;

/**
 * `text` with its shebang made relocatable when it runs `<envDir>/bin/python*` (the short form, or
 * pip's `#!/bin/sh` + `'''exec' "…"` form for long paths); undefined when it names anything else.
 */
export function relocatableScript(text: string, envDir: string): string | undefined {
  const py = `${envDir}/bin/python`;
  const short = /^#!(\S+)[^\n]*\n/.exec(text);
  if (short && short[1]!.startsWith(py) && /^python[\d.]*$/.test(short[1]!.slice(`${envDir}/bin/`.length))) {
    return RELOCATABLE_SHEBANG + text.slice(short[0].length);
  }
  const long = /^#!\/bin\/sh\n'''exec' "([^"\n]+)" "\$0" "\$@"\n' '''\n/.exec(text);
  if (long && long[1]!.startsWith(py) && /^python[\d.]*$/.test(long[1]!.slice(`${envDir}/bin/`.length))) {
    return RELOCATABLE_SHEBANG + text.slice(long[0].length);
  }
  return undefined;
}
