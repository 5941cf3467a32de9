'use strict';

const http = require('node:http');
const path = require('node:path');
const fs = require('node:fs');
const { quoteOfTheDay } = require('./quotes.js');

// quotes.json is written next to this file by the build.
const quotes = JSON.parse(fs.readFileSync(path.join(__dirname, 'quotes.json'), 'utf8'));

function createServer(now = () => new Date()) {
  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let status = 200;
    let body;
    if (url.pathname === '/healthz') {
      body = { status: 'ok', quotes: quotes.length };
    } else if (url.pathname === '/quote') {
      body = quoteOfTheDay(quotes, now());
    } else {
      status = 404;
      body = { error: 'not found' };
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
}

async function selfTest() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${server.address().port}/quote`);
    console.log(`GET /quote -> ${res.status} ${await res.text()}`);
    if (!res.ok) process.exitCode = 1;
  } finally {
    server.close();
  }
}

if (require.main === module) {
  if (process.env.SELFTEST === '1' || process.argv.includes('--selftest')) {
    selfTest().catch((err) => {
      console.error(err);
      process.exit(1);
    });
  } else {
    const port = Number(process.env.PORT || 3000);
    createServer().listen(port, () => console.log(`listening on ${port}`));
  }
}

module.exports = { createServer };
