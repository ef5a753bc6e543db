/**
 * Whether dependency caches from the previous build may be reused: a pure comparison
 * of what the cache was built with against what this build uses.
 */
export const CACHE_LAYOUT_VERSION = 1;

export interface CacheSignature {
  readonly layout: number;
  readonly stack: string;
  /** Runtime and package-manager versions, e.g. { node: '24.18.0', npm: '11.6.2' }. */
  readonly tools: Readonly<Record<string, string>>;
}

/** Keep, or invalidate with every difference said (`reason`: them all, joined for the log). */
export type CacheDecision =
  | { readonly action: 'keep' }
  | { readonly action: 'invalidate'; readonly reasons: readonly string[]; readonly reason: string };

export function compareSignatures(previous: CacheSignature | undefined, current: CacheSignature): CacheDecision {
  if (!previous) return invalidate(['no previous build cache']);
  const reasons: string[] = [];
  if (previous.layout !== current.layout) reasons.push(`cache layout changed (${previous.layout} → ${current.layout})`);
  if (previous.stack !== current.stack) reasons.push(`stack changed (${previous.stack} → ${current.stack})`);
  for (const [tool, version] of Object.entries(current.tools)) {
    const before = previous.tools[tool];
    if (before !== version) reasons.push(`${tool} version changed (${before ?? 'none'} → ${version})`);
  }
  for (const tool of Object.keys(previous.tools)) {
    if (!(tool in current.tools)) reasons.push(`${tool} is no longer used`);
  }
  return reasons.length > 0 ? invalidate(reasons) : { action: 'keep' };
}

function invalidate(reasons: readonly string[]): CacheDecision {
  return { action: 'invalidate', reasons, reason: reasons.join('; ') };
}

/** Reads a signature file's JSON; anything malformed counts as "no signature". */
export function parseSignature(text: string | undefined): CacheSignature | undefined {
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text) as Partial<CacheSignature>;
    if (typeof v.layout !== 'number' || typeof v.stack !== 'string' || typeof v.tools !== 'object' || v.tools === null) {
      return undefined;
    }
    const tools: Record<string, string> = {};
    for (const [k, val] of Object.entries(v.tools)) if (typeof val === 'string') tools[k] = val;
    return { layout: v.layout, stack: v.stack, tools };
  } catch {
    return undefined;
  }
}
