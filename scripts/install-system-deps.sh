#!/usr/bin/env bash
# Installs the Debian packages the PHP tests run for real (php, php-fpm, nginx, Composer
# and the extensions apps commonly require), and shellcheck, which scripts/test.sh runs on
# the shell scripts. scripts/local-artifacts.mjs packs the PHP binaries into an artifact
# store, so tests go through the same download/verify/extract path as production.
# Idempotent: when everything is installed it only asks dpkg.
set -euo pipefail

PACKAGES=(
  php8.2-cli php8.2-fpm nginx composer
  php8.2-mbstring php8.2-xml php8.2-curl php8.2-zip php8.2-intl php8.2-sqlite3
  php-apcu php-redis
  # Composer unpacks dist archives with unzip when it is there (faster, keeps modes).
  unzip
  # scripts/test.sh lints the runtime shell scripts (src/**/*.sh) with it.
  shellcheck
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  # "install ok installed" is the only state in which the files are really there
  # (a removed-but-not-purged package reports "deinstall ok config-files").
  status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "Debian packages already installed: ${PACKAGES[*]}"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "These Debian packages are missing: ${missing[*]}" >&2
  echo "Installing them needs root. Run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  echo "or run scripts/install-system-deps.sh as root." >&2
  exit 1
fi

# Package scripts would otherwise start nginx and php-fpm as services (in a container
# without systemd, via invoke-rc.d): they would hold port 80 and outlive the install.
# 101 = "action forbidden by policy". Only added when the image has no policy of its own.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod 755 "$policy"
  trap 'rm -f "$policy"' EXIT
fi

echo "Installing Debian packages: ${missing[*]}"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
