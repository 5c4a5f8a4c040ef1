import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../../core/states.js';
import { renderLinks } from './links-step.js';
import { countResults } from './results.js';
import { renderCounts, renderProgress, renderResults, renderResultsToolbar } from './results-table.js';
import type { ImportView } from './view.js';

/**
 * Steps 4 and 5: the import's progress with Cancel, a failure with Retry (same batch, same key),
 * a cancel notice with a re-run; once written, the summary and the password links.
 */
export function renderImportStep(v: ImportView): TemplateResult {
  const { l, runner } = v;
  const run = runner.importRun;
  if (!run) return html``;
  const stopped = { done: l.number(run.done), total: l.number(run.total) };
  if (!run.finished)
    return html`<div class="panel">
      ${renderProgress(v, run, l.t('import.progress'))}
      ${
        runner.error
          ? html`<div class="banner error" role="alert" part="error">
              <span>${l.t('import.failed', stopped)} ${errorText(l, runner.error)}</span>
              <div class="banner-actions">
                <button class="btn" type="button" part="retry" @click=${() => v.retryImport()}>
                  ${l.t('common.retry')}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        runner.cancelled
          ? html`<div class="banner warning" role="status">
              <span>${l.t('import.cancelled', stopped)}</span>
            </div>`
          : nothing
      }
      <div class="row-actions">
        ${
          runner.busy
            ? html`<button class="btn danger" type="button" @click=${() => v.cancel()}>
                ${l.t('import.cancel')}
              </button>`
            : html`<button class="btn" type="button" @click=${() => v.check()}>${l.t('import.back')}</button>
                ${
                  // After a failure the banner's retry goes on; after a cancel the file is run again.
                  runner.cancelled
                    ? html`<button
                        class="btn primary end"
                        type="button"
                        part="submit"
                        @click=${() => v.startImport()}
                      >
                        ${l.t('import.start', { count: run.total })}
                      </button>`
                    : nothing
                }`
        }
      </div>
    </div>`;
  const c = countResults(v.results);
  return html`<div class="panel">
    <div class="banner success" role="status"><span>${l.t('import.finished')}</span></div>
    ${renderCounts(v, true)} ${renderResultsToolbar(v, c.failed)} ${renderResults(v)} ${renderLinks(v)}
  </div>`;
}
