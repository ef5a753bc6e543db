# shellcheck shell=sh
# The container-memory detection of common.md §7, shared by the runtime scripts that
# need it (src/runtime-env/memory-sh.ts inlines it into them): functions, and the
# build-time values they read. Sets __wc_mem (MB) and __wc_src (where it came from).
# The including script defines __wc_warn MESSAGE (prints a warning, returns 0).
# >>> build-time values (src/runtime-env/memory-sh.ts: MEMORY_DETECTION_POLICY, CONTAINER_SIZE_MEMORY_MB)
__wc_default_mb=''
__wc_cap_mb=''
__wc_no_limit_bytes=''
__wc_cgroup_root=''
__wc_count_digits=''
__wc_sizes=''
__wc_size_names=''
# <<< build-time values

# Sets __wc_num to $1 without leading zeros (the shell would read them as
# octal); fails when $1 is not a plain unsigned decimal integer.
__wc_uint() {
  __wc_num=${1:-}
  case $__wc_num in
    '' | *[!0-9]*) return 1 ;;
  esac
  __wc_num=${__wc_num#"${__wc_num%%[!0]*}"}
  __wc_num=${__wc_num:-0}
  return 0
}

# Sets __wc_num to $1 when it is a count of processes a user may set as
# WEB_CONCURRENCY: a whole number from 1, of at most __wc_count_digits digits
# (leading zeros dropped). Fails otherwise ('', -3, abc, 1e9, 0, 4.5).
__wc_count() {
  if ! __wc_uint "${1:-}" || [ "$__wc_num" = 0 ] || [ "${#__wc_num}" -gt "$__wc_count_digits" ]; then
    return 1
  fi
  return 0
}

__wc_from_memory_available() {
  if [ -z "${MEMORY_AVAILABLE:-}" ]; then
    return 1
  fi
  if ! __wc_uint "$MEMORY_AVAILABLE" || [ "$__wc_num" = 0 ]; then
    __wc_warn "ignoring MEMORY_AVAILABLE='$MEMORY_AVAILABLE': expected a number of MB greater than 0, such as 1024"
    return 1
  fi
  __wc_mem=$__wc_num
  __wc_src=MEMORY_AVAILABLE
  return 0
}

# __wc_sizes maps each size to its MB: ' S=256 M=512 … ' (spaces around each entry).
__wc_from_container_size() {
  case ${CONTAINER_SIZE:-} in
    '') return 1 ;;
  esac
  case $CONTAINER_SIZE in
    *[!0-9A-Za-z]*) ;;
    *)
      case $__wc_sizes in
        *" $CONTAINER_SIZE="*)
          __wc_mem=${__wc_sizes#*" $CONTAINER_SIZE="}
          __wc_mem=${__wc_mem%% *}
          __wc_src="CONTAINER_SIZE=$CONTAINER_SIZE"
          return 0
          ;;
      esac
      ;;
  esac
  __wc_warn "ignoring CONTAINER_SIZE='$CONTAINER_SIZE': unknown size, expected one of $__wc_size_names"
  return 1
}

# $1: a cgroup limit file (bytes), $2: its name for messages.
# Fails without a message when the file is absent or says there is no limit.
__wc_from_cgroup() {
  __wc_raw=
  if [ ! -f "$1" ] || [ ! -r "$1" ]; then
    return 1
  fi
  # The last line of a file may lack its newline: read then fails but has read it.
  IFS=' 	' read -r __wc_raw <"$1" || [ -n "$__wc_raw" ] || return 1
  if [ "$__wc_raw" = max ]; then
    return 1
  fi
  if ! __wc_uint "$__wc_raw"; then
    __wc_warn "ignoring $2 ($1): '$__wc_raw' is not a number of bytes"
    return 1
  fi
  # "No limit" shows as a number near 2^63: compare the digit count first so
  # arithmetic only ever sees numbers no longer than __wc_no_limit_bytes.
  if [ "${#__wc_num}" -gt "${#__wc_no_limit_bytes}" ] || [ "$((__wc_num > __wc_no_limit_bytes))" = 1 ]; then
    return 1
  fi
  __wc_mem=$((__wc_num / 1048576))
  if [ "$__wc_mem" -lt 1 ]; then
    __wc_warn "ignoring $2 ($1): $__wc_num bytes is less than 1 MB"
    return 1
  fi
  __wc_src=$2
  return 0
}

# Sets __wc_mem and __wc_src from the first memory source found, capped at __wc_cap_mb.
__wc_memory() {
  __wc_cg=${WEB_CONCURRENCY_CGROUP_ROOT:-$__wc_cgroup_root}
  __wc_mem=
  __wc_src=
  if __wc_from_memory_available; then
    :
  elif __wc_from_container_size; then
    :
  elif __wc_from_cgroup "$__wc_cg/memory.max" 'cgroup v2 memory.max'; then
    :
  elif __wc_from_cgroup "$__wc_cg/memory/memory.limit_in_bytes" 'cgroup v1 memory.limit_in_bytes'; then
    :
  else
    __wc_mem=$__wc_default_mb
    __wc_src='default, no memory limit found'
  fi

  # Digit count first: MEMORY_AVAILABLE may be longer than shell integers.
  if [ "${#__wc_mem}" -gt "${#__wc_cap_mb}" ] || [ "$((__wc_mem > __wc_cap_mb))" = 1 ]; then
    __wc_src="$__wc_src, capped at $__wc_cap_mb MB"
    __wc_mem=$__wc_cap_mb
  fi
  return 0
}
