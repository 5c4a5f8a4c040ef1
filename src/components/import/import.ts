import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Me, ProductType } from '../../api/schemas/index.js';
import { allowed, announce } from '../../core/events.js';
import { canWrite, principalOf } from '../../core/principal.js';
import { errorState, loadingState } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import importStrings from '../../locales/en/import.js';
import { VirtualScroll } from '../../core/virtual/virtual-scroll.js';
import { DEFAULT_BATCH_SIZE, type BatchRun } from './batches.js';
import { renderCheckStep } from './check-step.js';
import { renderColumnsStep } from './columns-step.js';
import type { TkImportCompleteDetail, TkImportProgressDetail, TkImportStartDetail } from './events.js';
import { IMPORT_FIELDS, type ImportField } from './fields.js';
import { renderFileStep } from './file-step.js';
import { importStyles } from './import.styles.js';
import { renderImportStep } from './import-step.js';
import { LinkSender, type ImportedUser } from './links.js';
import { FileRefused } from './file-guard.js';
import { parseDelimited, parseFile, type ParsedFile } from './parse.js';
import { countResults, errorsCsv, fieldLabel, type Results } from './results.js';
import { ImportRunner } from './runner.js';
import { ImportSession } from './session.js';
import { downloadCsv, downloadTemplate } from './template.js';
import { STEPS, type ImportStep, type ImportUi, type ImportView } from './view.js';

export type { TkImportCompleteDetail, TkImportProgressDetail, TkImportStartDetail } from './events.js';
export type { ImportStep } from './view.js';

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
 * @csspart empty - The read-only note, and the empty errors-only table.
 * @csspart external-links - The note that the workbook links to other workbooks (read as stored, nothing fetched).
 * @csspart error - Error panels.
 * @csspart retry - The retry button.
 *
 * @cssprop --tk-import-height - Maximum height of the results table (24rem).
 * @cssprop --tk-import-row-height - Height of one result row (3.25rem).
 *
 * @cssstate busy - While a file is read, or a check, import or link sending runs.
 */
export class TkImport extends TkElement {
  static override catalogs = { import: importStrings };
  static override styles = [...TkElement.styles, importStyles];

  /** The account customers are imported into (below it); by default the provider's. */
  @property({ attribute: 'account-id' }) accountId?: string;

  /** Rows per request (at most 500). */
  @property({ type: Number, attribute: 'batch-size' }) batchSize = DEFAULT_BATCH_SIZE;

  /** The step shown. */
  @state() step: ImportStep = 'file';

  @state() private me?: Me;
  @state() private meError?: unknown;
  @state() private ui: ImportUi = { pasted: '', dragOver: false, reading: false, errorsOnly: false };

  private readonly session = new ImportSession();
  private readonly runner = new ImportRunner(this, {
    progress: (run) => this.announceProgress(run),
    complete: () => this.complete(),
  });
  private readonly links = new LinkSender(this);
  /** The results table's window of rendered rows, as the access-rights table and resource list have. */
  private readonly virtual = new VirtualScroll(this, {
    root: () => this.renderRoot,
    total: () => this.visible.length,
    // The table is as tall as its rows (up to --tk-import-height): sized before its first paint,
    // and a resize's new sizes applied a frame later, outside the observer's loop.
    measureAfterRender: true,
    measureNextFrame: true,
  });
  private productTypes?: ProductType[];

  private get effectiveAccountId(): string | undefined {
    return this.accountId ?? this.provided?.accountId ?? this.me?.actingFor.id;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadPrincipal();
  }

  private async loadPrincipal(): Promise<void> {
    const api = this.api;
    if (!api) return;
    try {
      this.meError = undefined;
      const me = await principalOf(api);
      if (api === this.api) this.me = me;
    } catch (error) {
      if (api === this.api) this.meError = error;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another client may be another principal (a new sign-in): ask again (cached per client).
    if (changed.has('client') || changed.has('provided')) void this.loadPrincipal();
    this.setState('busy', this.busy);
    this.virtual.compute();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('step')) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    this.virtual.layout();
  }

  private get busy(): boolean {
    return this.ui.reading || this.runner.busy || this.links.state === 'sending';
  }

  private set(patch: Partial<ImportUi>): void {
    this.ui = { ...this.ui, ...patch };
  }

  private get labels(): [ImportField, string][] {
    // The synonyms cover every shipped language; the labels add the reseller's own overrides.
    return IMPORT_FIELDS.map((f) => [f, fieldLabel(this.i18n, f)]);
  }

  // ——— step 1: the file ———

  private async read(parse: () => Promise<ParsedFile>, name: string): Promise<void> {
    this.set({ reading: true, fileError: undefined, externalLinks: false });
    try {
      const { sheets, externalLinks = false } = await parse();
      if (this.session.accept(sheets, name, this.labels)) {
        this.set({ externalLinks });
        this.step = 'columns';
      } else this.set({ fileError: this.i18n.t('import.file.empty') });
    } catch (error) {
      announce(this, 'tk-error', { error, operation: 'readFile' });
      this.set({ fileError: this.refusal(error) });
    } finally {
      this.set({ reading: false });
    }
  }

  /** Why a file was not read, in the element's language. */
  private refusal(error: unknown): string {
    if (!(error instanceof FileRefused)) return this.i18n.t('import.file.unreadable');
    const max = this.i18n.number(error.max / 1024 / 1024, { style: 'unit', unit: 'megabyte' });
    return this.i18n.t(`import.file.${error.reason}`, { max });
  }

  // ——— step 3: check ———

  private async check(): Promise<void> {
    const api = this.api;
    const accountId = this.effectiveAccountId;
    if (!api || !accountId) return;
    this.step = 'check';
    this.set({ fixing: undefined });
    await this.runner.check(api, accountId, this.batchSize, async (signal) => {
      this.productTypes ??= await api.listProductTypes({ signal });
      return this.session.buildRows(this.productTypes);
    });
    this.virtual.reset();
  }

