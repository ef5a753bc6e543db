/**
 * The container-memory detection of common.md §7, as POSIX sh, shared by every
 * runtime script that needs it: the Node.js `.profile.d/WEB_CONCURRENCY.sh`
 * (src/nodejs/profile.ts) and the PHP boot script (src/php/boot.ts).
 *
 * Memory comes from the first source found: MEMORY_AVAILABLE (MB), the
 * CONTAINER_SIZE mapping, cgroup v2, cgroup v1 `memory.limit_in_bytes`, else a
 * default. A cgroup value meaning "no limit" (`max`, 0, or above 8 TiB) is not a
 * limit: the next source is tried.
 *
 * cgroups are read where the process really is: the mount points come from
 * `/proc/self/mountinfo` (cgroup2, and the v1 memory controller) and the
 * process's own group from `/proc/self/cgroup`, so a container whose group is
 * `/docker/<id>` or `/kubepods/…/<id>` on an unnamespaced mount reads its own
 * limit, not the host's root. The limit is the smallest one set on the group or
 * any group above it (a parent's limit bounds its children). On v2,
 * `memory.high` and `memory.max` count; without either, the group's
 * `memory.low` then `memory.min` (a reservation such as Docker's
 * `--memory-reservation`), as the upstream buildpack reads them (its
 * `test/fixtures/cgroups` cases are test/runtime-env/memory.test.ts's table).
 * Without a mount in mountinfo, `/sys/fs/cgroup` (v2) and
 * `/sys/fs/cgroup/memory` (v1, where some platforms write the file out) are read.
 * WEB_CONCURRENCY_CGROUP_ROOT, when set, is the cgroup mount point for both
 * (mountinfo is then not read; unusual containers, tests).
 *
 * The script is src/runtime-env/memory.sh: functions (with `__wc_count`, the one
 * check of a user-set WEB_CONCURRENCY) and `__wc_memory`, which sets `__wc_mem` (MB,
 * an unsigned decimal without leading zeros, at most `memoryCapMb`) and `__wc_src`
 * (where it came from, for messages). The policy below reaches it as build-time
 * values. An including script holds an `# >>> include memory.sh` block (a `.` of
 * the file, so shellcheck follows it) that `inlineMemoryDetection` replaces with it.
 *
 * Contract with the including script: it defines `__wc_warn MESSAGE` (prints a
 * warning, returns 0) before `__wc_memory` runs, and it owns the names in
 * `MEMORY_DETECTION_SH_NAMES` (a sourced script must unset them). The code is
 * safe under `set -u` and `set -e` and never exits.
 */

import { fillBuildValues, inlineInclude } from '../env/sh-quote.js';
import memorySh from './memory.sh';

/** Scalingo container sizes and their memory in MB (common.md §7). */
export const CONTAINER_SIZE_MEMORY_MB: Readonly<Record<string, number>> = Object.freeze({
  S: 256,
  M: 512,
  L: 1024,
  XL: 2048,
  '2XL': 4096,
  '3XL': 8192,
});

export const MEMORY_DETECTION_POLICY = Object.freeze({
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
  defaultCgroupRoot: '/sys/fs/cgroup',
  /** Where `self/cgroup` and `self/mountinfo` are read. */
  procRoot: '/proc',
});

/** The policy's shape, with its paths as any string (tests point them into a sandbox). */
export type MemoryDetectionPolicy = { readonly [K in keyof typeof MEMORY_DETECTION_POLICY]: (typeof MEMORY_DETECTION_POLICY)[K] extends string ? string : number };

/** A user-set WEB_CONCURRENCY has at most this many digits (the shell's integers stay far from overflow). */
export const WEB_CONCURRENCY_MAX_DIGITS = 9;

/** Shell names memory.sh defines or assigns (the includer defines `__wc_warn`). */
export const MEMORY_DETECTION_SH_NAMES = Object.freeze({
  functions: [
    '__wc_uint', '__wc_count', '__wc_from_memory_available', '__wc_from_container_size', '__wc_limit_mb', '__wc_own_group',
    '__wc_find_mount', '__wc_group_dir', '__wc_smallest', '__wc_from_cgroup2', '__wc_from_cgroup1', '__wc_memory',
  ],
  variables: [
    '__wc_mem', '__wc_src', '__wc_raw', '__wc_num', '__wc_lim', '__wc_line', '__wc_rest', '__wc_ctl', '__wc_cgpath',
    '__wc_mnt', '__wc_mroot', '__wc_dir', '__wc_d', '__wc_top', '__wc_hier', '__wc_f',
    // Its build-time values.
    '__wc_default_mb', '__wc_cap_mb', '__wc_no_limit_bytes', '__wc_cgroup_root', '__wc_proc_root', '__wc_count_digits', '__wc_sizes', '__wc_size_names',
  ],
});

/**
 * memory.sh with its build-time values, the text that replaces an `# >>> include
 * memory.sh` block (its first line, `# shellcheck shell=sh`, dropped). Ends with a newline.
 */
export function renderMemoryDetection(p: MemoryDetectionPolicy = MEMORY_DETECTION_POLICY): string {
  const filled = fillBuildValues(memorySh, {
    __wc_default_mb: p.defaultMemoryMb,
    __wc_cap_mb: p.memoryCapMb,
    __wc_no_limit_bytes: p.noLimitBytes,
    __wc_cgroup_root: p.defaultCgroupRoot,
    __wc_proc_root: p.procRoot,
    __wc_count_digits: WEB_CONCURRENCY_MAX_DIGITS,
    __wc_sizes: ` ${Object.entries(CONTAINER_SIZE_MEMORY_MB).map(([size, mb]) => `${size}=${mb}`).join(' ')} `,
    __wc_size_names: Object.keys(CONTAINER_SIZE_MEMORY_MB).join(', '),
  });
  return filled.slice(filled.indexOf('\n') + 1);
}

/** `script` with its `# >>> include memory.sh` block replaced by the detection. */
export function inlineMemoryDetection(script: string): string {
  return inlineInclude(script, 'memory.sh', renderMemoryDetection());
}
