import { describeSource, type Source } from '../../src/env/sourced.js';

/** A sourced value with its source in the words the log and bin/plan show (src/env/sourced.ts). */
export function said<T extends { readonly source: Source }>(x: T): Omit<T, 'source'> & { source: string } {
  return { ...x, source: describeSource(x.source) };
}
