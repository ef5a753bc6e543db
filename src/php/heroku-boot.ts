/**
 * Procfiles written for Heroku start the app with `heroku-php-nginx` or
 * `heroku-php-apache2` (Heroku's boot scripts, from its buildpack or the
 * heroku/heroku-buildpack-php Composer package: `vendor/bin/heroku-php-apache2 public/`).
 * Neither exists in this engine's slug. Their arguments say what this engine's
 * composer.json settings say, so the plan maps them: the DOCUMENT_ROOT argument, `-C`
 * (nginx include in the server block, as extra.paas.nginx-includes), `-F` (PHP-FPM pool
 * include, as php-fpm-includes), `-i` (an ini file, loaded after php.ini as a php-include),
 * `-l` (a log file to stream, as log-files). The rest has no equivalent and is reported:
 * `-c` / `-f` (whole nginx / PHP-FPM configs), Apache's .htaccess files, includes ending in
 * `.php` (Heroku renders those with PHP first). `-p` / `-v` / `-t` change nothing here.
 *
 * Pure: the command text in, a description out.
 */

export type HerokuBootScript = 'heroku-php-nginx' | 'heroku-php-apache2';

export interface HerokuBoot {
  readonly script: HerokuBootScript;
  /** The word that runs it: the bare name (found on PATH) or a path such as vendor/bin/heroku-php-nginx. */
  readonly invokedAs: string;
  readonly documentRoot?: string;
  readonly nginxIncludes: readonly string[];
  readonly phpFpmIncludes: readonly string[];
  readonly phpIncludes: readonly string[];
  readonly logFiles: readonly string[];
  /** What could not be mapped, each with why ("-c conf/nginx.conf: a whole nginx configuration"). */
  readonly notMapped: readonly string[];
}

const OPERATORS = new Set([';', '&&', '||', '|', '&']);

/** Words and operators of a simple shell command line; undefined for what it cannot read (unclosed quote). */
function words(command: string): string[] | undefined {
  const out: string[] = [];
  let cur: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (c === "'" || c === '"') {
      const end = command.indexOf(c, i + 1);
      if (end === -1) return undefined;
      cur = (cur ?? '') + command.slice(i + 1, end);
      i = end;
    } else if (c === ' ' || c === '\t') {
      if (cur !== undefined) out.push(cur);
      cur = undefined;
    } else if (c === ';' || c === '|' || c === '&') {
      if (cur !== undefined) out.push(cur);
      cur = undefined;
      const two = command.slice(i, i + 2);
      if (two === '&&' || two === '||') {
        out.push(two);
        i++;
      } else out.push(c);
    } else cur = (cur ?? '') + c;
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

const WITH_VALUE: Readonly<Record<string, string>> = { C: 'C', c: 'c', F: 'F', f: 'f', i: 'i', l: 'l', p: 'p' };
const FLAGS = new Set(['-h', '--help', '-t', '--test', '-tt', '-ttt', '-tttt', '-v', '--verbose']);

/** The heroku-php-* invocation in a Procfile command, or undefined when there is none. */
export function parseHerokuBoot(command: string): HerokuBoot | undefined {
  const w = words(command);
  if (!w) return undefined;
  const at = w.findIndex((x) => /(?:^|\/)heroku-php-(?:nginx|apache2)$/.test(x));
  if (at === -1) return undefined;
  const invokedAs = w[at]!;
  const script = invokedAs.endsWith('nginx') ? 'heroku-php-nginx' : 'heroku-php-apache2';
  const args: string[] = [];
  for (const x of w.slice(at + 1)) {
    if (OPERATORS.has(x)) break;
    args.push(x);
  }
  const boot = { nginxIncludes: [] as string[], phpFpmIncludes: [] as string[], phpIncludes: [] as string[], logFiles: [] as string[], notMapped: [] as string[] };
  let documentRoot: string | undefined;
  if (script === 'heroku-php-apache2') {
    boot.notMapped.push("Apache's .htaccess files (this platform serves with nginx: port their rules to an extra.paas.nginx-includes file)");
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (FLAGS.has(a)) continue;
    const opt = /^-([A-Za-z])(.*)$/.exec(a);
    if (opt) {
      const letter = WITH_VALUE[opt[1]!];
      if (!letter) {
        boot.notMapped.push(`${a}: not an option of ${script}`);
        continue;
      }
      const value = opt[2] !== '' ? opt[2]! : args[++i];
      if (value === undefined) {
        boot.notMapped.push(`${a}: no value follows it`);
        continue;
      }
      const shown = `-${letter} ${value}`;
      const php = value.endsWith('.php');
      if (letter === 'p') continue; // the port: PORT is the platform's.
      else if (letter === 'C' && script === 'heroku-php-nginx' && !php) boot.nginxIncludes.push(value);
      else if (letter === 'C') boot.notMapped.push(`${shown}: ${php ? 'a PHP-rendered include' : 'an Apache include'}, which this engine cannot load (write a plain nginx include in extra.paas.nginx-includes)`);
      else if (letter === 'F' && !php) boot.phpFpmIncludes.push(value);
      else if (letter === 'F') boot.notMapped.push(`${shown}: a PHP-rendered include (write a plain one in extra.paas.php-fpm-includes)`);
      else if (letter === 'i' && !php) boot.phpIncludes.push(value);
      else if (letter === 'l') boot.logFiles.push(value);
      else if (letter === 'c') boot.notMapped.push(`${shown}: a whole ${script === 'heroku-php-nginx' ? 'nginx' : 'Apache'} configuration (this engine generates it: use extra.paas.nginx-includes and nginx-http-includes)`);
      else if (letter === 'f') boot.notMapped.push(`${shown}: a whole PHP-FPM configuration (this engine generates it: use extra.paas.php-fpm-config or php-fpm-includes)`);
      else boot.notMapped.push(`${shown}: a PHP-rendered php.ini (use extra.paas.php-config or php-includes)`);
      continue;
    }
    if (documentRoot === undefined) documentRoot = a;
    else boot.notMapped.push(`${a}: a second document root`);
  }
  return { script, invokedAs, ...(documentRoot !== undefined ? { documentRoot } : {}), ...boot };
}
