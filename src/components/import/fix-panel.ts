import { html, nothing, type TemplateResult } from 'lit';
import type { ImportField } from './fields.js';
import { fieldLabel, fieldOf, problemText } from './results.js';
import type { ImportView } from './view.js';

/** Corrects the failing cells of one row in place, then checks again. */
export function renderFixPanel(v: ImportView): TemplateResult | typeof nothing {
  const index = v.ui.fixing;
  if (index === undefined) return nothing;
  const { l, session } = v;
  const errors = v.runner.checkRun?.results[index]?.errors ?? [];
  const line = session.lines[index]!;
  const mapped = (f: ImportField) => session.mapping.indexOf(f) >= 0;
  const fields = [
    ...new Set(
      errors.map((p) => fieldOf(p.path)).filter((f): f is ImportField => !!f && f !== 'user.customer'),
    ),
  ].filter(mapped);
  // A problem of a field the file has no column for, or of the whole row, is shown as text.
  const unmapped = errors.filter((p) => {
    const f = fieldOf(p.path);
    return !f || f === 'user.customer' || !mapped(f);
  });
  const cells = session.data[index] ?? [];
  return html`<div class="fix" part="fix" role="group" aria-labelledby="fix-title">
    <strong id="fix-title">${l.t('import.column.line')} ${line}</strong>
    <p class="hint">${l.t('import.fixHint')}</p>
    <div class="fix-fields">
      ${fields.map((f) => {
        const problem = errors.find((p) => fieldOf(p.path) === f);
        const id = `fix-${f.replace('.', '-')}`;
        return html`<div class="field">
          <label for=${id}>${l.t('import.fixLabel', { field: fieldLabel(l, f), line })}</label>
          <input
            id=${id}
            type="text"
            aria-invalid="true"
            aria-describedby=${`${id}-error`}
            .value=${cells[session.mapping.indexOf(f)] ?? ''}
            @change=${(e: Event) => v.setCell(index, f, (e.target as HTMLInputElement).value)}
          />
          <span class="field-error" id=${`${id}-error`}>${problem ? problemText(l, problem) : ''}</span>
        </div>`;
      })}
    </div>
    ${
      unmapped.length
        ? html`<ul class="links-list">
            ${unmapped.map((p) => html`<li>${problemText(l, p)}</li>`)}
          </ul>`
        : nothing
    }
    <div class="row-actions">
      <button class="btn" type="button" @click=${() => v.set({ fixing: undefined })}>
        ${l.t('import.closeFix')}
      </button>
      <button class="btn primary" type="button" @click=${() => v.check()}>${l.t('import.checkAgain')}</button>
    </div>
  </div>`;
}
