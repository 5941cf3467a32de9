'use strict';

// The build: every module under src/ is syntax-checked and copied to dist/, and
// dist/build-info.json records what was built. Plain Node, no dependencies, so
// `npm run build` works with no registry.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

const files = fs.readdirSync(src).filter((f) => f.endsWith('.js')).sort();
for (const file of files) {
  const from = path.join(src, file);
  const check = spawnSync(process.execPath, ['--check', from], { encoding: 'utf8' });
  if (check.status !== 0) {
    process.stderr.write(check.stderr);
    process.exit(1);
  }
  fs.copyFileSync(from, path.join(dist, file));
}
const info = { name: pkg.name, version: pkg.version, files, node: process.version };
fs.writeFileSync(path.join(dist, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);
console.log(`built ${files.length} modules into dist/`);
