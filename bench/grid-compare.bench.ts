/**
 * <tk-access-rights-table> against vaadin-grid (a dev dependency) on one harness
 * (bench/page/grid-compare.ts): the same rows, render, sort and filter at 10,000 and 100,000
 * rows, each timed to the first frame showing the expected top row, plus the JS heap after
 * render. vaadin-grid runs twice: over the table's own in-memory provider (only the grids' work
 * differs) and over its own `items` (as it ships; no filter step, its filter debounces 200 ms).
 * Fresh pages, the three interleaved, medians of 7.
 *
 * "Painted" is quantized to frames: both grids often finish within the same one. Each step's
 * main-thread work (script, style, layout and paint tasks, Chromium's TaskDuration, from the
 * change until that frame) is reported beside it, where the difference between the two shows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { bundlePage, servePage } from './lib/page-server.js';
import { median } from './lib/stats.js';

const SIZES = [10_000, 100_000];
const STEPS = ['render', 'sort', 'filter'] as const;
type Step = (typeof STEPS)[number];
type Kind = 'tk' | 'vaadin' | 'vaadin-items';
const KINDS: readonly Kind[] = ['tk', 'vaadin', 'vaadin-items'];
/** The steps `kind` runs. */
const stepsOf = (kind: Kind) => (kind === 'vaadin-items' ? STEPS.filter((s) => s !== 'filter') : STEPS);
const RUNS = 7;
/** Wait after the painted frame before the heap is read (both grids). */
const SETTLE_MS = 1000;

interface CompareApi {
  generate(count: number): void;
  prepare(kind: Kind, step: Step): Promise<void>;
  expect(step: Step): Promise<void>;
  run(step: Step): Promise<number>;
}
/** The page's API (a cast, as bench/access-rights-table.bench.ts declares `window.bench` for its own page). */
type PageWindow = { bench: CompareApi };

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

type Metric = Step | `${Step}-work` | 'heap';
type Samples = Record<Kind, Record<Metric, number[]>>;

/** Milliseconds the renderer's main thread has spent on tasks so far (CDP Performance.getMetrics). */
async function busyMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** One fresh page: every step once, and the heap the rendered grid adds (rows excluded). */
async function once(browser: Browser, url: string, kind: Kind, size: number, into: Samples): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate((n) => (window as unknown as PageWindow).bench.generate(n), size);
    for (const step of stepsOf(kind)) {
      await page.evaluate(([k, s]) => (window as unknown as PageWindow).bench.prepare(k, s), [
        kind,
        step,
      ] as const);
      const before = step === 'render' ? await heapMb(page) : 0;
      await page.evaluate((s) => (window as unknown as PageWindow).bench.expect(s), step);
      const busy = await busyMs(cdp);
      into[kind][step].push(await page.evaluate((s) => (window as unknown as PageWindow).bench.run(s), step));
      into[kind][`${step}-work`].push((await busyMs(cdp)) - busy);
      // What the grid holds once settled: right after the painted frame a block request or a
      // measuring frame may still hold ~110 kB for a moment (one tk run in six), gone a second later.
      if (step === 'render') {
        await page.waitForTimeout(SETTLE_MS);
        into[kind].heap.push((await heapMb(page)) - before);
      }
    }
  } finally {
    await page.close();
  }
}

async function main() {
  // No CSP here: both grids run on the same plain page.
  const server = await servePage(await bundlePage(new URL('./page/grid-compare.ts', import.meta.url)));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const lines = [
    '| rows | step | tk-access-rights-table | vaadin-grid, same provider | tk / vaadin | vaadin-grid, own `items` | tk / vaadin items |',
    '|---:|---|---:|---:|---:|---:|---:|',
  ];
  try {
    for (const size of SIZES) {
      const empty = (): Record<Metric, number[]> => ({
        render: [],
        sort: [],
        filter: [],
        'render-work': [],
        'sort-work': [],
        'filter-work': [],
        heap: [],
      });
      const samples: Samples = { tk: empty(), vaadin: empty(), 'vaadin-items': empty() };
      for (let run = 0; run < RUNS; run++) {
        // Interleaved, and each goes first in turn.
        const order = KINDS.map((_, k) => KINDS[(k + run) % KINDS.length]!);
        for (const kind of order) await once(browser, server.url, kind, size, samples);
        process.stderr.write(`${size} run ${run + 1}/${RUNS}\n`);
      }
      const metrics = [...STEPS.flatMap((s) => [s, `${s}-work`] as const), 'heap'] as const;
      for (const metric of metrics) {
        const tk = median(samples.tk[metric]);
        const vaadin = median(samples.vaadin[metric]);
        const items = samples['vaadin-items'][metric].length
          ? median(samples['vaadin-items'][metric])
          : undefined;
        const ms = (v: number) => v.toFixed(1);
        const [label, shown] =
          metric === 'heap'
            ? ['JS heap after render, settled (kB)', (mb: number) => (mb * 1024).toFixed(0)]
            : metric.endsWith('-work')
              ? [`${metric.slice(0, -5)}: main-thread work (ms)`, ms]
              : [`${metric} → painted (ms)`, ms];
        const ratio = (other: number) => `${(tk / other).toFixed(2)}×`;
        const [itemsShown, itemsRatio] = items === undefined ? ['–', '–'] : [shown(items), ratio(items)];
        lines.push(
          `| ${size.toLocaleString('en')} | ${label} | ${shown(tk)} | ${shown(vaadin)} | ${ratio(vaadin)} | ${itemsShown} | ${itemsRatio} |`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const report = [
    '# <tk-access-rights-table> against vaadin-grid',
    '',
    `Chromium (headless, playwright-core), ${new Date().toISOString()}, fresh page per run, interleaved, median of ${RUNS}. "painted" = from the change to the first animation frame whose top row shows the expected right (quantized to frames). "main-thread work" = the renderer main thread's task time (script, style, layout, paint; CDP TaskDuration) over the same span, the bench's own frame polling included for both (the expected top row is found before). The heap is read after a forced GC, ${SETTLE_MS} ms after the render's painted frame. Same rows, seven text columns, 28rem high; sort = End date, latest first. "same provider": vaadin-grid over the table's arrayDataProvider; "own items": vaadin-grid's built-in array provider, which copies and sorts every row for each page it serves (no filter step: its filter element debounces 200 ms).`,
    '',
    ...lines,
    '',
  ].join('\n');
  console.log(report);
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('grid-compare.md', dir), report);
}

await main();
