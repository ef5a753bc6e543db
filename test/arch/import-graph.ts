/** The import graph of src/ (relative specifiers, type imports included), by folder or by file. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SRC = path.resolve(__dirname, '../../src');
const ROOT = '(src)';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

export function folderOf(file: string): string | undefined {
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
export function fileOf(file: string): string | undefined {
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
