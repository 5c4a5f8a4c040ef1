/**
 * Benchmark of <tk-access-rights-table> against a naive Lit table that renders every row.
 * Bundles bench/page with esbuild (production Lit), serves it on 127.0.0.1 under a strict
 * Content-Security-Policy, drives Chromium through playwright-core, and prints medians of 7.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { bundlePage, servePage } from './lib/page-server.js';
import { median } from './lib/stats.js';

const SIZES = [1_000, 10_000, 100_000];
const STEPS = ['setData', 'filter', 'sort', 'scroll'] as const;
type Step = (typeof STEPS)[number];
const RUNS = 7;
/** A naive render longer than this is reported as timed out (and its size is skipped). */
const CAP_MS = 20_000;
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'";

interface BenchApi {
  generate(count: number): void;
  prepare(kind: string, step: Step): Promise<void>;
  run(step: Step): Promise<{ painted: number; work: number }>;
  violations(): string[];
  exercise(): Promise<void>;
}
declare global {
  interface Window {
    bench: BenchApi;
  }
}

/** Rejects when `promise` takes longer than `ms`. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms)),
  ]);

interface Cell {
  painted?: number;
  work?: number;
  timedOut?: boolean;
}
type Results = Record<string, Record<number, Record<Step | 'heap', Cell>>>;

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

async function measure(
  url: string,
  kind: 'virtual' | 'naive',
  size: number,
  results: Results,
  violations: Set<string>,
) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cells = ((results[kind] ??= {})[size] ??= {} as Record<Step | 'heap', Cell>);
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate((n) => window.bench.generate(n), size);
    const baseHeap = await heapMb(page);
    for (const step of STEPS) {
      const painted: number[] = [];
      const work: number[] = [];
      try {
        for (let i = 0; i < RUNS; i++) {
          await within(
            page.evaluate(([k, s]) => window.bench.prepare(k, s), [kind, step] as const),
            CAP_MS,
          );
          const r = await within(
            page.evaluate((s) => window.bench.run(s), step),
            CAP_MS,
          );
          painted.push(r.painted);
          work.push(r.work);
          if (step === 'setData' && i === 0) cells.heap = { painted: (await heapMb(page)) - baseHeap };
        }
        cells[step] = { painted: median(painted), work: median(work) };
      } catch {
        cells[step] = { timedOut: true };
        for (const rest of STEPS.slice(STEPS.indexOf(step) + 1)) cells[rest] = { timedOut: true };
        cells.heap ??= { timedOut: true };
        break;
      }
    }
    if (kind === 'virtual') await page.evaluate(() => window.bench.exercise());
    for (const v of await page.evaluate(() => window.bench.violations()).catch(() => [])) violations.add(v);
  } finally {
    await browser.close();
  }
}

/** "painted (work)": time to paint, and in brackets the main-thread time of the step itself. */
const fmt = (c: Cell | undefined) =>
  !c
    ? '–'
    : c.timedOut
      ? 'timed out'
      : c.work === undefined
        ? c.painted!.toFixed(1)
        : `${c.painted!.toFixed(1)} (${c.work.toFixed(1)})`;
/** naive / tk of "painted"; a timed-out naive run is at least the cap. */
const ratio = (naive: Cell | undefined, virtual: Cell | undefined) =>
  !naive || !virtual || virtual.timedOut
    ? '–'
    : naive.timedOut
      ? `> ${(CAP_MS / virtual.painted!).toFixed(0)}×`
      : `${(naive.painted! / virtual.painted!).toFixed(1)}×`;

function table(results: Results): string {
  const lines = [
    '| rows | step | tk-access-rights-table | naive Lit table | naive / tk |',
    '|---:|---|---:|---:|---:|',
  ];
  const label: Record<Step | 'heap', string> = {
    setData: 'set data → painted (work), ms',
    filter: 'filter → painted (work), ms',
    sort: 'sort by end date → painted (work), ms',
    scroll: 'scroll one page → painted (work), ms',
    heap: 'JS heap the table adds, rows excluded (MB)',
  };
  for (const size of SIZES) {
    const v = results['virtual']?.[size];
    const n = results['naive']?.[size];
    for (const step of [...STEPS, 'heap'] as const) {
      const r = step === 'heap' && n?.heap?.timedOut ? '–' : ratio(n?.[step], v?.[step]);
      lines.push(
        `| ${size.toLocaleString('en')} | ${label[step]} | ${fmt(v?.[step])} | ${fmt(n?.[step])} | ${r} |`,
      );
    }
  }
  return lines.join('\n');
}

async function main() {
  const server = await servePage(await bundlePage(new URL('./page/bench-page.ts', import.meta.url)), CSP);
  const results: Results = {};
  const violations = new Set<string>();
  const started = Date.now();
  try {
    for (const size of SIZES) {
      for (const kind of ['virtual', 'naive'] as const) {
        process.stderr.write(`${kind} ${size}… `);
        await measure(server.url, kind, size, results, violations);
        process.stderr.write('done\n');
      }
    }
  } finally {
    server.close();
  }
  const report = [
    `# <tk-access-rights-table> benchmark`,
    '',
    `Chromium (headless, playwright-core), ${new Date().toISOString()}, median of ${RUNS}. "painted" = from the change until a double requestAnimationFrame after the update completed, so it includes waiting for two frames (≈ 33 ms at 60 Hz); "work" = main-thread time of the step (update plus forced style and layout), which is what must fit into a 16.7 ms frame. Ratios compare "painted". Naive runs are capped at ${CAP_MS / 1000} s per step.`,
    '',
    table(results),
    '',
    `Strict CSP (\`${CSP}\`, also with a row expanded and the timeline shown): ${violations.size ? `${violations.size} violation(s): ${[...violations].join('; ')}` : 'no violations'}.`,
    `Total bench time: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    '',
  ].join('\n');
  console.log(report);
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('latest.md', dir), report);
}

await main();
