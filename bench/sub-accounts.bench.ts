/**
 * Issue 14, "Data and scale": Scale Telecom's 7,000 accounts (2,000 customers, 5,000 sub-accounts)
 * on the reference server on PGlite.
 * 1. <tk-sub-account-list> in Chromium: 7 name searches typed a key every 120 ms; the median ms
 *    from the last keystroke to the painted tree (the list's typing pause, SEARCH_PAUSE_MS, included).
 * 2. The server alone: the same subtree search request at 100 requests per second, paced evenly
 *    (one every 10 ms, not bursts) for 20 s from a child process (so the pacer never waits on the
 *    server's event loop, which PGlite shares); p50, p99 and max of every request's latency.
 */
import { SCALE_RESELLER_ID } from '../src/api/memory/demo-data.js';
import { paced } from './lib/paced.js';
import { at } from './lib/stats.js';
import { startBenchServer, typeQueries } from './lib/typing.js';

const QUERIES = ['alpen', 'dental', 'bakery', 'berlin', 'paris', 'cedar', 'budapest'];
const GAP_MS = 120;
const RATE = 100;
const SECONDS = 20;

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
const result = await paced({ urls, token, rate: RATE, seconds: SECONDS });
const l = result.latencies;
console.log(
  `The same subtree search on the server alone, ${RATE} req/s paced evenly for ${SECONDS} s (${l.length} ok, ${result.failures} failed):`,
);
console.log(
  `  p50 ${at(l, 0.5).toFixed(1)} ms, p99 ${at(l, 0.99).toFixed(1)} ms, max ${Math.max(...l).toFixed(1)} ms`,
);
await server.close();
