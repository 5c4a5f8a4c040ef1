import { html, nothing, type TemplateResult } from 'lit';
import type { ImportView } from './view.js';

/** Step 1: choose or drop a file, or paste cells; the templates. */
export function renderFileStep(v: ImportView): TemplateResult {
  const { l, ui } = v;
  return html`<div class="panel">
    <p class="hint">${l.t('import.file.hint')}</p>
    <div
      class="drop ${ui.dragOver ? 'over' : ''}"
      part="drop-zone"
      @dragover=${(e: DragEvent) => {
        e.preventDefault();
        v.set({ dragOver: true });
      }}
      @dragleave=${() => v.set({ dragOver: false })}
      @drop=${(e: DragEvent) => {
        e.preventDefault();
        v.set({ dragOver: false });
        const file = e.dataTransfer?.files[0];
        if (file) v.readFile(file);
      }}
    >
      <label class="btn primary" for="file">${l.t('import.file.choose')}</label>
      <input
        id="file"
        class="visually-hidden"
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        ?disabled=${v.busy}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) v.readFile(file);
          input.value = '';
        }}
      />
      <span class="hint">${l.t('import.file.drop')}</span>
    </div>
    ${ui.reading ? html`<div class="state" role="status">${l.t('import.file.reading')}</div>` : nothing}
    ${
      ui.fileError
        ? html`<div class="banner error" role="alert" part="error"><span>${ui.fileError}</span></div>`
        : nothing
    }
    <div class="field" part="paste">
      <label for="paste">${l.t('import.file.paste')}</label>
      <textarea
        id="paste"
        .value=${ui.pasted}
        @input=${(e: Event) => v.set({ pasted: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      <div class="row-actions">
        <button
          class="btn"
          type="button"
          ?disabled=${!ui.pasted.trim() || v.busy}
          @click=${() => v.usePasted()}
        >
          ${l.t('import.file.usePaste')}
        </button>
      </div>
    </div>
    <div class="row-actions" part="template">
      <button class="btn" type="button" @click=${() => v.downloadTemplate('csv')}>
        ${l.t('import.file.templateCsv')}
      </button>
      <button class="btn" type="button" @click=${() => v.downloadTemplate('xlsx')}>
        ${l.t('import.file.templateXlsx')}
      </button>
    </div>
  </div>`;
}
