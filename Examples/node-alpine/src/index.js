'use strict';

const { createServer } = require('./app.js');

const port = Number(process.env.PORT || 3000);

/** Serve on a loopback port, call the API once, print the answers, exit. */
async function selfTest() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const health = await fetchJson(`${base}/healthz`);
    const added = await fetchJson(`${base}/todos`, { method: 'POST', body: '{"title":"ship it"}' });
    console.log(`healthz -> ${JSON.stringify(health)}; POST /todos -> ${JSON.stringify(added)}`);
  } finally {
    server.close();
  }
}

async function fetchJson(url, options) {
  const res = await fetch(url, options);
  if (!res.ok) {
    throw new Error(`${url}: status ${res.status}`);
  }
  return res.json();
}

if (process.env.SELFTEST === '1' || process.argv.includes('--selftest')) {
  selfTest().catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else {
  createServer().listen(port, () => console.log(`listening on ${port} (${process.env.NODE_ENV || 'development'})`));
}
