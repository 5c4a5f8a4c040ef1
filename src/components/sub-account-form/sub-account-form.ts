import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isProvisioningError } from '../../api/errors.js';
import type { Account, FieldProblem, ProductType } from '../../api/schemas/index.js';
import {
  changedFields,
  renderChangedFields,
  renderStaleNotice,
  type ChangedField,
} from '../../core/dialog.js';
import { CreateKey } from '../../core/create-key.js';
import { allowed, announce } from '../../core/events.js';
import { fieldMessages } from '../../core/field-errors.js';
import type { Localizer } from '../../core/localize.js';
import { principalOf } from '../../core/principal.js';
import { rebase } from '../../core/rebase.js';
import { canRetry, errorState, errorText, loadingState } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import accountStrings from '../../locales/en/accounts.js';
import { countryFromText } from './countries.js';
import {
  FIELD_ORDER,
  clearDraft,
  createBody,
  draftOf,
  draftProblems,
  emptyDraft,
  loadDraft,
  saveDraft,
  stepOfPath,
  stepsFor,
  typedSettings,
  updatePatch,
  type AccountDraft,
  type DraftField,
  type StepId,
} from './draft.js';
import type { AccountCreateDetail, AccountDetail, AccountUpdateDetail } from './events.js';
import {
  renderAccess,
  renderAdmin,
  renderDetails,
  renderReview,
  renderSettings,
  type StepView,
} from './steps.js';
import { styles } from './sub-account-form.styles.js';

export type { AccountCreateDetail, AccountDetail, AccountUpdateDetail } from './events.js';
export type { StepId } from './draft.js';

type Notice =
  | { kind: 'invalid' }
  | { kind: 'stale' }
  | { kind: 'reloaded'; changes: ChangedField[] }
  | { kind: 'failed'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'restored' };

const TEXT_INPUTS: Record<string, DraftField> = {
  name: 'name',
  reference: 'reference',
  notes: 'notes',
  adminName: 'adminName',
  adminEmail: 'adminEmail',
  adminLocale: 'adminLocale',
};

/**
 * @summary Creates a customer or sub-account in guided steps (seed 004), or edits one.
 *
 * Create mode (no `account-id`): under `parent-id`, else the provider's `account-id`, else the
 * account the principal works as. Steps: details, primary administrator (invited by e-mail at
 * once; nobody sets a password), product settings (only when the product type declares fields),
 * role and access (the user manager's permission checkboxes), review. Edit mode (`account-id`):
 * the same steps without the administrator, sent with `If-Match`; a product type that is locked
 * once assigned is shown read-only with the reason.
 *
 * Each step is checked with the server's own schemas before the next; a server 422/409 sends the
 * admin to the step and field it names. What was typed survives failures, step changes, a language
 * switch and re-renders; with `persist-draft` also a page reload (sessionStorage, no e-mail addresses).
 *
 * @csspart form - The form.
 * @csspart steps - The step indicator (a list of buttons).
 * @csspart step - One button of the step indicator.
 * @csspart step-title - The heading of the current step (focused on every step change).
 * @csspart back - The "Back" button.
 * @csspart next - The "Next" button.
 * @csspart submit - "Create account" / "Save changes" on the review step.
 * @csspart cancel - The "Cancel" button (with `show-cancel`).
 * @csspart locked-warning - Seed 004's warning for product types that cannot be changed later.
 * @csspart banner - Success and draft-restored messages.
 * @csspart error - Error banners and the error state.
 * @csspart loading - The loading state.
 * @csspart retry - The retry button of the error state.
 *
 * @cssprop --tk-color-primary - The current step and primary buttons.
 * @cssprop --tk-color-danger - Errors.
 * @cssprop --tk-color-success - The check mark of done steps.
 *
 * @cssstate loading - The account (edit mode) or the product types are loading.
 * @cssstate saving - The request is running.
 *
 * @event {TkEvent<AccountCreateDetail>} tk-account-create - Before the account is created; cancelable.
 * @event {TkEvent<AccountDetail>} tk-account-created - The account and its primary admin exist; the invitation is sent.
 * @event {TkEvent<AccountUpdateDetail>} tk-account-update - Before the account is changed; cancelable.
 * @event {TkEvent<AccountDetail>} tk-account-updated - The account was changed.
 * @event {TkEvent} tk-account-form-cancel - The Cancel button was pressed (with `show-cancel`).
 */
