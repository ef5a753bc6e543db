#!/usr/bin/env bash
# Builds nginx from a source tree the store builder has verified and installs it below
# INSTALL_ROOT. nginx's own build is a Makefile too: it shares the builder's job slots.
#
#   build-nginx.sh SRC_DIR INSTALL_ROOT ARGS_FILE
set -euo pipefail
src=$1
root=$2
mapfile -t args <"$3"

cd "$src"
echo "configure ${args[*]}"
./configure "${args[@]}"
make
make install DESTDIR="$root"
