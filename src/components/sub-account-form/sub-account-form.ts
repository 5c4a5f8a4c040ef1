import { TaskStatus } from '@lit/task';
import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { announce } from '../../core/events.js';
import type { Localizer } from '../../core/localize.js';
import { canRetry, errorState, loadingState, noClientState } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import accountStrings from '../../locales/en/accounts.js';
import { stepOfPath, type StepId } from './draft.js';
import { AccountFormData } from './form-data.js';
import { renderFormActions } from './form-actions.js';
import { renderFormNotice } from './form-notice.js';
import { FormSaving } from './form-saving.js';
import { FormState } from './form-state.js';
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

  private readonly data = new AccountFormData(this, {
    api: () => this.api,
    parentId: () => this.parentId,
    scopeId: () => this.provided?.accountId,
    accountId: () => this.accountId,
  });
  private readonly form = new FormState(this, {
    l: () => this.i18n,
    data: this.data,
    accountId: () => this.accountId,
    parentId: () => this.parentId,
    scopeId: () => this.provided?.accountId,
    persistDraft: () => this.persistDraft,
    root: () => this.renderRoot,
  });
  private readonly save = new FormSaving(this, {
    api: () => this.api,
    l: () => this.i18n,
    data: this.data,
    state: this.form,
  });

  /** The step being shown. */
  get currentStep(): StepId {
    return this.form.step;
  }

  /** True while the form holds entries that were not saved. */
  get dirty(): boolean {
    return this.form.dirty;
  }

  /** Back and forth; going forward checks every step on the way and stops at the first invalid one. */
  goTo(target: StepId): Promise<void> {
    return this.form.goTo(target);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.form.follow();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setState('loading', this.data.loading);
    this.setState('saving', this.form.saving);
  }

  // ---- rendering ----

  protected override render() {
    const l = this.i18n;
    if (!this.api) return noClientState(l);
    if (this.form.mode === 'edit') {
      const { account, types } = this.data;
      if (account.status === TaskStatus.ERROR) return errorState(l, account.error, () => void account.run());
      if (!this.form.editReady) {
        if (types.status === TaskStatus.ERROR) return errorState(l, types.error, () => void types.run());
        return loadingState(l);
      }
    } else if (this.data.parent.status === TaskStatus.ERROR) {
      const { parent } = this.data;
      return errorState(l, parent.error, () => void parent.run());
    }
    const { step, errors } = this.form;
    const steps = this.form.steps;
    const index = steps.indexOf(step);
    const labels = stepLabels(l);
    return html`<form
      part="form"
      novalidate
      aria-labelledby="form-title"
      @submit=${this.save.onSubmit}
      @input=${(e: Event) => this.form.onInput(e, false)}
      @change=${(e: Event) => this.form.onInput(e, true)}
    >
      <h2 id="form-title">${this.heading(l)}</h2>
      ${renderStepIndicator({
        l,
        steps,
        current: step,
        labels,
        invalid: new Set([...errors.keys()].map(stepOfPath)),
        onGo: (target) => void this.form.goTo(target),
      })}
      ${renderFormNotice({
        l,
        notice: this.form.notice,
        labels,
        step,
        errors,
        saving: this.form.saving,
        onReload: () => void this.save.loadLatest(),
        onDiscard: this.form.startOver,
      })}
      <h3 class="step-title" id="step-title" part="step-title" tabindex="-1">
        ${l.t('accounts.form.stepOf', { current: index + 1, total: steps.length, name: labels[step] })}
      </h3>
      <div class="step-body">${renderStep(step, this.stepView(l, steps), labels)}</div>
      ${renderFormActions({
        l,
        mode: this.form.mode,
        canGoBack: index > 0,
        reviewing: step === 'review',
        saving: this.form.saving,
        showCancel: this.showCancel,
        onCancel: this.onCancel,
        onBack: () => void this.form.move(-1),
      })}
    </form>`;
  }

  private heading(l: Localizer): string {
    if (this.form.mode === 'edit')
      return l.t('accounts.form.editTitle', { name: this.form.original?.name ?? '' });
    const parent = this.data.parent.value;
    return parent && parent.kind !== 'reseller'
      ? l.t('accounts.form.createSubTitle', { parent: parent.name })
      : l.t('accounts.form.createTitle');
  }

  private stepView(l: Localizer, steps: StepId[]): StepView {
    const { types, permissions } = this.data;
    const form = this.form;
    return {
      l,
      mode: form.mode,
      draft: form.draft,
      errors: form.errors,
      types: types.value,
      typesFailed: types.status === TaskStatus.ERROR,
      retryTypes: canRetry(types.error) ? () => void types.run() : undefined,
      type: form.type,
      account: form.original,
      permissions: permissions.value,
      permissionsFailed: permissions.status === TaskStatus.ERROR,
      retryPermissions: () => void permissions.run(),
      onPermissions: (ids) => form.change({ permissions: ids }),
      now: new Date(),
      steps,
      goTo: (step) => void form.goTo(step),
    };
  }

  private onCancel = () => {
    announce(this, 'tk-account-form-cancel', {});
  };
}
