import test from 'node:test';
import assert from 'node:assert/strict';
import { createApp, listenOnLoopback } from './app.js';
import { createStore } from './store.js';

const fixedClock = (): Date => new Date('2024-05-01T12:00:00Z');

test('store trims text, numbers notes from 1 and stamps them', () => {
  const store = createStore(fixedClock);
  assert.deepEqual(store.add('  first '), { id: 1, text: 'first', createdAt: '2024-05-01T12:00:00.000Z' });
  assert.equal(store.add('second').id, 2);
  assert.equal(store.remove(1), true);
  assert.equal(store.get(1), undefined);
  assert.throws(() => store.add('   '), RangeError);
});

test('HTTP API creates, reads and deletes notes', async () => {
  const server = createApp(createStore(fixedClock));
  const base = await listenOnLoopback(server);
  try {
    const created = await fetch(`${base}/notes`, { method: 'POST', body: '{"text":"hello"}' });
    assert.equal(created.status, 201);
    assert.deepEqual(await (await fetch(`${base}/notes/1`)).json(),
      { id: 1, text: 'hello', createdAt: '2024-05-01T12:00:00.000Z' });
    assert.equal((await fetch(`${base}/notes`, { method: 'POST', body: '{"txt":1}' })).status, 400);
    assert.equal((await fetch(`${base}/notes/1`, { method: 'DELETE' })).status, 200);
    assert.equal((await fetch(`${base}/notes/1`)).status, 404);
  } finally {
    server.close();
  }
});
