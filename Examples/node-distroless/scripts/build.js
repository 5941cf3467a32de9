'use strict';

// The build: data/quotes.txt is parsed and validated into dist/quotes.json, and
// the modules under src/ are syntax-checked and copied to dist/. Plain Node, so
// it runs with no registry. The distroless stage copies dist/ as its whole app.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { parseQuotes } = require('../src/quotes.js');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

const quotes = parseQuotes(fs.readFileSync(path.join(root, 'data', 'quotes.txt'), 'utf8'));
if (quotes.length === 0) {
  throw new Error('data/quotes.txt holds no quotes');
}
fs.writeFileSync(path.join(dist, 'quotes.json'), JSON.stringify(quotes));

const modules = fs.readdirSync(path.join(root, 'src')).filter((f) => f.endsWith('.js')).sort();
for (const file of modules) {
  const from = path.join(root, 'src', file);
  const check = spawnSync(process.execPath, ['--check', from], { encoding: 'utf8' });
  if (check.status !== 0) {
    process.stderr.write(check.stderr);
    process.exit(1);
  }
  fs.copyFileSync(from, path.join(dist, file));
}
console.log(`built ${modules.length} modules and ${quotes.length} quotes into dist/`);
