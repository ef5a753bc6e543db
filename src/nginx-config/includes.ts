/**
 * Build-time check of an app's nginx-includes (server scope) against the generated
 * server block. nginx refuses, with "duplicate location", two prefix locations for the
 * same URI (`^~` counts as prefix) and two exact (`=`) ones — and it would say so at
 * boot, when nothing can be fixed. Regex and named locations may repeat (the first
 * matching regex wins), so they are not clashes. (All checked with nginx 1.22 -t.)
 */
import { generatedLocations, type FrameworkId } from './frameworks.js';

type Kind = 'exact' | 'prefix' | 'regex' | 'named';

interface FoundLocation {
  readonly kind: Kind;
  readonly name: string;
  /** As written, for messages: `location = /x`. */
  readonly display: string;
}

interface Token {
  readonly text: string;
  /** `;`, `{` and `}` outside quotes: the structure of the file. */
  readonly special: boolean;
}

/** nginx's lexer, as far as structure goes: comments, quoted strings, `;` `{` `}`. */
export function tokenizeNginx(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (c === ';' || c === '{' || c === '}') {
      tokens.push({ text: c, special: true });
      i++;
    } else if (c === '"' || c === "'") {
      let v = '';
      for (i++; i < text.length && text[i] !== c; i++) v += text[i] === '\\' && i + 1 < text.length ? text[++i] : text[i];
      tokens.push({ text: v, special: false });
      i++;
    } else {
      let v = '';
      // `${name}` keeps its braces inside a word, as in nginx.
      while (i < text.length && (!/[\s;{}]/.test(text[i]!) || (text[i] === '{' && text[i - 1] === '$'))) {
        if (text[i] === '{') {
          const end = text.indexOf('}', i);
          const stop = end < 0 ? text.length : end + 1;
          v += text.slice(i, stop);
          i = stop;
        } else v += text[i++];
      }
      tokens.push({ text: v, special: false });
    }
  }
  return tokens;
}

function classify(args: readonly string[]): FoundLocation | undefined {
  const display = `location ${args.join(' ')}`;
  if (args.length === 2) {
    const [mod, name] = args as [string, string];
    if (mod === '=') return { kind: 'exact', name, display };
    if (mod === '^~') return { kind: 'prefix', name, display };
    if (mod === '~' || mod === '~*') return { kind: 'regex', name, display };
    return undefined; // nginx rejects it anyway
  }
  const [arg] = args;
  if (args.length !== 1 || arg === undefined) return undefined;
  if (arg.startsWith('=')) return { kind: 'exact', name: arg.slice(1), display };
  if (arg.startsWith('~')) return { kind: 'regex', name: arg.replace(/^~\*?/, ''), display };
  if (arg.startsWith('@')) return { kind: 'named', name: arg, display };
  return { kind: 'prefix', name: arg, display };
}

/** The locations an include defines at its top level (the server scope it is included in). */
export function topLevelLocations(text: string): FoundLocation[] {
  const tokens = tokenizeNginx(text);
  const found: FoundLocation[] = [];
  let depth = 0;
  let statementStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.special) {
      if (t.text === '{') depth++;
      if (t.text === '}') depth = Math.max(0, depth - 1);
      statementStart = true;
      continue;
    }
    if (statementStart && depth === 0 && t.text === 'location') {
      const args: string[] = [];
      while (i + 1 < tokens.length && !tokens[i + 1]!.special) args.push(tokens[++i]!.text);
      const l = classify(args);
      if (l) found.push(l);
    }
    statementStart = false;
  }
  return found;
}

const clashes = (a: FoundLocation, b: FoundLocation) =>
  a.name === b.name && a.kind === b.kind && (a.kind === 'exact' || a.kind === 'prefix');

export function findLocationClashes(
  framework: FrameworkId,
  documentRootIsAppRoot: boolean,
  includes: Array<{ path: string; text: string }>,
): string[] {
  const owners: Array<{ loc: FoundLocation; owner: string }> = generatedLocations(framework, documentRootIsAppRoot).map((l) => ({
    loc: classify(l.modifier === '' ? [l.pattern] : [l.modifier, l.pattern])!,
    owner: `the ${framework} configuration`,
  }));
  const out: string[] = [];
  for (const inc of includes) {
    for (const loc of topLevelLocations(inc.text)) {
      const prior = owners.find((o) => clashes(o.loc, loc));
      if (prior) {
        out.push(prior.owner === inc.path
          ? `${inc.path} defines "${loc.display}" twice`
          : `${inc.path} defines "${loc.display}", which ${prior.owner} already defines`);
      }
      owners.push({ loc, owner: inc.path });
    }
  }
  return out;
}
