#!/usr/bin/env bash
# Installs the Debian packages the tests need: what scripts/build-store.mjs builds the
# PHP store from source with (compilers, the -dev libraries of PHP's built-in and PECL
# extensions, the keyrings that verify the sources, Composer's library packages), and
# the linter scripts/test.sh runs on the shell scripts. Debian's own php, php-fpm, nginx
# and composer stay for scripts/local-artifacts.mjs, the quick stand-in store; no test
# runs them.
# Idempotent: when everything is installed it only asks dpkg.
set -euo pipefail

PACKAGES=(
  # scripts/local-artifacts.mjs repacks these (a quick local store, never a platform's).
  php8.2-cli php8.2-fpm nginx composer
  php8.2-mbstring php8.2-xml php8.2-curl php8.2-zip php8.2-intl php8.2-sqlite3
  php-apcu php-redis
  # Composer unpacks dist archives with unzip when it is there (faster, keeps modes).
  unzip
  # scripts/test.sh lints the runtime shell scripts (src/**/*.sh) with it.
  shellcheck

  # scripts/build-store.mjs: fetching and verifying the sources (gpgv; .dsc signatures
  # with debian-keyring, InRelease with debian-archive-keyring; Sources.xz; flock).
  ca-certificates gnupg gpgv debian-keyring debian-archive-keyring xz-utils util-linux
  # … building them (phpize needs autoconf; nginx's rewrite module PCRE2) …
  build-essential pkg-config autoconf libpcre2-dev
  # … PHP's built-in extensions (scripts/store/recipes.mjs BUILTIN) and php-src's shared
  # ones (tidy; imap on 8.2/8.3, whose c-client is built with Kerberos) …
  libxml2-dev libssl-dev libsqlite3-dev zlib1g-dev libbz2-dev libcurl4-openssl-dev
  libpng-dev libjpeg-dev libfreetype-dev libwebp-dev libgmp-dev libicu-dev libonig-dev
  libpq-dev libedit-dev libsodium-dev libxslt1-dev libzip-dev libargon2-dev libtidy-dev
  libc-client2007e-dev libkrb5-dev
  # … the PECL extensions (amqp, imagick, memcached, mongodb's SASL) …
  librabbitmq-dev libmagickwand-dev libmemcached-dev libsasl2-dev
  # … and Composer's own dependencies (data/php-store-sources.json composer.libraries).
  php-composer-ca-bundle php-composer-class-map-generator php-composer-metadata-minifier
  php-composer-pcre php-composer-semver php-composer-spdx-licenses php-composer-xdebug-handler
  php-json-schema php-psr-container php-psr-log php-react-promise jsonlint
  php-seld-signal-handler php-symfony-console php-symfony-filesystem php-symfony-finder
  php-symfony-process php-symfony-string php-symfony-deprecation-contracts
  php-symfony-service-contracts
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
