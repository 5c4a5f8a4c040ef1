import { html, nothing, type TemplateResult } from 'lit';
import {
  NOTIFICATION_TOPICS,
  type Notifications,
  type Permission,
  type Role,
  type User,
  type UserCreate,
  type UserUpdate,
} from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';
import { languageName } from '../../core/language-name.js';
import { SHIPPED_LOCALES } from '../../locales/index.js';
import { permissionFieldset } from '../../core/parts/permission-fieldset.js';
import { rebase } from '../../core/rebase.js';

/** What the admin has typed; kept across failed requests and reloads so nothing is lost. */
export interface UserDraft {
  name: string;
  email: string;
  role: Role;
  permissions: string[];
  notifications: Notifications;
  locale: string | null;
}

/** Field paths in the order they appear, to focus the first invalid one. */
export const FIELD_ORDER = ['name', 'email', 'role', 'permissions', 'notifications', 'locale'] as const;

export function emptyDraft(): UserDraft {
  return {
    name: '',
    email: '',
    role: 'user',
    permissions: [],
    notifications: { billing: false, general: true, product: false, domain: false, support: false },
    locale: null,
  };
}

export function draftOf(user: User): UserDraft {
  return {
    name: user.name,
    email: user.email,
    role: user.role,
    permissions: [...user.permissions],
    notifications: { ...user.notifications },
    locale: user.locale,
  };
}

export function createBody(draft: UserDraft): UserCreate {
  return { ...draft, name: draft.name.trim(), email: draft.email.trim() };
}

/** Only what changed, so that a save never rewrites fields the admin did not touch. */
export function updatePatch(user: User, draft: UserDraft): UserUpdate {
  const body = createBody(draft);
  const patch: UserUpdate = {};
  if (body.name !== user.name) patch.name = body.name;
  if (body.email !== user.email) patch.email = body.email;
  if (body.role !== user.role) patch.role = body.role;
  if ([...body.permissions!].sort().join() !== [...user.permissions].sort().join())
    patch.permissions = body.permissions;
  if (NOTIFICATION_TOPICS.some((t) => body.notifications![t] !== user.notifications[t])) {
    patch.notifications = body.notifications;
  }
  if (body.locale !== user.locale) patch.locale = body.locale;
  return patch;
}

/** Applies one input's value to the draft (the form listens to `input` and `change` alike). */
export function applyInput(draft: UserDraft, target: HTMLInputElement | HTMLSelectElement): UserDraft {
  const checked = target instanceof HTMLInputElement && target.checked;
  switch (target.name) {
    case 'name':
    case 'email':
      return { ...draft, [target.name]: target.value };
    case 'role':
      return { ...draft, role: target.value as Role };
    case 'locale':
      return { ...draft, locale: target.value || null };
    case 'permission': {
      const others = draft.permissions.filter((p) => p !== target.value);
      return { ...draft, permissions: checked ? [...others, target.value] : others };
    }
    case 'notify':
      return { ...draft, notifications: { ...draft.notifications, [target.value]: checked } };
    default:
      return draft;
  }
}

const FIELD_OF_INPUT: Record<string, keyof UserDraft> = {
  name: 'name',
  email: 'email',
  role: 'role',
  locale: 'locale',
  permission: 'permissions',
  notify: 'notifications',
};

/** The draft field an input (by its `name`) edits. */
export const fieldOfInput = (inputName: string): keyof UserDraft | undefined => FIELD_OF_INPUT[inputName];

/** The latest version of the user, with the fields the admin changed kept as typed. */
export const rebaseDraft = (
  latest: User,
  draft: UserDraft,
  touched: ReadonlySet<keyof UserDraft>,
): UserDraft => rebase(draftOf(latest), draft, touched);

export interface UserFieldsView {
  l: Localizer;
  draft: UserDraft;
  errors: ReadonlyMap<string, string>;
  /** The catalog; undefined while it loads. */
  permissions: readonly Permission[] | undefined;
  permissionsFailed: boolean;
  /** Asks for the catalog again after a failure. */
  retryPermissions: () => void;
}

/** The fields of the create and edit form. There is deliberately no password field. */
export function renderUserFields(v: UserFieldsView): TemplateResult {
  const { l, draft } = v;
  return html`
    ${textField(v, 'name', 'text')} ${textField(v, 'email', 'email')}
    <fieldset class="group" data-field="role" aria-describedby=${describedBy(v, 'role')}>
      <legend>${l.t('users.form.role')}</legend>
      ${(['admin', 'user'] as const).map(
        (role) =>
          html`<label class="choice">
            <input type="radio" name="role" value=${role} .checked=${draft.role === role} />
            <span>
              <span class="choice-label">${l.t(`users.role.${role}`)}</span>
              <span class="hint"
                >${l.t(role === 'admin' ? 'users.role.adminHint' : 'users.role.userHint')}</span
              >
            </span>
          </label>`,
      )}
      ${fieldError(v, 'role')}
    </fieldset>
    ${renderPermissions(v)}
    <fieldset class="group" data-field="notifications">
      <legend>${l.t('users.form.notifications')}</legend>
      <div class="checks">
        ${NOTIFICATION_TOPICS.map(
          (topic) =>
            html`<label class="choice">
              <input type="checkbox" name="notify" value=${topic} .checked=${draft.notifications[topic]} />
              <span>${l.t(`users.notify.${topic}`)}</span>
            </label>`,
        )}
      </div>
    </fieldset>
    <div class="field">
      <label for="user-locale">${l.t('users.form.locale')}</label>
      <select id="user-locale" name="locale" data-field="locale" aria-describedby=${describedBy(v, 'locale')}>
        <option value="" ?selected=${draft.locale === null}>${l.t('users.form.localeDefault')}</option>
        ${localeOptions(draft.locale).map(
          (tag) =>
            html`<option value=${tag} ?selected=${draft.locale === tag}>${languageName(l, tag)}</option>`,
        )}
      </select>
      ${fieldError(v, 'locale')}
    </div>
    <p class="hint">${l.t('users.form.noPassword')}</p>
  `;
}

function textField(v: UserFieldsView, path: 'name' | 'email', type: 'text' | 'email'): TemplateResult {
  const error = v.errors.get(path);
  return html`<div class="field">
    <label for="user-${path}">${v.l.t(`users.form.${path}`)}</label>
    <input
      id="user-${path}"
      name=${path}
      type=${type}
      autocomplete="off"
      data-field=${path}
      required
      .value=${v.draft[path]}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="user-${path}-hint${error ? ` user-${path}-error` : ''}"
    />
    <span class="hint" id="user-${path}-hint">${v.l.t(`users.form.${path}Hint`)}</span>
    ${fieldError(v, path)}
  </div>`;
}

function renderPermissions(v: UserFieldsView): TemplateResult {
  return permissionFieldset({
    l: v.l,
    catalog: v.permissions,
    selected: v.draft.permissions,
    failed: v.permissionsFailed,
    onRetry: v.retryPermissions,
    legend: v.l.t('users.form.permissions'),
    idPrefix: 'user',
    error: v.errors.get('permissions'),
  });
}

function describedBy(v: UserFieldsView, path: string) {
  return v.errors.has(path) ? `user-${path}-error` : nothing;
}

function fieldError(v: UserFieldsView, path: string) {
  const error = v.errors.get(path);
  return error ? html`<span class="field-error" id="user-${path}-error">${error}</span>` : nothing;
}

function localeOptions(current: string | null): string[] {
  const tags: string[] = [...SHIPPED_LOCALES];
  if (current && !tags.includes(current)) tags.push(current);
  return tags;
}
