/**
 * Issue 14, "Data and scale": Scale Telecom's 7,000 accounts (2,000 customers, 5,000 sub-accounts)
 * on the reference server on PGlite.
 * 1. <tk-sub-account-list> in Chromium: 7 name searches typed a key every 120 ms; the median ms
 *    from the last keystroke to the painted tree (the list's typing pause, SEARCH_PAUSE_MS, included).
 * 2. The server alone: the same subtree search request at 100 requests per second, paced evenly
 *    (one every 10 ms, not bursts) for 20 s from a child process (so the pacer never waits on the
 *    server's event loop, which PGlite shares); p50, p99 and max of every request's latency.
 */
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { SCALE_RESELLER_ID } from '../src/api/memory/demo-data.js';
import { at, startBenchServer, typeQueries } from './lib/typing.js';

const QUERIES = ['alpen', 'dental', 'bakery', 'berlin', 'paris', 'cedar', 'budapest'];
const GAP_MS = 120;
const RATE = 100;
const SECONDS = 20;

interface PaceJob {
  urls: string[];
  token: string;
}

/** The child: one GET every 1000/RATE ms on a keep-alive socket, latency from the slot it was due in. */
async function pace({ urls, token }: PaceJob): Promise<{ latencies: number[]; failures: number }> {
  const agent = new Agent({ keepAlive: true });
  const latencies: number[] = [];
  let failures = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now() + 50;
  for (let i = 0; i < RATE * SECONDS; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      new Promise<void>((resolve) => {
        const req = request(
          urls[i % urls.length]!,
          { agent, headers: { Authorization: `Bearer ${token}` } },
          (res) => {
            res.resume();
            res.on('end', () => {
              if (res.statusCode === 200) latencies.push(performance.now() - due);
              else failures++;
              resolve();
            });
          },
        );
        req.on('error', () => {
          failures++;
          resolve();
        });
        req.end();
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return { latencies, failures };
}

if (process.argv.includes('--pacer')) {
  process.once('message', (job: PaceJob) => {
    void pace(job).then((result) => process.send!(result, () => process.exit(0)));
  });
} else {
  const server = await startBenchServer();
  const { base, db } = server;
  const token = await server.signIn('reseller@scale.example');
  const [{ n }] = await db.query<{ n: number }>(
    `WITH RECURSIVE t AS (SELECT id FROM accounts WHERE parent_id = $1
       UNION ALL SELECT a.id FROM accounts a JOIN t ON a.parent_id = t.id) SELECT count(*)::int AS n FROM t`,
    [SCALE_RESELLER_ID],
  );

  const times = await typeQueries(server, {
    element: 'tk-sub-account-list',
    token,
    queries: QUERIES,
    gapMs: GAP_MS,
  });
  console.log(
    `Search by name in <tk-sub-account-list>, Scale Telecom (${n} accounts below it), reference server on PGlite, ${QUERIES.length} queries typed a key every ${GAP_MS} ms:`,
  );
  console.log(
    `  last keystroke → painted tree: median ${at(times, 0.5).toFixed(0)} ms (all: ${times.map((t) => t.toFixed(0)).join(', ')})`,
  );

  // The query the list sends for a search: the whole subtree, by name, first page.
  const urls = QUERIES.map(
    (q) =>
      `${base}/api/accounts/${SCALE_RESELLER_ID}/children?q=${q}&include=descendants&sort=name&offset=0&limit=25`,
  );
  const child = fork(fileURLToPath(import.meta.url), ['--pacer'], { execArgv: ['--import', 'tsx'] });
  const result = await new Promise<{ latencies: number[]; failures: number }>((resolve) => {
    child.once('message', (m) => resolve(m as { latencies: number[]; failures: number }));
    child.send({ urls, token } satisfies PaceJob);
  });
  const l = result.latencies;
  console.log(
    `The same subtree search on the server alone, ${RATE} req/s paced evenly for ${SECONDS} s (${l.length} ok, ${result.failures} failed):`,
  );
  console.log(
    `  p50 ${at(l, 0.5).toFixed(1)} ms, p99 ${at(l, 0.99).toFixed(1)} ms, max ${Math.max(...l).toFixed(1)} ms`,
  );
  await server.close();
}
