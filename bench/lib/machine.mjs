import { readFileSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';

export function machine() {
  let model = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) model = m[1].trim();
  } catch {}
  return {
    cpu: model,
    cores: os.cpus().length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** Installed versions of packages, resolved from the bench package. */
export function versions(names, fromDir) {
  const require = createRequire(`${fromDir}/package.json`);
  const out = {};
  for (const n of names) {
    try {
      out[n] = require(`${n}/package.json`).version;
    } catch {
      try {
        // Packages whose exports hide package.json: walk up from the entry.
        const entry = require.resolve(n);
        const idx = entry.lastIndexOf(`/node_modules/${n}/`);
        out[n] = JSON.parse(readFileSync(`${entry.slice(0, idx)}/node_modules/${n}/package.json`, 'utf8')).version;
      } catch {
        out[n] = '?';
      }
    }
  }
  return out;
}
