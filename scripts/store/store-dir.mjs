/**
 * The store directory a request produces: manifest.json (the artifacts, what each line
 * holds and lacks, and why) and the tarballs, hard links into the artifact cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILDER_VERSION } from './plan.mjs';

/**
 * The store: manifest.json and the artifacts (hard links into the artifact cache) in a
 * directory named after the manifest's hash, so a checkout always reads the store its
 * own request produced, whatever another checkout builds meanwhile. `store` points at
 * the newest.
 */
export async function assembleStore(cache, stack, results, unavailable, heldLines) {
  const artifacts = results.map((r) => {
    const { key: _key, size: _size, ...entry } = r.entry;
    return { ...entry, size: r.entry.size };
  });
  const manifest = {
    schema: 1,
    generatedBy: 'scripts/build-store.mjs',
    builder: BUILDER_VERSION,
    stack,
    about: `Built from verified source on ${osPretty()} (stack ${stack}). Lines held and the ones missing, with why, are listed under "lines".`,
    lines: heldLines(unavailable),
    artifacts,
  };
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const name = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const dir = join(cache, 'stores', name);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const tmp = join(cache, 'stores', `.tmp-${process.pid}`);
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    for (const r of results) {
      const dest = join(tmp, r.entry.path);
      await mkdir(dirname(dest), { recursive: true });
      await link(r.file, dest).catch(() => copyFile(r.file, dest));
    }
    const url = pathToFileURL(`${dir}/`).href;
    await writeFile(join(tmp, 'env'), `PHP_BASE_URL=${url}\nNGINX_BASE_URL=${url}\n`);
    await writeFile(join(tmp, 'manifest.json'), text);
    // --check assembles without the lock: another process may have written the same
    // store (same name, same content) meanwhile.
    await rename(tmp, dir).catch(async (e) => {
      if ((e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST') || !existsSync(join(dir, 'manifest.json'))) throw e;
      await rm(tmp, { recursive: true, force: true });
    });
  }
  const current = join(cache, 'store');
  const tmpLink = `${current}.tmp-${process.pid}`;
  await rm(tmpLink, { force: true });
  await symlink(join('stores', name), tmpLink);
  await rename(tmpLink, current);
  return { dir, manifest };
}

export function osPretty() {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'an unknown OS';
  } catch {
    return 'an unknown OS';
  }
}
