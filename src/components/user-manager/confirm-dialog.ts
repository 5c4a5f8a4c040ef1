import { html, nothing, type TemplateResult } from 'lit';
import type { User } from '../../api/schemas/index.js';
import { renderConfirmation, type DialogController } from '../../core/dialog.js';
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
  /** Opens, closes and returns focus; focus starts on Cancel. */
  control: DialogController;
  onConfirm(): void;
}

/** `#confirm-dialog`: "delete?" or "send password links?" for one user or several. */
export function renderConfirmDialog(v: ConfirmDialogView): TemplateResult {
  return v.control.render(
    { id: 'confirm-dialog', labelledBy: 'confirm-title' },
    v.confirming ? renderBody(v, v.confirming) : nothing,
  );
}

function renderBody(v: ConfirmDialogView, c: Confirmation): TemplateResult {
  const { l } = v;
  const [first] = c.users;
  const single = c.users.length === 1 && first;
  const count = c.users.length;
  const title =
    c.action === 'delete'
      ? single
        ? l.t('users.confirmDelete.title', { name: first.name })
        : l.t('users.confirmDeleteMany.title', { count })
      : single
        ? l.t('users.sendLink.title', { name: first.name })
        : l.t('users.sendLinkMany.title', { count });
  const text =
    c.action === 'sendLink'
      ? l.t('users.sendLink.explain')
      : single
        ? l.t('users.confirmDelete.body', { name: first.name, email: first.email })
        : l.t('users.confirmDeleteMany.body');
  return renderConfirmation({
    l,
    titleId: 'confirm-title',
    title,
    body: html`<p>${text}</p>
      ${
        single
          ? nothing
          : // A scroll box must be reachable by keyboard (axe scrollable-region-focusable); named by the title.
            html`<ul class="names" tabindex="0" aria-labelledby="confirm-title">
              ${c.users.map((u) => html`<li>${u.name} (${u.email})</li>`)}
            </ul>`
      }`,
    tone: c.action === 'delete' ? 'danger' : 'primary',
    confirmLabel: c.action === 'delete' ? l.t('common.delete') : l.t('users.sendLink.confirm', { count }),
    onCancel: () => v.control.requestClose(),
    onConfirm: v.onConfirm,
  });
}
