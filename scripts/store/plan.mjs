/**
 * What the store builder will build (pure): the source table and the request in, a
 * list of artifact jobs out, each with the key its build is cached under. Nothing here
 * touches the network or the disk, so `--check` and the tests can ask what a store
 * would hold without building it.
 */
import { createHash } from 'node:crypto';
import { CFLAGS, NGINX, PECL, PREFIX, phpConfigureArgs, phpExpectedModules } from './recipes.mjs';
import { storeErrors } from './errors.mjs';

/**
 * Bump when a step changes what is built from the same sources and flags (a build
 * script, the packing, the layout): every machine then rebuilds once. The configure
 * arguments and the sources are in the key already.
 */
export const BUILDER_VERSION = 1;

/** Bump when scripts/store/composer-phar.php packs differently: only Composer is rebuilt. */
const COMPOSER_PACKER = 2; // 2: every entry's time fixed (the phar was not reproducible)

const TABLE = 'data/php-store-sources.json';
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Validates the source table (untrusted enough: hand-edited) into the shape the rest
 * relies on. Each problem names the row and key.
 */
export function parseSourceTable(doc) {
  const bad = (key, problem) => storeErrors.tableInvalid(TABLE, key, problem);
  if (!doc || typeof doc !== 'object' || doc.schema !== 1) throw bad('schema', 'must be 1');
  if (typeof doc.archive !== 'string' || !/^https?:\/\/.+\/$/.test(doc.archive)) throw bad('archive', 'must be an http(s) URL ending with /');
  const file = (v, at) => {
    if (!v || typeof v.file !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9.+~_-]*$/.test(v.file)) throw bad(`${at}.file`, 'must be a plain file name');
    if (typeof v.sha256 !== 'string' || !HEX64.test(v.sha256)) throw bad(`${at}.sha256`, 'must be 64 lower-case hex chars');
    return v;
  };
  const debian = (v, at) => {
    if (!v || typeof v.package !== 'string' || typeof v.version !== 'string') throw bad(at, 'must name package and version');
    const idx = v.index;
    const ok = idx && ((typeof idx.dsc === 'string' && /^pool\/[^.][^]*\.dsc$/.test(idx.dsc) && !idx.dsc.includes('..')) || (typeof idx.suite === 'string' && /^[a-z0-9-]+$/.test(idx.suite)));
    if (!ok) throw bad(`${at}.index`, 'must be { "dsc": "pool/….dsc" } or { "suite": "<codename>" }');
    return v;
  };
  const row = (r, at, extra = () => {}) => {
    if (typeof r.version !== 'string' || !/^\d+\.\d+\.\d+$/.test(r.version)) throw bad(`${at}.version`, 'must be x.y.z');
    debian(r.debian, `${at}.debian`);
    file(r.orig, `${at}.orig`);
    if (typeof r.orig.dir !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(r.orig.dir)) throw bad(`${at}.orig.dir`, 'must be the top directory of the tarball');
    if (r.upstreamSignature) {
      file(r.upstreamSignature, `${at}.upstreamSignature`);
      file(r.upstreamSignature.keysFrom, `${at}.upstreamSignature.keysFrom`);
    }
    extra(r);
    return r;
  };
  const lines = (list, key) => {
    if (!Array.isArray(list)) throw bad(key, 'must be an array');
    return list.map((r, i) => {
      if (typeof r?.line !== 'string') throw bad(`${key}[${i}].line`, 'must be a string');
      if (r.unavailable !== undefined) {
        if (typeof r.unavailable !== 'string') throw bad(`${key}[${i}].unavailable`, 'must say why');
        return r;
      }
      return row(r, `${key}[${i}]`);
    });
  };
  const php = lines(doc.php, 'php');
  const nginx = lines(doc.nginx, 'nginx');
  const composer = lines(doc.composer, 'composer');
  for (const [i, c] of composer.entries()) {
    if (!Array.isArray(c.libraries?.packages) || !c.libraries.packages.every((p) => typeof p === 'string' && /^[a-z0-9][a-z0-9.+-]+$/.test(p))) {
      throw bad(`composer[${i}].libraries.packages`, 'must list Debian package names');
    }
  }
  if (!Array.isArray(doc.extensions)) throw bad('extensions', 'must be an array');
  const extensions = doc.extensions.map((e, i) =>
    row(e, `extensions[${i}]`, () => {
      if (!PECL[e.name]) throw bad(`extensions[${i}].name`, `has no recipe in scripts/store/recipes.mjs (PECL): ${JSON.stringify(e.name)}`);
      if (!Array.isArray(e.php) || !e.php.every((l) => typeof l === 'string')) throw bad(`extensions[${i}].php`, 'must list PHP lines');
      if (e.after !== undefined && (!Array.isArray(e.after) || !e.after.every((n) => doc.extensions.some((o) => o.name === n)))) {
        throw bad(`extensions[${i}].after`, 'must name extensions of this table');
      }
    }),
  );
  return { archive: doc.archive, php, nginx, composer, extensions };
}

const hash = (value) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** The files of a row the builder downloads: the orig, and for PHP the upstream signature and its keys. */
export function sourceFiles(row) {
  const files = [{ file: row.orig.file, sha256: row.orig.sha256 }];
  if (row.upstreamSignature) {
    files.push({ file: row.upstreamSignature.file, sha256: row.upstreamSignature.sha256 });
    files.push({ file: row.upstreamSignature.keysFrom.file, sha256: row.upstreamSignature.keysFrom.sha256 });
  }
  return files;
}

