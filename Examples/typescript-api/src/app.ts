import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createStore } from './store.js';
import type { NoteStore } from './store.js';

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', reject);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function parseText(raw: string): string {
  const parsed: unknown = JSON.parse(raw.length > 0 ? raw : '{}');
  const text: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'text') : undefined;
  if (typeof text !== 'string') {
    throw new RangeError('body must be {"text": string}');
  }
  return text;
}

/** GET /healthz, GET /notes, POST /notes {text}, GET and DELETE /notes/:id. */
export function createApp(store: NoteStore = createStore()): Server {
  return createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const one = url.pathname.match(/^\/notes\/(\d+)$/);
    try {
      if (url.pathname === '/healthz') {
        send(res, 200, { status: 'ok' });
      } else if (url.pathname === '/notes' && req.method === 'GET') {
        send(res, 200, store.list());
      } else if (url.pathname === '/notes' && req.method === 'POST') {
        send(res, 201, store.add(parseText(await readBody(req))));
      } else if (one !== null && req.method === 'GET') {
        const note = store.get(Number(one[1]));
        send(res, note === undefined ? 404 : 200, note ?? { error: 'no such note' });
      } else if (one !== null && req.method === 'DELETE') {
        const removed = store.remove(Number(one[1]));
        send(res, removed ? 200 : 404, { removed });
      } else {
        send(res, 404, { error: 'not found' });
      }
    } catch (err) {
      send(res, 400, { error: err instanceof Error ? err.message : String(err) });
    }
  });
}

/** Starts `server` on an ephemeral loopback port and returns its base URL. */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('server is not listening on a TCP port');
  }
  return `http://127.0.0.1:${address.port}`;
}
