/** Errors built outside the catalogs (by the modules that own them), for the snapshot test. */
import { BuildError } from '../src/errors/build-error.js';

export const extraErrorSamples: BuildError[] = [];
