/**
 * Samples of the errors added with the memory_limit decision (src/php/memory-limit.ts),
 * for the error snapshot test (test/errors.test.ts). `php/invalid-memory-limit` has two
 * wordings: a value PHP cannot read, and one too small for PHP to start.
 * (`php/memory-limit-unlimited` is a warning, a Problem, not a BuildError.)
 */
import type { BuildError } from '../../src/errors/build-error.js';
import { determineMemoryLimit } from '../../src/php/memory-limit.js';
import { thrown } from '../support/thrown.js';

export const bootErrorSamples: BuildError[] = [
  thrown(() =>
    determineMemoryLimit([
      { source: 'php.ini defaults', pairs: [{ key: 'memory_limit', value: '196M' }] },
      { source: 'extra.paas.php-config in composer.json', pairs: [{ key: 'memory_limit', value: '256MB' }] },
    ]),
  ),
  thrown(() => determineMemoryLimit([{ source: 'public/.user.ini', text: '; tiny\nmemory_limit = 1M\n' }])),
];
