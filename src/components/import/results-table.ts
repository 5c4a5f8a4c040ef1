import { html, nothing, type TemplateResult } from 'lit';
import { countResults, problemText } from './results.js';
import type { BatchRun } from './batches.js';
import type { ImportView } from './view.js';

/** The tallies above the results: to create / created, to update / updated, unchanged, failed. */
export function renderCounts(v: ImportView, written: boolean): TemplateResult {
  const { l } = v;
  const c = countResults(v.results);
  const n = (count: number) => ({ n: l.number(count) });
  return html`<div class="counts" role="status">
    <span class="badge success"
      >${l.t(written ? 'import.count.created' : 'import.count.create', n(c.create))}</span
    >
    <span class="badge warning"
      >${l.t(written ? 'import.count.updated' : 'import.count.update', n(c.update))}</span
    >
    <span class="badge neutral">${l.t('import.count.unchanged', n(c.unchanged))}</span>
    <span class="badge danger">${l.t('import.count.failed', n(c.failed))}</span>
  </div>`;
}

/** A run's progress bar: rows done of total and, for the import, the time it has taken. */
export function renderProgress(v: ImportView, run: BatchRun, label: string): TemplateResult {
  const { l } = v;
  return html`<div class="panel">
    <progress part="progress" max=${run.total} .value=${run.done} aria-label=${label}></progress>
    <div class="progress-text">
      <span>${l.t('import.progressText', { done: l.number(run.done), total: l.number(run.total) })}</span>
      ${
        run.dryRun
          ? nothing
          : html`<span
              >${l.t('import.elapsed', { seconds: l.number(Math.round(v.runner.elapsed / 1000)) })}</span
            >`
      }
    </div>
  </div>`;
}

/** "Only rows with errors" and "Download errors". */
export function renderResultsToolbar(v: ImportView, failed: number): TemplateResult {
  const { l } = v;
  return html`<div class="row-actions">
    <label class="choice">
      <input
        type="checkbox"
        .checked=${v.ui.errorsOnly}
        @change=${(e: Event) => v.showErrorsOnly((e.target as HTMLInputElement).checked)}
      />
      <span>${l.t('import.errorsOnly')}</span>
    </label>
    <button class="btn end" type="button" ?disabled=${failed === 0} @click=${() => v.downloadErrors()}>
      ${l.t('import.downloadErrors')}
    </button>
  </div>`;
}

/**
 * The per-row results, windowed: only the rows in view (plus overscan) are in the DOM, inside a
 * body as tall as all of them, so 10,000 rows scroll like a few dozen.
 */
export function renderResults(v: ImportView): TemplateResult {
  const { l } = v;
  const { start, end } = v.virtual.window;
  const visible = v.visible;
  if (v.ui.errorsOnly && visible.length === 0)
    return html`<div class="state" part="empty">${l.t('import.noErrorRows')}</div>`;
  const rows: TemplateResult[] = [];
  for (let at = start; at <= end; at++) rows.push(renderRow(v, visible[at]!, at));
  return html`<div
    class="scroller"
    part="results"
    role="table"
    aria-label=${l.t('import.step.check')}
    aria-rowcount=${visible.length + 1}
    tabindex="0"
    @scroll=${v.virtual.onScroll}
  >
    <div class="grid-row header" role="row" aria-rowindex="1">
      <span role="columnheader">${l.t('import.column.line')}</span>
      <span role="columnheader">${l.t('import.column.result')}</span>
      <span role="columnheader">${l.t('import.column.customer')}</span>
      <span role="columnheader">${l.t('import.column.user')}</span>
      <span role="columnheader">${l.t('import.column.problems')}</span>
    </div>
    <div class="body" role="rowgroup">
      <div class="window">${rows}</div>
    </div>
    <div class="probe" aria-hidden="true"></div>
  </div>`;
}

const TONE = { create: 'success', update: 'warning', unchanged: 'neutral', error: 'danger' } as const;

function renderRow(v: ImportView, index: number, position: number): TemplateResult {
  const { l } = v;
  const r = v.results[index];
  const row = v.session.rows[index];
  const line = v.session.lines[index];
  const written = v.step !== 'check';
  const status = r?.status;
  // A row the check failed is left out of the import: the summary says so instead of nothing.
  const skipped = written && !r && v.runner.importRun?.finished === true;
  const statusText = !status
    ? ''
    : status === 'error'
      ? l.t('import.action.error')
      : l.t(`import.${written ? 'did' : 'will'}.${status}`);
  const problems = r?.errors.map((p) => problemText(l, p)).join(' ') ?? '';
  return html`<div class="grid-row" role="row" part="row" aria-rowindex=${position + 2}>
    <span role="cell">${line}</span>
    <span role="cell"
      >${
        status
          ? html`<span class="badge ${TONE[status]}">${statusText}</span>`
          : skipped
            ? html`<span class="badge neutral">${l.t('import.did.skipped')}</span>`
            : nothing
      }</span
    >
    <span role="cell"
      ><span class="cell-text"
        >${row?.customer?.name ?? v.session.cell(index, 'customer.name') ?? row?.user?.customer ?? ''}</span
      ><span class="sub cell-text"
        >${row?.customer?.reference ?? v.session.cell(index, 'customer.reference') ?? ''}</span
      ></span
    >
    <span role="cell"
      ><span class="cell-text">${row?.user?.name ?? ''}</span
      ><span class="sub cell-text">${row?.user?.email ?? ''}</span></span
    >
    <span role="cell" class="problems">
      <span class="cell-text" title=${problems}>${problems}</span>
      ${
        status === 'error' && !written
          ? html`<button
              class="btn small"
              type="button"
              aria-label=${`${l.t('import.fix')} · ${l.t('import.column.line')} ${line}`}
              @click=${() => v.openFix(index)}
            >
              ${l.t('import.fix')}
            </button>`
          : nothing
      }
    </span>
  </div>`;
}
