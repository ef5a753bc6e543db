/** The fix for an npm lockfile out of sync with package.json (shared by the manager rows and the failure diagnosis). */

/**
 * The out-of-sync hint names the lockfile the app has: npm-shrinkwrap.json wins over
 * package-lock.json for npm, and a v1 file (npm <= 6) is said to be one, since the
 * npm that installs it may be newer than the one that wrote it.
 */
export function lockfileOutOfSyncHint(lockfile: 'package-lock.json' | 'npm-shrinkwrap.json', text: string | undefined): string {
  let version: unknown;
  try {
    version = text === undefined ? undefined : (JSON.parse(text) as { lockfileVersion?: unknown }).lockfileVersion;
  } catch {
    version = undefined;
  }
  const old = text !== undefined && (version === undefined || version === 1);
  return (
    `${lockfile}${old ? ' (old format: lockfileVersion 1, written by npm 6 or older)' : ''} does not match package.json. ` +
    `Run \`npm install\` locally to update ${lockfile}, commit it, and deploy again.` +
    (lockfile === 'npm-shrinkwrap.json' ? ' (npm reads npm-shrinkwrap.json instead of package-lock.json when both exist.)' : '')
  );
}
