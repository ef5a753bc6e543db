/** The fixture apps (fixtures/NAME): each has a plan snapshot and a cold and a warm build log. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export const FIXTURE_NAMES: readonly string[] = fs.readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory()).map((d) => d.name).sort();
