import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { FieldProblem, ImportRow, ImportRowResult, Me, ProductType } from '../../api/schemas/index.js';
import { allowed, announce } from '../../core/events.js';
import type { TextKey } from '../../core/localize.js';
import { canWrite, principalOf } from '../../core/principal.js';
import { errorState, errorText, loadingState } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import { toCsv } from '../access-rights-table/csv.js';
import { ScrollWindow } from '../access-rights-table/scroll-window.js';
import { BatchRun, DEFAULT_BATCH_SIZE } from './batches.js';
import type { TkImportCompleteDetail, TkImportProgressDetail, TkImportStartDetail } from './events.js';
import {
  IMPORT_FIELDS,
  isBlank,
  matchHeaders,
  toImportRow,
  type ImportField,
  type Mapping,
} from './fields.js';
import { importStyles } from './import.styles.js';
import { parseDelimited, parseFile, workbookBytes, type Sheet } from './parse.js';

export type { TkImportCompleteDetail, TkImportProgressDetail, TkImportStartDetail } from './events.js';

/** The five steps of an import. */
export type ImportStep = 'file' | 'columns' | 'check' | 'import' | 'links';
const STEPS: ImportStep[] = ['file', 'columns', 'check', 'import', 'links'];

/** The example row of the templates. */
const EXAMPLE: Record<ImportField, string> = {
  'customer.name': 'Example Ltd',
  'customer.reference': 'CUST-1001',
  'customer.productTypeId': 'pt_business',
  'customer.country': 'DE',
  'customer.notes': '',
  'user.name': 'Erika Example',
  'user.email': 'erika@example.com',
  'user.role': 'admin',
  'user.permissions': '',
  'user.locale': 'de',
};

type LinkState = 'idle' | 'sending' | 'done' | 'later';

/**
 * @summary Brings a reseller's existing customers and users in from a spreadsheet (seed 000's
 * onboarding), in five steps: file, columns, check, import, password links.
 *
 * 1. **File**: choose or drop a `.csv` (any delimiter, UTF-8 or Windows-1252) or `.xlsx` file, or
 *    paste cells from a spreadsheet; the templates carry the columns in the element's language.
 *    The parsers are chunks of their own that load only now.
 * 2. **Columns**: headers are matched to fields in en, de, fr and hu; the mapping is editable.
 * 3. **Check**: a dry run on the server answers per row (will create, will update, unchanged,
 *    error); the table shows 10,000 rows smoothly, filters to errors, and failing cells are
 *    corrected in place before checking again. "Download errors" writes the failing rows.
 * 4. **Import**: in batches of up to 500 rows with a progress bar and Cancel; each batch carries an
 *    `Idempotency-Key`, so a retry after a failure, or a re-run of the file, creates nothing twice.
 * 5. **Password links**: imports send no mail; the imported users' links go out now or later.
 *
 * @event tk-import-start - Cancelable, before the import writes: `{ accountId, rows }`.
 * @event tk-import-progress - After each written batch: `{ done, total }`.
 * @event tk-import-complete - When every batch is written: `{ created, updated, failed }`.
 *
 * @csspart steps - The list of steps.
 * @csspart drop-zone - Where a file is chosen or dropped.
 * @csspart paste - The paste field.
 * @csspart template - The template download buttons.
 * @csspart mapping - The column mapping table.
 * @csspart results - The scrolling table of per-row results.
 * @csspart row - One result row.
 * @csspart fix - The panel that corrects one row's cells.
 * @csspart progress - The import's progress bar.
 * @csspart submit - The button that moves to the next step.
 * @csspart loading - The loading panel.
 * @csspart error - Error panels.
 * @csspart retry - The retry button.
 *
 * @cssprop --tk-import-height - Height of the results table (24rem).
 * @cssprop --tk-import-row-height - Height of one result row (3.25rem).
 *
 * @cssstate busy - While a file is read, or a check, import or link sending runs.
 */
export class TkImport extends TkElement {
  static override styles = [...TkElement.styles, importStyles];

  /** The account customers are imported into (below it); by default the provider's. */
  @property({ attribute: 'account-id' }) accountId?: string;

  /** Rows per request (at most 500). */
  @property({ type: Number, attribute: 'batch-size' }) batchSize = DEFAULT_BATCH_SIZE;

  /** The step shown. */
  @state() step: ImportStep = 'file';

