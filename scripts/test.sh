#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what the tests need, then runs
# every check and both tiers of tests (README "Running the tests"): the fast tier
# (`npm test`: no network, no real build) and the e2e tier (`npm run test:e2e`: real
# builds and boots, Node.js from the tests' loopback distribution). .ci/run calls this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> %s\n' "$*"; }

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Node.js >= 20 and npm are required on PATH to run the tests." >&2
  exit 1
fi

# Downloads made by the engine trust what npm trusts: on networks with a TLS-inspecting
# proxy, npm's cafile holds its CA, and Node reads extra CAs from NODE_EXTRA_CA_CERTS.
if [ -z "${NODE_EXTRA_CA_CERTS:-}" ]; then
  cafile="$(npm config get cafile 2>/dev/null || true)"
  if [ -n "$cafile" ] && [ "$cafile" != "null" ] && [ -f "$cafile" ]; then
    export NODE_EXTRA_CA_CERTS="$cafile"
  fi
fi

step "Installing dev dependencies (npm ci)"
# Some registry mirrors do not carry other platforms' optional packages (rollup's
# @rollup/rollup-android-*, …); npm then writes a lockfile without them and `npm ci`
# calls it out of sync. `npm install --no-save` installs the same locked versions
# without touching the lockfile.
if ! npm ci --no-audit --no-fund; then
  echo "npm ci failed; installing the locked versions with npm install --no-save instead" >&2
  npm install --no-audit --no-fund --no-save
fi

step "Installing the Debian packages the PHP tests need"
bash scripts/install-system-deps.sh

step "Building (or reusing) the PHP store from verified source (scripts/build-store.mjs)"
# The PHP tests build and boot their apps on it. Built once per machine into a cache
# every checkout shares (~16 minutes of 2 cores when nothing is cached: two PHP lines,
# their extensions, nginx, Composer); afterwards it only checks the cached artifacts.
node scripts/build-store.mjs

step "Linting the shell scripts (shellcheck): the runtime scripts (src/**/*.sh) and the repo's own"
# Fixture apps are inputs, not our code. The runtime scripts are POSIX sh (the platform
# may source them with dash): their `# shellcheck shell=sh` or #!/bin/sh says so. -x
# follows the `# >>> include` blocks (a `.` of the shared file, inlined by the build).
# Only our own trees: fixtures are inputs, and .tmp/ (the demo's build) holds npm's scripts.
find src scripts bin .ci -type f -name '*.sh' -print0 | sort -z | xargs -0 shellcheck -x

step "Type-checking"
npx tsc --noEmit

step "Checking that dist/ (the bundles bin/* run) matches src/"
node scripts/build.mjs --check

step "Checking that data/node-releases.json matches the inventory it is generated from (data/node-inventory.toml)"
node scripts/gen-node-versions.mjs --check

step "Running the tests (vitest): the unit and e2e tiers in one run, so the two cores stay busy"
npx vitest run "$@"
