/**
 * `semver.satisfies(v, range)` for many versions against one range: the range is parsed
 * once. satisfies re-creates the Range on every call, which over the ~740 rows of the
 * Node.js table was ~4 ms of every bin/plan. Same answers: an invalid range
 * matches nothing, as satisfies returns false for it.
 */
import semver from 'semver';

export function rangeTester(range: string, options?: semver.RangeOptions): (version: string) => boolean {
  let parsed: semver.Range;
  try {
    parsed = new semver.Range(range, options);
  } catch {
    return () => false;
  }
  return (version) => parsed.test(version);
}