/**
 * @param {ReturnType<typeof parseSourceTable>} table
 * @param {{ php: string[] | 'all', nginx: string | 'newest', composer: string | 'newest', extensions?: string[] | 'all' }} request
 * @param {{ stack: string, arch: string, composerLibraries?: Record<string, string> }} machine
 */
export function planStore(table, request, machine) {
  const unavailable = [];
  const jobs = [];

  const phpRows = table.php.filter((r) => request.php === 'all' || request.php.includes(r.line));
  if (request.php !== 'all') {
    for (const line of request.php) if (!table.php.some((r) => r.line === line)) throw storeErrors.usage(`--php ${line}: the table knows no PHP ${line} (it has ${table.php.map((r) => r.line).join(', ')})`);
  }
  if (Array.isArray(request.extensions)) {
    for (const name of request.extensions) if (!table.extensions.some((e) => e.name === name)) throw storeErrors.usage(`--extensions ${name}: the table has no such extension (it has ${table.extensions.map((e) => e.name).join(', ')})`);
  }
  for (const row of phpRows) {
    if (row.unavailable) {
      unavailable.push({ name: 'php', line: row.line, reason: row.unavailable });
      continue;
    }
    const forLine = table.extensions.filter((e) => e.php.includes(row.line));
    // A requested extension brings the ones it is built on (redis → igbinary).
    const wanted = new Set(request.extensions === undefined || request.extensions === 'all' ? forLine.map((e) => e.name) : request.extensions);
    for (let grew = true; grew; ) {
      grew = false;
      for (const e of forLine) {
        if (!wanted.has(e.name)) continue;
        for (const a of e.after ?? []) {
          if (wanted.has(a) || !forLine.some((o) => o.name === a)) continue;
          wanted.add(a);
          grew = true;
        }
      }
    }
    const exts = forLine
      .filter((e) => wanted.has(e.name))
      .map((e) => ({ name: e.name, version: e.version, row: e, configure: PECL[e.name], after: (e.after ?? []).filter((a) => forLine.some((o) => o.name === a)) }));
    const configure = phpConfigureArgs(row.line);
    const expected = phpExpectedModules(row.line);
    const keyed = {
      builder: BUILDER_VERSION, stack: machine.stack, arch: machine.arch, name: 'php', version: row.version, sha256: row.orig.sha256, configure, cflags: CFLAGS,
      extensions: exts.map((e) => ({ name: e.name, version: e.version, sha256: e.row.orig.sha256, configure: e.configure, after: e.after })),
    };
    jobs.push({ id: `php-${row.version}`, name: 'php', line: row.line, version: row.version, row, configure, expected, extensions: exts, key: hash(keyed) });
  }

  const pick = (rows, name, wanted) => {
    const usable = rows.filter((r) => !r.unavailable);
    for (const r of rows.filter((x) => x.unavailable)) unavailable.push({ name, line: r.line, reason: r.unavailable });
    if (wanted === 'newest') return usable.sort((a, b) => compareVersions(b.version, a.version));
    const found = usable.filter((r) => r.line === wanted || r.version === wanted);
    if (!found.length) throw storeErrors.usage(`--${name} ${wanted}: the table has no such ${name} (it has ${usable.map((r) => r.version).join(', ')})`);
    return found;
  };

  // nginx and Composer: one of each, the newest whose source is served (the executor
  // tries the candidates in this order and records the ones it had to skip).
  const nginxCandidates = pick(table.nginx, 'nginx', request.nginx).map((row) => ({
    id: `nginx-${row.version}`, name: 'nginx', line: row.line, version: row.version, row, configure: NGINX,
    key: hash({ builder: BUILDER_VERSION, stack: machine.stack, arch: machine.arch, name: 'nginx', version: row.version, sha256: row.orig.sha256, configure: NGINX, cflags: CFLAGS }),
  }));
  const composerCandidates = pick(table.composer, 'composer', request.composer).map((row) => ({
    id: `composer-${row.version}`, name: 'composer', line: row.line, version: row.version, row,
    libraries: row.libraries.packages,
    key: hash({ builder: BUILDER_VERSION, packer: COMPOSER_PACKER, name: 'composer', version: row.version, sha256: row.orig.sha256, libraries: row.libraries.packages.map((p) => `${p}=${machine.composerLibraries?.[p] ?? '?'}`) }),
  }));
  return { jobs, choices: [{ name: 'nginx', candidates: nginxCandidates }, { name: 'composer', candidates: composerCandidates }], unavailable };
}

export function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The stack name of this machine from /etc/os-release (ID-VERSION_ID: debian-12, ubuntu-24.04). */
export function stackFromOsRelease(text) {
  const field = (k) => {
    const m = new RegExp(`^${k}=(.*)$`, 'm').exec(text);
    return m ? m[1].trim().replace(/^"(.*)"$/, '$1') : undefined;
  };
  const id = field('ID');
  const version = field('VERSION_ID');
  if (!id || !version || !/^[a-z0-9.]+$/.test(id) || !/^[0-9.]+$/.test(version)) return undefined;
  return `${id}-${version}`;
}

export { PREFIX };
