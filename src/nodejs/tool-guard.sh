#!/bin/sh
# Stands in for node, npm or npx on the build's PATH, after the app's Node.js and
# before the build machine's directories (src/nodejs/build-env.ts): a tool the
# installed Node.js lacks fails clearly instead of running the machine's own.
# >>> build-time values (src/nodejs/build-env.ts: what to say)
message=''
# <<< build-time values
printf '%s\n' "$message" >&2
exit 127
