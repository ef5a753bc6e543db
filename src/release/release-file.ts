/**
 * `.scalingo/release.json`: the process types compile decided, written at the end of a
 * successful build and read by bin/release (after the Procfile, which always wins).
 * Pure: rendering and parsing only; the engine writes it through writeEngineFile.
 */
import { RELEASE_FILE } from '../layout/layout.js';

export { RELEASE_FILE };
export const RELEASE_FILE_PATH = `${RELEASE_FILE.dir}/${RELEASE_FILE.name}`;

export type ProcessTypes = Readonly<Record<string, string>>;

export function renderReleaseFile(processTypes: ProcessTypes): string {
  return `${JSON.stringify({ processTypes }, null, 2)}\n`;
}

/** The recorded process types, or what is wrong with the file. */
export function parseReleaseFile(text: string): { processTypes: ProcessTypes } | { problem: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { problem: `it is not valid JSON (${(e as Error).message})` };
  }
  const types = (doc as { processTypes?: unknown } | null)?.processTypes;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || typeof types !== 'object' || types === null || Array.isArray(types)) {
    return { problem: 'it has no "processTypes" object' };
  }
  const entries = Object.entries(types);
  for (const [name, command] of entries) {
    if (!/^[A-Za-z0-9_-]+$/.test(name) || typeof command !== 'string' || command.trim() === '') {
      return { problem: `the process type ${JSON.stringify(name)} is not a name with a non-empty command` };
    }
  }
  // fromEntries defines own properties: a process type named __proto__ stays one.
  return { processTypes: Object.fromEntries(entries) as Record<string, string> };
}
