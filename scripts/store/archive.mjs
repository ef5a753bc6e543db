/**
 * Reading Debian's signed indexes (pure: text in, values out). The store builder trusts a
 * source tarball only through one of two signed documents:
 *
 *  - a `.dsc` (the source package's own description, OpenPGP-signed by the Debian
 *    developer who uploaded it), whose Checksums-Sha256 lists the orig tarball; or
 *  - a suite's `InRelease` (signed by the archive's automatic key), whose SHA256 list
 *    gives the hash of `main/source/Sources.xz`, whose stanza for the package lists the
 *    orig tarball.
 *
 * Only the text gpgv printed as signed is ever parsed here (gpgv --output), never the
 * file as downloaded: a line added outside the signature cannot reach a checksum table.
 */

/**
 * deb822 paragraphs (Debian control syntax): `Field: value` lines, continuation lines
 * starting with a space, paragraphs separated by blank lines. Field names compare
 * case-insensitively (Debian policy 5.1), so keys are lower-cased.
 * @param {string} text
 * @returns {Array<Map<string, string>>}
 */
export function parseDeb822(text) {
  const paragraphs = [];
  let current = new Map();
  let last;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (current.size) paragraphs.push(current);
      current = new Map();
      last = undefined;
      continue;
    }
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (last === undefined) throw new Error(`continuation line before any field: ${JSON.stringify(line.slice(0, 80))}`);
      current.set(last, `${current.get(last)}\n${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`not a "Field: value" line: ${JSON.stringify(line.slice(0, 80))}`);
    last = line.slice(0, colon).toLowerCase();
    current.set(last, line.slice(colon + 1).trim());
  }
  if (current.size) paragraphs.push(current);
  return paragraphs;
}

/**
 * A checksum field's lines (`<hex> <size> <name>`) as name → { sha256, size }. A
 * malformed line is an error, not skipped: a table we half-read could miss the very
 * file we look for and make "not listed" look like the cause.
 * @param {string | undefined} value
 * @returns {Map<string, { sha256: string, size: number }>}
 */
export function parseChecksums(value) {
  const out = new Map();
  for (const line of (value ?? '').split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^([0-9a-f]{64})\s+(\d+)\s+(\S+)$/.exec(line);
    if (!m) throw new Error(`malformed Checksums-Sha256 line: ${JSON.stringify(line.slice(0, 120))}`);
    out.set(m[3], { sha256: m[1], size: Number(m[2]) });
  }
  return out;
}

/**
 * The files a signed `.dsc` vouches for.
 * @param {string} signedText what gpgv printed as signed
 */
export function dscChecksums(signedText) {
  const [para] = parseDeb822(signedText);
  if (!para || !para.has('checksums-sha256')) throw new Error('the .dsc has no Checksums-Sha256 field');
  return { source: para.get('source'), version: para.get('version'), files: parseChecksums(para.get('checksums-sha256')) };
}

/**
 * The SHA256 table of a signed InRelease: path (relative to dists/<suite>/) →
 * { sha256, size }. The MD5Sum and SHA1 tables beside it are ignored.
 * @param {string} signedText
 */
export function releaseChecksums(signedText) {
  const [para] = parseDeb822(signedText);
  if (!para || !para.has('sha256')) throw new Error('the Release file has no SHA256 field');
  return { suite: para.get('suite'), codename: para.get('codename'), date: para.get('date'), files: parseChecksums(para.get('sha256')) };
}

/**
 * The stanza of `pkg` at Debian version `version` in a Sources index, or undefined.
 * @param {string} sourcesText decompressed Sources, already checked against the Release
 * @param {string} pkg
 * @param {string} version
 */
export function findSourceStanza(sourcesText, pkg, version) {
  // Paragraphs are parsed one at a time: the index of a suite is ~60 MB of text, and
  // the one we want is found without building a Map per package of the archive.
  let start = 0;
  while (start < sourcesText.length) {
    let end = sourcesText.indexOf('\n\n', start);
    if (end === -1) end = sourcesText.length;
    const chunk = sourcesText.slice(start, end);
    start = end + 2;
    if (!chunk.startsWith(`Package: ${pkg}\n`)) continue;
    const [para] = parseDeb822(chunk);
    if (para?.get('version') !== version) continue;
    return { directory: para.get('directory'), files: parseChecksums(para.get('checksums-sha256')) };
  }
  return undefined;
}

/**
 * gpgv's --status-fd lines, reduced to what decides trust: the fingerprints of good
 * signatures and whether any signature was bad. A signature by a key missing from the
 * keyring (ERRSIG/NO_PUBKEY, common on an InRelease signed by several archive keys) is
 * neither: it is enough that one listed key signed and no signature is bad. A key that
 * has expired since (EXPKEYSIG, still followed by VALIDSIG) signed while it was valid:
 * Debian's keyring keeps such keys precisely so old uploads stay verifiable.
 * @param {string} status
 */
export function signatureVerdict(status) {
  const valid = [];
  let bad = false;
  for (const line of status.split('\n')) {
    const m = /^\[GNUPG:\] (\S+)\s*(.*)$/.exec(line.trim());
    if (!m) continue;
    if (m[1] === 'VALIDSIG') valid.push(m[2].split(' ')[0]);
    if (m[1] === 'BADSIG' || m[1] === 'REVKEYSIG') bad = true;
  }
  return { valid, bad, ok: valid.length > 0 && !bad };
}
