#!/usr/bin/env bash
# One step of a store build, as the builder's generated Makefile runs it: the step's
# output goes to its own log, its duration to LOG.seconds, and a failure leaves
# LOG.failed, so the builder can say which step failed and show the end of its log.
#
#   run-step.sh NAME LOG COMMAND [ARGS…]
set -uo pipefail
name=$1
log=$2
shift 2
rm -f "$log.failed" "$log.seconds"
start=$(date +%s)
echo "  [$(date +%H:%M:%S)] $name: started"
if "$@" >"$log" 2>&1; then
  seconds=$(($(date +%s) - start))
  echo "$seconds" >"$log.seconds"
  echo "  [$(date +%H:%M:%S)] $name: done in ${seconds}s"
else
  code=$?
  echo "$code" >"$log.failed"
  echo "  [$(date +%H:%M:%S)] $name: FAILED (exit $code, log $log)"
  exit "$code"
fi
