/**
 * Composer version constraints (`require.php`, `config.platform.php`, locked packages' `php`
 * requirements), parsed with Composer's grammar and semantics — not node-semver's: in Composer
 * `8.2` is exactly 8.2.0, `~8.4` is `>=8.4 <9.0`, and `|` is an OR.
 *
 * The grammar follows composer/semver's VersionParser (same term order, same AND/OR split
 * rules) so that what we accept and what Composer accepts agree. Matching is only ever done
 * against concrete releases (8.4.22), so a constraint is normalized to a union of intervals
 * over releases; Composer's stability machinery (`-dev` lower bounds, `@dev` flags) collapses
 * into those intervals instead of being modelled.
 *
 * Pure: no I/O, no globals. Invalid input is never defaulted: it is `{ ok: false, reason }`.
 */

/** A concrete release, four numeric parts as Composer normalizes them (8.2.36 → 8.2.36.0). */
export type Version = readonly [number, number, number, number];

/** One end of an interval; `inclusive` says whether `version` itself is in. */
export interface Bound {
  readonly version: Version;
  readonly inclusive: boolean;
}

/** A contiguous set of releases; an absent bound means unbounded on that side. */
export interface Interval {
  readonly lower?: Bound;
  readonly upper?: Bound;
}

export interface Constraint {
  readonly raw: string;
  /**
   * The releases the constraint allows, as a union of disjoint intervals sorted ascending
   * (ANDs already intersected, ORs merged). `[]` means nothing can match (e.g. `>9 <8`),
   * `[{}]` means any version.
   */
  readonly alternatives: readonly Interval[];
}

export type ConstraintParse = { ok: true; constraint: Constraint } | { ok: false; reason: string };

// Each part is capped at 9 digits so it stays an exact JS number; no PHP version comes close.
const NUM = String.raw`(\d{1,9})`;
const NUMS = String.raw`v?${NUM}(?:\.${NUM})?(?:\.${NUM})?(?:\.${NUM})?`;
const RELEASE = new RegExp(`^${NUMS}$`, 'i');
/**
 * Composer's stability suffix ("-RC1", "beta.2", "-dev", "-p1", "RC1-dev"). Unlike Composer we
 * require a stability word after the separator, so a dangling "8.2." or "8.2-" is rejected.
 */
const MODIFIER = String.raw`(?:[._-]?(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\d+)*))?(?:[._-]?(dev))?`;
const POINT = new RegExp(`^${NUMS}${MODIFIER}(?:\\+\\S+)?$`, 'i');
const X_RANGE = /^v?(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(?:\.[x*])+$/i;
const FLAG = /@(?:stable|RC|beta|alpha|dev)$/i;
// Composer's own split rules: no AND split right after an operator (so `>= 8.2` is one term),
// around a hyphen (`8.2 - 8.4`), or around `as` (aliases); a trailing comma is not a split.
const OR_SPLIT = /\s*\|\|?\s*/;
const AND_SPLIT = /(?<!^|as|[=>< ,]) *(?<!-)[, ](?!-) *(?!,|as|$)/;

/** Parses a concrete release such as `8.2.36`, `v8.2` or `8.2.36.0`; anything else is undefined. */
export function parseVersion(text: string): Version | undefined {
  const m = RELEASE.exec(text.trim());
  return m ? toVersion(m.slice(1, 5)) : undefined;
}

export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 4; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** `8.2.36`: always three parts, a fourth only when it is not 0. */
export function formatVersion(v: Version): string {
  return v[3] === 0 ? `${v[0]}.${v[1]}.${v[2]}` : v.join('.');
}

export function parseConstraint(raw: string): ConstraintParse {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'the constraint is empty' };
  try {
    const groups = text.split(OR_SPLIT).map((alternative) => {
      if (alternative === '') fail(`"${text}" has an empty alternative next to "|" or "||"`);
      return alternative
        .split(AND_SPLIT)
        .map(parseTerm)
        .reduce((acc, term) => acc.flatMap((a) => term.flatMap((b) => intersect(a, b) ?? [])));
    });
    return { ok: true, constraint: { raw, alternatives: union(groups.flat()) } };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, reason: e.message };
    throw e;
  }
}

/** Whether the release `version` satisfies `c`. A version string that is not a release throws: that is a bug in the caller's data, not a non-match. */
export function matches(c: Constraint, version: string | Version): boolean {
  const v = typeof version === 'string' ? parseVersion(version) : version;
  if (v === undefined) throw new TypeError(`not a release version: "${String(version)}"`);
  return c.alternatives.some((i) => intersect(i, exactly(v)) !== undefined);
}

/** Human form for build logs: `~8.4` → `>=8.4.0 <9.0.0`, `*` → `any version`. */
export function describeConstraint(c: Constraint): string {
  if (c.alternatives.length === 0) return 'no version';
  return c.alternatives.map(describeInterval).join(' || ');
}

/** True when some release satisfies both (treating versions as dense, see `intersect`). */
export function intersects(a: Constraint, b: Constraint): boolean {
  return a.alternatives.some((x) => b.alternatives.some((y) => intersect(x, y) !== undefined));
}

