/** One sample of each artifact-store error id, produced by the real checks, for the snapshot test. */
import type { BuildError } from '../../src/errors/build-error.js';
import { checkStoreUrl, parseStoreManifest } from '../../src/runtime/artifact-store.js';
import { thrown } from '../support/thrown.js';

const artifact = (sha256: string) => ({
  name: 'php', version: '8.2.36', stacks: ['scalingo-24'], os: 'linux', arch: 'x64', path: 'php/php-8.2.36-linux-x64.tar.gz', sha256,
});

export const storeErrorSamples: BuildError[] = [
  thrown(() => checkStoreUrl('ftp://mirror.example.com/artifacts', 'PHP_BASE_URL')),
  thrown(() => parseStoreManifest({ schema: 1, artifacts: [artifact('ab'.repeat(32)), artifact('abc')] }, 'https://mirror.example.com/artifacts')),
];