  @state() private me?: Me;
  @state() private meError?: unknown;
  @state() private busy = false;
  @state() private fileError?: string;
  @state() private fileName = '';
  @state() private sheets: Sheet[] = [];
  @state() private sheetIndex = 0;
  @state() private mapping: Mapping = [];
  @state() private pasted = '';
  @state() private dragOver = false;
  @state() private errorsOnly = false;
  @state() private fixing?: number;
  @state() private runError?: unknown;
  @state() private cancelled = false;
  @state() private elapsed = 0;
  @state() private linkState: LinkState = 'idle';
  @state() private linkDone = 0;
  @state() private linkFailures: { email: string; error: unknown }[] = [];
  /** Bumped when rows or results change in place. */
  @state() private revision = 0;

  /** Cells below the header, blank rows dropped, and their lines in the file. */
  private data: string[][] = [];
  private lines: number[] = [];
  private rows: ImportRow[] = [];
  private productTypes?: ProductType[];
  private checkRun?: BatchRun;
  private importRun?: BatchRun;
  private abort?: AbortController;
  private startedAt = 0;
  private timer?: ReturnType<typeof setInterval>;
  private readonly scrollWindow = new ScrollWindow();

  @query('.results') private scroller?: HTMLElement;
  @query('.body') private body?: HTMLElement;
  @query('.window') private window?: HTMLElement;

  private get headers(): string[] {
    return this.sheets[this.sheetIndex]?.rows[0] ?? [];
  }

  private get effectiveAccountId(): string | undefined {
    return this.accountId ?? this.provided?.accountId ?? this.me?.actingFor.id;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadPrincipal();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    clearInterval(this.timer);
  }