// ---------------------------------------------------------------------------------------------

/** Thrown only inside parseConstraint and turned into `{ ok: false }` there; keeps the term parsers flat. */
class SyntaxFailure extends Error {}
function fail(reason: string): never {
  throw new SyntaxFailure(reason);
}

const ANY: readonly Interval[] = [{}];
const exactly = (v: Version): Interval => ({ lower: { version: v, inclusive: true }, upper: { version: v, inclusive: true } });

/** One AND term, tried in VersionParser's order: flag, `*`, `~`, `^`, wildcard, hyphen, comparator. */
function parseTerm(term: string): readonly Interval[] {
  if (/^,|,$/.test(term)) fail(`"${term}" has a comma with no constraint on one side`);
  if (/^\S+ +as +\S+$/.test(term)) fail(`"${term}" is an inline alias ("as"), which does not apply to a PHP version`);
  if (/\s-$|^-\s/.test(term)) fail(`"${term}" is an incomplete hyphen range (expected "A - B")`);
  // Composer's AND split cuts "8.2  -  8.4" around the hyphen, so it rejects it too.
  if (term === '-') fail('a lone "-": write a hyphen range as "8.2 - 8.4", one space on each side');
  // Stability flags only widen which pre-releases Composer may install; we only match releases.
  if (!/\s/.test(term) && FLAG.test(term)) term = term.replace(FLAG, '') || '*';
  if (/^v?[x*](\.[x*])*$/i.test(term)) return ANY;

  if (term.startsWith('~')) {
    if (term.startsWith('~>')) fail(`"${term}": "~>" is not a Composer operator, use "~"`);
    const p = parsePoint(term, term.slice(1));
    // ~8.4 → <9.0, ~8.4.2 → <8.5, but ~8 → <9 (position never drops below the major).
    return [{ lower: lowerBound(p, '>='), upper: bump(p, Math.max(1, p.given - 1)) }];
  }
  if (term.startsWith('^')) {
    const p = parsePoint(term, term.slice(1));
    // The left-most non-zero part (among those written) is fixed: ^0.3 → <0.4, ^0.0.3 → <0.0.4, ^0 → <1.
    const [major, minor] = p.version;
    const position = major !== 0 || p.given < 2 ? 1 : minor !== 0 || p.given < 3 ? 2 : 3;
    return [{ lower: lowerBound(p, '>='), upper: bump(p, position) }];
  }
  const x = X_RANGE.exec(term);
  if (x) {
    const given = x.slice(1, 4).filter((s) => s !== undefined).length;
    const p: Point = { version: toVersion(x.slice(1, 4)), given, offset: 0, suffixed: false };
    return [{ lower: { version: p.version, inclusive: true }, upper: bump(p, given) }];
  }
  const hyphen = /^(\S+) +- +(\S+)$/.exec(term);
  if (hyphen) {
    const from = parsePoint(term, hyphen[1]!);
    const to = parsePoint(term, hyphen[2]!);
    // A partial upper bound is a wildcard (8.2 - 8.4 → <8.5); a full or suffixed one is inclusive.
    const upper = to.given >= 3 || to.suffixed ? upperBound(to, '<=') : bump(to, to.given === 1 ? 1 : 2);
    return [{ lower: lowerBound(from, '>='), upper }];
  }

  const [, op = '=', rest = ''] = /^(<>|!=|>=?|<=?|==?)?\s*(.*)$/s.exec(term) ?? [];
  if (rest === '') fail(`"${term}" has no version after the operator`);
  const p = parsePoint(term, rest.replace(FLAG, ''));
  switch (op) {
    case '>':
    case '>=':
      return [{ lower: lowerBound(p, op) }];
    case '<':
    case '<=':
      return [{ upper: upperBound(p, op) }];
    case '!=':
    case '<>':
      // A pre-release/patch version is never a release, so excluding it excludes nothing.
      if (p.offset !== 0) return ANY;
      return [{ upper: { version: p.version, inclusive: false } }, { lower: { version: p.version, inclusive: false } }];
    default: // '=', '=='
      // Composer: 8.2 is exactly 8.2.0.0; 8.2.0-RC1 is that RC, which no release equals.
      return p.offset !== 0 ? [] : [exactly(p.version)];
  }
}

interface Point {
  readonly version: Version;
  /** How many numeric parts were written: `~`, `^` and hyphen upper bounds depend on it. */
  readonly given: number;
  /**
   * Where the point sits relative to the release `version`: -1 just below it (8.2.0-RC1,
   * 8.2.0-dev, 8.2.0-alpha), +1 just above it (8.2.0-p1, Composer's "patch"), 0 on it.
   */
  readonly offset: -1 | 0 | 1;
  readonly suffixed: boolean;
}

