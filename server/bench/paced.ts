import { Agent, request } from 'node:http';

/**
 * The paced half of `npm run load`, run as a child process so it never shares the server's event
 * loop: sends GET requests at an even `rate` per second (one every 1000/rate ms, not a burst per
 * second), each on a free keep-alive socket, and reports every request's raw latency in ms, from
 * the moment it was due until its response ended. Nothing is corrected or synthesized.
 */
export interface PacedJob {
  url: string;
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

function get(agent: Agent, job: PacedJob): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(job.url, { agent, headers: { Authorization: `Bearer ${job.token}` } }, (res) => {
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
      get(agent, job).then((ok) => {
        if (ok) latencies.push(performance.now() - due);
        else failures++;
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return { latencies, failures, maxLagMs };
}

process.once('message', (job: PacedJob) => {
  void run(job).then((result) => process.send!(result, () => process.exit(0)));
});
