import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);

// data/node-policy.json
var node_policy_default = JSON.parse('{"$comment":"Hand-maintained policy for Node.js versions (platform docs, nodejs-start.txt and changelog). Releases and checksums live in node-releases.json.","defaultLine":24,"supportedLines":{"22":"LTS","24":"LTS","26":"Current"},"bundledNpmMajor":{"10":6,"11":6,"12":6,"13":6,"14":6,"15":7,"16":8,"17":8,"18":10,"19":9,"20":10,"21":10,"22":10,"23":10,"24":11,"25":11,"26":11,"$comment":"npm major bundled with each Node.js major; used when Node comes from the npm registry fallback, which ships node without npm."},"brokenReleases":{"$comment":"Releases with a known regression that breaks builds; the build warns and names the fix.","22.5.0":"it crashes npm and other tools (\\"FATAL ERROR: v8::Object::GetCreationContextChecked No creation context available\\", npm \\"Exit handler never called\\"). Node.js 22.5.1 fixes it: use \\"engines\\": {\\"node\\": \\"22.x\\"} (or \\">=22.5.1 <23\\") rather than pinning 22.5.0."},"stacks":{"scalingo-22":{"deprecated":"The scalingo-22 stack is deprecated and will be discontinued on June 1, 2027. Migrate the app to scalingo-24 or scalingo-26."},"scalingo-24":{},"scalingo-26":{}},"defaultStack":"scalingo-26"}');

export {
  node_policy_default
};
