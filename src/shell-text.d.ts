/**
 * Runtime shell scripts live as real `.sh` files next to the module that renders them
 * (linted by shellcheck in scripts/test.sh) and are imported as their text: esbuild's
 * `text` loader bundles them (scripts/build.mjs), vitest reads them through the
 * `sh-as-text` plugin (vitest.config.ts).
 */
declare module '*.sh' {
  const text: string;
  export default text;
}
