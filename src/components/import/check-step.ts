import { html, nothing, type TemplateResult } from 'lit';
import { errorState } from '../../core/states.js';
import { renderFixPanel } from './fix-panel.js';
import { countResults } from './results.js';
import { renderCounts, renderProgress, renderResults, renderResultsToolbar } from './results-table.js';
import type { ImportView } from './view.js';

/** Step 3: the dry run's progress, then its per-row answers, the fix panel and "Import n rows". */
export function renderCheckStep(v: ImportView): TemplateResult {
  const { l, runner } = v;
  const run = runner.checkRun;
  if (runner.error)
    return html`${errorState(l, runner.error, () => (run ? v.retryCheck() : v.check()))}
      <div class="row-actions">
        <button class="btn" type="button" @click=${() => v.goTo('columns')}>${l.t('import.back')}</button>
      </div>`;
  if (!run || !run.finished)
    return html`<div role="status">
        ${l.t('import.checking', { done: run?.done ?? 0, total: v.session.data.length })}
      </div>
      ${run ? renderProgress(v, run, l.t('import.step.check')) : nothing}`;
  const c = countResults(v.results);
  const importable = v.session.rows.length - c.failed;
  return html`<div class="panel">
    ${renderCounts(v, false)} ${renderResultsToolbar(v, c.failed)} ${renderFixPanel(v)} ${renderResults(v)}
    <div class="row-actions">
      <button class="btn" type="button" @click=${() => v.goTo('columns')}>${l.t('import.back')}</button>
      <button class="btn" type="button" @click=${() => v.check()}>${l.t('import.checkAgain')}</button>
      <button
        class="btn primary end"
        type="button"
        part="submit"
        ?disabled=${importable === 0}
        @click=${() => v.startImport()}
      >
        ${l.t('import.start', { count: importable })}
      </button>
    </div>
    ${importable === 0 ? html`<p class="hint">${l.t('import.nothingToImport')}</p>` : nothing}
  </div>`;
}