export class TkSubAccountForm extends TkElement {
  static override catalogs = { accounts: accountStrings };
  static override styles = [...TkElement.styles, styles];

  /** Create under this account; default: the provider's `account-id`, then the principal's scope. */
  @property({ attribute: 'parent-id' }) parentId?: string;

  /** Edit this account instead of creating one. */
  @property({ attribute: 'account-id' }) accountId?: string;

  /** Keep the draft in sessionStorage, so it survives a page reload (e-mail addresses are never stored). */
  @property({ type: Boolean, attribute: 'persist-draft' }) persistDraft = false;

  /** Shows a Cancel button that fires `tk-account-form-cancel` (for dialogs). */
  @property({ type: Boolean, attribute: 'show-cancel' }) showCancel = false;

  @state() private step: StepId = 'details';
  @state() private draft: AccountDraft = emptyDraft();
  @state() private errors: ReadonlyMap<string, string> = new Map();
  @state() private notice?: Notice;
  @state() private saving = false;

  /** Fields the admin changed: they survive "load latest version" after a 412. */
  private touched = new Set<DraftField>();
  /** The version being edited. */
  private original?: Account;
  /** The mode and account the draft belongs to; a change starts a new draft. */
  private draftKey?: string;
  private editReady = false;
  /** The create's `Idempotency-Key`: the same on a retry of the same content. */
  private readonly createKey = new CreateKey();

  private typesTask = new Task(this, {
    task: ([api], { signal }) =>
      api ? api.listProductTypes({ signal }) : Promise.reject(new Error('no client')),
    args: () => [this.api] as const,
  });

  private parentTask = new Task(this, {
    task: async ([api, explicit, scoped, editing], { signal }) => {
      if (!api || editing) return undefined;
      const id = explicit || scoped || (await principalOf(api)).actingFor.id;
      return api.getAccount(id, { signal });
    },
    args: () => [this.api, this.parentId, this.provided?.accountId, this.accountId] as const,
  });

  private accountTask = new Task(this, {
    task: ([api, id], { signal }) =>
      api && id ? api.getAccount(id, { signal }) : Promise.resolve(undefined),
    args: () => [this.api, this.accountId] as const,
  });

  private permissionsTask = new Task(this, {
    task: ([api, editing], { signal }) =>
      api && !editing ? api.listPermissions({ signal }) : Promise.resolve(undefined),
    args: () => [this.api, this.accountId] as const,
  });

  /** The step being shown. */
  get currentStep(): StepId {
    return this.step;
  }

  /** True while the form holds entries that were not saved. */
  get dirty(): boolean {
    return this.touched.size > 0 && this.notice?.kind !== 'done';
  }

  private get mode(): 'create' | 'edit' {
    return this.accountId ? 'edit' : 'create';
  }

  private get type(): ProductType | undefined {
    return this.typesTask.value?.find((t) => t.id === this.draft.productTypeId);
  }

  private get steps(): StepId[] {
    return stepsFor(this.mode, this.type);
  }

  private get storageKey(): string {
    return this.mode === 'edit'
      ? `edit:${this.accountId}`
      : `create:${this.parentId || this.provided?.accountId || 'scope'}`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = this.storageKey;
    if (key !== this.draftKey) {
      this.draftKey = key;
      this.resetDraft();
      const saved = this.persistDraft && this.mode === 'create' ? loadDraft(key) : undefined;
      if (saved) {
        this.draft = saved.draft;
        this.step = saved.step === 'review' ? 'details' : saved.step;
        for (const field of Object.keys(saved.draft) as DraftField[]) this.touched.add(field);
        this.notice = { kind: 'restored' };
      }
    }
    const account = this.accountTask.value;
    const types = this.typesTask.value;
    if (this.mode === 'edit' && account && types && !this.editReady) {
      this.original = account;
      this.draft = draftOf(
        account,
        types.find((t) => t.id === account.productTypeId),
      );
      this.editReady = true;
    }
    const catalog = this.permissionsTask.value;
    if (this.mode === 'create' && catalog && this.draft.permissions === null)
      this.draft = { ...this.draft, permissions: catalog.map((p) => p.id) };
    if (!this.steps.includes(this.step)) this.step = 'details';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const loading =
      this.typesTask.status === TaskStatus.PENDING ||
      (this.mode === 'edit' && this.accountTask.status === TaskStatus.PENDING);
    this.setState('loading', loading);
    this.setState('saving', this.saving);
  }

