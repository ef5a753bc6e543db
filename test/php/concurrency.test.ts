import { describe, expect, it } from 'vitest';
import { phpWebConcurrency } from '../../src/php/concurrency.js';

const M = 1024 ** 2;
const DEFAULT_LIMIT = { bytes: 196 * M };

describe('phpWebConcurrency', () => {
  // The table of reference/php-start.txt ("PHP-FPM Concurrency"), memory_limit 196M.
  it.each([
    ['S', 256, 3],
    ['M', 512, 4],
    ['L', 1024, 7],
    ['XL', 2048, 12],
    ['2XL', 4096, 22],
  ] as const)('documented table: %s (%i MB) → %i', (_size, memoryMb, expected) => {
    expect(phpWebConcurrency(memoryMb, DEFAULT_LIMIT)).toBe(expected);
  });

  it.each([
    ['3XL with the default limit', 8192, DEFAULT_LIMIT, 43],
    ['too little memory for one worker: at least 3', 100, DEFAULT_LIMIT, 3],
    ['no memory at all: at least 3', 0, DEFAULT_LIMIT, 3],
    ['exactly one limit of memory', 196, DEFAULT_LIMIT, 3],
    ['256M on L', 1024, { bytes: 256 * M }, 6],
    ['128M on L', 1024, { bytes: 128 * M }, 10],
    ['1G on 2XL', 4096, { bytes: 1024 * M }, 6],
    ['a limit in plain bytes', 1024, { bytes: 100000000 }, 12],
    ['unlimited: 3 whatever the memory', 8192, 'unlimited', 3],
    ['the capped maximum memory: 660 workers, capped at 200', 129024, DEFAULT_LIMIT, 200],
    ['16M on 3XL: 514, capped at 200', 8192, { bytes: 16 * M }, 200],
    ['just at the cap', 198 * 196, DEFAULT_LIMIT, 200],
  ] as const)('%s', (_name, memoryMb, limit, expected) => {
    expect(phpWebConcurrency(memoryMb, limit)).toBe(expected);
  });

  it('rejects impossible inputs', () => {
    expect(() => phpWebConcurrency(-1, DEFAULT_LIMIT)).toThrow(RangeError);
    expect(() => phpWebConcurrency(1.5, DEFAULT_LIMIT)).toThrow(RangeError);
    expect(() => phpWebConcurrency(1024, { bytes: 0 })).toThrow(RangeError);
  });
});
