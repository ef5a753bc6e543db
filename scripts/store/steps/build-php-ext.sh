#!/usr/bin/env bash
# Builds one PECL extension against a PHP that build-php.sh installed below
# INSTALL_ROOT, and installs it there (its .so into that PHP's extension dir, its
# headers beside PHP's, where an extension built after it, such as redis on igbinary,
# finds them).
#
#   build-php-ext.sh SRC_DIR INSTALL_ROOT PREFIX ARGS_FILE
#
# phpize and php-config name the configured PREFIX, which does not exist on this
# machine: copies of them naming INSTALL_ROOT/PREFIX instead are used for the build.
set -euo pipefail
src=$1
root=$2
prefix=$3
mapfile -t args <"$4"

tools="$src/.php-tools"
mkdir -p "$tools"
for tool in phpize php-config; do
  # | cannot appear in the prefix or the root (the builder checks both).
  sed -e "s|$prefix|$root$prefix|g" "$root$prefix/bin/$tool" >"$tools/$tool"
  chmod +x "$tools/$tool"
done

cd "$src"
"$tools/phpize"
echo "configure ${args[*]}"
./configure --with-php-config="$tools/php-config" "${args[@]}"
make
make install
