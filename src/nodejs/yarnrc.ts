/**
 * The few .yarnrc.yml settings the plan needs (Yarn 2+), read without a YAML parser:
 * flat scalar keys, and one string list in block (`- a`) or flow (`["a", "b"]`) style.
 * Pure. Anything more exotic is left to Yarn itself, which reads the whole file.
 */

/** A top-level scalar key (`nodeLinker: pnp`, `cacheFolder: "./cache"`). */
export function readYarnrcScalar(yarnrc: string | undefined, key: string): string | undefined {
  if (yarnrc === undefined) return undefined;
  const m = new RegExp(`^${key}:[ \\t]*["']?([^"'#\\r\\n]*?)["']?[ \\t]*(?:#.*)?$`, 'm').exec(yarnrc);
  const value = m?.[1]?.trim();
  return value ? value : undefined;
}

/** A top-level list of strings (`pnpIgnorePatterns:`); [] when absent. */
export function readYarnrcList(yarnrc: string | undefined, key: string): string[] {
  if (yarnrc === undefined) return [];
  const lines = yarnrc.split(/\r?\n/);
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (at < 0) return [];
  const unquote = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, '$2');
  const inline = lines[at]!.slice(key.length + 1).replace(/\s+#.*$/, '').trim();
  if (inline.startsWith('[')) {
    return inline.replace(/^\[|\]$/g, '').split(',').map(unquote).filter((s) => s !== '');
  }
  if (inline !== '') return [unquote(inline)];
  const out: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const m = /^\s+-\s+(.*?)\s*(?:\s#.*)?$/.exec(line);
    if (m) out.push(unquote(m[1]!));
    else if (line.trim() === '' || /^\s+#/.test(line)) continue;
    else break;
  }
  return out;
}
