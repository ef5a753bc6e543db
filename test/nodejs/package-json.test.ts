import { describe, expect, it } from 'vitest';
import { parsePackageJson } from '../../src/nodejs/package-json.js';

const idOf = (text: string) => {
  try {
    parsePackageJson(text);
    return 'ok';
  } catch (e) {
    return (e as { id: string }).id;
  }
};

describe('parsePackageJson', () => {
  it.each([
    ['{', 'nodejs/package-json-invalid'],
    ['', 'nodejs/package-json-invalid'],
    ['[]', 'nodejs/package-json-not-object'],
    ['"app"', 'nodejs/package-json-not-object'],
    ['null', 'nodejs/package-json-not-object'],
    ['{"engines": "22"}', 'nodejs/package-json-field'],
    ['{"engines": {"node": 22}}', 'nodejs/package-json-field'],
    ['{"engines": {"node": ["22"]}}', 'nodejs/package-json-field'],
    ['{"engines": {"npm": null}}', 'nodejs/package-json-field'],
    ['{"scripts": []}', 'nodejs/package-json-field'],
    ['{"scripts": {"build": 1}}', 'nodejs/package-json-field'],
    ['{"cacheDirectories": "client"}', 'nodejs/package-json-field'],
    ['{"cache_directories": [1]}', 'nodejs/package-json-field'],
    ['{"packageManager": 3}', 'nodejs/package-json-field'],
    ['\uFEFF{"name": "bom"}', 'ok'],
    ['{"engines": {"node": "22.x"}, "scripts": {"build": ""}}', 'ok'],
  ])('%s → %s', (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it('names the key path and the wrong value', () => {
    expect(() => parsePackageJson('{"engines": {"node": 22}}')).toThrowError(
      expect.objectContaining({ title: 'package.json: engines.node must be a string', body: expect.stringContaining('the number 22') }),
    );
  });

  it('keeps absent fields absent and reads both cache keys', () => {
    const p = parsePackageJson('{"cache_directories": ["a"], "scripts": {"start": "node ."}}');
    expect(p.engines).toEqual({ iojs: false });
    expect(p.cacheDirectories).toEqual({ key: 'cache_directories', paths: ['a'] });
    expect(p.scripts.start).toBe('node .');
  });
});
