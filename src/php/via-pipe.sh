#!/bin/sh
# Runs "$@" with its stdout and stderr going to a pipe (a command substitution),
# prints what it wrote, and exits with its status. nginx opens /dev/stdout and
# PHP-FPM /proc/self/fd/2 by path, which fails (ENXIO) when they are sockets, as
# Node's child stdio is (src/php/validate-configs.ts).
out=$("$@" 2>&1)
rc=$?
printf '%s\n' "$out"
exit "$rc"
