/**
 * Errors of artifact stores (PHP_BASE_URL, NGINX_BASE_URL). They live with the store
 * code rather than in the shared catalog; test/runtime/store-error-samples.ts has one
 * sample of each id for the snapshot test.
 */
import { BuildError } from '../errors/build-error.js';

export const storeErrors = {
  urlInvalid: (varName: string, shown: string, why: string) =>
    new BuildError(
      'runtime/store-url-invalid',
      `${varName} is not a valid artifact store URL`,
      `${varName} is set to ${JSON.stringify(shown)}, which ${why}.\n` +
        'It must be the base URL of an artifact store, the directory that holds manifest.json:\n' +
        '  https://mirror.example.com/artifacts/   (or http://)\n' +
        '  file:///absolute/path/to/store\n' +
        `Fix the ${varName} config var, or unset it to use the default artifacts.`,
    ),

  manifestInvalid: (manifestUrl: string, keyPath: string, problem: string) =>
    new BuildError(
      'runtime/store-manifest-invalid',
      `The artifact store manifest is invalid (${keyPath || 'document'})`,
      `The manifest at ${manifestUrl} is not valid: ${keyPath || 'the document'} ${problem}.\n` +
        'The build stops because artifacts from this store cannot be located and verified.\n' +
        'Fix or regenerate the store (a local one: `npm run local-artifacts -- DIR`), or point ' +
        'PHP_BASE_URL / NGINX_BASE_URL at a store with a valid manifest.',
    ),
};
