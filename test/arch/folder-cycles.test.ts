// No folder under src/ imports from a folder that imports it back (directly or through
// others), and no file from a file that imports it back, type imports included: the
// folders and the files form layered graphs, so a module can be understood, tested and
// moved with what lies below it. Files directly in src/ (engine.ts) count as one folder.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');
const ROOT = '(src)';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function folderOf(file: string): string | undefined {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined; // outside src/ (data/)
  const parts = rel.split(path.sep);
  return parts.length === 1 ? ROOT : parts[0];
}

/** `from '…'` and `import('…')` / bare `import '…'` specifiers, relative ones only. */
export function relativeSpecifiers(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;
  for (const m of text.matchAll(re)) out.push(m[2]!);
  return out;
}

/** The module a specifier names inside src/ (`./x.js` is x.ts), as a path relative to src/. */
function fileOf(file: string): string | undefined {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.replace(/\.(m?)js$/, '.$1ts');
}

/** node → nodes it imports (other than itself), with one example import per edge; a node is a folder or a file. */
export function importGraph(nodeOf: (file: string) => string | undefined = folderOf): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SRC)) {
    const from = nodeOf(file)!;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const spec of relativeSpecifiers(fs.readFileSync(file, 'utf8'))) {
      const to = nodeOf(path.resolve(path.dirname(file), spec));
      if (to === undefined || to === from || edges.has(to)) continue;
      edges.set(to, `${path.relative(SRC, file)} imports '${spec}'`);
    }
  }
  return graph;
}

/** Every cycle, as the path of example imports that closes it (Tarjan's strongly connected components). */
export function folderCycles(graph: Map<string, Map<string, string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) components.push(comp.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
  // Name the imports inside each component, so the failure says what to move.
  return components.map((comp) =>
    comp.flatMap((a) => comp.filter((b) => graph.get(a)?.has(b)).map((b) => `${a} → ${b}: ${graph.get(a)!.get(b)}`)),
  );
}

describe('folder import graph of src/', () => {
  it('reads the specifier forms the code uses', () => {
    expect(relativeSpecifiers(`import a from '../x/a.js';\nimport type { B } from "./b.js";\nexport { c } from '../c/c.js';\nconst d = await import('../d/d.js');\nimport '../e/e.js';\nimport * as fs from 'node:fs';`)).toEqual([
      '../x/a.js',
      './b.js',
      '../c/c.js',
      '../d/d.js',
      '../e/e.js',
    ]);
  });

  it('finds a cycle when there is one', () => {
    const g = new Map([
      ['a', new Map([['b', 'a/x.ts imports ../b/y.js']])],
      ['b', new Map([['c', 'b/y.ts imports ../c/z.js']])],
      ['c', new Map([['a', 'c/z.ts imports ../a/x.js']])],
      ['d', new Map([['a', 'd/w.ts imports ../a/x.js']])],
    ]);
    expect(folderCycles(g)).toEqual([
      ['a → b: a/x.ts imports ../b/y.js', 'b → c: b/y.ts imports ../c/z.js', 'c → a: c/z.ts imports ../a/x.js'],
    ]);
  });

  it('has no cycle between folders', () => {
    expect(folderCycles(importGraph(folderOf))).toEqual([]);
  });

  it('has no cycle between files, type imports included', () => {
    const files = importGraph(fileOf);
    expect(files.get('nodejs/plan.ts')?.has('nodejs/package-json.ts'), 'the file graph reads the imports').toBe(true);
    expect(folderCycles(files)).toEqual([]);
  });
});
