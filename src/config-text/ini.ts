/**
 * Reading PHP ini values, shared by the code that interprets a setting the app chose
 * (post_max_size for nginx, memory_limit for PHP-FPM's sizing).
 */

/**
 * The literal a value stands for when it is one quoted string (`"75M"` → `75M`), for code
 * that interprets a setting (post_max_size, memory_limit). Unquoted text is returned as
 * is; constants and `${NAME}` are not evaluated.
 */
export function unquoteIniValue(value: string): string {
  if (/^'[^']*'$/.test(value)) return value.slice(1, -1);
  if (/^"(?:[^"\\]|\\[\s\S])*"$/.test(value)) return value.slice(1, -1).replace(/\\([\s\S])/g, (_, c: string) => (c === '"' || c === '\\' || c === '$' ? c : `\\${c}`));
  return value;
}
