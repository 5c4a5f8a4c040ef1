import { html, nothing, type TemplateResult } from 'lit';
import type { ProvisioningClient } from '../../api/client.js';
import type { User, UserUpdate } from '../../api/schemas/index.js';
import { allowed, announce } from '../../core/events.js';
import type { Localizer } from '../../core/localize.js';
import { problemText } from '../../core/states.js';
import {
  reportIfHostMustAct,
  type PasswordLinkSentDetail,
  type UserDetail,
  type UserUpdateDetail,
} from './events.js';

/** What can be done to one user from a row or, except `enable`, to the selected users. */
export type UserAction = 'sendLink' | 'disable' | 'enable' | 'delete';

/** How an action went for one user. */
export interface Outcome {
  user: User;
  ok: boolean;
  text: string;
}

/**
 * Runs one action for one user, with its cancelable "before" and its "after" event dispatched
 * on `host`. Never throws: a veto or a failure is an outcome too.
 */
export async function runAction(
  host: HTMLElement,
  api: ProvisioningClient,
  l: Localizer,
  action: UserAction,
  user: User,
): Promise<Outcome> {
  const done = { user, ok: true, text: l.t(`users.result.${action}`) };
  const vetoed = { user, ok: false, text: l.t('users.result.vetoed') };
  try {
    if (action === 'sendLink') {
      if (!allowed<UserDetail>(host, 'tk-password-link-send', { user })) return vetoed;
      const link = await api.sendPasswordLink(user.id);
      announce<PasswordLinkSentDetail>(host, 'tk-password-link-sent', { user, link });
    } else if (action === 'delete') {
      if (!allowed<UserDetail>(host, 'tk-user-delete', { user })) return vetoed;
      await api.deleteUser(user);
      announce<UserDetail>(host, 'tk-user-deleted', { user });
    } else {
      const patch: UserUpdate = { status: action === 'enable' ? 'active' : 'disabled' };
      if (!allowed<UserUpdateDetail>(host, 'tk-user-update', { user, patch })) return vetoed;
      const updated = await api.updateUser(user, patch);
      announce<UserDetail>(host, 'tk-user-updated', { user: updated });
    }
    return done;
  } catch (error) {
    reportIfHostMustAct(host, error, action);
    return { user, ok: false, text: problemText(l, error) };
  }
}

/** The banner after an action on one user succeeded. */
export function doneSentence(l: Localizer, action: UserAction, user: User): string {
  const params = { name: user.name, email: user.email };
  if (action === 'sendLink') return l.t('users.linkSent', params);
  if (action === 'delete') return l.t('users.deleted', params);
  return l.t(action === 'enable' ? 'users.statusChanged.active' : 'users.statusChanged.disabled', params);
}

export interface BulkBarView {
  l: Localizer;
  count: number;
  onSendLinks(e: Event): void;
  onDisable(): void;
  onDelete(e: Event): void;
  onClear(): void;
}

/** The actions for the selected users. */
export function renderBulkBar(v: BulkBarView): TemplateResult {
  const { l } = v;
  return html`<div class="bulk" part="bulk-actions" role="group" aria-label=${l.t('users.bulk.label')}>
    <span>${l.t('users.selected', { count: v.count })}</span>
    <button class="btn" type="button" @click=${v.onSendLinks}>${l.t('users.bulk.sendLinks')}</button>
    <button class="btn" type="button" @click=${v.onDisable}>${l.t('users.disable')}</button>
    <button class="btn danger" type="button" @click=${v.onDelete}>${l.t('common.delete')}</button>
    <button class="btn" type="button" @click=${v.onClear}>${l.t('users.bulk.clear')}</button>
  </div>`;
}

/** The result per user after an action on several users. */
export function renderResults(
  l: Localizer,
  outcomes: readonly Outcome[] | undefined,
  onDismiss: () => void,
): TemplateResult | typeof nothing {
  if (!outcomes) return nothing;
  const ok = outcomes.filter((o) => o.ok).length;
  return html`<section class="results" part="results" tabindex="-1" aria-labelledby="results-title">
    <h2 id="results-title">${l.t('users.result.title')}</h2>
    <p role="status">${l.t('users.result.summary', { ok, total: outcomes.length })}</p>
    <ul>
      ${outcomes.map(
        (o) =>
          html`<li class=${o.ok ? 'ok' : 'failed'}>
            <strong>${o.user.name}</strong> (${o.user.email}): ${o.text}
          </li>`,
      )}
    </ul>
    <button class="btn" type="button" @click=${onDismiss}>${l.t('users.result.dismiss')}</button>
  </section>`;
}