  private resetDraft() {
    this.draft = emptyDraft();
    this.touched = new Set();
    this.errors = new Map();
    this.notice = undefined;
    this.step = 'details';
    this.original = undefined;
    this.editReady = false;
  }

  // ---- rendering ----

  protected override render() {
    const l = this.i18n;
    if (!this.api)
      return html`<div class="state error" role="alert" part="error">${l.t('error.noClient')}</div>`;
    if (this.mode === 'edit') {
      if (this.accountTask.status === TaskStatus.ERROR)
        return errorState(l, this.accountTask.error, () => void this.accountTask.run());
      if (!this.editReady) {
        if (this.typesTask.status === TaskStatus.ERROR)
          return errorState(l, this.typesTask.error, () => void this.typesTask.run());
        return loadingState(l);
      }
    } else if (this.parentTask.status === TaskStatus.ERROR) {
      return errorState(l, this.parentTask.error, () => void this.parentTask.run());
    }
    const steps = this.steps;
    const index = steps.indexOf(this.step);
    const labels = this.stepLabels(l);
    const view = this.stepView(l, steps);
    return html`<form
      part="form"
      novalidate
      aria-labelledby="form-title"
      @submit=${(e: SubmitEvent) => this.onSubmit(e)}
      @input=${(e: Event) => this.onInput(e, false)}
      @change=${(e: Event) => this.onInput(e, true)}
    >
      <h2 id="form-title">${this.heading(l)}</h2>
      ${this.renderIndicator(l, steps, labels)} ${this.renderNotice(l, labels)}
      <h3 class="step-title" id="step-title" part="step-title" tabindex="-1">
        ${l.t('accounts.form.stepOf', { current: index + 1, total: steps.length, name: labels[this.step] })}
      </h3>
      <div class="step-body">${this.renderStep(view, labels)}</div>
      <div class="actions">
        ${
          this.showCancel
            ? html`<button class="btn" type="button" part="cancel" @click=${this.onCancel}>
                ${l.t('common.cancel')}
              </button>`
            : nothing
        }
        <span class="forward">
          ${
            index > 0
              ? html`<button class="btn" type="button" part="back" @click=${() => this.move(-1)}>
                  ${l.t('accounts.form.back')}
                </button>`
              : nothing
          }
          ${
            this.step === 'review'
              ? html`<button class="btn primary" type="submit" part="submit" ?disabled=${this.saving}>
                  ${
                    this.saving
                      ? l.t(this.mode === 'create' ? 'accounts.form.creating' : 'common.saving')
                      : l.t(
                          this.mode === 'create' ? 'accounts.form.submitCreate' : 'accounts.form.submitEdit',
                        )
                  }
                </button>`
              : html`<button class="btn primary" type="submit" part="next">
                  ${l.t('accounts.form.next')}
                </button>`
          }
        </span>
      </div>
    </form>`;
  }

  private heading(l: Localizer): string {
    if (this.mode === 'edit') return l.t('accounts.form.editTitle', { name: this.original?.name ?? '' });
    const parent = this.parentTask.value;
    return parent && parent.kind !== 'reseller'
      ? l.t('accounts.form.createSubTitle', { parent: parent.name })
      : l.t('accounts.form.createTitle');
  }

  private stepLabels(l: Localizer): Record<StepId, string> {
    return {
      details: l.t('accounts.form.step.details'),
      admin: l.t('accounts.form.step.admin'),
      settings: l.t('accounts.form.step.settings'),
      access: l.t('accounts.form.step.access'),
      review: l.t('accounts.form.step.review'),
    };
  }

