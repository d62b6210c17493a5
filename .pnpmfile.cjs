// Native addons (better-sqlite3, used by examples/server) are built with node-gyp,
// which downloads Node's headers from nodejs.org unless it is told where they are.
// This machine has no route there, but Node's own headers are installed beside it
// (<prefix>/include/node). Point node-gyp at them when they match the running Node.
// An npm_config_nodedir already set in the environment wins.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function localNodeDir() {
  if (process.env.npm_config_nodedir) return undefined;
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  try {
    const header = fs.readFileSync(path.join(prefix, 'include', 'node', 'node_version.h'), 'utf8');
    const part = (name) => (new RegExp(`#define NODE_${name}_VERSION (\\d+)`).exec(header) || [])[1];
    const version = `${part('MAJOR')}.${part('MINOR')}.${part('PATCH')}`;
    return version === process.versions.node ? prefix : undefined;
  } catch {
    return undefined;
  }
}

module.exports = {
  hooks: {
    updateConfig(config) {
      const nodedir = localNodeDir();
      if (nodedir) config.extraEnv = { ...(config.extraEnv || {}), npm_config_nodedir: nodedir };
      return config;
    },
  },
};
