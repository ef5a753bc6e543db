#!/usr/bin/env bash
# Compiles a bundled sample app with the engine and starts it, as the platform would:
#   scripts/demo.sh [FIXTURE] [--check]
# FIXTURE defaults to node-npm-app (see fixtures/). Needs only node >= 20 on PATH: bin/*
# run the committed bundle, no install step. --check fetches the page once and stops.
# PHP fixtures (php-*) build from the artifact store built from verified source
# (scripts/build-store.mjs; built once per machine, ~30-60 minutes on 2 cores, then
# reused; scripts/install-system-deps.sh installs what it needs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fixture="node-npm-app"
check=false
for arg in "$@"; do
  case "$arg" in
    --check) check=true ;;
    *) fixture="$arg" ;;
  esac
done
[ -d "$root/fixtures/$fixture" ] || { echo "no fixture named $fixture in fixtures/" >&2; exit 2; }

work="$root/.tmp/demo"
app="$work/$fixture"
cache="$work/cache"          # kept between runs: the second run shows a warm rebuild
rm -rf "$app"
mkdir -p "$work"
cp -R "$root/fixtures/$fixture" "$app"

envdir="$work/env-$fixture"
rm -rf "$envdir"
mkdir -p "$envdir"
if [ -f "$app/composer.json" ] || [ -f "$app/index.php" ]; then
  echo "==> PHP app: building (or reusing) the PHP store from verified source (scripts/build-store.mjs)"
  bash "$root/scripts/install-system-deps.sh"
  store="$(node "$root/scripts/build-store.mjs")"
  # It prints PHP_BASE_URL=file://… and the STACK its artifacts are built for.
  phpBaseUrl="$(printf '%s\n' "$store" | sed -n 's/^PHP_BASE_URL=//p')"
  STACK="$(printf '%s\n' "$store" | sed -n 's/^STACK=//p')"
  export STACK
  printf '%s' "$phpBaseUrl" >"$envdir/PHP_BASE_URL"
  printf '%s' "$phpBaseUrl" >"$envdir/NGINX_BASE_URL"
fi

echo "==> bin/detect"
"$root/bin/detect" "$app"
echo "==> bin/compile $app $cache $envdir"
"$root/bin/compile" "$app" "$cache" "$envdir"
echo "==> bin/release"
release="$("$root/bin/release" "$app")"
echo "$release"
web="$(printf '%s\n' "$release" | sed -n 's/^  web: //p')"
web="$(node -e 'process.stdout.write(JSON.parse(process.argv[1]))' "$web")"

port="${PORT:-5000}"
echo "==> starting web process on http://127.0.0.1:$port : $web"
# The launcher forwards a stop (SIGTERM, Ctrl-C) to the web process's whole group and
# returns once it has stopped: nothing is left running when this script ends.
PORT="$port" HOST=127.0.0.1 "$root/scripts/web-launcher.sh" "$app" "$web" &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  if body="$(node -e 'fetch(process.argv[1]).then(async r => { console.log(r.status); console.log(await r.text()); }).catch(() => process.exit(1))' "http://127.0.0.1:$port/" 2>/dev/null)"; then
    echo "==> GET / answered:"
    echo "$body"
    break
  fi
  sleep 0.2
done
[ -n "${body:-}" ] || { echo "the app did not answer on port $port" >&2; exit 1; }

if [ "$check" = true ]; then exit 0; fi
echo "==> the app is running at http://127.0.0.1:$port/ (Ctrl-C to stop)"
wait $pid
