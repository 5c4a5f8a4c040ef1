import { TaskStatus } from '@lit/task';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isProvisioningError } from '../../api/errors.js';
import type { Account, FieldProblem, ProductType } from '../../api/schemas/index.js';
import { CreateKey } from '../../core/create-key.js';
import { allowed, announce } from '../../core/events.js';
import type { Localizer } from '../../core/localize.js';
import { canRetry, errorState, errorText, loadingState } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import accountStrings from '../../locales/en/accounts.js';
import {
  createBody,
  draftOf,
  draftProblems,
  emptyDraft,
  stepOfPath,
  stepsFor,
  updatePatch,
  type AccountDraft,
  type DraftField,
  type StepId,
} from './draft.js';
import { inputChanges, isFormControl } from './draft-input.js';
import { clearDraft, loadDraft, saveDraft } from './draft-storage.js';
import { AccountFormData } from './form-data.js';
import type { AccountCreateDetail, AccountDetail, AccountUpdateDetail } from './events.js';
import { firstProblemPath, problemFocus, problemMessages } from './field-problems.js';
import { renderFormActions } from './form-actions.js';
import { renderFormNotice, type FormNotice } from './form-notice.js';
import { rebaseOnLatest } from './latest-version.js';
import { renderStepIndicator, stepLabels } from './step-indicator.js';
import { renderStep, type StepView } from './steps.js';
import { styles } from './sub-account-form.styles.js';

