/**
 * What kind of app is this? Asks each provider in order (src/providers/index.ts); reads
 * only through AppFs so it can be table-tested on an in-memory tree.
 */
import type { AppFs } from '../fs/app-fs.js';
import { PROVIDERS, PROVIDERS_BY_NAME, type Detection } from '../providers/index.js';
import type { AnyProvider, DetectedApp } from '../providers/provider.js';

export type { Detection };

/** The first provider that recognises the app, with its detection; else why none did. */
export async function detectProvider(fs: AppFs): Promise<{ provider: AnyProvider; detection: DetectedApp } | { reason: string }> {
  for (const provider of PROVIDERS) {
    const detection = await provider.detect(fs);
    if (detection !== undefined) return { provider, detection };
  }
  return { reason: await explainNoSignal(fs) };
}

export async function detectApp(fs: AppFs): Promise<Detection> {
  const found = await detectProvider(fs);
  return 'reason' in found ? { kind: 'none', reason: found.reason } : (found.detection as Detection);
}

const SIGNAL_FILES = PROVIDERS_BY_NAME.flatMap((p) => p.signalFiles);

/** "a, b or c" */
const orList = (items: readonly string[]) => items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : items.join('');

/** Why nothing was detected: ignored signal files first, else what the root holds. */
async function explainNoSignal(fs: AppFs): Promise<string> {
  for (const ignoreFile of ['.gitignore', '.slugignore']) {
    const text = await fs.readText(ignoreFile);
    if (text === undefined) continue;
    const patterns = text.split(/\r?\n/).map((l) => l.trim().replace(/^\//, ''));
    const ignored = SIGNAL_FILES.filter((f) => patterns.includes(f));
    if (ignored.length > 0) {
      return `${ignored.join(', ')} ${ignored.length > 1 ? 'are' : 'is'} listed in ${ignoreFile}, so ${ignored.length > 1 ? 'they were' : 'it was'} not deployed; remove ${ignored.length > 1 ? 'them' : 'it'} from ${ignoreFile}`;
    }
  }
  const entries = await fs.readdir('.');
  const shown = entries.slice(0, 12).join(', ') + (entries.length > 12 ? `, … (${entries.length} entries)` : '');
  const base =
    `no ${PROVIDERS_BY_NAME.map((p) => `${orList(p.signalFiles)} (${p.name})`).join(' nor ')} at the root of the app; ` +
    `found: ${entries.length ? shown : 'nothing (the directory is empty)'}`;
  const apps = await findAppsInSubfolders(fs);
  if (apps.length === 0) return base;
  const list = apps.slice(0, SUBFOLDER_LIST).map((a) => `${a.dir}/ (${a.file})`).join(', ') +
    (apps.length > SUBFOLDER_LIST ? `, and ${apps.length - SUBFOLDER_LIST} more` : '');
  return `${base}.\nApps found in subfolders: ${list}. ` +
    `To deploy one of them, set PROJECT_DIR to its folder (e.g. PROJECT_DIR=${apps[0]!.dir}); ` +
    'see https://doc.scalingo.com/platform/app/monorepo';
}

/** Subfolders are searched this deep, through at most this many folders, never through symlinks. */
const SUBFOLDER_DEPTH = 2;
const SUBFOLDER_BUDGET = 200;
const SUBFOLDER_LIST = 5;
const SKIPPED_DIRS = new Set(['node_modules', 'vendor', 'bower_components']);

async function findAppsInSubfolders(fs: AppFs): Promise<Array<{ dir: string; file: string }>> {
  const found: Array<{ dir: string; file: string }> = [];
  const rootReal = await fs.realpath('.');
  let budget = SUBFOLDER_BUDGET;
  const walk = async (rel: string, depth: number): Promise<void> => {
    for (const name of (await fs.readdir(rel || '.').catch(() => [] as string[])).sort()) {
      if (name.startsWith('.') || SKIPPED_DIRS.has(name) || budget <= 0) continue;
      const child = rel ? `${rel}/${name}` : name;
      if (!(await fs.isDirectory(child))) continue;
      budget--;
      // A symlink (or a path through one) resolves elsewhere: not part of this tree.
      if (rootReal === undefined || (await fs.realpath(child)) !== `${rootReal}/${child}`) continue;
      const file = (await Promise.all(PROVIDERS_BY_NAME.map((p) => p.signalFiles[0]).map(async (f) => ((await fs.exists(`${child}/${f}`)) ? f : undefined))))
        .filter((f) => f !== undefined).join(' and ');
      if (file) found.push({ dir: child, file });
      else if (depth < SUBFOLDER_DEPTH) await walk(child, depth + 1);
    }
  };
  await walk('', 1);
  return found;
}
