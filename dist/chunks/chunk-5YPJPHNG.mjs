import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);

// src/release/procfile.ts
function parseProcfile(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z0-9_-]+):\s*(.+?)\s*$/.exec(line);
    if (m && !(m[1] in out)) out[m[1]] = m[2];
  }
  return out;
}
function renderReleaseYaml(processTypes, configVars = {}) {
  const lines = ["---", "addons: []"];
  const vars = Object.entries(configVars);
  if (vars.length) {
    lines.push("config_vars:");
    for (const [k, v] of vars) lines.push(`  ${k}: ${JSON.stringify(v)}`);
  }
  const types = Object.entries(processTypes);
  if (types.length) {
    lines.push("default_process_types:");
    for (const [k, v] of types) lines.push(`  ${k}: ${JSON.stringify(v)}`);
  } else {
    lines.push("default_process_types: {}");
  }
  return lines.join("\n") + "\n";
}

export {
  parseProcfile,
  renderReleaseYaml
};
