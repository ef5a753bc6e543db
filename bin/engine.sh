#!/usr/bin/env bash
# Shared launcher for bin/*: runs the bundled engine (dist/engine.mjs, committed and
# checked up to date by CI) with the node found on PATH. No install step is needed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v node >/dev/null 2>&1; then
  echo " !     The build engine needs Node.js >= 20 on PATH, and no 'node' was found." >&2
  echo " !     Install Node.js 20 or newer on the build machine (or add it to PATH) and retry." >&2
  exit 70
fi
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' 2>/dev/null; then
  echo " !     The build engine needs Node.js >= 20, but 'node' on PATH is $(node --version 2>/dev/null || echo unknown)." >&2
  echo " !     Put Node.js 20 or newer first on PATH and retry." >&2
  exit 70
fi
# The buildpack root: where the multi-buildpack `export` file goes (see README).
ENGINE_BUILDPACK_DIR="$(cd "$here/.." && pwd)"
export ENGINE_BUILDPACK_DIR
exec node "$here/../dist/engine.mjs" "$@"
