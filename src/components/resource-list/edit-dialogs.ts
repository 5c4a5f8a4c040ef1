import { html, nothing, type TemplateResult } from 'lit';
import { isProvisioningError } from '../../api/errors.js';
import { renderConfirmation, renderFailureNotice, renderStaleNotice } from '../../core/dialog.js';
import type { Localizer } from '../../core/localize.js';
import { problemText } from '../../core/states.js';
import { renderCapFields, type CapForm, type CapFormView } from './cap-form.js';
import type { CapDialog, EditDialog, RenameDialog } from './dialog-state.js';

export interface EditDialogView {
  l: Localizer;
  dialog: EditDialog;
  /** The controller's "discard your changes?" prompt, in the footer. */
  discardPrompt: TemplateResult | typeof nothing;
  onCancel: () => void;
  onSubmit: (e: Event) => void;
  onRemoveCap: () => void;
  onCapInput: CapFormView['onInput'];
  onCapMode: (mode: CapForm['alertMode']) => void;
  onLabel: (label: string) => void;
  /** After a 412: loads the version now saved. */
  onReload: () => void;
}

/** The set-cap, rename and remove-cap dialogs of one resource. */
export function renderEditDialog(v: EditDialogView): TemplateResult {
  const l = v.l;
  const d = v.dialog;
  if (d.kind === 'remove-cap')
    return html`${renderConfirmation({
      l,
      titleId: 'dialog-title',
      title: l.t('resources.removeCap.title', { identifier: d.resource.identifier }),
      body: l.t('resources.removeCap.body'),
      confirmLabel: l.t('resources.menu.removeCap'),
      tone: 'danger',
      busy: d.busy,
      onConfirm: v.onRemoveCap,
      onCancel: v.onCancel,
    })}
    ${d.error ? html`<div class="banner error" role="alert">${problemText(l, d.error)}</div>` : nothing}`;
  const resource = d.kind === 'cap' ? d.form.resource : d.resource;
  const title =
    d.kind === 'cap'
      ? l.t(resource.cap ? 'resources.cap.titleChange' : 'resources.cap.title', {
          identifier: resource.identifier,
        })
      : l.t('resources.rename.title', { identifier: resource.identifier });
  return html`<form novalidate @submit=${v.onSubmit}>
    <h2 id="dialog-title">${title}</h2>
    ${
      d.kind === 'cap'
        ? renderCapFields({ l, form: d.form, onInput: v.onCapInput, onMode: v.onCapMode })
        : html`<div class="field">
            <label for="label">${l.t('resources.rename.label')}</label>
            <input
              id="label"
              maxlength="200"
              .value=${d.label}
              @input=${(e: Event) => v.onLabel((e.target as HTMLInputElement).value)}
            />
            <span class="hint">${l.t('resources.rename.hint')}</span>
          </div>`
    }
    <div class="dialog-footer">
      ${dialogError(v, d)} ${v.discardPrompt}
      <div class="dialog-actions">
        <button class="btn" type="button" @click=${v.onCancel}>${l.t('common.cancel')}</button>
        <button class="btn primary" type="submit" part="submit" ?disabled=${d.busy}>
          ${d.busy ? l.t('common.saving') : l.t('common.save')}
        </button>
      </div>
    </div>
  </form>`;
}

/** A 412 offers to load the version now saved; any other failure says what went wrong. */
function dialogError(v: EditDialogView, d: CapDialog | RenameDialog): TemplateResult | typeof nothing {
  const l = v.l;
  if (d.error === undefined) return nothing;
  if (isProvisioningError(d.error) && d.error.kind === 'precondition-failed')
    return renderStaleNotice({ l, busy: d.busy, onReload: v.onReload });
  return renderFailureNotice(problemText(l, d.error));
}
