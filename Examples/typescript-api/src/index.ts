import { createApp, listenOnLoopback } from './app.js';

const port: number = Number(process.env.PORT ?? 3000);

/** Serves on a loopback port, calls the API once, prints the answers and exits. */
async function selfTest(): Promise<void> {
  const server = createApp();
  const base = await listenOnLoopback(server);
  try {
    const health: unknown = await (await fetch(`${base}/healthz`)).json();
    const created = await fetch(`${base}/notes`, { method: 'POST', body: '{"text":"from the container"}' });
    if (created.status !== 201) {
      throw new Error(`POST /notes: status ${created.status}`);
    }
    console.log(`healthz -> ${JSON.stringify(health)}; POST /notes -> ${JSON.stringify(await created.json())}`);
  } finally {
    server.close();
  }
}

if (process.env.SELFTEST === '1' || process.argv.includes('--selftest')) {
  selfTest().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
} else {
  createApp().listen(port, () => console.log(`listening on ${port}`));
}