export type { AccountCreateDetail, AccountDetail, AccountUpdateDetail } from './events.js';
export type { StepId } from './draft.js';

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
  @state() private notice?: FormNotice;
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

  private data = new AccountFormData(this, {
    api: () => this.api,
    parentId: () => this.parentId,
    scopeId: () => this.provided?.accountId,
    accountId: () => this.accountId,
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
    return this.data.typeOf(this.draft.productTypeId);
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
    const account = this.data.account.value;
    if (this.mode === 'edit' && account && this.data.types.value && !this.editReady) {
      this.original = account;
      this.draft = draftOf(account, this.data.typeOf(account.productTypeId));
      this.editReady = true;
    }
    const all = this.data.allPermissions();
    if (this.mode === 'create' && all && this.draft.permissions === null)
      this.draft = { ...this.draft, permissions: all };
    if (!this.steps.includes(this.step)) this.step = 'details';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('loading', this.data.loading);
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
      const { account, types } = this.data;
      if (account.status === TaskStatus.ERROR) return errorState(l, account.error, () => void account.run());
      if (!this.editReady) {
        if (types.status === TaskStatus.ERROR) return errorState(l, types.error, () => void types.run());
        return loadingState(l);
      }
    } else if (this.data.parent.status === TaskStatus.ERROR) {
      const { parent } = this.data;
      return errorState(l, parent.error, () => void parent.run());
    }
    const steps = this.steps;
    const index = steps.indexOf(this.step);
    const labels = stepLabels(l);
    return html`<form
      part="form"
      novalidate
      aria-labelledby="form-title"
      @submit=${(e: SubmitEvent) => this.onSubmit(e)}
      @input=${(e: Event) => this.onInput(e, false)}
      @change=${(e: Event) => this.onInput(e, true)}
    >
      <h2 id="form-title">${this.heading(l)}</h2>
      ${renderStepIndicator({
        l,
        steps,
        current: this.step,
        labels,
        invalid: new Set([...this.errors.keys()].map(stepOfPath)),
        onGo: (step) => void this.goTo(step),
      })}
      ${renderFormNotice({
        l,
        notice: this.notice,
        labels,
        step: this.step,
        errors: this.errors,
        saving: this.saving,
        onReload: () => void this.loadLatest(),
        onDiscard: this.startOver,
      })}
      <h3 class="step-title" id="step-title" part="step-title" tabindex="-1">
        ${l.t('accounts.form.stepOf', { current: index + 1, total: steps.length, name: labels[this.step] })}
      </h3>
      <div class="step-body">${renderStep(this.step, this.stepView(l, steps), labels)}</div>
      ${renderFormActions({
        l,
        mode: this.mode,
        canGoBack: index > 0,
        reviewing: this.step === 'review',
        saving: this.saving,
        showCancel: this.showCancel,
        onCancel: this.onCancel,
        onBack: () => void this.move(-1),
      })}
    </form>`;
  }

  private heading(l: Localizer): string {
    if (this.mode === 'edit') return l.t('accounts.form.editTitle', { name: this.original?.name ?? '' });
    const parent = this.data.parent.value;
    return parent && parent.kind !== 'reseller'
      ? l.t('accounts.form.createSubTitle', { parent: parent.name })
      : l.t('accounts.form.createTitle');
  }

  private stepView(l: Localizer, steps: StepId[]): StepView {
    const { types, permissions } = this.data;
    return {
      l,
      mode: this.mode,
      draft: this.draft,
      errors: this.errors,
      types: types.value,
      typesFailed: types.status === TaskStatus.ERROR,
      retryTypes: canRetry(types.error) ? () => void types.run() : undefined,
      type: this.type,
      account: this.original,
      permissions: permissions.value,
      permissionsFailed: permissions.status === TaskStatus.ERROR,
      retryPermissions: () => void permissions.run(),
      onPermissions: (ids) => this.change({ permissions: ids }),
      now: new Date(),
      steps,
      goTo: (step) => void this.goTo(step),
    };
  }

  // ---- input ----

  private change(changes: Partial<AccountDraft>) {
    this.draft = { ...this.draft, ...changes };
    for (const field of Object.keys(changes) as DraftField[]) this.touched.add(field);
    if (this.notice?.kind === 'done' || this.notice?.kind === 'restored') this.notice = undefined;
    this.persist();
  }

  private onInput(e: Event, committed: boolean) {
    const t = e.target;
    if (!isFormControl(t)) return;
    const path = t.dataset['field'];
    if (path && this.errors.has(path)) {
      const errors = new Map(this.errors);
      errors.delete(path);
      this.errors = errors;
    }
    const changes = inputChanges(t, {
      draft: this.draft,
      mode: this.mode,
      locale: this.i18n.locale,
      committed,
      typeOf: (id) => this.data.typeOf(id),
    });
    if (changes) this.change(changes);
  }

  private persist() {
    if (this.persistDraft && this.mode === 'create' && this.draftKey)
      saveDraft(this.draftKey, this.draft, this.step);
  }

  /** An empty draft (the primary admin with every permission), and none in storage. */
  private startOver = () => {
    if (this.draftKey) clearDraft(this.draftKey);
    this.resetDraft();
    const all = this.data.allPermissions();
    if (all) this.draft = { ...this.draft, permissions: all };
  };

  private onCancel = () => {
    announce(this, 'tk-account-form-cancel', {});
  };

  // ---- navigation ----

  private problems(): FieldProblem[] {
    return draftProblems(this.mode, this.draft, this.type, this.i18n.locale, this.original);
  }

  /** Back and forth; going forward checks every step on the way and stops at the first invalid one. */
  async goTo(target: StepId): Promise<void> {
    const steps = this.steps;
    const from = steps.indexOf(this.step);
    const to = steps.indexOf(target);
    if (to < 0 || to === from) return;
    if (to > from) {
      const all = this.problems();
      const blocking = steps
        .slice(from, to)
        .map((step) => all.filter((p) => stepOfPath(p.path) === step))
        .find((problems) => problems.length);
      if (blocking) return this.showProblems(blocking);
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
    this.errors = problemMessages(this.i18n, problems);
    this.notice = { kind: 'invalid' };
    const first = firstProblemPath([...this.errors.keys()]);
    if (!first) return;
    const step = stepOfPath(first);
    if (this.steps.includes(step)) this.step = step;
    await this.updateComplete;
    problemFocus(this.renderRoot, first)?.focus();
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
    const parent = this.data.parent.value;
    if (!parent) return;
    const body = createBody(this.draft, this.type, locale);
    if (!allowed<AccountCreateDetail>(this, 'tk-account-create', { parentId: parent.id, body })) return;
    await this.save(async () => {
      const account = await api.createChildAccount(parent.id, body, {
        idempotencyKey: this.createKey.for(body),
      });
      this.createKey.done();
      this.startOver();
      this.notice = {
        kind: 'done',
        text: this.i18n.t('accounts.created', { name: account.name, email: body.primaryAdmin.email }),
      };
      announce<AccountDetail>(this, 'tk-account-created', { account });
    });
  }

  private async save(work: () => Promise<void>) {
    this.saving = true;
    this.notice = undefined;
    try {
      await work();
      await this.focusNotice();
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
      const type = this.data.typeOf(latest.productTypeId);
      const { draft, changes } = rebaseOnLatest(this.i18n, {
        original,
        latest,
        type,
        draft: this.draft,
        touched: this.touched,
      });
      this.original = latest;
      this.draft = draft;
      this.notice = { kind: 'reloaded', changes };
      await this.focusNotice();
    } catch (error) {
      this.notice = { kind: 'failed', text: errorText(this.i18n, error) };
    } finally {
      this.saving = false;
    }
  }
}
