import { describe, expect, it } from 'vitest';
import { parseReleaseFile, renderReleaseFile } from '../../src/release/release-file.js';

describe('.scalingo/release.json', () => {
  it('reads back what compile writes', () => {
    const types = { web: 'npm start', worker: 'node "w k.js"' };
    expect(parseReleaseFile(renderReleaseFile(types))).toEqual({ processTypes: types });
    expect(parseReleaseFile(renderReleaseFile({}))).toEqual({ processTypes: {} });
  });
  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['no processTypes', '{"web":"x"}', /no "processTypes" object/],
    ['an array', '[]', /no "processTypes" object/],
    ['processTypes an array', '{"processTypes":["x"]}', /no "processTypes" object/],
    ['a command not a string', '{"processTypes":{"web":1}}', /"web" is not a name with a non-empty command/],
    ['an empty command', '{"processTypes":{"web":" "}}', /"web"/],
    ['a name YAML would misread', '{"processTypes":{"web: x\\nworker":"y"}}', /is not a name/],
  ])('refuses %s', (_what, text, problem) => {
    const r = parseReleaseFile(text);
    expect('problem' in r && r.problem).toMatch(problem);
  });
  it('a process type named __proto__ stays a process type', () => {
    const r = parseReleaseFile('{"processTypes":{"__proto__":"x"}}');
    expect('processTypes' in r && Object.entries(r.processTypes)).toEqual([['__proto__', 'x']]);
  });
});
