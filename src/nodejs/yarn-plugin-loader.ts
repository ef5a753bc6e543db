/**
 * A Yarn plugin (the `{name, factory}` module Yarn loads from YARN_PLUGINS) that registers
 * `yarn workspaces focus` from the npm package @yarnpkg/plugin-workspace-tools, for a
 * Yarn 3 project that does not import the plugin. The package is the plugin's compiled
 * source, not a loadable bundle: its lib/commands/focus.js requires only @yarnpkg/cli,
 * @yarnpkg/core and clipanion, which Yarn hands its plugins (`factory(require)`), so the
 * loader evaluates that one file with them and nothing else. Pure text generation.
 */
export function renderFocusPluginLoader(pluginName: string): string {
  return `// Written by the build engine: loads \`workspaces focus\` of ${pluginName} (unpacked in ./package).
'use strict';
const fs = require('fs');
const path = require('path');
const PROVIDED_BY_YARN = new Set(['@yarnpkg/cli', '@yarnpkg/core', 'clipanion']);
module.exports = {
  name: ${JSON.stringify(pluginName)},
  factory(yarnRequire) {
    const file = path.join(__dirname, 'package', 'lib', 'commands', 'focus.js');
    const module = { exports: {} };
    const require = (request) => {
      if (PROVIDED_BY_YARN.has(request)) return yarnRequire(request);
      throw new Error(\`workspaces focus of ${pluginName} needs \${request}, which this Yarn does not provide to plugins\`);
    };
    new Function('exports', 'require', 'module', '__filename', '__dirname', fs.readFileSync(file, 'utf8'))(module.exports, require, module, file, path.dirname(file));
    return { commands: [module.exports.default] };
  },
};
`;
}
