/**
 * PHP-FPM's worker count (`pm.max_children`) when the user does not set
 * WEB_CONCURRENCY (php.md §8): floor(available memory / memory_limit) + 2, at least 3.
 * The +2 is the documented platform formula: most requests stay well under the
 * memory_limit, so a couple more workers than the worst case fit. An unlimited
 * memory_limit gives no basis for a count: the minimum. At most 200, as the Node side caps
 * its count: a small memory_limit on a large container would otherwise ask PHP-FPM for
 * thousands of workers (and a user-set value is capped the same way at boot).
 *
 * The boot script (src/php/boot.ts) does the same computation in sh, because the memory
 * is only known at boot; this is the reference its tests are checked against.
 */
import type { MemoryLimitValue } from './memory-limit.js';

export const PHP_CONCURRENCY_POLICY = Object.freeze({
  /** Workers added to the memory quotient. */
  extraWorkers: 2,
  /** Never fewer workers than this. */
  minimum: 3,
  /** Never more: PHP-FPM reserves a scoreboard slot (and memory) per worker at start. */
  maximum: 200,
});

export function phpWebConcurrency(memoryMb: number, limit: MemoryLimitValue): number {
  if (!Number.isSafeInteger(memoryMb) || memoryMb < 0) {
    throw new RangeError(`memory must be a whole number of MB, got ${memoryMb}`);
  }
  if (limit === 'unlimited') return PHP_CONCURRENCY_POLICY.minimum;
  if (!Number.isSafeInteger(limit.bytes) || limit.bytes <= 0) {
    throw new RangeError(`memory_limit must be a positive number of bytes, got ${limit.bytes}`);
  }
  // BigInt: MB × 2^20 can leave the exact range of a double for large memories.
  const quotient = Number((BigInt(memoryMb) * 1048576n) / BigInt(limit.bytes));
  return Math.min(PHP_CONCURRENCY_POLICY.maximum, Math.max(PHP_CONCURRENCY_POLICY.minimum, quotient + PHP_CONCURRENCY_POLICY.extraWorkers));
}
