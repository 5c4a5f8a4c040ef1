import type { ReactiveControllerHost } from 'lit';
import type { ProvisioningClient } from '../../api/client.js';
import { isProvisioningError } from '../../api/errors.js';
import { CreateKey } from '../../core/create-key.js';
import { allowed, announce } from '../../core/events.js';
import type { Localizer } from '../../core/localize.js';
import { errorText } from '../../core/states.js';
import { createBody, draftOf, updatePatch } from './draft.js';
import type { AccountCreateDetail, AccountDetail, AccountUpdateDetail } from './events.js';
import type { AccountFormData } from './form-data.js';
import type { FormState } from './form-state.js';
import { rebaseOnLatest } from './latest-version.js';

/** What saving needs of the form; every callback is read when needed. */
export interface FormSavingOptions {
  api: () => ProvisioningClient | undefined;
  l: () => Localizer;
  data: AccountFormData;
  state: FormState;
}

/**
 * Sending the form from its review step: the cancelable `tk-account-create` / `tk-account-update`,
 * the request (a create with its `Idempotency-Key`, an update with `If-Match`), the notice and the
 * event after it; the server's field problems beside their fields; and after a 412 the latest
 * version as the new base, with the admin's changes kept.
 */
export class FormSaving {
  /** The create's `Idempotency-Key`: the same on a retry of the same content. */
  private readonly createKey = new CreateKey();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FormSavingOptions,
  ) {}

  /** The form's submit: the next step, or on the review step the create or save. */
  onSubmit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const { state, l } = this.options;
    if (state.step !== 'review') return state.move(1);
    const api = this.options.api();
    if (!api || state.saving) return;
    const problems = state.problems();
    if (problems.length) return state.showProblems(problems);
    const locale = l().locale;
    if (state.mode === 'edit') {
      const account = state.original;
      if (!account) return;
      const patch = updatePatch(account, state.draft, state.type, locale);
      if (!allowed<AccountUpdateDetail>(this.host, 'tk-account-update', { account, patch })) return;
      await this.save(async () => {
        const updated = Object.keys(patch).length ? await api.updateAccount(account, patch) : account;
        state.original = updated;
        state.draft = draftOf(updated, state.type);
        state.touched = new Set();
        state.notice = { kind: 'done', text: l().t('accounts.updated', { name: updated.name }) };
        announce<AccountDetail>(this.host, 'tk-account-updated', { account: updated });
      });
      return;
    }
    const parent = this.options.data.parent.value;
    if (!parent) return;
    const body = createBody(state.draft, state.type, locale);
    if (!allowed<AccountCreateDetail>(this.host, 'tk-account-create', { parentId: parent.id, body })) return;
    await this.save(async () => {
      const account = await api.createChildAccount(parent.id, body, {
        idempotencyKey: this.createKey.for(body),
      });
      this.createKey.done();
      state.startOver();
      state.notice = {
        kind: 'done',
        text: l().t('accounts.created', { name: account.name, email: body.primaryAdmin.email }),
      };
      announce<AccountDetail>(this.host, 'tk-account-created', { account });
    });
  };

  /** After a 412: the latest version becomes the base; the fields the admin changed stay as typed. */
  loadLatest = async (): Promise<void> => {
    const { state, l } = this.options;
    const api = this.options.api();
    const original = state.original;
    if (!api || !original) return;
    this.setSaving(true);
    try {
      const latest = await api.getAccount(original.id);
      const type = this.options.data.typeOf(latest.productTypeId);
      const { draft, changes } = rebaseOnLatest(l(), {
        original,
        latest,
        type,
        draft: state.draft,
        touched: state.touched,
      });
      state.original = latest;
      state.draft = draft;
      state.notice = { kind: 'reloaded', changes };
      this.host.requestUpdate();
      await state.focusNotice();
    } catch (error) {
      state.notice = { kind: 'failed', text: errorText(l(), error) };
    } finally {
      this.setSaving(false);
    }
  };

  private async save(work: () => Promise<void>): Promise<void> {
    const state = this.options.state;
    this.setSaving(true);
    state.notice = undefined;
    try {
      await work();
      this.host.requestUpdate();
      await state.focusNotice();
    } catch (error) {
      await this.showError(error);
    } finally {
      this.setSaving(false);
    }
  }

  private async showError(error: unknown): Promise<void> {
    const state = this.options.state;
    if (isProvisioningError(error)) {
      if (error.kind === 'precondition-failed') {
        state.notice = { kind: 'stale' };
        this.host.requestUpdate();
        return state.focusNotice();
      }
      if ((error.kind === 'validation' || error.kind === 'conflict') && error.fieldErrors.length) {
        return state.showProblems(error.fieldErrors);
      }
    }
    state.notice = { kind: 'failed', text: errorText(this.options.l(), error) };
    this.host.requestUpdate();
    await state.focusNotice();
  }

  private setSaving(saving: boolean): void {
    this.options.state.saving = saving;
    this.host.requestUpdate();
  }
}
