#!/usr/bin/env bash
# After `npm run build`: fails when dist/ differs from what is committed or holds untracked files,
# since dist/ is what `uses: org/runtime-action@v1` and the published CLI run.
set -uo pipefail
cd "$(dirname "$0")/.."
changed=$(git status --porcelain --untracked-files=all -- dist/)
if [ -n "$changed" ]; then
  echo "dist/ does not match a fresh build of src/ (run npm run build and commit dist/):"
  echo "$changed"
  git diff --stat -- dist/
  exit 1
fi
echo "dist/ matches the build"
