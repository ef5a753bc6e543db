/**
 * The store builder's one error type: a stable id, what happened, and what to do. The
 * CLI prints these without a stack trace; anything else is a bug of the builder and is
 * printed with one.
 */
export class StoreError extends Error {
  /**
   * @param {string} id stable, `store/…`
   * @param {string} title one line
   * @param {string} fix what the user does about it
   */
  constructor(id, title, fix) {
    super(`${title}\n${fix}`);
    this.id = id;
    this.title = title;
    this.fix = fix;
  }

  render() {
    return `error ${this.id}: ${this.title}\n${this.fix}`;
  }
}

export const storeErrors = {
  notServed: (url, status) =>
    new StoreError('store/not-served', `${url} is not served (HTTP ${status})`, 'This source is listed by Debian but not served to this network. Pick a version whose tarball is served (scripts/build-store.mjs --probe lists them) in data/php-store-sources.json.'),
  unreachable: (url, cause) =>
    new StoreError('store/unreachable', `Could not download ${url}: ${cause}`, 'Check the network (the builder needs Debian\'s archive, deb.debian.org, or the mirror given with --archive) and run the builder again.'),
  keyringMissing: (what, paths, pkg) =>
    new StoreError('store/keyring-missing', `No keyring to check ${what}: none of ${paths.join(', ')} exists`, `Install it: apt-get install -y --no-install-recommends ${pkg} (scripts/install-system-deps.sh does).`),
  badSignature: (file, detail) =>
    new StoreError('store/bad-signature', `The signature of ${file} does not verify: ${detail}`, 'Nothing of this source was used. The index may have been tampered with on the way, or signed by a key your keyring does not have: update debian-keyring / debian-archive-keyring and run the builder again; if it persists, report it.'),
  notInIndex: (file, where) =>
    new StoreError('store/not-in-index', `${file} is not listed by ${where}`, 'The signed index does not vouch for this file, so it is not used. The suite may have moved on to another version: update the row in data/php-store-sources.json from the current index.'),
  tableDisagrees: (file, pinned, signed, where) =>
    new StoreError('store/pinned-sha256-differs', `data/php-store-sources.json pins ${file} to sha256 ${pinned}, but ${where} lists ${signed}`, 'Nothing was downloaded. Either the table was edited by mistake or the index changed: compare with the signed index and fix the row.'),
  sha256Mismatch: (file, got, want, where) =>
    new StoreError('store/sha256-mismatch', `${file} has sha256 ${got}, but ${where} lists ${want}`, 'The tarball was deleted without being extracted or run. A proxy or mirror served a different file: retry later or from another mirror (--archive); never pin the served hash instead.'),
  sizeMismatch: (file, got, want, where) =>
    new StoreError('store/size-mismatch', `${file} is ${got} bytes, but ${where} lists ${want}`, 'The tarball was deleted without being extracted or run. Retry the builder; if it persists, the mirror serves a different file.'),
  buildFailed: (step, log, tail) =>
    new StoreError('store/build-failed', `${step} failed (full log: ${log})`, `The last lines:\n${tail}\nA missing build dependency is the usual cause: run scripts/install-system-deps.sh (as root), then the builder again.`),
  checkFailed: (artifact, detail) =>
    new StoreError('store/artifact-check-failed', `The ${artifact} artifact just built fails its check: ${detail}`, 'It was not added to the store. Fix the recipe (scripts/store/recipes.mjs) or the missing library, then run the builder again.'),
  usage: (message) => new StoreError('store/usage', message, 'Run scripts/build-store.mjs --help for the options.'),
  tableInvalid: (file, key, problem) => new StoreError('store/table-invalid', `${file}: ${key} ${problem}`, 'Fix that row of the table.'),
  incomplete: (missing) =>
    new StoreError('store/not-built', `The store is not built on this machine yet: ${missing.join(', ')}`, 'Build it once (it is reused afterwards): node scripts/build-store.mjs (about 30-60 minutes on 2 cores; scripts/test.sh does it).'),
};
