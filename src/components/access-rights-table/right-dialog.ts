import { html, nothing, type TemplateResult } from 'lit';
import type { ProvisioningClient } from '../../api/client.js';
import { isProvisioningError, ProvisioningError } from '../../api/errors.js';
import type { AccessRight, Product } from '../../api/schemas/index.js';
import {
  changedFields,
  renderChangedFields,
  renderFailureNotice,
  renderStaleNotice,
  type ChangedField,
} from '../../core/dialog.js';
import type { CreateKey } from '../../core/create-key.js';
import { allowed } from '../../core/events.js';
import { fieldMessages } from '../../core/field-errors.js';
import type { Localizer } from '../../core/localize.js';
import { errorText } from '../../core/states.js';
import type { TkAccessRightCreateDetail, TkAccessRightDetail, TkAccessRightUpdateDetail } from './events.js';
import { formatDay } from './columns.js';
import { today } from './filters.js';
import { CLOSED_PICKER, type ProductPickerState } from './product-picker.js';
import {
  createBody,
  formProblems,
  newValues,
  rebaseValues,
  rightFormFields,
  updatePatch,
  valuesOf,
  type RightFormField,
  type RightFormValues,
} from './right-form.js';

/** The open dialog: what it does, what was typed, and how the last attempt went. */
export interface DialogState {
  mode: 'create' | 'edit' | 'delete';
  right?: AccessRight;
  values: RightFormValues;
  /** The values the dialog opened with (or reloaded to): anything else is an unsaved edit. */
  initial: RightFormValues;
  errors: Map<string, string>;
  /** After a 412 and a reload: the version now on the server. */
  latest?: AccessRight;
  /** After a 412 and a reload: what the other admin changed, per field "yours / now saved". */
  changes?: ChangedField[];
  picker: ProductPickerState;
  stale: boolean;
  error?: unknown;
  busy: boolean;
}

/** A fresh dialog: a new manual right from today, or the given right as it is. */
export function openDialog(mode: DialogState['mode'], right?: AccessRight): DialogState {
  const values = right ? valuesOf(right) : newValues(today());
  return {
    mode,
    right,
    values,
    initial: values,
    errors: new Map(),
    stale: false,
    busy: false,
    picker: CLOSED_PICKER,
  };
}

/** True while the form holds edits that were not saved (closing then asks first). */
export function isDirty(d: DialogState | undefined): boolean {
  if (!d || d.mode === 'delete') return false;
  return FIELD_NAMES.some((f) => d.values[f] !== d.initial[f]);
}

const FIELD_NAMES = ['productId', 'tierId', 'startsAt', 'endsAt', 'status'] as const;

/** The dialog after the admin typed into one field: that field's error goes away. */
export function withInput(d: DialogState, field: RightFormField, value: string): DialogState {
  const errors = new Map(d.errors);
  errors.delete(field);
  return { ...d, values: { ...d.values, [field]: value }, errors };
}

/** The dialog with the form's problems shown, or undefined when the values can be sent (deleting has no form). */
export function withProblems(l: Localizer, d: DialogState): DialogState | undefined {
  if (d.mode === 'delete') return undefined;
  const problems = formProblems(d.values, d.mode === 'create');
  return problems.length ? { ...d, errors: fieldMessages(l, problems) } : undefined;
}

/** What a confirmed dialog sends, the event that announces success and the notice for screen readers. */
export interface DialogRequest {
  run: () => Promise<AccessRight>;
  done: 'tk-access-right-created' | 'tk-access-right-updated' | 'tk-access-right-deleted';
  notice: 'accessRights.created' | 'accessRights.saved' | 'accessRights.deleted';
}

/**
 * The request for the dialog, after the cancelable "before" event on `host`; undefined when vetoed or
 * impossible. A create sends `createKey`'s key for its content, and ends it once it succeeded.
 */
export function dialogRequest(
  host: EventTarget,
  api: ProvisioningClient,
  accountId: string | undefined,
  d: DialogState,
  createKey: CreateKey,
): DialogRequest | undefined {
  if (d.mode === 'create') {
    const body = createBody(d.values);
    if (!accountId || !allowed<TkAccessRightCreateDetail>(host, 'tk-access-right-create', { body })) return;
    return {
      run: async () => {
        const right = await api.createAccessRight(accountId, body, { idempotencyKey: createKey.for(body) });
        createKey.done();
        return right;
      },
      done: 'tk-access-right-created',
      notice: 'accessRights.created',
    };
  }
  const right = d.right;
  if (!right) return;
  if (d.mode === 'edit') {
    const patch = updatePatch(d.values);
    if (!allowed<TkAccessRightUpdateDetail>(host, 'tk-access-right-update', { right, patch })) return;
    return {
      run: () => api.updateAccessRight(right, patch),
      done: 'tk-access-right-updated',
      notice: 'accessRights.saved',
    };
  }
  if (!allowed<TkAccessRightDetail>(host, 'tk-access-right-delete', { right })) return;
  return {
    run: () => api.deleteAccessRight(right).then(() => right),
    done: 'tk-access-right-deleted',
    notice: 'accessRights.deleted',
  };
}

