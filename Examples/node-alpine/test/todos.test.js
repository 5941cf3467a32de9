'use strict';

const test = require('node:test');
const assert = require('node:assert');
const { TodoStore } = require('../src/todos.js');
const { createServer } = require('../src/app.js');

test('store numbers todos from 1 and completes them', () => {
  const store = new TodoStore();
  assert.deepStrictEqual(store.add(' milk '), { id: 1, title: 'milk', done: false });
  assert.strictEqual(store.add('eggs').id, 2);
  assert.strictEqual(store.complete(1).done, true);
  assert.strictEqual(store.complete(9), undefined);
});

test('store rejects an empty title', () => {
  assert.throws(() => new TodoStore().add('   '), RangeError);
});

test('HTTP API adds and lists todos', async () => {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const created = await fetch(`${base}/todos`, { method: 'POST', body: '{"title":"write tests"}' });
    assert.strictEqual(created.status, 201);
    const list = await (await fetch(`${base}/todos`)).json();
    assert.deepStrictEqual(list, [{ id: 1, title: 'write tests', done: false }]);
    const bad = await fetch(`${base}/todos`, { method: 'POST', body: '{"title":""}' });
    assert.strictEqual(bad.status, 400);
    const missing = await fetch(`${base}/todos/7/done`, { method: 'POST' });
    assert.strictEqual(missing.status, 404);
  } finally {
    server.close();
  }
});
