import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);

// src/env/sh-quote.ts
function shQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
function renderShAssignments(values) {
  return Object.entries(values).filter((e) => e[1] !== void 0).map(([name, value]) => {
    if (!/^(export )?[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a shell variable name: ${JSON.stringify(name)}`);
    return `${name}=${shQuote(String(value))}`;
  }).join("\n");
}
var BLOCK = /^# >>> build-time values[^\n]*\n([\s\S]*?)^# <<< build-time values[^\n]*$/m;
function fillBuildValues(script, values) {
  const m = BLOCK.exec(script);
  if (!m) throw new Error('the script has no "# >>> build-time values" block');
  const inFile = m[1].split("\n").filter((l) => l !== "" && !l.startsWith("#")).map((l) => /^((?:export )?[A-Za-z_][A-Za-z0-9_]*)=/.exec(l)?.[1] ?? `(not an assignment: ${l})`);
  const given = Object.keys(values);
  if (inFile.join(" ") !== given.join(" ")) {
    throw new Error(`build-time values differ: the script assigns ${inFile.join(" ")}, the build gives ${given.join(" ")}`);
  }
  const start = m.index + m[0].indexOf("\n") + 1;
  const end = start + m[1].length;
  const body = renderShAssignments(values);
  return script.slice(0, start) + (body === "" ? "" : `${body}
`) + script.slice(end);
}
function inlineInclude(script, name, text) {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const block = new RegExp(`^# >>> include ${esc}\\b[^\\n]*\\n[\\s\\S]*?^# <<< include ${esc}\\n`, "m");
  if (!block.test(script)) throw new Error(`the script has no "# >>> include ${name}" block`);
  return script.replace(block, () => text.endsWith("\n") ? text : `${text}
`);
}

// src/runtime-env/memory.sh
var memory_default = `# shellcheck shell=sh
# The container-memory detection of common.md \xA77, shared by the runtime scripts that
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
  __wc_num=\${1:-}
  case $__wc_num in
    '' | *[!0-9]*) return 1 ;;
  esac
  __wc_num=\${__wc_num#"\${__wc_num%%[!0]*}"}
  __wc_num=\${__wc_num:-0}
  return 0
}

# Sets __wc_num to $1 when it is a count of processes a user may set as
# WEB_CONCURRENCY: a whole number from 1, of at most __wc_count_digits digits
# (leading zeros dropped). Fails otherwise ('', -3, abc, 1e9, 0, 4.5).
__wc_count() {
  if ! __wc_uint "\${1:-}" || [ "$__wc_num" = 0 ] || [ "\${#__wc_num}" -gt "$__wc_count_digits" ]; then
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

# __wc_sizes maps each size to its MB: ' S=256 M=512 \u2026 ' (spaces around each entry).
__wc_from_container_size() {
  case \${CONTAINER_SIZE:-} in
    '') return 1 ;;
  esac
  case $CONTAINER_SIZE in
    *[!0-9A-Za-z]*) ;;
    *)
      case $__wc_sizes in
        *" $CONTAINER_SIZE="*)
          __wc_mem=\${__wc_sizes#*" $CONTAINER_SIZE="}
          __wc_mem=\${__wc_mem%% *}
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
  if [ "\${#__wc_num}" -gt "\${#__wc_no_limit_bytes}" ] || [ "$((__wc_num > __wc_no_limit_bytes))" = 1 ]; then
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
  __wc_cg=\${WEB_CONCURRENCY_CGROUP_ROOT:-$__wc_cgroup_root}
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
  if [ "\${#__wc_mem}" -gt "\${#__wc_cap_mb}" ] || [ "$((__wc_mem > __wc_cap_mb))" = 1 ]; then
    __wc_src="$__wc_src, capped at $__wc_cap_mb MB"
    __wc_mem=$__wc_cap_mb
  fi
  return 0
}
`;

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
  functions: ["__wc_uint", "__wc_count", "__wc_from_memory_available", "__wc_from_container_size", "__wc_from_cgroup", "__wc_memory"],
  variables: [
    "__wc_cg",
    "__wc_mem",
    "__wc_src",
    "__wc_raw",
    "__wc_num",
    // Its build-time values.
    "__wc_default_mb",
    "__wc_cap_mb",
    "__wc_no_limit_bytes",
    "__wc_cgroup_root",
    "__wc_count_digits",
    "__wc_sizes",
    "__wc_size_names"
  ]
});
function renderMemoryDetection() {
  const p = MEMORY_DETECTION_POLICY;
  const filled = fillBuildValues(memory_default, {
    __wc_default_mb: p.defaultMemoryMb,
    __wc_cap_mb: p.memoryCapMb,
    __wc_no_limit_bytes: p.noLimitBytes,
    __wc_cgroup_root: p.defaultCgroupRoot,
    __wc_count_digits: WEB_CONCURRENCY_MAX_DIGITS,
    __wc_sizes: ` ${Object.entries(CONTAINER_SIZE_MEMORY_MB).map(([size, mb]) => `${size}=${mb}`).join(" ")} `,
    __wc_size_names: Object.keys(CONTAINER_SIZE_MEMORY_MB).join(", ")
  });
  return filled.slice(filled.indexOf("\n") + 1);
}
function inlineMemoryDetection(script) {
  return inlineInclude(script, "memory.sh", renderMemoryDetection());
}

export {
  renderShAssignments,
  fillBuildValues,
  inlineInclude,
  MEMORY_DETECTION_POLICY,
  inlineMemoryDetection
};
