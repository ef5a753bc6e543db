/**
 * Where a decided value came from, as a tagged value: code asks its `kind` (never compares
 * the words), and `describeSource` is the one place that turns it into the words the
 * log, the plan's JSON and the error messages show.
 */
export type Source =
  /** Nobody asked: `says` words it when plain "default" does not ("default for builds"). */
  | { readonly kind: 'default'; readonly says?: string }
  /** A framework's own default (the symfony default document root). */
  | { readonly kind: 'framework-default'; readonly framework: string }
  /** A file of the app, a key in it, or a part of it: "engines.node in package.json", ".nvmrc", "composer.json (require-dev)". */
  | { readonly kind: 'file'; readonly file: string; readonly key?: string; readonly part?: string }
  /** A config var; without a name, the one the value belongs to ("NODE_ENV: … (config var)"). */
  | { readonly kind: 'config-var'; readonly name?: string }
  /** The platform's environment of the build (STACK). */
  | { readonly kind: 'platform-env'; readonly name: string }
  /** A package locked in composer.lock. */
  | { readonly kind: 'locked-package'; readonly name: string; readonly version: string }
  /** A decision of the engine, with its reason. */
  | { readonly kind: 'rule'; readonly says: string };

/** A decided value together with where it came from, so the log can say why. */
export interface Sourced<T> {
  readonly value: T;
  readonly source: Source;
}

export const defaultSource = (says?: string): Source => (says === undefined ? { kind: 'default' } : { kind: 'default', says });
export const fileSource = (file: string, key?: string): Source => (key === undefined ? { kind: 'file', file } : { kind: 'file', file, key });
export const configVarSource = (name?: string): Source => (name === undefined ? { kind: 'config-var' } : { kind: 'config-var', name });

/** The words for a source, as the log and bin/plan have always shown them. */
export function describeSource(source: Source): string {
  switch (source.kind) {
    case 'default': return source.says ?? 'default';
    case 'framework-default': return `the ${source.framework} default`;
    case 'file': return source.key !== undefined ? `${source.key} in ${source.file}` : source.part !== undefined ? `${source.file} (${source.part})` : source.file;
    case 'config-var': return source.name === undefined ? 'config var' : `${source.name} config var`;
    case 'platform-env': return source.name;
    case 'locked-package': return `${source.name} ${source.version} (composer.lock)`;
    case 'rule': return source.says;
  }
}