  private async loadPrincipal(): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      this.meError = undefined;
      this.me = await principalOf(api);
    } catch (error) {
      this.meError = error;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((changed.has('client') || changed.has('provided')) && !this.me) void this.loadPrincipal();
    this.setState('busy', this.busy);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('step')) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    const scroller = this.scroller;
    if (scroller) {
      const first = this.renderRoot.querySelector<HTMLElement>('.window .grid-row');
      const head = this.renderRoot.querySelector<HTMLElement>('.grid-row.head');
      if (this.scrollWindow.measure(scroller, first ?? undefined, head, new Set())) this.requestUpdate();
      const g = this.scrollWindow.geometry;
      const set = (el: HTMLElement | undefined, name: string, value: string) => {
        if (el && el.style.getPropertyValue(name) !== value) el.style.setProperty(name, value);
      };
      set(this.body, '--_total', `${g.totalHeight(this.visible.length)}px`);
      set(this.window, '--_offset', `${g.offsetOf(this.scrollWindow.start)}px`);
    }
  }

  // ——— step 1: the file ———

  private async readFile(file: File): Promise<void> {
    this.busy = true;
    this.fileError = undefined;
    try {
      this.acceptSheets(await parseFile(file), file.name);
    } catch (error) {
      announce(this, 'tk-error', { error, operation: 'readFile' });
      this.fileError = this.i18n.t('import.file.unreadable');
    } finally {
      this.busy = false;
    }
  }

  private async usePasted(): Promise<void> {
    this.busy = true;
    this.fileError = undefined;
    try {
      this.acceptSheets(await parseDelimited(this.pasted), '');
    } catch {
      this.fileError = this.i18n.t('import.file.unreadable');
    } finally {
      this.busy = false;
    }
  }

  private acceptSheets(sheets: Sheet[], name: string): void {
    const usable = sheets.filter((s) => s.rows.length > 0);
    const index = usable.findIndex((s) => s.rows.slice(1).some((r) => !isBlank(r)));
    if (index < 0) {
      this.fileError = this.i18n.t('import.file.empty');
      return;
    }
    this.sheets = usable;
    this.fileName = name;
    this.chooseSheet(index);
    this.step = 'columns';
  }

  private chooseSheet(index: number): void {
    this.sheetIndex = index;
    const rows = this.sheets[index]?.rows ?? [];
    this.data = [];
    this.lines = [];
    rows.slice(1).forEach((cells, i) => {
      if (isBlank(cells)) return;
      this.data.push([...cells]);
      this.lines.push(i + 2);
    });
    // The synonyms cover every shipped language; the labels add the reseller's own overrides.
    const labels = IMPORT_FIELDS.map((f) => [f, this.fieldLabel(f)] as [ImportField, string]);
    this.mapping = matchHeaders(rows[0] ?? [], labels);
  }

  private fieldLabel(field: ImportField | 'user.customer'): string {
    return this.i18n.t(`import.field.${field}` as TextKey);
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragOver = false;
    const file = e.dataTransfer?.files[0];
    if (file) void this.readFile(file);
  }

  private async downloadTemplate(kind: 'csv' | 'xlsx'): Promise<void> {
    const header = IMPORT_FIELDS.map((f) => this.fieldLabel(f));
    const example = IMPORT_FIELDS.map((f) => EXAMPLE[f]);
    const name = this.i18n.t('import.label');
    if (kind === 'csv') {
      download(`${name}.csv`, new Blob([`\ufeff${toCsv(header, [example])}`], { type: 'text/csv' }));
      return;
    }
    this.busy = true;
    try {
      const bytes = await workbookBytes([header, example], this.i18n.t('import.step.file'));
      download(
        `${name}.xlsx`,
        new Blob([bytes as BlobPart], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
      );
    } finally {
      this.busy = false;
    }
  }

  // ——— step 3: check ———

  private async check(): Promise<void> {
    const api = this.api;
    const accountId = this.effectiveAccountId;
    if (!api || !accountId) return;
    this.step = 'check';
    this.fixing = undefined;
    this.runError = undefined;
    this.busy = true;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    try {
      this.productTypes ??= await api.listProductTypes({ signal: abort.signal });
      this.rows = this.data.map((cells, i) =>
        toImportRow(cells, this.mapping, this.lines[i]!, this.productTypes ?? []),
      );
      this.checkRun = new BatchRun(api, accountId, this.rows, true, this.batchSize);
      await this.continueCheck();
    } catch (error) {
      if (!abort.signal.aborted) this.runError = error;
      this.busy = false;
    }
  }

  private async continueCheck(): Promise<void> {
    const run = this.checkRun;
    const abort = this.abort;
    if (!run || !abort) return;
    this.busy = true;
    this.runError = undefined;
    try {
      await run.run(abort.signal, () => this.revision++);
    } catch (error) {
      if (!abort.signal.aborted) this.runError = error;
    } finally {
      this.busy = false;
      this.scrollWindow.reset(this.scroller);
    }
  }

  /** Results of the current step's run. */
  private get results(): (ImportRowResult | undefined)[] {
    return (this.step === 'check' ? this.checkRun : this.importRun)?.results ?? [];
  }

  /** Indices of the rows the table shows. */
  private get visible(): number[] {
    const results = this.results;
    const all = results.map((_, i) => i);
    return this.errorsOnly ? all.filter((i) => results[i]?.status === 'error') : all;
  }

  private counts(): { create: number; update: number; unchanged: number; failed: number } {
    const c = { create: 0, update: 0, unchanged: 0, failed: 0 };
    for (const r of this.results) {
      if (!r) continue;
      if (r.status === 'error') {
        c.failed++;
        continue;
      }
      for (const e of [r.customer, r.user])
        if (e?.action === 'create') c.create++;
        else if (e?.action === 'update') c.update++;
        else if (e?.action === 'unchanged') c.unchanged++;
    }
    return c;
  }

  private problemText(p: FieldProblem): string {
    const key = `import.problem.${p.code}` as TextKey;
    const known = this.i18n.t(key);
    const text = known === key ? p.message : known;
    const field = fieldOf(p.path);
    return field ? `${this.fieldLabel(field)}: ${text}` : text;
  }

  private setCell(rowIndex: number, field: ImportField, value: string): void {
    const column = this.mapping.indexOf(field);
    if (column < 0) return;
    const cells = this.data[rowIndex]!;
    while (cells.length <= column) cells.push('');
    cells[column] = value;
    this.revision++;
  }

  /** The failing rows with the file's columns and an error column, safe to open in a spreadsheet. */
  errorsCsv(): string {
    const results = this.results;
    const rows = this.data
      .map((cells, i) => ({ cells, result: results[i] }))
      .filter(({ result }) => result?.status === 'error')
      .map(({ cells, result }) => [
        ...this.headers.map((_, c) => cells[c] ?? ''),
        result!.errors.map((p) => this.problemText(p)).join(' '),
      ]);
    return toCsv([...this.headers, this.i18n.t('import.errorColumn')], rows);
  }

  private downloadErrors(): void {
    const blob = new Blob([`\ufeff${this.errorsCsv()}`], { type: 'text/csv' });
    download(`${this.i18n.t('import.errorColumn')}.csv`, blob);
  }

  // ——— step 4: import ———

  private async startImport(): Promise<void> {
    const api = this.api;
    const accountId = this.effectiveAccountId;
    if (!api || !accountId) return;
    // Rows the check found failing are left out; the rest go in.
    const failing = new Set(
      (this.checkRun?.results ?? []).flatMap((r, i) => (r?.status === 'error' ? [i] : [])),
    );
    const indices = this.rows.map((_, i) => i).filter((i) => !failing.has(i));
    const detail: TkImportStartDetail = { accountId, rows: indices.length };
    if (!allowed(this, 'tk-import-start', detail)) return;
    this.importRun = new BatchRun(api, accountId, this.rows, false, this.batchSize, indices);
    this.step = 'import';
    this.cancelled = false;
    this.linkState = 'idle';
    this.linkFailures = [];
    this.startedAt = Date.now();
    this.elapsed = 0;
    await this.continueImport();
  }

  private async continueImport(): Promise<void> {
    const run = this.importRun;
    if (!run) return;
    const abort = (this.abort = new AbortController());
    this.busy = true;
    this.runError = undefined;
    this.cancelled = false;
    clearInterval(this.timer);
    this.timer = setInterval(() => (this.elapsed = Date.now() - this.startedAt), 1000);
    try {
      await run.run(abort.signal, () => {
        this.revision++;
        announce<TkImportProgressDetail>(this, 'tk-import-progress', { done: run.done, total: run.total });
      });
      if (run.finished) {
        const c = this.counts();
        announce<TkImportCompleteDetail>(this, 'tk-import-complete', {
          created: c.create,
          updated: c.update,
          failed: c.failed,
        });
        this.step = 'links';
      }
    } catch (error) {
      if (abort.signal.aborted) this.cancelled = true;
      else this.runError = error;
    } finally {
      clearInterval(this.timer);
      this.elapsed = Date.now() - this.startedAt;
      this.busy = false;
    }
  }

  private cancel(): void {
    this.abort?.abort();
    this.cancelled = true;
  }

  // ——— step 5: password links ———

  /** Users this import created: none of them has a password link yet. */
  private get createdUsers(): { id: string; email: string }[] {
    return (this.importRun?.results ?? []).flatMap((r, i) =>
      r?.user?.action === 'create' && r.user.id
        ? [{ id: r.user.id, email: this.rows[i]?.user?.email ?? r.user.id }]
        : [],
    );
  }

  private async sendLinks(users = this.createdUsers): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.linkState = 'sending';
    this.linkDone = 0;
    this.busy = true;
    const failures: { email: string; error: unknown }[] = [];
    let sent = 0;
    for (const user of users) {
      try {
        await api.sendPasswordLink(user.id);
        sent++;
      } catch (error) {
        failures.push({ email: user.email, error });
      }
      this.linkDone++;
    }
    this.linkSent = sent + (users === this.createdUsers ? 0 : this.linkSent);
    this.linkFailures = failures;
    this.linkState = 'done';
    this.busy = false;
  }

  @state() private linkSent = 0;

  private restart(): void {
    this.abort?.abort();
    Object.assign(this, {
      sheets: [],
      mapping: [],
      fileName: '',
      pasted: '',
      checkRun: undefined,
      importRun: undefined,
      runError: undefined,
      cancelled: false,
      linkState: 'idle',
      errorsOnly: false,
      fixing: undefined,
    });
    this.data = [];
    this.rows = [];
    this.step = 'file';
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const l = this.i18n;
    if (!this.api || (!this.me && !this.meError)) return loadingState(l);
    if (this.meError) return errorState(l, this.meError, () => void this.loadPrincipal());
    if (!canWrite(this.me)) return html`<div class="state" part="empty">${l.t('import.readOnly')}</div>`;
    const current = STEPS.indexOf(this.step);
    return html`<section aria-labelledby="title">
      <ol class="steps" part="steps" aria-label=${l.t('import.steps')}>
        ${STEPS.map(
          (s, i) =>
            html`<li class=${i < current ? 'done' : ''} aria-current=${i === current ? 'step' : nothing}>
              ${i + 1}. ${l.t(`import.step.${s}`)}
            </li>`,
        )}
      </ol>
      <h2 id="title" tabindex="-1">
        ${l.t('import.stepOf', { n: current + 1, total: STEPS.length, name: l.t(`import.step.${this.step}`) })}
      </h2>
      ${
        this.step === 'file'
          ? this.renderFile()
          : this.step === 'columns'
            ? this.renderColumns()
            : this.step === 'check'
              ? this.renderCheck()
              : this.renderImport()
      }
    </section>`;
  }

  private renderFile(): TemplateResult {
    const l = this.i18n;
    return html`<div class="panel">
      <p class="hint">${l.t('import.file.hint')}</p>
      <div
        class="drop ${this.dragOver ? 'over' : ''}"
        part="drop-zone"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.dragOver = true;
        }}
        @dragleave=${() => (this.dragOver = false)}
        @drop=${this.onDrop}
      >
        <label class="btn primary" for="file">${l.t('import.file.choose')}</label>
        <input
          id="file"
          class="visually-hidden"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          ?disabled=${this.busy}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void this.readFile(file);
            input.value = '';
          }}
        />
        <span class="hint">${l.t('import.file.drop')}</span>
      </div>
      ${this.busy ? html`<div class="state" role="status">${l.t('import.file.reading')}</div>` : nothing}
      ${
        this.fileError
          ? html`<div class="banner error" role="alert" part="error"><span>${this.fileError}</span></div>`
          : nothing
      }
      <div class="field" part="paste">
        <label for="paste">${l.t('import.file.paste')}</label>
        <textarea
          id="paste"
          .value=${this.pasted}
          @input=${(e: Event) => (this.pasted = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <div class="row-actions">
          <button
            class="btn"
            type="button"
            ?disabled=${!this.pasted.trim() || this.busy}
            @click=${() => void this.usePasted()}
          >
            ${l.t('import.file.usePaste')}
          </button>
        </div>
      </div>
      <div class="row-actions" part="template">
        <button class="btn" type="button" @click=${() => void this.downloadTemplate('csv')}>
          ${l.t('import.file.templateCsv')}
        </button>
        <button class="btn" type="button" @click=${() => void this.downloadTemplate('xlsx')}>
          ${l.t('import.file.templateXlsx')}
        </button>
      </div>
    </div>`;
  }

  private renderColumns(): TemplateResult {
    const l = this.i18n;
    const headers = this.headers;
    const sample = this.data[0] ?? [];
    const ignored = headers.filter((h, i) => this.mapping[i] === null && h.trim());
    const usable = this.mapping.includes('customer.name') || this.mapping.includes('user.email');
    return html`<div class="panel">
      <p class="hint">
        ${this.fileName ? `${this.fileName} · ` : ''}${l.t('import.rows', { count: this.data.length })}
      </p>
      ${
        this.sheets.length > 1
          ? html`<div class="field">
              <label for="sheet">${l.t('import.columns.sheet')}</label>
              <select
                id="sheet"
                @change=${(e: Event) => this.chooseSheet(Number((e.target as HTMLSelectElement).value))}
              >
                ${this.sheets.map(
                  (s, i) => html`<option value=${i} ?selected=${i === this.sheetIndex}>${s.name}</option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      <p class="hint">${l.t('import.columns.hint')}</p>
      <div class="table-wrap">
        <table class="table mapping" part="mapping">
          <thead>
            <tr>
              <th scope="col">${l.t('import.columns.header')}</th>
              <th scope="col">${l.t('import.columns.sample')}</th>
              <th scope="col">${l.t('import.columns.field')}</th>
            </tr>
          </thead>
          <tbody>
            ${headers.map(
              (h, i) =>
                html`<tr>
                  <td id=${`h${i}`}>${h}</td>
                  <td><span class="cell-text">${sample[i] ?? ''}</span></td>
                  <td>
                    <select
                      aria-labelledby=${`h${i}`}
                      data-column=${i}
                      @change=${(e: Event) => this.remap(i, (e.target as HTMLSelectElement).value)}
                    >
                      <option value="" ?selected=${this.mapping[i] === null}>
                        ${l.t('import.columns.ignore')}
                      </option>
                      ${IMPORT_FIELDS.map(
                        (f) =>
                          html`<option value=${f} ?selected=${this.mapping[i] === f}>
                            ${this.fieldLabel(f)}
                          </option>`,
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
          : html`<div class="banner warning" role="status">
              <span>${l.t('import.columns.missing')}</span>
            </div>`
      }
      <div class="row-actions">
        <button class="btn" type="button" @click=${() => (this.step = 'file')}>${l.t('import.back')}</button>
        <button
          class="btn primary end"
          type="button"
          part="submit"
          ?disabled=${!usable}
          @click=${() => void this.check()}
        >
          ${l.t('import.check')}
        </button>
      </div>
    </div>`;
  }

  private remap(column: number, value: string): void {
    const field = (value || null) as ImportField | null;
    // A field belongs to one column: choosing it here frees it elsewhere.
    this.mapping = this.mapping.map((f, i) => (i === column ? field : f === field ? null : f));
  }

  private renderCounts(written: boolean): TemplateResult {
    const l = this.i18n;
    const c = this.counts();
    return html`<div class="counts" role="status">
      <span class="badge success"
        >${l.t(written ? 'import.count.created' : 'import.count.create', { count: c.create })}</span
      >
      <span class="badge warning"
        >${l.t(written ? 'import.count.updated' : 'import.count.update', { count: c.update })}</span
      >
      <span class="badge neutral">${l.t('import.count.unchanged', { count: c.unchanged })}</span>
      <span class="badge danger">${l.t('import.count.failed', { count: c.failed })}</span>
    </div>`;
  }

  private renderProgress(run: BatchRun, label: string): TemplateResult {
    const l = this.i18n;
    return html`<div class="panel">
      <progress part="progress" max=${run.total} .value=${run.done} aria-label=${label}></progress>
      <div class="progress-text">
        <span>${l.t('import.progressText', { done: l.number(run.done), total: l.number(run.total) })}</span>
        ${
          run.dryRun
            ? nothing
            : html`<span
                >${l.t('import.elapsed', { seconds: l.number(Math.round(this.elapsed / 1000)) })}</span
              >`
        }
      </div>
    </div>`;
  }

  private renderCheck(): TemplateResult {
    const l = this.i18n;
    const run = this.checkRun;
    if (this.runError)
      return html`${errorState(l, this.runError, () => void (run ? this.continueCheck() : this.check()))}
        <div class="row-actions">
          <button class="btn" type="button" @click=${() => (this.step = 'columns')}>
            ${l.t('import.back')}
          </button>
        </div>`;
    if (!run || !run.finished)
      return html`<div role="status">
          ${l.t('import.checking', { done: run?.done ?? 0, total: this.data.length })}
        </div>
        ${run ? this.renderProgress(run, l.t('import.step.check')) : nothing}`;
    const c = this.counts();
    const importable = this.rows.length - c.failed;
    return html`<div class="panel">
      ${this.renderCounts(false)} ${this.renderResultsToolbar(c.failed)} ${this.renderFix()}
      ${this.renderResults()}
      <div class="row-actions">
        <button class="btn" type="button" @click=${() => (this.step = 'columns')}>
          ${l.t('import.back')}
        </button>
        <button class="btn" type="button" @click=${() => void this.check()}>
          ${l.t('import.checkAgain')}
        </button>
        <button
          class="btn primary end"
          type="button"
          part="submit"
          ?disabled=${importable === 0}
          @click=${() => void this.startImport()}
        >
          ${l.t('import.start', { count: importable })}
        </button>
      </div>
      ${importable === 0 ? html`<p class="hint">${l.t('import.nothingToImport')}</p>` : nothing}
    </div>`;
  }

  private renderResultsToolbar(failed: number): TemplateResult {
    const l = this.i18n;
    return html`<div class="row-actions">
      <label class="choice">
        <input
          type="checkbox"
          .checked=${this.errorsOnly}
          @change=${(e: Event) => {
            this.errorsOnly = (e.target as HTMLInputElement).checked;
            this.scrollWindow.reset(this.scroller);
          }}
        />
        <span>${l.t('import.errorsOnly')}</span>
      </label>
      <button class="btn end" type="button" ?disabled=${failed === 0} @click=${this.downloadErrors}>
        ${l.t('import.downloadErrors')}
      </button>
    </div>`;
  }

  private renderResults(): TemplateResult {
    const l = this.i18n;
    const visible = this.visible;
    if (this.errorsOnly && visible.length === 0)
      return html`<div class="state" part="empty">${l.t('import.noErrorRows')}</div>`;
    this.scrollWindow.compute(visible.length);
    const rows: TemplateResult[] = [];
    for (let v = this.scrollWindow.start; v <= this.scrollWindow.end; v++)
      rows.push(this.renderRow(visible[v]!, v));
    return html`<div
      class="results"
      part="results"
      role="table"
      aria-label=${l.t('import.step.check')}
      aria-rowcount=${visible.length + 1}
      tabindex="0"
      @scroll=${(e: Event) => {
        if (this.scrollWindow.scrolled((e.target as HTMLElement).scrollTop, visible.length))
          this.requestUpdate();
      }}
    >
      <div class="grid-row head" role="row" aria-rowindex="1">
        <span role="columnheader">${l.t('import.column.line')}</span>
        <span role="columnheader">${l.t('import.column.result')}</span>
        <span role="columnheader">${l.t('import.column.customer')}</span>
        <span role="columnheader">${l.t('import.column.user')}</span>
        <span role="columnheader">${l.t('import.column.problems')}</span>
      </div>
      <div class="body" role="rowgroup">
        <div class="window">${rows}</div>
      </div>
    </div>`;
  }

  private renderRow(index: number, position: number): TemplateResult {
    const l = this.i18n;
    const r = this.results[index];
    const row = this.rows[index];
    const written = this.step !== 'check';
    const status = r?.status;
    const tone = { create: 'success', update: 'warning', unchanged: 'neutral', error: 'danger' } as const;
    const statusText = !status
      ? ''
      : status === 'error'
        ? l.t('import.action.error')
        : l.t(`import.${written ? 'did' : 'will'}.${status}`);
    const problems = r?.errors.map((p) => this.problemText(p)).join(' ') ?? '';
    return html`<div class="grid-row" role="row" part="row" aria-rowindex=${position + 2}>
      <span role="cell">${this.lines[index]}</span>
      <span role="cell"
        >${status ? html`<span class="badge ${tone[status]}">${statusText}</span>` : nothing}</span
      >
      <span role="cell"
        ><span class="cell-text">${row?.customer?.name ?? row?.user?.customer ?? ''}</span
        ><span class="sub cell-text">${row?.customer?.reference ?? ''}</span></span
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
                aria-label=${`${l.t('import.fix')} · ${l.t('import.column.line')} ${this.lines[index]}`}
                @click=${() => this.openFix(index)}
              >
                ${l.t('import.fix')}
              </button>`
            : nothing
        }
      </span>
    </div>`;
  }

  private openFix(index: number): void {
    this.fixing = index;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('.fix input')?.focus(),
    );
  }

  private renderFix(): TemplateResult | typeof nothing {
    const index = this.fixing;
    if (index === undefined) return nothing;
    const l = this.i18n;
    const r = this.checkRun?.results[index];
    const line = this.lines[index]!;
    const fields = [
      ...new Set(
        (r?.errors ?? [])
          .map((p) => fieldOf(p.path))
          .filter((f): f is ImportField => !!f && f !== 'user.customer'),
      ),
    ];
    // A problem of a field the file has no column for, or of the whole row, is shown as text.
    const unmapped = (r?.errors ?? []).filter((p) => {
      const f = fieldOf(p.path);
      return !f || f === 'user.customer' || this.mapping.indexOf(f) < 0;
    });
    const cells = this.data[index] ?? [];
    return html`<div class="fix" part="fix" role="group" aria-labelledby="fix-title">
      <strong id="fix-title">${l.t('import.column.line')} ${line}</strong>
      <p class="hint">${l.t('import.fixHint')}</p>
      <div class="fix-fields">
        ${fields
          .filter((f) => this.mapping.indexOf(f) >= 0)
          .map((f) => {
            const problem = r?.errors.find((p) => fieldOf(p.path) === f);
            const id = `fix-${f.replace('.', '-')}`;
            return html`<div class="field">
              <label for=${id}>${l.t('import.fixLabel', { field: this.fieldLabel(f), line })}</label>
              <input
                id=${id}
                type="text"
                aria-invalid="true"
                aria-describedby=${`${id}-error`}
                .value=${cells[this.mapping.indexOf(f)] ?? ''}
                @change=${(e: Event) => this.setCell(index, f, (e.target as HTMLInputElement).value)}
              />
              <span class="field-error" id=${`${id}-error`}>${problem ? this.problemText(problem) : ''}</span>
            </div>`;
          })}
      </div>
      ${
        unmapped.length
          ? html`<ul class="links-list">
              ${unmapped.map((p) => html`<li>${this.problemText(p)}</li>`)}
            </ul>`
          : nothing
      }
      <div class="row-actions">
        <button class="btn" type="button" @click=${() => (this.fixing = undefined)}>
          ${l.t('import.closeFix')}
        </button>
        <button class="btn primary" type="button" @click=${() => void this.check()}>
          ${l.t('import.checkAgain')}
        </button>
      </div>
    </div>`;
  }

  private renderImport(): TemplateResult {
    const l = this.i18n;
    const run = this.importRun;
    if (!run) return html``;
    if (!run.finished)
      return html`<div class="panel">
        ${this.renderProgress(run, l.t('import.progress'))}
        ${
          this.runError
            ? html`<div class="banner error" role="alert" part="error">
                <span
                  >${l.t('import.failed', { done: l.number(run.done), total: l.number(run.total) })}
                  ${errorText(l, this.runError)}</span
                >
                <div class="banner-actions">
                  <button class="btn" type="button" part="retry" @click=${() => void this.continueImport()}>
                    ${l.t('common.retry')}
                  </button>
                </div>
              </div>`
            : nothing
        }
        ${
          this.cancelled
            ? html`<div class="banner warning" role="status">
                <span
                  >${l.t('import.cancelled', { done: l.number(run.done), total: l.number(run.total) })}</span
                >
              </div>`
            : nothing
        }
        <div class="row-actions">
          ${
            this.busy
              ? html`<button class="btn danger" type="button" @click=${this.cancel}>
                  ${l.t('import.cancel')}
                </button>`
              : html`<button class="btn" type="button" @click=${() => void this.check()}>
                    ${l.t('import.back')}
                  </button>
                  <button
                    class="btn primary end"
                    type="button"
                    part="submit"
                    @click=${() => void this.startImport()}
                  >
                    ${l.t('import.start', { count: run.total })}
                  </button>`
          }
        </div>
      </div>`;
    const c = this.counts();
    return html`<div class="panel">
      <div class="banner success" role="status"><span>${l.t('import.finished')}</span></div>
      ${this.renderCounts(true)} ${this.renderResultsToolbar(c.failed)} ${this.renderResults()}
      ${this.renderLinks()}
    </div>`;
  }

  private renderLinks(): TemplateResult {
    const l = this.i18n;
    const users = this.createdUsers;
    let body: TemplateResult;
    if (this.linkState === 'sending')
      body = html`<div role="status">
        ${l.t('import.links.sending', { done: this.linkDone, total: users.length })}
      </div>`;
    else if (this.linkState === 'later') body = html`<p role="status">${l.t('import.links.deferred')}</p>`;
    else if (this.linkState === 'done')
      body = html`<p role="status">${l.t('import.links.sent', { count: this.linkSent })}</p>
        ${
          this.linkFailures.length
            ? html`<div class="banner error" role="alert" part="error">
                <span>${l.t('import.links.notSent')}</span>
                <ul>
                  ${this.linkFailures.map((f) => html`<li>${f.email}: ${errorText(l, f.error)}</li>`)}
                </ul>
                <div class="banner-actions">
                  <button
                    class="btn"
                    type="button"
                    part="retry"
                    @click=${() =>
                      void this.sendLinks(
                        users.filter((u) => this.linkFailures.some((f) => f.email === u.email)),
                      )}
                  >
                    ${l.t('common.retry')}
                  </button>
                </div>
              </div>`
            : nothing
        }`;
    else if (!users.length) body = html`<p>${l.t('import.links.none')}</p>`;
    else
      body = html`<p class="hint">${l.t('import.links.hint')}</p>
        <div class="row-actions">
          <button class="btn primary" type="button" part="submit" @click=${() => void this.sendLinks()}>
            ${l.t('import.links.send', { count: users.length })}
          </button>
          <button class="btn" type="button" @click=${() => (this.linkState = 'later')}>
            ${l.t('import.links.later')}
          </button>
        </div>`;
    return html`<section class="panel" aria-labelledby="links-title">
      <h3 id="links-title">${l.t('import.step.links')}</h3>
      ${body}
      <div class="row-actions">
        <button class="btn end" type="button" ?disabled=${this.busy} @click=${this.restart}>
          ${l.t('import.again')}
        </button>
      </div>
    </section>`;
  }
}

/** The field a problem path names (`user.permissions.0` → `user.permissions`). */
function fieldOf(path: string): ImportField | 'user.customer' | undefined {
  const [entity, field] = path.split('.');
  const name = `${entity}.${field}`;
  if (name === 'user.customer') return name;
  return (IMPORT_FIELDS as readonly string[]).includes(name) ? (name as ImportField) : undefined;
}

/** Saves a file through a temporary link (a blob: URL, which a strict CSP allows for downloads). */
function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