  private async retryCheck(): Promise<void> {
    await this.runner.retryCheck();
    this.virtual.reset();
  }

  /** Results of the current step's run. */
  private get results(): Results {
    return (this.step === 'check' ? this.runner.checkRun : this.runner.importRun)?.results ?? [];
  }

  /** Indices of the rows the table shows. */
  private get visible(): number[] {
    const results = this.results;
    const all = results.map((_, i) => i);
    return this.ui.errorsOnly ? all.filter((i) => results[i]?.status === 'error') : all;
  }

  /** The failing rows with the file's columns and an error column, safe to open in a spreadsheet. */
  errorsCsv(): string {
    return errorsCsv(this.i18n, this.session.headers, this.session.data, this.results);
  }

  // ——— step 4: import ———

  private async startImport(): Promise<void> {
    const api = this.api;
    const accountId = this.effectiveAccountId;
    if (!api || !accountId) return;
    // Rows the check found failing are left out; the rest go in.
    const checked = this.runner.checkRun?.results ?? [];
    const rows = this.session.rows;
    const include = rows.map((_, i) => i).filter((i) => checked[i]?.status !== 'error');
    const detail: TkImportStartDetail = { accountId, rows: include.length };
    if (!allowed(this, 'tk-import-start', detail)) return;
    this.step = 'import';
    this.links.reset();
    await this.runner.startImport(api, accountId, this.batchSize, rows, include);
  }

  private announceProgress(run: BatchRun): void {
    announce<TkImportProgressDetail>(this, 'tk-import-progress', { done: run.done, total: run.total });
  }

  private complete(): void {
    const c = countResults(this.runner.importRun?.results ?? []);
    announce<TkImportCompleteDetail>(this, 'tk-import-complete', {
      created: c.create,
      updated: c.update,
      failed: c.failed,
    });
    this.step = 'links';
  }

  // ——— step 5: password links ———

  /** Users this import created: none of them has a password link yet. */
  private get createdUsers(): ImportedUser[] {
    return (this.runner.importRun?.results ?? []).flatMap((r, i) =>
      r?.user?.action === 'create' && r.user.id
        ? [{ id: r.user.id, email: this.session.rows[i]?.user?.email ?? r.user.id }]
        : [],
    );
  }

  private restart(): void {
    this.runner.reset();
    this.links.reset();
    this.session.reset();
    this.ui = { pasted: '', dragOver: false, reading: false, errorsOnly: false };
    this.step = 'file';
  }

  // ——— rendering ———

  /** What the step views read and call. */
  private view(): ImportView {
    return {
      l: this.i18n,
      step: this.step,
      ui: this.ui,
      session: this.session,
      runner: this.runner,
      links: this.links,
      virtual: this.virtual,
      busy: this.busy,
      results: this.results,
      visible: this.visible,
      createdUsers: this.createdUsers,
      set: (patch) => this.set(patch),
      goTo: (step) => (this.step = step),
      readFile: (file) => void this.read(() => parseFile(file), file.name),
      usePasted: () => void this.read(() => parseDelimited(this.ui.pasted), ''),
      downloadTemplate: (kind) => void downloadTemplate(this.i18n, kind),
      chooseSheet: (index) => {
        this.session.chooseSheet(index, this.labels);
        this.requestUpdate();
      },
      remap: (column, field) => {
        this.session.remap(column, field);
        this.requestUpdate();
      },
      check: () => void this.check(),
      retryCheck: () => void this.retryCheck(),
      startImport: () => void this.startImport(),
      retryImport: () => void this.runner.retryImport(),
      cancel: () => this.runner.cancel(),
      setCell: (row, field, value) => {
        this.session.setCell(row, field, value);
        this.requestUpdate();
      },
      openFix: (row) => {
        this.set({ fixing: row });
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLInputElement>('.fix input')?.focus(),
        );
      },
      showErrorsOnly: (on) => {
        this.set({ errorsOnly: on });
        this.virtual.reset();
      },
      downloadErrors: () => downloadCsv(`${this.i18n.t('import.errorColumn')}.csv`, this.errorsCsv()),
      sendLinks: (users) => {
        const api = this.api;
        if (api) void this.links.send(api, users ?? this.createdUsers, !!users);
      },
      restart: () => this.restart(),
    };
  }

  protected override render(): TemplateResult {
    const l = this.i18n;
    if (!this.api || (!this.me && !this.meError)) return loadingState(l);
    if (this.meError) return errorState(l, this.meError, () => void this.loadPrincipal());
    if (!canWrite(this.me)) return html`<div class="state" part="empty">${l.t('import.readOnly')}</div>`;
    const current = STEPS.indexOf(this.step);
    const v = this.view();
    const body = {
      file: renderFileStep,
      columns: renderColumnsStep,
      check: renderCheckStep,
      import: renderImportStep,
      links: renderImportStep,
    }[this.step](v);
    return html`<section aria-label=${l.t('import.label')}>
      <ol class="steps" part="steps" aria-label=${l.t('import.steps')}>
        ${STEPS.map(
          (s, i) =>
            html`<li
              class=${i < current ? 'done' : ''}
              aria-current=${ifDefined(i === current ? 'step' : undefined)}
            >
              ${i + 1}. ${l.t(`import.step.${s}`)}
            </li>`,
        )}
      </ol>
      <h2 id="title" tabindex="-1">
        ${l.t('import.stepOf', { n: current + 1, total: STEPS.length, name: l.t(`import.step.${this.step}`) })}
      </h2>
      ${body}
    </section>`;
  }
}