/** The dialog after a failed request: a 412 offers to reload, field errors go to their fields. */
export function failedDialog(l: Localizer, d: DialogState, error: unknown): DialogState {
  if (isProvisioningError(error) && error.kind === 'precondition-failed') {
    return { ...d, busy: false, stale: true };
  }
  if (isProvisioningError(error) && error.fieldErrors.length) {
    return { ...d, busy: false, error, errors: fieldMessages(l, error.fieldErrors) };
  }
  return { ...d, busy: false, error };
}

/** The dialog after a 412 reload: the version now on the server, with the fields the admin changed from `original` kept as typed. */
export function reloadedDialog(
  l: Localizer,
  d: DialogState,
  original: AccessRight,
  latest: AccessRight | undefined,
): DialogState {
  const show = (name: RightFormField) => (value: unknown) =>
    name === 'status'
      ? l.t(`accessRights.status.${value as AccessRight['status']}`)
      : name === 'startsAt' || name === 'endsAt'
        ? formatDay(l, value ? `${String(value)}T00:00:00Z` : null)
        : String(value || l.t('common.none'));
  const changes = (latest: AccessRight) =>
    changedFields(
      valuesOf(original),
      valuesOf(latest),
      d.values,
      FIELD_NAMES.filter((f) => d.values[f] !== d.initial[f]),
      FIELD_NAMES.map((field) => ({ field, label: l.t(`accessRights.form.${field}`), show: show(field) })),
    );
  return latest
    ? {
        ...d,
        right: latest,
        latest,
        changes: changes(latest),
        initial: valuesOf(latest),
        values: rebaseValues(latest, original, d.values),
        stale: false,
        busy: false,
        error: undefined,
      }
    : {
        ...d,
        stale: false,
        busy: false,
        error: new ProvisioningError('not-found', 'The access right no longer exists.'),
      };
}

export interface DialogHandlers {
  onSubmit: (e: Event) => void;
  onReload: () => void;
  onCancel: () => void;
  onInput: (field: RightFormField, value: string) => void;
  onPicker: (picker: ProductPickerState) => void;
  /** The platform products for the create form's picker. */
  products?: readonly Product[];
  /** The "discard your changes?" question of the dialog controller, shown in the footer. */
  discard: TemplateResult | typeof nothing;
}

/**
 * The content of the create, edit and delete dialog. Notices (a 412, a failure, what the other
 * admin changed) sit in the sticky footer beside the buttons, where the eyes are; a delete
 * confirmation starts on Cancel (`data-autofocus`).
 */
export function renderDialog(l: Localizer, d: DialogState, on: DialogHandlers): TemplateResult {
  const title =
    d.mode === 'create'
      ? l.t('accessRights.form.createTitle')
      : d.mode === 'edit'
        ? l.t('accessRights.form.editTitle', { id: d.right?.id ?? '' })
        : l.t('accessRights.deleteTitle');
  const notice = d.stale
    ? renderStaleNotice({ l, onReload: on.onReload, busy: d.busy })
    : d.error !== undefined
      ? renderFailureNotice(errorText(l, d.error))
      : d.changes
        ? renderChangedFields(l, d.changes)
        : nothing;
  const deleting = d.mode === 'delete';
  return html`<h2 id="dialog-title">${title}</h2>
    <form novalidate @submit=${on.onSubmit}>
      ${
        deleting
          ? html`<p>${l.t('accessRights.deleteBody', { id: d.right?.id ?? '' })}</p>`
          : rightFormFields({
              l,
              creating: d.mode === 'create',
              values: d.values,
              errors: d.errors,
              latest: d.latest,
              products: on.products,
              picker: d.picker,
              onPicker: on.onPicker,
              onInput: on.onInput,
            })
      }
      <div class="dialog-footer">
        ${notice} ${on.discard}
        <div class="dialog-actions">
          <button type="button" class="btn" ?data-autofocus=${deleting} @click=${on.onCancel}>
            ${l.t('common.cancel')}
          </button>
          <button
            type="submit"
            class="btn primary ${deleting ? 'danger' : ''}"
            part="submit"
            ?disabled=${d.busy}
          >
            ${
              d.busy
                ? l.t(deleting ? 'accessRights.deleting' : 'common.saving')
                : l.t(deleting ? 'common.delete' : d.mode === 'create' ? 'common.create' : 'common.save')
            }
          </button>
        </div>
      </div>
    </form>`;
}
