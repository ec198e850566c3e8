#!/usr/bin/env bash
# Fetches, once, what the tests serve from their local package index: the pinned uv wheel for this
# machine. Idempotent; the tests skip (visibly) what needs a fixture that is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
cache=__tests__/.fixture-cache
mkdir -p "$cache/wheels"
uv_version=$(sed -nE "s/^export const UV_PINNED = '([^']+)';/\1/p" src/toolchain/uv.ts)
if ! ls "$cache/wheels"/uv-"$uv_version"-*.whl >/dev/null 2>&1; then
  python3 -m pip download --disable-pip-version-check --no-deps --only-binary :all: -d "$cache/wheels" "uv==$uv_version"
fi
ls "$cache/wheels"
