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
__wc_proc_root=''
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

# $1: a cgroup limit file (bytes), $2: the hierarchy for messages ('cgroup v2').
# Sets __wc_lim (MB). Fails without a message when the file is absent or
# unreadable or says there is no limit (max, 0, or a number above 8 TiB).
__wc_limit_mb() {
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
    __wc_warn "ignoring $2 ${1##*/} ($1): '$__wc_raw' is not a number of bytes"
    return 1
  fi
  # memory.low / memory.min of 0 mean "no protection", not a limit.
  if [ "$__wc_num" = 0 ]; then
    return 1
  fi
  # "No limit" shows as a number near 2^63: compare the digit count first so
  # arithmetic only ever sees numbers no longer than __wc_no_limit_bytes.
  if [ "${#__wc_num}" -gt "${#__wc_no_limit_bytes}" ] || [ "$((__wc_num > __wc_no_limit_bytes))" = 1 ]; then
    return 1
  fi
  __wc_lim=$((__wc_num / 1048576))
  if [ "$__wc_lim" -lt 1 ]; then
    __wc_warn "ignoring $2 ${1##*/} ($1): $__wc_num bytes is less than 1 MB"
    return 1
  fi
  return 0
}

# $1: '' for the cgroup v2 hierarchy, else a v1 controller (memory). Sets
# __wc_cgpath to this process's group in it, from <proc>/self/cgroup
# ("0::/path" for v2, "N:memory:/path" or "N:cpu,memory:/path" for v1).
__wc_own_group() {
  __wc_cgpath=
  if [ ! -f "$__wc_proc_root/self/cgroup" ] || [ ! -r "$__wc_proc_root/self/cgroup" ]; then
    return 1
  fi
  while IFS= read -r __wc_line || [ -n "$__wc_line" ]; do
    __wc_rest=${__wc_line#*:}
    __wc_ctl=${__wc_rest%%:*}
    if [ -z "$1" ]; then
      if [ "${__wc_line%%:*}" != 0 ] || [ -n "$__wc_ctl" ]; then
        continue
      fi
    else
      case ",$__wc_ctl," in
        *",$1,"*) ;;
        *) continue ;;
      esac
    fi
    # The path itself may hold colons (a group named "a:b").
    __wc_cgpath=${__wc_rest#*:}
    case $__wc_cgpath in
      /*) return 0 ;;
    esac
  done <"$__wc_proc_root/self/cgroup"
  __wc_cgpath=
  return 1
}

# $1: a file system type (cgroup2, cgroup), $2: a super option it must have
# ('' for none; memory for the v1 memory controller). Sets __wc_mnt (mount
# point) and __wc_mroot (the group mounted there) from <proc>/self/mountinfo:
# "ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS... - FSTYPE SOURCE SUPEROPTIONS".
__wc_find_mount() {
  __wc_mnt=
  __wc_mroot=
  if [ ! -f "$__wc_proc_root/self/mountinfo" ] || [ ! -r "$__wc_proc_root/self/mountinfo" ]; then
    return 1
  fi
  while IFS= read -r __wc_line || [ -n "$__wc_line" ]; do
    case $__wc_line in
      *" - $1 "*) ;;
      *) continue ;;
    esac
    if [ -n "$2" ]; then
      __wc_rest=${__wc_line##*" - $1 "}
      case ",${__wc_rest#* }," in
        *",$2,"*) ;;
        *) continue ;;
      esac
    fi
    __wc_rest=${__wc_line%%" - $1 "*}
    __wc_rest=${__wc_rest#* * * }
    __wc_mroot=${__wc_rest%% *}
    __wc_rest=${__wc_rest#* }
    __wc_mnt=${__wc_rest%% *}
    # Paths with spaces appear octal-escaped (\040): rare enough not to decode.
    case $__wc_mnt$__wc_mroot in
      *\\* | '') continue ;;
    esac
    return 0
  done <"$__wc_proc_root/self/mountinfo"
  __wc_mnt=
  __wc_mroot=
  return 1
}

# $1: mount point, $2: the group mounted there, $3: this process's group.
# Sets __wc_dir to that group's directory under the mount point (the mount
# point itself when the group is not below what is mounted there).
__wc_group_dir() {
  __wc_dir=$1
  case $3 in
    */.. | */../*) return 0 ;;
  esac
  if [ "$2" = / ]; then
    __wc_rest=$3
  else
    case $3 in
      "$2"/*) __wc_rest=${3#"$2"} ;;
      *) __wc_rest= ;;
    esac
  fi
  __wc_rest=${__wc_rest%/}
  __wc_dir=$1$__wc_rest
  return 0
}

# $1: a group directory, $2: the directory above it where to stop (the mount
# point __wc_mnt, or $1 itself), $3: the hierarchy for messages, then the limit
# files to read. Sets __wc_mem (MB) and __wc_src to the smallest limit of those
# files in $1 and in every group above it up to $2: a parent's limit bounds its
# children too.
__wc_smallest() {
  __wc_d=$1
  __wc_top=$2
  __wc_hier=$3
  shift 3
  __wc_mem=
  while :; do
    for __wc_f in "$@"; do
      if __wc_limit_mb "$__wc_d/$__wc_f" "$__wc_hier" && { [ -z "$__wc_mem" ] || [ "$__wc_lim" -lt "$__wc_mem" ]; }; then
        __wc_mem=$__wc_lim
        __wc_src="$__wc_hier $__wc_f"
        if [ "$__wc_d" != "$__wc_mnt" ]; then
          __wc_src="$__wc_src of ${__wc_d#"$__wc_mnt"}"
        fi
      fi
    done
    if [ "$__wc_d" = "$__wc_top" ] || [ "${#__wc_d}" -le "${#__wc_top}" ]; then
      break
    fi
    __wc_d=${__wc_d%/*}
  done
  [ -n "$__wc_mem" ]
}

# cgroup v2: the mount from mountinfo (else the usual place), this process's own
# group in it. memory.high (where the kernel starts reclaiming) and memory.max
# (the hard limit) of the group and its parents, the smallest wins; without
# either, the group's memory.low then memory.min (a reservation), as the
# upstream buildpack reads them.
__wc_from_cgroup2() {
  if [ -n "${WEB_CONCURRENCY_CGROUP_ROOT:-}" ]; then
    __wc_mnt=$WEB_CONCURRENCY_CGROUP_ROOT
    __wc_mroot=/
  elif ! __wc_find_mount cgroup2 ''; then
    __wc_mnt=$__wc_cgroup_root
    __wc_mroot=/
  fi
  __wc_dir=$__wc_mnt
  if __wc_own_group ''; then
    __wc_group_dir "$__wc_mnt" "$__wc_mroot" "$__wc_cgpath"
  fi
  __wc_smallest "$__wc_dir" "$__wc_mnt" 'cgroup v2' memory.high memory.max ||
    __wc_smallest "$__wc_dir" "$__wc_dir" 'cgroup v2' memory.low ||
    __wc_smallest "$__wc_dir" "$__wc_dir" 'cgroup v2' memory.min
}

# cgroup v1: the memory controller's mount (else <root>/memory, where some
# platforms write the file out), this process's group in it and its parents.
__wc_from_cgroup1() {
  if [ -n "${WEB_CONCURRENCY_CGROUP_ROOT:-}" ]; then
    __wc_mnt=$WEB_CONCURRENCY_CGROUP_ROOT/memory
    __wc_mroot=/
  elif ! __wc_find_mount cgroup memory; then
    __wc_mnt=$__wc_cgroup_root/memory
    __wc_mroot=/
  fi
  __wc_dir=$__wc_mnt
  if __wc_own_group memory; then
    __wc_group_dir "$__wc_mnt" "$__wc_mroot" "$__wc_cgpath"
  fi
  __wc_smallest "$__wc_dir" "$__wc_mnt" 'cgroup v1' memory.limit_in_bytes
}

# Sets __wc_mem and __wc_src from the first memory source found, capped at __wc_cap_mb.
__wc_memory() {
  __wc_mem=
  __wc_src=
  if __wc_from_memory_available; then
    :
  elif __wc_from_container_size; then
    :
  elif __wc_from_cgroup2; then
    :
  elif __wc_from_cgroup1; then
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
