import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);

// src/runtime-env/memory-sh.ts
var CONTAINER_SIZE_MEMORY_MB = Object.freeze({
  S: 256,
  M: 512,
  L: 1024,
  XL: 2048,
  "2XL": 4096,
  "3XL": 8192
});
var MEMORY_DETECTION_POLICY = Object.freeze({
  /** Memory assumed when no source gives one. */
  defaultMemoryMb: 512,
  /**
   * Memory readings above this are capped. Beyond keeping the result plausible,
   * this bounds every later shell computation (a few digits of MB times 2^20
   * still fits a 64-bit shell integer).
   */
  memoryCapMb: 129024,
  /** A cgroup limit above this (8 TiB, in bytes) means "no limit". */
  noLimitBytes: 8 * 1024 ** 4,
  defaultCgroupRoot: "/sys/fs/cgroup"
});
var WEB_CONCURRENCY_MAX_DIGITS = 9;
var MEMORY_DETECTION_SH_NAMES = Object.freeze({
  functions: ["__wc_uint", "__wc_count", "__wc_from_memory_available", "__wc_from_container_size", "__wc_from_cgroup"],
  variables: ["__wc_cg", "__wc_mem", "__wc_src", "__wc_raw", "__wc_num"]
});
function renderContainerSizeArms() {
  return Object.entries(CONTAINER_SIZE_MEMORY_MB).map(([size, mb]) => `    ${size}) __wc_mem=${mb} ;;`).join("\n");
}
function renderMemoryDetectionFunctions() {
  const p = MEMORY_DETECTION_POLICY;
  const sizes = Object.keys(CONTAINER_SIZE_MEMORY_MB).join(", ");
  const noLimitDigits = String(p.noLimitBytes).length;
  return `# Sets __wc_num to $1 without leading zeros (the shell would read them as
# octal); fails when $1 is not a plain unsigned decimal integer.
__wc_uint() {
  __wc_num=\${1:-}
  case $__wc_num in
    '' | *[!0-9]*) return 1 ;;
  esac
  __wc_num=\${__wc_num#"\${__wc_num%%[!0]*}"}
  __wc_num=\${__wc_num:-0}
  return 0
}

# Sets __wc_num to $1 when it is a count of processes a user may set as
# WEB_CONCURRENCY: a whole number from 1 to ${"9".repeat(WEB_CONCURRENCY_MAX_DIGITS)} (leading zeros dropped).
# Fails otherwise ('', -3, abc, 1e9, 0, 4.5).
__wc_count() {
  if ! __wc_uint "\${1:-}" || [ "$__wc_num" = 0 ] || [ "\${#__wc_num}" -gt ${WEB_CONCURRENCY_MAX_DIGITS} ]; then
    return 1
  fi
  return 0
}

__wc_from_memory_available() {
  if [ -z "\${MEMORY_AVAILABLE:-}" ]; then
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

__wc_from_container_size() {
  case \${CONTAINER_SIZE:-} in
    '') return 1 ;;
${renderContainerSizeArms()}
    *)
      __wc_warn "ignoring CONTAINER_SIZE='$CONTAINER_SIZE': unknown size, expected one of ${sizes}"
      return 1
      ;;
  esac
  __wc_src="CONTAINER_SIZE=$CONTAINER_SIZE"
  return 0
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
  # arithmetic only ever sees numbers of at most ${noLimitDigits} digits.
  if [ "\${#__wc_num}" -gt ${noLimitDigits} ] || [ "$(($__wc_num > ${p.noLimitBytes}))" = 1 ]; then
    return 1
  fi
  __wc_mem=$(($__wc_num / 1048576))
  if [ "$__wc_mem" -lt 1 ]; then
    __wc_warn "ignoring $2 ($1): $__wc_num bytes is less than 1 MB"
    return 1
  fi
  __wc_src=$2
  return 0
}
`;
}
function renderMemoryDetectionStatements(indent = "  ") {
  const p = MEMORY_DETECTION_POLICY;
  const capDigits = String(p.memoryCapMb).length;
  const body = `__wc_cg=\${WEB_CONCURRENCY_CGROUP_ROOT:-${p.defaultCgroupRoot}}
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
  __wc_mem=${p.defaultMemoryMb}
  __wc_src='default, no memory limit found'
fi

# Digit count first: MEMORY_AVAILABLE may be longer than shell integers.
if [ "\${#__wc_mem}" -gt ${capDigits} ] || [ "$(($__wc_mem > ${p.memoryCapMb}))" = 1 ]; then
  __wc_src="$__wc_src, capped at ${p.memoryCapMb} MB"
  __wc_mem=${p.memoryCapMb}
fi
`;
  return body.split("\n").map((line) => line === "" ? line : indent + line).join("\n");
}

export {
  MEMORY_DETECTION_POLICY,
  renderMemoryDetectionFunctions,
  renderMemoryDetectionStatements
};
