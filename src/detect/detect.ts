/**
 * What kind of app is this? Reads only through AppFs so it can be table-tested on an
 * in-memory tree. PHP signals win over Node ones: a PHP app with a package.json is a
 * PHP app that also gets a Node build (php.md §9).
 */
import type { AppFs } from '../fs/app-fs.js';

export type Detection =
  | { readonly kind: 'nodejs'; readonly label: string; readonly meteor: boolean }
  | { readonly kind: 'php'; readonly label: string; readonly signal: string; readonly alsoNode: boolean }
  | { readonly kind: 'none'; readonly reason: string };

const SIGNAL_FILES = ['package.json', 'composer.json', 'composer.lock', 'index.php'];

export async function detectApp(fs: AppFs): Promise<Detection> {
  const [pkg, lock, composer, index, meteor] = await Promise.all([
    fs.exists('package.json'),
    fs.exists('composer.lock'),
    fs.exists('composer.json'),
    fs.exists('index.php'),
    fs.isDirectory('.meteor'),
  ]);
  const alsoNode = pkg;
  // php.md §1: the label says whether Composer is involved; a lone composer.lock is
  // detected (the platform docs promise it) and compile explains what is missing.
  if (composer) return { kind: 'php', label: 'PHP (composer.json)', signal: 'composer.json', alsoNode };
  if (lock) return { kind: 'php', label: 'PHP (classic)', signal: 'composer.lock', alsoNode };
  if (index) return { kind: 'php', label: 'PHP (classic)', signal: 'index.php', alsoNode };
  if (meteor) return { kind: 'nodejs', label: 'Node.js (Meteor)', meteor: true };
  if (pkg) return { kind: 'nodejs', label: 'Node.js', meteor: false };
  return { kind: 'none', reason: await explainNoSignal(fs) };
}

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
    'no package.json (Node.js) nor composer.json, composer.lock or index.php (PHP) at the root of the app; ' +
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
      const file = (await Promise.all(['package.json', 'composer.json'].map(async (f) => ((await fs.exists(`${child}/${f}`)) ? f : undefined))))
        .filter((f) => f !== undefined).join(' and ');
      if (file) found.push({ dir: child, file });
      else if (depth < SUBFOLDER_DEPTH) await walk(child, depth + 1);
    }
  };
  await walk('', 1);
  return found;
}
