/** The config-var listing: one line per variable, whatever the value holds. */
import { describe, expect, it } from 'vitest';
import { BuildLog, escapeControls, logConfigVars } from '../../src/log/build-log.js';

describe('config var listing', () => {
  it('escapes line breaks and control characters so a value cannot pose as log lines', () => {
    let out = '';
    const log = new BuildLog({ out: (t) => (out += t), err: (t) => (out += t) });
    logConfigVars(log, { GREETING: 'hi\n-----> Build succeeded\r\n !     Error id: fake', COLOR: '\u001b[31mred\u2028x', PLAIN: 'a b' });
    const lines = out.split('\n');
    expect(lines.filter((l) => l.startsWith('-----> '))).toEqual(['-----> Config vars passed to the build']);
    expect(out).toContain('GREETING=hi\\n-----> Build succeeded\\r\\n !     Error id: fake\n');
    expect(out).toContain('COLOR=\\x1b[31mred\\u2028x\n');
    expect(out).toContain('PLAIN=a b\n');
    expect(out).not.toContain('\u001b');
  });

  it('escapeControls leaves printable text alone', () => {
    expect(escapeControls('postgres://[hidden]@db/x é 日本')).toBe('postgres://[hidden]@db/x é 日本');
    expect(escapeControls('\t\u0000\u007f\u0085')).toBe('\\t\\x00\\x7f\\x85');
  });
});
