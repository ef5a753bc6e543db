import { describe, expect, it } from 'vitest';
import { diffTrees, parseTreeEntries, type TreeEntry } from '../../src/cache/tree-entries.js';

const f = (p: string, size = 1) => `f ${p} ${size} 33188 1700000000000\n`;
const d = (p: string, mode = 16877) => `d ${p} ${mode}\n`;
const l = (p: string, target: string) => `l ${p} ${target}\n`;

describe('parseTreeEntries', () => {
  it('reads files, directories and links, spaces in file and directory paths and link targets included', () => {
    const tree = [d('nm'), f('nm/a b.js', 12), l('nm/link', '../x y'), d('nm/p q')];
    expect(parseTreeEntries(tree, { 'nm/a b.js': 'aa' }, ['nm'])).toEqual([
      { kind: 'd', path: 'nm', line: tree[0] },
      { kind: 'f', path: 'nm/a b.js', line: tree[1], sha256: 'aa' },
      { kind: 'l', path: 'nm/link', line: tree[2], target: '../x y' },
      { kind: 'd', path: 'nm/p q', line: tree[3] },
    ]);
  });

  it.each<[string, string[], Record<string, string>, string[]]>([
    ['an entry whose parent is not listed before it', [d('nm'), f('nm/x/a.js')], { 'nm/x/a.js': 'aa' }, ['nm']],
    ['a path leaving its parent', [d('nm'), d('nm/..'), f('nm/../a.js')], { 'nm/../a.js': 'aa' }, ['nm']],
    ['a root leaving the app', [d('../nm')], {}, ['../nm']],
    ['a file without a hash', [d('nm'), f('nm/a.js')], {}, ['nm']],
    // `l nm/my link x`: the link `nm/my` to `link x`, or `nm/my link` to `x` (the whole tree is copied then).
    ['a link line that splits two ways', [d('nm'), l('nm/my link', 'x')], {}, ['nm']],
    ['an unknown line', [d('nm'), 'x nm/a\n'], {}, ['nm']],
    ['a line without its fields', [d('nm'), 'f nm/a.js 1\n'], {}, ['nm']],
  ])('%s: unusable', (_what, tree, sha, roots) => {
    expect(parseTreeEntries(tree, sha, roots)).toBeUndefined();
  });
});

function entries(lines: string[], sha: Record<string, string>, roots: string[]): TreeEntry[] {
  return parseTreeEntries(lines, sha, roots)!;
}

describe('diffTrees', () => {
  const base = entries(
    [d('nm'), f('nm/.lock', 5), d('nm/dev'), f('nm/dev/a.js'), d('nm/dev/lib'), f('nm/dev/lib/b.js'), d('nm/prod'), f('nm/prod/c.js')],
    { 'nm/.lock': 'l1', 'nm/dev/a.js': 'a', 'nm/dev/lib/b.js': 'b', 'nm/prod/c.js': 'c' }, ['nm'],
  );

  it.each<[string, string[], Record<string, string>, string[], string[], string[]]>([
    ['a prune: a package goes (topmost path only), a rewritten lock file is replaced',
      [d('nm'), f('nm/.lock', 3), d('nm/prod'), f('nm/prod/c.js')], { 'nm/.lock': 'l2', 'nm/prod/c.js': 'c' }, ['nm'],
      ['nm/.lock', 'nm/dev'], ['nm/.lock']],
    ['the same tree: nothing to do',
      [d('nm'), f('nm/.lock', 5), d('nm/dev'), f('nm/dev/a.js'), d('nm/dev/lib'), f('nm/dev/lib/b.js'), d('nm/prod'), f('nm/prod/c.js')],
      { 'nm/.lock': 'l1', 'nm/dev/a.js': 'a', 'nm/dev/lib/b.js': 'b', 'nm/prod/c.js': 'c' }, ['nm'], [], []],
    ['same line, other content: replaced',
      [d('nm'), f('nm/.lock', 5), d('nm/prod'), f('nm/prod/c.js')], { 'nm/.lock': 'l1', 'nm/prod/c.js': 'C' }, ['nm'],
      ['nm/dev', 'nm/prod/c.js'], ['nm/prod/c.js']],
    ['a directory of another mode: replaced with what is under it',
      [d('nm'), f('nm/.lock', 5), d('nm/prod', 16832), f('nm/prod/c.js')], { 'nm/.lock': 'l1', 'nm/prod/c.js': 'c' }, ['nm'],
      ['nm/dev', 'nm/prod'], ['nm/prod', 'nm/prod/c.js']],
    ['a root only the target has is created whole, one only the base has goes',
      [d('other'), f('other/x.js')], { 'other/x.js': 'x' }, ['other'],
      ['nm'], ['other', 'other/x.js']],
  ])('%s', (_what, lines, sha, roots, remove, add) => {
    const diff = diffTrees(base, ['nm'], entries(lines, sha, roots), roots)!;
    expect(diff.remove).toEqual(remove);
    expect(diff.add.map((e) => e.path)).toEqual(add);
  });

  it('roots nested in one another do not diff', () => {
    expect(diffTrees(base, ['nm'], entries([d('nm/prod'), f('nm/prod/c.js')], { 'nm/prod/c.js': 'c' }, ['nm/prod']), ['nm/prod'])).toBeUndefined();
  });
});
