#!/usr/bin/env bash
# Builds PHP (the CLI, PHP-FPM and php-src's shared extensions) from a source tree the
# store builder has verified, and installs it below INSTALL_ROOT (make install
# INSTALL_ROOT=…: the configured prefix stays a path of no machine).
#
#   build-php.sh SRC_DIR INSTALL_ROOT ARGS_FILE
#
# ARGS_FILE holds the configure arguments, one per line. make runs without -j: it is
# started by the builder's own make, whose job slots it shares (GNU make jobserver), so
# a configure running here leaves the other slot to another artifact's compile.
set -euo pipefail
src=$1
root=$2
mapfile -t args <"$3"

cd "$src"
echo "configure ${args[*]}"
./configure "${args[@]}"
make
make install INSTALL_ROOT="$root"
