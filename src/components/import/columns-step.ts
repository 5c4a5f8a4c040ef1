import { html, nothing, type TemplateResult } from 'lit';
import { IMPORT_FIELDS, type ImportField } from './fields.js';
import { fieldLabel } from './results.js';
import type { ImportView } from './view.js';

/** Step 2: the sheet, and the editable mapping of columns to fields. */
export function renderColumnsStep(v: ImportView): TemplateResult {
  const { l, session } = v;
  const headers = session.headers;
  const mapping = session.mapping;
  const sample = session.data[0] ?? [];
  const ignored = headers.filter((h, i) => mapping[i] === null && h.trim());
  const usable = mapping.includes('customer.name') || mapping.includes('user.email');
  return html`<div class="panel">
    <p class="hint">
      ${session.fileName ? `${session.fileName} · ` : ''}${l.t('import.rows', { count: session.data.length })}
    </p>
    ${
      session.sheets.length > 1
        ? html`<div class="field">
            <label for="sheet">${l.t('import.columns.sheet')}</label>
            <select
              id="sheet"
              @change=${(e: Event) => v.chooseSheet(Number((e.target as HTMLSelectElement).value))}
            >
              ${session.sheets.map(
                (s, i) => html`<option value=${i} ?selected=${i === session.sheetIndex}>${s.name}</option>`,
              )}
            </select>
          </div>`
        : nothing
    }
    ${
      v.ui.externalLinks
        ? html`<div class="banner warning" role="status" part="external-links">
            <span>${l.t('import.file.externalLinks')}</span>
          </div>`
        : nothing
    }
    <p class="hint">${l.t('import.columns.hint')}</p>
    <div class="table-wrap">
      <table class="table mapping" part="mapping">
        <thead>
          <tr>
            <th scope="col">${l.t('import.columns.header')}</th>
            <th scope="col" class="sample">${l.t('import.columns.sample')}</th>
            <th scope="col">${l.t('import.columns.field')}</th>
          </tr>
        </thead>
        <tbody>
          ${headers.map(
            (h, i) =>
              html`<tr>
                <td id=${`h${i}`}>${h}</td>
                <td class="sample"><span class="cell-text">${sample[i] ?? ''}</span></td>
                <td>
                  <select
                    aria-labelledby=${`h${i}`}
                    data-column=${i}
                    @change=${(e: Event) =>
                      v.remap(i, ((e.target as HTMLSelectElement).value || null) as ImportField | null)}
                  >
                    <option value="" ?selected=${mapping[i] === null}>${l.t('import.columns.ignore')}</option>
                    ${IMPORT_FIELDS.map(
                      (f) =>
                        html`<option value=${f} ?selected=${mapping[i] === f}>${fieldLabel(l, f)}</option>`,
                    )}
                  </select>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      ignored.length
        ? html`<p class="hint">
            ${l.t('import.columns.ignored', { count: ignored.length, names: ignored.join(', ') })}
          </p>`
        : nothing
    }
    ${
      usable
        ? nothing
        : html`<div class="banner warning" role="status"><span>${l.t('import.columns.missing')}</span></div>`
    }
    <div class="row-actions">
      <button class="btn" type="button" @click=${() => v.goTo('file')}>${l.t('import.back')}</button>
      <button
        class="btn primary end"
        type="button"
        part="submit"
        ?disabled=${!usable}
        @click=${() => v.check()}
      >
        ${l.t('import.check')}
      </button>
    </div>
  </div>`;
}
