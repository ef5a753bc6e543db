import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { findSpecialFiles, specialFilesProblem } from '../../src/fs/special-files.js';
import { fsPath } from '../../src/fs/byte-names.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

async function tree(): Promise<string> {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), 'special-'));
  dirs.push(d);
  for (const sub of ['resources/js', 'node_modules/pkg', 'packages/a/node_modules/b', 'vendor/x', '.git', '.scalingo/php-app/run']) await fs.mkdir(path.join(d, sub), { recursive: true });
  await fs.writeFile(path.join(d, 'resources/js/app.js'), '');
  return d;
}

describe('findSpecialFiles', () => {
  it("names named pipes and sockets, even with a non-UTF-8 name; not in node_modules, vendor, .git or the engine's .scalingo", async () => {
    const d = await tree();
    for (const rel of ['pipe', 'resources/js/pipe', 'node_modules/pkg/pipe', 'packages/a/node_modules/b/pipe', 'vendor/x/pipe', '.git/pipe', '.scalingo/php-app/run/output.fifo']) {
      execFileSync('mkfifo', [path.join(d, rel)]);
    }
    const odd = `${d}/resources/caf\udce9`;
    execFileSync('sh', ['-c', `mkfifo "$(printf '${d}/resources/caf\\351')"`]);
    const server = net.createServer();
    await new Promise<void>((ok) => server.listen(path.join(d, 'resources/sock'), ok));
    try {
      const { found, complete } = await findSpecialFiles(d);
      expect(complete).toBe(true);
      expect(found.map((f) => `${f.rel} ${f.kind}`).sort()).toEqual(['pipe named pipe', 'resources/caf\udce9 named pipe', 'resources/js/pipe named pipe', 'resources/sock socket']);
      expect(await fs.lstat(fsPath(odd)).then((s) => s.isFIFO())).toBe(true);
      const problem = specialFilesProblem(found);
      expect(problem?.id).toBe('engine/special-files');
      expect(problem?.message).toContain('resources/caf\\xe9 (named pipe)');
      expect(problem?.message).toContain('remove them from the repository');
    } finally {
      server.close();
    }
  });

  it('stops after the bound, saying the walk is incomplete; an app with none gets no warning', async () => {
    const d = await tree();
    expect(await findSpecialFiles(d)).toEqual({ found: [], complete: true });
    expect(specialFilesProblem([])).toBeUndefined();
    expect((await findSpecialFiles(d, 2)).complete).toBe(false);
  });

  it('lists five, then how many in all', () => {
    const found = Array.from({ length: 7 }, (_, i) => ({ rel: `p${i}`, kind: 'named pipe' as const }));
    expect(specialFilesProblem(found)?.message).toContain('p4 (named pipe), … (7 in all).');
  });
});
