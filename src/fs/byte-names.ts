/**
 * File names are bytes. Linux allows any byte but `/` and NUL in a name, and an app's
 * tree can hold names that are not UTF-8 (an archive made on another system, a test
 * fixture). Node reads names as UTF-8 strings by default, turning each invalid byte into
 * U+FFFD: the name read is then another name, one that does not exist.
 *
 * The walks of the app's tree read names as the kernel gives them (Buffers) and carry
 * them as strings in the "surrogateescape" form (Python's PEP 383): the UTF-8 parts of a
 * name decoded, each byte that is not part of valid UTF-8 (always >= 0x80) written as the
 * lone surrogate U+DC00 + byte. The mapping is exact both ways: a name that is UTF-8 is
 * the plain string it always was, no decoded UTF-8 holds a lone surrogate, and JSON keeps
 * lone surrogates (as `\udcXX` escapes), so a manifest keeps every name exactly.
 * `fsPath` gives a path back its bytes for a call into node:fs.
 */
import { escapeControls } from '../log/build-log.js';
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';

/** A name (or path) read as bytes, in surrogateescape form. */
export function nameFromBytes(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const c = bytes[i]!;
    // The length of the sequence a lead byte starts, and the smallest code point it may
    // encode (longer forms of smaller ones are not UTF-8).
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n === 0) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let cp = n === 1 ? c & 0x1f : n === 2 ? c & 0x0f : c & 0x07;
    let ok = n > 0 && i + n < bytes.length;
    for (let k = 1; ok && k <= n; k++) {
      const b = bytes[i + k];
      if (b === undefined || (b & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (b & 0x3f);
    }
    const min = n === 1 ? 0x80 : n === 2 ? 0x800 : 0x10000;
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      out += String.fromCodePoint(cp);
      i += n + 1;
    } else {
      out += String.fromCharCode(0xdc00 + c);
      i++;
    }
  }
  return out;
}

/** The bytes of a surrogateescape name or path (nameFromBytes reversed). */
export function bytesOfName(name: string): Buffer {
  const p = fsPath(name);
  return typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
}

/**
 * The path to give node:fs: the string itself when it holds no escaped byte (nearly
 * always), else its bytes. Stands alone (no reference outside its body): the helper
 * thread runs its source text too (see helper-thread.ts).
 */
export function fsPath(p: string): string | Buffer {
  // A lone low surrogate U+DC80–U+DCFF: an escaped byte (one after a high surrogate is
  // the second half of a character beyond U+FFFF).
  if (!/(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/.test(p)) return p;
  const parts: Buffer[] = [];
  let from = 0;
  for (let i = 0; i < p.length; i++) {
    const u = p.charCodeAt(i);
    if (u < 0xdc80 || u > 0xdcff) continue;
    const before = i > 0 ? p.charCodeAt(i - 1) : 0;
    if (before >= 0xd800 && before <= 0xdbff) continue;
    parts.push(Buffer.from(p.slice(from, i), 'utf8'), Buffer.of(u - 0xdc00));
    from = i + 1;
  }
  parts.push(Buffer.from(p.slice(from), 'utf8'));
  return Buffer.concat(parts);
}

/** The names in a directory, exact (surrogateescape form). */
export async function readNames(dir: string): Promise<string[]> {
  return (await fsp.readdir(fsPath(dir), { encoding: 'buffer' })).map(nameFromBytes);
}

export function readNamesSync(dir: string): string[] {
  return fs.readdirSync(fsPath(dir), { encoding: 'buffer' }).map(nameFromBytes);
}

/** A symbolic link's target, exact (surrogateescape form). */
export async function readLinkText(p: string): Promise<string> {
  return nameFromBytes(await fsp.readlink(fsPath(p), { encoding: 'buffer' }));
}

export function readLinkTextSync(p: string): string {
  return nameFromBytes(fs.readlinkSync(fsPath(p), { encoding: 'buffer' }));
}

/** A name or path as a person reads it in the log: an escaped byte shown as `\xNN`. */
export function shownName(p: string): string {
  return p.replace(/(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16)}`);
}

/** What the log shows of a path or reason: escaped bytes and controls, cut when very long. */
export function shown(text: string, max = 300): string {
  const s = escapeControls(shownName(text));
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