  private renderIndicator(l: Localizer, steps: StepId[], labels: Record<StepId, string>): TemplateResult {
    const index = steps.indexOf(this.step);
    const invalidSteps = new Set([...this.errors.keys()].map(stepOfPath));
    return html`<nav aria-label=${l.t('accounts.form.steps')}>
      <ol class="steps" part="steps">
        ${steps.map((step, i) => {
          const current = step === this.step;
          const done = i < index && !invalidSteps.has(step);
          const state = current
            ? l.t('accounts.form.stepCurrent')
            : done
              ? l.t('accounts.form.stepDone')
              : '';
          return html`<li>
            <button
              type="button"
              part="step"
              class="step-button ${done ? 'done' : ''} ${invalidSteps.has(step) ? 'invalid' : ''}"
              aria-current=${ifDefined(current ? 'step' : undefined)}
              data-step=${step}
              @click=${() => this.goTo(step)}
            >
              ${labels[step]}${state ? html`<span class="visually-hidden">, ${state}</span>` : nothing}
            </button>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private renderNotice(l: Localizer, labels: Record<StepId, string>) {
    const n = this.notice;
    if (!n) return nothing;
    switch (n.kind) {
      case 'stale':
        return renderStaleNotice({ l, onReload: () => void this.loadLatest(), busy: this.saving });
      case 'reloaded':
        return renderChangedFields(l, n.changes);
      case 'invalid': {
        const first = [...this.errors.keys()].map(stepOfPath)[0];
        return html`<div class="banner error" part="error" role="alert" tabindex="-1" data-notice>
          ${l.t('accounts.form.invalid')}
          ${first && first !== this.step ? l.t('accounts.form.invalidStep', { step: labels[first] }) : nothing}
        </div>`;
      }
      case 'failed':
        return html`<div class="banner error" part="error" role="alert" tabindex="-1" data-notice>
          <span>${n.text}</span>
        </div>`;
      case 'done':
        return html`<div class="banner success" part="banner" role="status" tabindex="-1" data-notice>
          ${n.text}
        </div>`;
      case 'restored':
        return html`<div class="banner info" part="banner" role="status">
          <span>${l.t('accounts.form.draftRestored')}</span>
          <button class="btn small" type="button" @click=${this.startOver}>
            ${l.t('accounts.form.draftDiscard')}
          </button>
        </div>`;
    }
  }

  private stepView(l: Localizer, steps: StepId[]): StepView {
    return {
      l,
      mode: this.mode,
      draft: this.draft,
      errors: this.errors,
      types: this.typesTask.value,
      typesFailed: this.typesTask.status === TaskStatus.ERROR,
      retryTypes: canRetry(this.typesTask.error) ? () => void this.typesTask.run() : undefined,
      type: this.type,
      account: this.original,
      permissions: this.permissionsTask.value,
      permissionsFailed: this.permissionsTask.status === TaskStatus.ERROR,
      retryPermissions: () => void this.permissionsTask.run(),
      onPermissions: (ids) => this.change('permissions', ids),
      now: new Date(),
      steps,
      goTo: (step) => void this.goTo(step),
    };
  }

  private renderStep(v: StepView, labels: Record<StepId, string>): TemplateResult {
    switch (this.step) {
      case 'details':
        return renderDetails(v);
      case 'admin':
        return renderAdmin(v);
      case 'settings':
        return renderSettings(v);
      case 'access':
        return renderAccess(v);
      case 'review':
        return renderReview(v, labels);
    }
  }

  // ---- input ----

  private change<K extends DraftField>(field: K, value: AccountDraft[K]) {
    this.draft = { ...this.draft, [field]: value };
    this.touched.add(field);
    if (this.notice?.kind === 'done' || this.notice?.kind === 'restored') this.notice = undefined;
    this.persist();
  }

  private onInput(e: Event, committed: boolean) {
    const t = e.target;
    if (!(
      t instanceof HTMLInputElement ||
      t instanceof HTMLSelectElement ||
      t instanceof HTMLTextAreaElement
    ))
      return;
    const checked = t instanceof HTMLInputElement && t.checked;
    const path = t.dataset['field'];
    if (path && this.errors.has(path)) {
      const errors = new Map(this.errors);
      errors.delete(path);
      this.errors = errors;
    }
    const text = TEXT_INPUTS[t.name];
    if (text) return this.change(text, t.value);
    switch (t.name) {
      case 'productTypeId':
        return this.chooseType(t.value);
      case 'country': {
        const code = countryFromText(this.i18n.locale, t.value);
        if (committed && code) {
          this.change('country', code);
          this.change('countryText', null);
        } else {
          this.change('countryText', t.value);
          if (code) this.change('country', code);
        }
        return;
      }
      case 'trial':
      case 'internal':
        return this.change(t.name, checked);
      case 'setting': {
        const id = t.dataset['setting']!;
        const value = t instanceof HTMLInputElement && t.type === 'checkbox' ? checked : t.value;
        return this.change('settings', { ...this.draft.settings, [id]: value });
      }
      default:
        return;
    }
  }

  /** A new product type: its fields with their defaults (values already typed for the same ids stay). */
  private chooseType(id: string) {
    const type = this.typesTask.value?.find((t) => t.id === id);
    const defaults = typedSettings(type?.fields ?? [], {});
    const settings = Object.fromEntries(
      Object.entries(defaults).map(([k, v]) => [k, this.draft.settings[k] ?? v]),
    );
    this.change('productTypeId', id);
    this.change('settings', settings);
    if (!type?.trialAvailable && this.draft.trial && this.mode === 'create') this.change('trial', false);
  }

  private persist() {
    if (this.persistDraft && this.mode === 'create' && this.draftKey)
      saveDraft(this.draftKey, this.draft, this.step);
  }

  private startOver = () => {
    if (this.draftKey) clearDraft(this.draftKey);
    this.resetDraft();
    const catalog = this.permissionsTask.value;
    if (catalog) this.draft = { ...this.draft, permissions: catalog.map((p) => p.id) };
  };

  private onCancel = () => {
    announce(this, 'tk-account-form-cancel', {});
  };

  // ---- navigation ----

  private problems(): FieldProblem[] {
    return draftProblems(this.mode, this.draft, this.type, this.i18n.locale, this.original);
  }

  private problemsOf(step: StepId, all = this.problems()): FieldProblem[] {
    return all.filter((p) => stepOfPath(p.path) === step);
  }

  /** Back and forth; going forward checks every step on the way and stops at the first invalid one. */
  async goTo(target: StepId): Promise<void> {
    const steps = this.steps;
    const from = steps.indexOf(this.step);
    const to = steps.indexOf(target);
    if (to < 0 || to === from) return;
    if (to > from) {
      const all = this.problems();
      for (const step of steps.slice(from, to)) {
        const problems = this.problemsOf(step, all);
        if (problems.length) return this.showProblems(problems);
      }
    }
    await this.show(target);
  }

  private async move(delta: number) {
    const steps = this.steps;
    const next = steps[steps.indexOf(this.step) + delta];
    if (next) await this.goTo(next);
  }

  private async show(step: StepId) {
    this.step = step;
    if (this.notice?.kind === 'invalid') this.notice = undefined;
    this.persist();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-title')?.focus();
  }

  private async showProblems(problems: readonly FieldProblem[]) {
    const l = this.i18n;
    const messages = fieldMessages(l, problems);
    for (const p of problems) {
      if (p.code === 'taken' && p.path === 'name') messages.set(p.path, l.t('accounts.form.nameTaken'));
      if (p.code === 'taken' && p.path === 'primaryAdmin.email')
        messages.set(p.path, l.t('accounts.form.adminEmailTaken'));
      if (p.code === 'unknown-country') messages.set(p.path, l.t('accounts.form.countryUnknown'));
      if (p.code === 'one_per_reseller') messages.set(p.path, l.t('accounts.form.internalTaken'));
      if (p.code === 'locked') messages.set(p.path, l.t('accounts.form.lockedWarning'));
    }
    this.errors = messages;
    this.notice = { kind: 'invalid' };
    const paths = [...messages.keys()];
    const first =
      FIELD_ORDER.map((f) => paths.find((p) => p === f || p.startsWith(`${f}.`))).find(Boolean) ?? paths[0];
    if (!first) return;
    const step = stepOfPath(first);
    if (this.steps.includes(step)) this.step = step;
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLElement>(`[data-field="${first}"]`);
    const focusable =
      field && field.matches('input, select, textarea')
        ? field
        : (field?.querySelector<HTMLElement>('input, select, textarea') ??
          this.renderRoot.querySelector<HTMLElement>('[data-notice]'));
    focusable?.focus();
  }

  // ---- saving ----

  private async onSubmit(e: SubmitEvent) {
    e.preventDefault();
    if (this.step !== 'review') return this.move(1);
    const api = this.api;
    if (!api || this.saving) return;
    const problems = this.problems();
    if (problems.length) return this.showProblems(problems);
    const locale = this.i18n.locale;
    if (this.mode === 'edit') {
      const account = this.original;
      if (!account) return;
      const patch = updatePatch(account, this.draft, this.type, locale);
      if (!allowed<AccountUpdateDetail>(this, 'tk-account-update', { account, patch })) return;
      await this.save(async () => {
        const updated = Object.keys(patch).length ? await api.updateAccount(account, patch) : account;
        this.original = updated;
        this.draft = draftOf(updated, this.type);
        this.touched = new Set();
        this.notice = { kind: 'done', text: this.i18n.t('accounts.updated', { name: updated.name }) };
        announce<AccountDetail>(this, 'tk-account-updated', { account: updated });
      });
      return;
    }
    const parent = this.parentTask.value;
    if (!parent) return;
    const body = createBody(this.draft, this.type, locale);
    if (!allowed<AccountCreateDetail>(this, 'tk-account-create', { parentId: parent.id, body })) return;
    await this.save(async () => {
      const account = await api.createChildAccount(parent.id, body, {
        idempotencyKey: this.createKey.for(body),
      });
      this.createKey.done();
      if (this.draftKey) clearDraft(this.draftKey);
      const text = this.i18n.t('accounts.created', { name: account.name, email: body.primaryAdmin.email });
      this.resetDraft();
      const catalog = this.permissionsTask.value;
      if (catalog) this.draft = { ...this.draft, permissions: catalog.map((p) => p.id) };
      this.notice = { kind: 'done', text };
      announce<AccountDetail>(this, 'tk-account-created', { account });
    });
  }

  private async save(work: () => Promise<void>) {
    this.saving = true;
    this.notice = undefined;
    try {
      await work();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-notice]')?.focus();
    } catch (error) {
      await this.showError(error);
    } finally {
      this.saving = false;
    }
  }