/** A version inside a constraint (suffixes allowed); `term` is only for the error message. */
function parsePoint(term: string, text: string): Point {
  const m = POINT.exec(text);
  if (!m) {
    if (/^dev-|-dev$|\.[x*]-?dev$|^(master|main|trunk|default)$/i.test(text)) {
      fail(`"${term}" names a development branch, not a PHP release`);
    }
    if (text === '') fail(`"${term}" has no version after the operator`);
    fail(text === term ? `"${term}" is not a version or a version constraint` : `"${term}": "${text}" is not a version`);
  }
  const stability = m[5]?.toLowerCase();
  const dev = m[7] !== undefined;
  // Composer returns a plain release for "-stable"; patch levels sort after the release, every
  // other stability (and "-dev") before it.
  const offset = stability === 'stable' ? 0 : stability !== undefined && /^p/.test(stability) ? 1 : stability !== undefined || dev ? -1 : 0;
  const given = m.slice(1, 5).filter((s) => s !== undefined).length;
  return { version: toVersion(m.slice(1, 5)), given, offset, suffixed: stability !== undefined || dev };
}

/**
 * `>=`/`>` of a point as a bound on releases: just below a release (an RC) admits the release,
 * just above it (a patch) does not. This is why `>=8.1-dev` is simply `>=8.1.0`.
 */
function lowerBound(p: Point, op: '>=' | '>'): Bound {
  return { version: p.version, inclusive: p.offset < 0 || (p.offset === 0 && op === '>=') };
}

function upperBound(p: Point, op: '<=' | '<'): Bound {
  return { version: p.version, inclusive: p.offset > 0 || (p.offset === 0 && op === '<=') };
}

/** Exclusive bound at the next value of part `position` (1-based), later parts zeroed: 8.4.2 @2 → <8.5.0. */
function bump(p: Point, position: number): Bound {
  const v = p.version.map((n, i) => (i < position - 1 ? n : i === position - 1 ? n + 1 : 0));
  return { version: toVersion(v.map(String)), inclusive: false };
}

function toVersion(parts: readonly (string | undefined)[]): Version {
  const n = (i: number) => Number(parts[i] ?? 0);
  return [n(0), n(1), n(2), n(3)];
}

/**
 * Intersection of two intervals, undefined when empty. Versions are treated as dense, so
 * `>8.2.0 <8.2.0.1` counts as non-empty; no real constraint relies on that gap.
 */
function intersect(a: Interval, b: Interval): Interval | undefined {
  const lower = pick(a.lower, b.lower, 1);
  const upper = pick(a.upper, b.upper, -1);
  if (lower && upper) {
    const d = compareVersions(lower.version, upper.version);
    if (d > 0 || (d === 0 && !(lower.inclusive && upper.inclusive))) return undefined;
  }
  return { ...(lower && { lower }), ...(upper && { upper }) };
}

/**
 * Of two bounds, the one further in direction `sign` (1: higher version). On a tie, `inclusive`
 * is AND-ed when narrowing (intersection) and OR-ed when widening (union).
 */
function pick(a: Bound | undefined, b: Bound | undefined, sign: 1 | -1, tie: 'narrow' | 'widen' = 'narrow'): Bound | undefined {
  if (!a || !b) return a ?? b;
  const d = compareVersions(a.version, b.version) * sign;
  if (d !== 0) return d > 0 ? a : b;
  return { version: a.version, inclusive: tie === 'narrow' ? a.inclusive && b.inclusive : a.inclusive || b.inclusive };
}

/** Sorts and merges overlapping or touching intervals, so equal sets get equal alternatives. */
function union(intervals: readonly Interval[]): readonly Interval[] {
  const sorted = [...intervals].sort((a, b) => {
    if (!a.lower || !b.lower) return a.lower ? 1 : b.lower ? -1 : 0;
    return compareVersions(a.lower.version, b.lower.version) || Number(b.lower.inclusive) - Number(a.lower.inclusive);
  });
  const out: Interval[] = [];
  for (const next of sorted) {
    const last = out.at(-1);
    if (last && touches(last, next)) {
      // The merged upper bound is the looser one; an absent (unbounded) one wins outright.
      const upper = last.upper && next.upper ? pick(last.upper, next.upper, 1, 'widen') : undefined;
      out[out.length - 1] = { ...(last.lower && { lower: last.lower }), ...(upper && { upper }) };
    } else {
      out.push(next);
    }
  }
  return out;
}

/** Whether `next` (starting at or after `last`) overlaps or abuts it, e.g. `<8.2` and `>=8.2`. */
function touches(last: Interval, next: Interval): boolean {
  if (!last.upper || !next.lower) return true;
  const d = compareVersions(next.lower.version, last.upper.version);
  return d < 0 || (d === 0 && (last.upper.inclusive || next.lower.inclusive));
}

function describeInterval({ lower, upper }: Interval): string {
  if (!lower && !upper) return 'any version';
  if (lower && upper && lower.inclusive && upper.inclusive && compareVersions(lower.version, upper.version) === 0) {
    return formatVersion(lower.version);
  }
  const parts: string[] = [];
  if (lower) parts.push(`${lower.inclusive ? '>=' : '>'}${formatVersion(lower.version)}`);
  if (upper) parts.push(`${upper.inclusive ? '<=' : '<'}${formatVersion(upper.version)}`);
  return parts.join(' ');
}
