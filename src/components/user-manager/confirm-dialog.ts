import { html, nothing, type TemplateResult } from 'lit';
import type { User } from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';

/** An action that asks first, and the users it is for. */
export interface Confirmation {
  action: 'sendLink' | 'delete';
  users: User[];
}

export interface ConfirmDialogView {
  l: Localizer;
  /** Undefined while no confirmation is asked: the dialog stays in place, empty and closed. */
  confirming: Confirmation | undefined;
  onCancel(): void;
  onConfirm(): void;
  onClosed(): void;
}

/** `#confirm-dialog`: "delete?" or "send password links?" for one user or several. */
export function renderConfirmDialog(v: ConfirmDialogView): TemplateResult {
  return html`<dialog id="confirm-dialog" part="dialog" aria-labelledby="confirm-title" @close=${v.onClosed}>
    ${v.confirming ? renderBody(v, v.confirming) : nothing}
  </dialog>`;
}

function renderBody(v: ConfirmDialogView, c: Confirmation): TemplateResult {
  const { l } = v;
  const [first] = c.users;
  const single = c.users.length === 1 && first;
  const title =
    c.action === 'delete'
      ? single
        ? l.t('users.confirmDelete.title', { name: first.name })
        : l.t('users.confirmDeleteMany.title', { count: c.users.length })
      : single
        ? l.t('users.sendLink.title', { name: first.name })
        : l.t('users.sendLinkMany.title', { count: c.users.length });
  const text =
    c.action === 'sendLink'
      ? l.t('users.sendLink.explain')
      : single
        ? l.t('users.confirmDelete.body', { name: first.name, email: first.email })
        : l.t('users.confirmDeleteMany.body');
  return html`<h2 id="confirm-title">${title}</h2>
    <p>${text}</p>
    ${
      single
        ? nothing
        : html`<ul class="names">
            ${c.users.map((u) => html`<li>${u.name} (${u.email})</li>`)}
          </ul>`
    }
    <div class="dialog-actions">
      <button class="btn" type="button" @click=${v.onCancel}>${l.t('common.cancel')}</button>
      <button
        class="btn primary ${c.action === 'delete' ? 'danger' : ''}"
        type="button"
        part="confirm"
        @click=${v.onConfirm}
      >
        ${c.action === 'delete' ? l.t('common.delete') : l.t('users.sendLink.confirm')}
      </button>
    </div>`;
}
