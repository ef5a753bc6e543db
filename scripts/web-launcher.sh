#!/usr/bin/env bash
# Starts a built app's web process as the platform does, and stops it as it should be:
#   scripts/web-launcher.sh APP_DIR WEB_COMMAND
# HOME=APP_DIR, every .profile.d/*.sh sourced, then `sh -c WEB_COMMAND`, in a session
# (process group) of its own; PORT and the rest come from the caller's environment.
#
# `sh -c` does not forward signals: SIGTERM to it alone ends it and leaves what it
# runs behind. So SIGTERM, SIGINT or SIGHUP to this launcher is sent as SIGTERM to
# the whole group of the web process (as a container runtime does), and the
# launcher returns only once every process of that group has exited: the web
# process's own graceful stop (the PHP boot script waits for nginx and PHP-FPM)
# completes before the launcher is gone. A further signal is forwarded again.
# Exits with the web process's status.
set -uo pipefail
if [ "$#" -ne 2 ]; then
  echo "usage: $0 APP_DIR WEB_COMMAND" >&2
  exit 2
fi
cd "$1" || exit 2
# Not a group leader (no job control in a script), so setsid does not fork: $! is
# the session's leader, and its pid names the group.
# shellcheck disable=SC2016 # the inner bash expands $f and $WEB, not this script
HOME="$PWD" WEB="$2" setsid bash -c 'for f in .profile.d/*.sh; do if [ -f "$f" ]; then . "$f"; fi; done; exec sh -c "$WEB"' &
pid=$!
# shellcheck disable=SC2317 # called by the trap below
forward() {
  kill -TERM -- "-$pid" 2>/dev/null || true
}
trap forward TERM INT HUP
# wait returns early when a trapped signal arrives: wait again until the web process is gone.
while :; do
  wait "$pid"
  status=$?
  if ! kill -0 "$pid" 2>/dev/null; then
    break
  fi
done
# Then what it started and left in its group.
while kill -0 -- "-$pid" 2>/dev/null; do
  sleep 0.1
done
exit "$status"
