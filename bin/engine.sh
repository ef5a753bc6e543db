#!/bin/sh
# Shared launcher for bin/*: runs the bundled engine (dist/launch.cjs, committed and
# checked up to date by CI) with the node found on PATH. No install step is needed.
# The engine checks the Node.js version itself (src/cli/launch.ts: exit 70 below 20),
# so a build starts node once. Plain sh without subshells: bash and `$(...)` cost
# ~10 ms of every bin/detect, a quarter of the engine's own start-up.
case $0 in */*) here=${0%/*} ;; *) here=. ;; esac
case $here in /*) ;; *) here=$PWD/$here ;; esac
if ! command -v node >/dev/null 2>&1; then
  echo " !     The build engine needs Node.js >= 20 on PATH, and no 'node' was found." >&2
  echo " !     Install Node.js 20 or newer on the build machine (or add it to PATH) and retry." >&2
  exit 70
fi
# The buildpack root: where the multi-buildpack `export` file goes (see README).
ENGINE_BUILDPACK_DIR=${here%/bin}
export ENGINE_BUILDPACK_DIR
exec node "$here/../dist/launch.cjs" "$@"