  private async showError(error: unknown) {
    if (isProvisioningError(error)) {
      if (error.kind === 'precondition-failed') {
        this.notice = { kind: 'stale' };
        return this.focusNotice();
      }
      if ((error.kind === 'validation' || error.kind === 'conflict') && error.fieldErrors.length) {
        return this.showProblems(error.fieldErrors);
      }
    }
    this.notice = { kind: 'failed', text: errorText(this.i18n, error) };
    await this.focusNotice();
  }

  private async focusNotice() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-notice]')?.focus();
  }

  /** After a 412: the latest version becomes the base; the fields the admin changed stay as typed. */
  private async loadLatest() {
    const api = this.api;
    const original = this.original;
    if (!api || !original) return;
    this.saving = true;
    try {
      const latest = await api.getAccount(original.id);
      const type = this.typesTask.value?.find((t) => t.id === latest.productTypeId);
      const before = draftOf(original, type);
      const now = draftOf(latest, type);
      const l = this.i18n;
      const fields: { field: DraftField; label: string }[] = [
        { field: 'name', label: l.t('accounts.form.name') },
        { field: 'productTypeId', label: l.t('accounts.form.productType') },
        { field: 'reference', label: l.t('accounts.form.reference') },
        { field: 'country', label: l.t('accounts.form.country') },
        { field: 'notes', label: l.t('accounts.form.notes') },
        { field: 'trial', label: l.t('accounts.form.trial') },
        { field: 'internal', label: l.t('accounts.form.internal') },
      ];
      const show = (value: unknown) =>
        typeof value === 'boolean' ? l.t(value ? 'common.yes' : 'common.no') : String(value ?? '');
      const changes = changedFields(
        before,
        now,
        this.draft,
        this.touched,
        fields.map((f) => ({ ...f, show })),
      );
      this.original = latest;
      this.draft = rebase(now, this.draft, this.touched);
      this.notice = { kind: 'reloaded', changes };
      await this.focusNotice();
    } catch (error) {
      this.notice = { kind: 'failed', text: errorText(this.i18n, error) };
    } finally {
      this.saving = false;
    }
  }
}
