#!/usr/bin/env bash
# Fetches, once, what the tests serve from their local package index: the pinned uv wheel for this
# machine. Idempotent; the tests skip (visibly) what needs a fixture that is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
cache=__tests__/.fixture-cache
mkdir -p "$cache/wheels"
uv_version=$(sed -nE "s/^export const UV_PINNED = '([^']+)';/\1/p" src/toolchain/uv.ts)
if ! ls "$cache/wheels"/uv-"$uv_version"-*.whl >/dev/null 2>&1; then
  # Only the bytes pinned in src/toolchain/uv-wheels.ts: the tests' index serves what ensureUv checks.
  req=$(mktemp)
  printf 'uv==%s' "$uv_version" >"$req"
  grep -oE "sha256: '[0-9a-f]{64}'" src/toolchain/uv-wheels.ts | sed -E "s/sha256: '([0-9a-f]+)'/ --hash=sha256:\1/" | tr -d '\n' >>"$req"
  python3 -m pip download --disable-pip-version-check --no-deps --only-binary :all: --require-hashes -d "$cache/wheels" -r "$req"
  rm -f "$req"
fi
for w in "$cache/wheels"/uv-"$uv_version"-*.whl; do
  grep -q "sha256: '$(sha256sum "$w" | cut -d' ' -f1)'" src/toolchain/uv-wheels.ts || { echo "$w is not a pinned uv wheel" >&2; exit 1; }
done
ls "$cache/wheels"

# A real swcli 0.6.15 for the compatibility tests (skipped, with a message, when this fails).
swcli_venv="$cache/swcli"
if [ ! -f "$swcli_venv/.ok" ]; then
  rm -rf "$swcli_venv"
  started=$SECONDS
  ok=
  for minor in 3.11 3.10 3.9; do  # starwhale 0.6.15 supports 3.7-3.11; the first that installs wins
    py=$(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/$minor.*/bin/python3 2>/dev/null | sort -V | tail -1 || true)
    [ -n "$py" ] || continue
    rm -rf "$swcli_venv"
    if "$py" -m venv "$swcli_venv" && "$swcli_venv/bin/pip" install -q --disable-pip-version-check starwhale==0.6.15; then ok=1; break; fi
  done
  if [ -n "$ok" ]; then
    touch "$swcli_venv/.ok"
    echo "installed starwhale==0.6.15 with $py in $((SECONDS - started))s"
  else
    rm -rf "$swcli_venv"
    echo "could not install starwhale==0.6.15: the swcli compatibility tests will be skipped"
  fi
fi

# starwhale 0.6.15 and everything it needs, as wheels for CPython 3.11 (the tests' runtimes use 3.11):
# the local index serves them so a restore can install starwhale as swcli's does, and swcli can run in
# the env (with a setuptools that still has pkg_resources, which starwhale imports). Built once with
# `pip wheel` (a few dependencies are sdists on PyPI).
sw_wheels="$cache/starwhale-wheels"
if [ ! -f "$sw_wheels/.ok" ]; then
  py=$(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.11.*/bin/python3 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$py" ]; then
    rm -rf "$sw_wheels.tmp"
    if "$py" -m pip wheel -q --disable-pip-version-check -w "$sw_wheels.tmp" starwhale==0.6.15 "setuptools<82"; then
      rm -rf "$sw_wheels"
      mv "$sw_wheels.tmp" "$sw_wheels"
      touch "$sw_wheels/.ok"
      echo "starwhale 0.6.15 wheelhouse: $(ls "$sw_wheels" | wc -l) wheels"
    else
      rm -rf "$sw_wheels.tmp"
      echo "could not build the starwhale 0.6.15 wheelhouse: the tests that run swcli in a restored env will be skipped"
    fi
  else
    echo "no CPython 3.11 under pyenv: no starwhale wheelhouse; the tests that need it will be skipped"
  fi
fi
