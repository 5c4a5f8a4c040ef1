import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

/**
 * Evenly paced GET requests for the benches (`npm run load`, bench/sub-accounts.bench.ts): one
 * every 1000/rate ms (not a burst per second, as autocannon's `-R` sends), each on a free
 * keep-alive socket, from a child process so the pacer never waits on the server's event loop
 * (which PGlite shares). Every request's raw latency in ms, from the moment it was due until its
 * response ended; nothing is corrected or synthesized.
 */
export interface PacedJob {
  /** Requested in turn: request i goes to `urls[i % urls.length]`. */
  urls: string[];
  token: string;
  rate: number;
  seconds: number;
}

export interface PacedResult {
  latencies: number[];
  failures: number;
  /** How late the latest request left, behind its slot (the pacer's own precision). */
  maxLagMs: number;
}

/** Runs `job` in a child process (this module) and resolves with its result. */
export function paced(job: PacedJob): Promise<PacedResult> {
  const child = fork(fileURLToPath(import.meta.url), ['--pacer'], { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as PacedResult));
    child.once('error', reject);
    child.send(job);
  });
}

function get(agent: Agent, url: string, token: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, { agent, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200));
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

async function run(job: PacedJob): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true });
  const interval = 1000 / job.rate;
  const total = Math.round(job.rate * job.seconds);
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let failures = 0;
  let maxLagMs = 0;
  const start = performance.now() + 50;
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    maxLagMs = Math.max(maxLagMs, performance.now() - due);
    pending.push(
      get(agent, job.urls[i % job.urls.length]!, job.token).then((ok) => {
        if (ok) latencies.push(performance.now() - due);
        else failures++;
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return { latencies, failures, maxLagMs };
}

if (process.argv.includes('--pacer'))
  process.once('message', (job: PacedJob) => {
    void run(job).then((result) => process.send!(result, () => process.exit(0)));
  });
