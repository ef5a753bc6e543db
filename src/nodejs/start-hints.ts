/**
 * Build-time hint for a start command that needs a devDependency: the
 * prune removes devDependencies after the build, so `nest start` with @nestjs/cli in
 * devDependencies fails at boot (`nest: not found`). Pure: reads the command text and
 * package.json only.
 */
import type { Problem } from '../errors/build-error.js';
import type { PackageJson } from './package-json.js';

/** Commands whose package is named otherwise (the rest: a package named like its command). */
const BIN_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  nest: ['@nestjs/cli'],
  ng: ['@angular/cli'],
  tsc: ['typescript'],
  'babel-node': ['@babel/node'],
  'remix-serve': ['@remix-run/serve'],
  'react-router-serve': ['@react-router/serve'],
  'svelte-kit': ['@sveltejs/kit'],
  nuxi: ['nuxi', 'nuxt'],
  'ts-node-dev': ['ts-node-dev'],
  vue: ['@vue/cli'],
  'vue-cli-service': ['@vue/cli-service'],
};

/** Words that run the next word as a command. */
const WRAPPERS = new Set(['npx', 'exec', 'env', 'cross-env', 'dotenv', 'time', 'nohup']);

/** The command words of a shell command line: the first word of each segment, and what wrappers run. */
export function commandWords(line: string): string[] {
  const out: string[] = [];
  for (const segment of line.split(/&&|\|\||[;|&]/)) {
    const words = segment.trim().split(/\s+/).filter((w) => w !== '');
    for (const word of words) {
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || word.startsWith('-')) continue; // VAR=value, options
      out.push(word.replace(/^\.\/node_modules\/\.bin\//, ''));
      if (!WRAPPERS.has(word)) break;
    }
  }
  return out;
}

export function startNeedsDevDependency(pkg: PackageJson, web: { command: string; source: string } | undefined): Problem[] {
  if (web === undefined) return [];
  const line = web.command === 'npm start' ? pkg.scripts.start : web.command;
  if (line === undefined) return [];
  const problems: Problem[] = [];
  for (const word of new Set(commandWords(line))) {
    const candidates = BIN_PACKAGES[word] ?? [word];
    const dev = candidates.find((p) => pkg.devDependencies[p] !== undefined && pkg.dependencies[p] === undefined);
    if (dev === undefined || candidates.some((p) => pkg.dependencies[p] !== undefined)) continue;
    problems.push({
      id: 'nodejs/start-needs-dev-dependency',
      message:
        `The web process (${web.source}: ${line}) runs \`${word}\`, which comes from ${dev}, a devDependency: ` +
        'devDependencies are pruned after the build, so the app would fail at boot with `' + word + ': not found`.\n' +
        `Move ${dev} to dependencies, or start the built app with node (e.g. "start": "node dist/main.js").`,
    });
  }
  return problems;
}

/**
 * Scripts named for starting the app (start:prod, prod:startserver, serve, production),
 * those that say prod first; not start:dev and the like, nor pre/post hooks of others.
 */
const START_LIKE = /start|serve|^prod(?:uction)?$/i;
const NOT_FOR_PRODUCTION = /dev|debug|watch|test|local|hot|inspect|^pre|^post/i;
/** What `node <file>` runs as it is: JavaScript (a TypeScript main needs its build or a loader). */
const RUNS_WITH_NODE = /^[\w./@-]+\.(?:js|cjs|mjs)$/;

/**
 * How an app without a start command could start, from what it has: a start-like script
 * (start:prod, serve…), else package.json's `main` when it is a JavaScript file in the
 * app, else a placeholder. Never a file or script that is not there.
 */
export function suggestStart(pkg: PackageJson, mainIsFile: boolean): string {
  const scripts = Object.entries(pkg.scripts)
    .filter(([name, line]) => name !== 'start' && START_LIKE.test(name) && !NOT_FOR_PRODUCTION.test(name) && line.trim() !== '')
    .sort(([a], [b]) => Number(/prod/i.test(b)) - Number(/prod/i.test(a)));
  const [script] = scripts;
  if (script) {
    const [name, line] = script;
    return `package.json has a ${name} script (${line}): to start the app with it, add "start": ${JSON.stringify(line.trim())} to its scripts ` +
      `(or a Procfile with \`web: npm run ${name}\`).`;
  }
  const main = pkg.main !== undefined && mainIsFile && RUNS_WITH_NODE.test(pkg.main) ? pkg.main.replace(/^\.\//, '') : undefined;
  const typescript = main === undefined && pkg.main !== undefined && mainIsFile && /\.[cm]?tsx?$/.test(pkg.main)
    ? ` package.json main is ${pkg.main}, TypeScript: compile it in a build script (tsc) and start the compiled .js file.` : '';
  return `Add "scripts": {"start": "node ${main ?? '<your server file>'}"} to package.json (or a Procfile with \`web: <command>\`).${typescript}`;
}
