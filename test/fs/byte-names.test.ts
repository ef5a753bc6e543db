import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { bytesOfName, fsPath, nameFromBytes, readLinkText, readNames, shownName } from '../../src/fs/byte-names.js';

describe('names as bytes (surrogateescape)', () => {
  it('every byte string maps to a string and back exactly, through JSON too', () => {
    for (let t = 0; t < 50_000; t++) {
      const bytes = randomBytes(1 + (t % 13));
      const name = nameFromBytes(bytes);
      expect(bytesOfName(name).equals(bytes), bytes.toString('hex')).toBe(true);
      expect(JSON.parse(JSON.stringify(name))).toBe(name);
    }
  });

  it.each([
    ['ASCII', 'index.js'], ['accents', 'héllo'], ['CJK', '日本語'], ['beyond U+FFFF', '😀'],
    // Its low surrogate is U+DC80: a pair, not an escaped byte.
    ['U+10080', '\u{10080}'], ['U+2028 and newline', 'a\u2028b\nc'],
  ])('a UTF-8 name (%s) is the plain string, and passes to node:fs as is', (_what, name) => {
    expect(nameFromBytes(Buffer.from(name, 'utf8'))).toBe(name);
    expect(fsPath(name)).toBe(name);
  });

  it.each([
    ['a lone 0xff', [0x61, 0xff], 'a\udcff'],
    ['a truncated sequence', [0xe6, 0x97], '\udce6\udc97'],
    ['an overlong slash', [0xc0, 0xaf], '\udcc0\udcaf'],
    ['an encoded surrogate (CESU-8)', [0xed, 0xa0, 0x80], '\udced\udca0\udc80'],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], '\udcf4\udc90\udc80\udc80'],
    ['latin-1 between UTF-8', [0xc3, 0xa9, 0xe9, 0xc3, 0xa9], 'é\udce9é'],
  ])('%s: each invalid byte escaped, the valid parts decoded', (_what, bytes, name) => {
    expect(nameFromBytes(Buffer.from(bytes))).toBe(name);
    expect(fsPath(`dir/${name}`)).toEqual(Buffer.concat([Buffer.from('dir/'), Buffer.from(bytes)]));
  });

  it('shows an escaped byte as \\xNN', () => {
    expect(shownName('a\udcff\udcfe/é')).toBe('a\\xff\\xfe/é');
  });

  it('reads and creates names and link targets exactly on a real filesystem', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'byte-names-'));
    try {
      const raw = Buffer.from([0x66, 0xff, 0xfe, 0x2e, 0x6a, 0x73]); // "f\xff\xfe.js"
      await fs.writeFile(Buffer.concat([Buffer.from(`${dir}/`), raw]), 'x');
      const [name] = await readNames(dir);
      expect(name).toBe('f\udcff\udcfe.js');
      expect(await fs.readFile(fsPath(path.join(dir, name!)), 'utf8')).toBe('x');
      await fs.symlink(fsPath(name!), fsPath(path.join(dir, 'link\udce9')));
      expect(await readLinkText(path.join(dir, 'link\udce9'))).toBe(name);
      expect((await fs.readdir(dir, { encoding: 'buffer' })).map((b) => b.toString('hex')).sort())
        .toEqual([raw.toString('hex'), Buffer.from([0x6c, 0x69, 0x6e, 0x6b, 0xe9]).toString('hex')].sort());
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
