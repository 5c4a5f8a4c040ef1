import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccountListItem, AccountStatus } from '../../api/schemas/index.js';
import { renderConfirmation, type DialogController } from '../../core/dialog.js';
import type { Localizer } from '../../core/localize.js';
import type { AccountCreateDetail } from '../sub-account-form/events.js';

/** What the form dialog shows: a new account under `parentId`, or `accountId` to edit. */
export type FormTarget = { mode: 'create'; parentId: string } | { mode: 'edit'; accountId: string };

export interface FormDialogView {
  l: Localizer;
  /** Undefined while closed: the dialog stays in place, empty. */
  target: FormTarget | undefined;
  control: DialogController;
  /** `tk-account-create` from the form: the request about to be sent. */
  onCreate: (detail: AccountCreateDetail) => void;
  /** `tk-account-created` and `tk-account-updated` from the form. */
  onSaved: (e: Event) => void;
}

/** `#form-dialog`: `<tk-sub-account-form>` creating or editing an account, with "discard changes?". */
export function renderFormDialog(v: FormDialogView): TemplateResult {
  const t = v.target;
  return v.control.render(
    {
      id: 'form-dialog',
      class: 'form-dialog',
      label: v.l.t(t?.mode === 'edit' ? 'accounts.action.edit' : 'accounts.list.create'),
    },
    html`${t ? renderForm(v, t) : nothing} ${v.control.renderDiscardPrompt(v.l)}`,
  );
}

/** The form fires its events on itself: they are heard on it, not on the dialog around it. */
function renderForm(v: FormDialogView, t: FormTarget): TemplateResult {
  return html`<tk-sub-account-form
    show-cancel
    account-id=${ifDefined(t.mode === 'edit' ? t.accountId : undefined)}
    parent-id=${ifDefined(t.mode === 'create' ? t.parentId : undefined)}
    @tk-account-form-cancel=${() => v.control.requestClose()}
    @tk-account-create=${(e: CustomEvent<AccountCreateDetail>) => v.onCreate(e.detail)}
    @tk-account-created=${v.onSaved}
    @tk-account-updated=${v.onSaved}
  ></tk-sub-account-form>`;
}

/** A suspend or reactivate that asks first. */
export interface StatusChange {
  account: AccountListItem;
  status: AccountStatus;
}

export interface StatusDialogView {
  l: Localizer;
  /** Undefined while nothing is asked: the dialog stays in place, empty and closed. */
  confirming: StatusChange | undefined;
  control: DialogController;
  busy: boolean;
  onConfirm: (change: StatusChange) => void;
}

/** `#confirm-dialog`: "suspend …?" or "reactivate …?". */
export function renderStatusDialog(v: StatusDialogView): TemplateResult {
  const c = v.confirming;
  return v.control.render(
    { id: 'confirm-dialog', labelledBy: 'confirm-title' },
    c ? renderStatusQuestion(v, c) : nothing,
  );
}

function renderStatusQuestion(v: StatusDialogView, c: StatusChange): TemplateResult {
  const { l } = v;
  const suspend = c.status === 'suspended';
  const name = c.account.name;
  return renderConfirmation({
    l,
    titleId: 'confirm-title',
    title: l.t(suspend ? 'accounts.suspend.title' : 'accounts.reactivate.title', { name }),
    body: l.t(suspend ? 'accounts.suspend.body' : 'accounts.reactivate.body', { name }),
    confirmLabel: l.t(suspend ? 'accounts.action.suspend' : 'accounts.action.reactivate'),
    tone: suspend ? 'danger' : 'primary',
    busy: v.busy,
    onCancel: () => v.control.requestClose(),
    onConfirm: () => v.onConfirm(c),
  });
}
