// No folder under src/ imports from a folder that imports it back (directly or through
// others), and no file from a file that imports it back, type imports included: the
// folders and the files form layered graphs, so a module can be understood, tested and
// moved with what lies below it. Files directly in src/ (engine.ts) count as one folder.
import { describe, expect, it } from 'vitest';
import { fileOf, folderCycles, folderOf, importGraph, relativeSpecifiers } from './import-graph.js';

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
