'use strict';

const http = require('node:http');
const { TodoStore } = require('./todos.js');

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('error', reject);
    req.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (err) {
        reject(err);
      }
    });
  });
}

/** Routes: GET /healthz, GET /todos, POST /todos {title}, POST /todos/:id/done. */
function createServer(store = new TodoStore()) {
  return http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      if (req.method === 'GET' && url.pathname === '/healthz') {
        return send(res, 200, { status: 'ok' });
      }
      if (url.pathname === '/todos' && req.method === 'GET') {
        return send(res, 200, store.list());
      }
      if (url.pathname === '/todos' && req.method === 'POST') {
        const body = await readJson(req);
        return send(res, 201, store.add(body.title));
      }
      const done = url.pathname.match(/^\/todos\/(\d+)\/done$/);
      if (done && req.method === 'POST') {
        const todo = store.complete(Number(done[1]));
        return todo ? send(res, 200, todo) : send(res, 404, { error: 'no such todo' });
      }
      return send(res, 404, { error: 'not found' });
    } catch (err) {
      return send(res, 400, { error: err.message });
    }
  });
}

module.exports = { createServer };
