/**
 * Search that keeps up with typing (issue 21), against the reference server on PGlite, in Chromium:
 * <tk-user-manager> on Bulk GmbH (10,000 users) and <tk-resource-list> over the reseller's 50,082
 * SIMs. Types 20 queries key by key (a key every 120 ms) into each and prints the median and p90 ms
 * from the last keystroke to the painted list.
 */
import { BULK_ACCOUNT_ID } from '../src/api/memory/demo-data.js';
import { at } from './lib/stats.js';
import { startBenchServer, typeQueries } from './lib/typing.js';

const QUERIES = [
  'anna',
  'jürgen',
  'müller',
  'zoé',
  'weber',
  'sophie',
  'lukas',
  'camille',
  'felix',
  'nagy',
  'dubois',
  'schmidt',
  'léa',
  'dóra',
  'jonas',
  'kovács',
  'becker',
  'moreau',
  'tóth',
  'laurent',
];
const GAP_MS = 120;

const server = await startBenchServer();
const times = await typeQueries(server, {
  element: 'tk-user-manager',
  token: await server.signIn('reseller@acme.example'),
  account: BULK_ACCOUNT_ID,
  queries: QUERIES,
  gapMs: GAP_MS,
});
console.log(
  `Search in <tk-user-manager>, Bulk GmbH (10,000 users), reference server on PGlite, ${QUERIES.length} queries typed a key every ${GAP_MS} ms:`,
);
console.log(
  `  last keystroke → painted list: median ${at(times, 0.5).toFixed(0)} ms, p90 ${at(times, 0.9).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
);

// Labels ("Meter 5") and ICCIDs (89490700000000005) of the SIMs, most of them matching some.
const RESOURCE_QUERIES = Array.from({ length: QUERIES.length }, (_, i) =>
  i % 2 === 0 ? `meter ${(i + 1) * 245}` : `89490700000${String(i * 371).padStart(4, '0')}`,
);
const resourceTimes = await typeQueries(server, {
  element: 'tk-resource-list',
  token: await server.signIn('reseller@acme.example'),
  account: 'acc_acme',
  queries: RESOURCE_QUERIES,
  gapMs: GAP_MS,
});
console.log(
  `Search in <tk-resource-list>, Acme's 50,082 SIMs (Bulk GmbH's 50,000 with them), reference server on PGlite, ${RESOURCE_QUERIES.length} queries typed a key every ${GAP_MS} ms:`,
);
console.log(
  `  last keystroke → painted list: median ${at(resourceTimes, 0.5).toFixed(0)} ms, p90 ${at(resourceTimes, 0.9).toFixed(0)} ms, max ${Math.max(...resourceTimes).toFixed(0)} ms`,
);
await server.close();
