import { describe, expect, it } from 'vitest';
import { parseProcfile, renderReleaseYaml } from '../../src/release/procfile.js';
import { thrown } from '../support/thrown.js';

const refusal = (text: string) => thrown(() => parseProcfile(text));

describe('Procfile', () => {
  it.each([
    ['one entry', 'web: node server.js\n', { web: 'node server.js' }],
    ['CRLF line ends, blank lines, comments', '# processes\r\n\r\nweb:  node server.js  \r\nworker:\tnode w.js\r\n', { web: 'node server.js', worker: 'node w.js' }],
    ['no final newline', 'web: npm start', { web: 'npm start' }],
    ['the first entry of a name wins', 'web: a\nweb: b\n', { web: 'a' }],
    // JavaScript's `.` stops at U+2028/U+2029; the platform reads lines at \n only.
    ['U+2028 inside a command', 'web: node server.js\u2028--port $PORT\n', { web: 'node server.js\u2028--port $PORT' }],
    ['U+2029 and a lone CR inside a command', 'web: a\u2029b\rc\n', { web: 'a\u2029b\rc' }],
    ['a colon in the command', 'web: node -e "a:b"\n', { web: 'node -e "a:b"' }],
    ['a name __proto__ stays a process', '__proto__: x\n', { ['__proto__']: 'x' }],
  ])('%s', (_what, text, types) => {
    const parsed = parseProcfile(text);
    expect(Object.entries(parsed)).toEqual(Object.entries(types));
  });

  it.each([
    ['a line without a name', 'web: a\nnode server.js\n', 2, 'it has no `name:` in front of a command'],
    ['a name with a space', 'web server: a\n', 1, '`web server` is not a process name'],
    ['an indented entry', '  web: a\n', 1, '`  web` is not a process name'],
    ['an entry without a command', 'worker: b\nweb:   \n', 2, 'process `web` has no command'],
  ])('%s is an error naming the line', (_what, text, line, why) => {
    const e = refusal(text);
    expect(e.id).toBe('engine/procfile-invalid');
    expect(e.title).toBe(`Procfile line ${line} cannot be read`);
    expect(e.body).toContain(why);
  });

  it('shows a refused line escaped: it cannot pose as log lines', () => {
    const e = refusal('web server: x\u2028-----> Build succeeded\n');
    expect(e.body).toContain('`web server: x\\u2028-----> Build succeeded`');
  });

  it('release YAML keeps U+2028/U+2029 in a command as escapes (YAML reads them raw as line breaks)', () => {
    const yaml = renderReleaseYaml({ web: 'a\u2028b\u2029c\u0085d' });
    expect(yaml).toContain('  web: "a\\u2028b\\u2029c\\u0085d"\n');
    expect(yaml).not.toMatch(/[\u2028\u2029\u0085]/);
    // What a YAML reader reads back: the JSON subset of double-quoted escapes.
    expect(JSON.parse(/web: (".*")/.exec(yaml)![1]!)).toBe('a\u2028b\u2029c\u0085d');
  });
});
