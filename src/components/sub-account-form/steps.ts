import { html, nothing, type TemplateResult } from 'lit';
import type { Account, Permission, ProductField, ProductType } from '../../api/schemas/index.js';
import { languageName } from '../../core/language-name.js';
import type { Localizer } from '../../core/localize.js';
import { permissionFieldset } from '../../core/parts/permission-fieldset.js';
import { SHIPPED_LOCALES } from '../../locales/index.js';
import { countries, countryName } from './countries.js';
import type { AccountDraft, StepId } from './draft.js';
import { renderReview } from './review-step.js';

/** What every step renders from. */
export interface StepView {
  l: Localizer;
  mode: 'create' | 'edit';
  draft: AccountDraft;
  errors: ReadonlyMap<string, string>;
  types: readonly ProductType[] | undefined;
  typesFailed: boolean;
  /** Absent where trying again cannot help (a refusal, unreadable data). */
  retryTypes: (() => void) | undefined;
  type: ProductType | undefined;
  /** Edit mode: the account as read. */
  account: Account | undefined;
  permissions: readonly Permission[] | undefined;
  permissionsFailed: boolean;
  retryPermissions: () => void;
  onPermissions: (ids: string[]) => void;
  now: Date;
  steps: readonly StepId[];
  goTo: (step: StepId) => void;
}

const DAY = 86_400_000;

/** The body of `step`; the review lists every step under its label. */
export function renderStep(step: StepId, v: StepView, labels: Record<StepId, string>): TemplateResult {
  switch (step) {
    case 'details':
      return renderDetails(v);
    case 'admin':
      return renderAdmin(v);
    case 'settings':
      return renderSettings(v);
    case 'access':
      return renderAccess(v);
    case 'review':
      return renderReview(v, labels);
  }
}

function errorOf(v: StepView, path: string) {
  const error = v.errors.get(path);
  return error ? html`<span class="field-error" id="err-${cssId(path)}">${error}</span>` : nothing;
}

const cssId = (path: string) => path.replace(/\./g, '-');

function describedBy(v: StepView, path: string, hint: boolean) {
  const ids = [hint ? `hint-${cssId(path)}` : '', v.errors.has(path) ? `err-${cssId(path)}` : '']
    .filter(Boolean)
    .join(' ');
  return ids || nothing;
}

function textField(
  v: StepView,
  o: {
    path: string;
    name: keyof AccountDraft;
    label: string;
    hint?: string;
    type?: 'text' | 'email';
    required?: boolean;
  },
): TemplateResult {
  const value = v.draft[o.name] as string;
  return html`<div class="field">
    <label for="f-${cssId(o.path)}">${o.label}</label>
    <input
      id="f-${cssId(o.path)}"
      name=${o.name}
      type=${o.type ?? 'text'}
      autocomplete="off"
      data-field=${o.path}
      ?required=${o.required}
      .value=${value}
      aria-invalid=${v.errors.has(o.path) ? 'true' : 'false'}
      aria-describedby=${describedBy(v, o.path, !!o.hint)}
    />
    ${o.hint ? html`<span class="hint" id="hint-${cssId(o.path)}">${o.hint}</span>` : nothing}
    ${errorOf(v, o.path)}
  </div>`;
}

/** Step 1 (seed 004): name, product type, reference, country, notes, trial, internal demo system. */
function renderDetails(v: StepView): TemplateResult {
  const { l, draft, type } = v;
  const lockedEdit = v.mode === 'edit' && !!v.account?.productTypeId && !!type?.lockedOnceAssigned;
  return html`
    ${textField(v, { path: 'name', name: 'name', label: l.t('accounts.form.name'), hint: l.t('accounts.form.nameHint'), required: true })}
    ${lockedEdit ? renderLockedType(v, type) : renderTypeSelect(v)}
    ${textField(v, { path: 'reference', name: 'reference', label: l.t('accounts.form.reference'), hint: l.t('accounts.form.referenceHint') })}
    ${renderCountry(v)}
    <div class="field">
      <label for="f-notes">${l.t('accounts.form.notes')}</label>
      <textarea
        id="f-notes"
        name="notes"
        rows="3"
        data-field="notes"
        .value=${draft.notes}
        aria-invalid=${v.errors.has('notes') ? 'true' : 'false'}
        aria-describedby=${describedBy(v, 'notes', true)}
      ></textarea>
      <span class="hint" id="hint-notes">${l.t('accounts.form.notesHint')}</span>
      ${errorOf(v, 'notes')}
    </div>
    ${renderTrial(v)}
    <div class="field check-field">
      <label class="choice">
        <input
          type="checkbox"
          name="internal"
          data-field="internal"
          .checked=${draft.internal}
          aria-invalid=${v.errors.has('internal') ? 'true' : 'false'}
          aria-describedby=${describedBy(v, 'internal', true)}
        />
        <span class="choice-label">${l.t('accounts.form.internal')}</span>
      </label>
      <span class="hint" id="hint-internal">${l.t('accounts.form.internalHint')}</span>
      ${errorOf(v, 'internal')}
    </div>
  `;
}

function renderTypeSelect(v: StepView): TemplateResult {
  const { l, draft, type } = v;
  if (v.typesFailed)
    return html`<div class="field">
      <span class="label">${l.t('accounts.form.productType')}</span>
      <p class="field-error">
        ${l.t('accounts.form.productTypesError')}
        ${
          v.retryTypes
            ? html`<button class="btn" type="button" @click=${v.retryTypes}>${l.t('common.retry')}</button>`
            : nothing
        }
      </p>
    </div>`;
  return html`<div class="field">
    <label for="f-productTypeId">${l.t('accounts.form.productType')}</label>
    <select
      id="f-productTypeId"
      name="productTypeId"
      data-field="productTypeId"
      required
      aria-invalid=${v.errors.has('productTypeId') ? 'true' : 'false'}
      aria-describedby=${describedBy(v, 'productTypeId', true)}
    >
      <option value="" ?selected=${!draft.productTypeId}>
        ${v.types ? l.t('accounts.form.productTypeChoose') : l.t('common.loading')}
      </option>
      ${(v.types ?? []).map(
        (t) => html`<option value=${t.id} ?selected=${draft.productTypeId === t.id}>${t.name}</option>`,
      )}
    </select>
    <span class="hint" id="hint-productTypeId"
      >${type?.description || l.t('accounts.form.productTypeHint')}</span
    >
    ${
      type?.lockedOnceAssigned
        ? html`<p class="banner warning inline" part="locked-warning">
            ${l.t('accounts.form.lockedWarning')}
          </p>`
        : nothing
    }
    ${errorOf(v, 'productTypeId')}
  </div>`;
}

function renderLockedType(v: StepView, type: ProductType): TemplateResult {
  const { l } = v;
  return html`<div class="field">
    <span class="label" id="label-productTypeId">${l.t('accounts.form.productType')}</span>
    <p class="read-only-value" aria-labelledby="label-productTypeId" data-field="productTypeId">
      <strong>${type.name}</strong>
    </p>
    <span class="hint">${l.t('accounts.form.lockedReadOnly', { name: type.name })}</span>
    ${errorOf(v, 'productTypeId')}
  </div>`;
}

function renderCountry(v: StepView): TemplateResult {
  const { l, draft } = v;
  const text = draft.countryText ?? (draft.country ? countryName(l.locale, draft.country) : '');
  return html`<div class="field">
    <label for="f-country">${l.t('accounts.form.country')}</label>
    <input
      id="f-country"
      name="country"
      type="text"
      list="country-list"
      autocomplete="off"
      data-field="country"
      required
      .value=${text}
      aria-invalid=${v.errors.has('country') ? 'true' : 'false'}
      aria-describedby=${describedBy(v, 'country', true)}
    />
    <datalist id="country-list">
      ${countries(l.locale).map((c) => html`<option value=${c.name}></option>`)}
    </datalist>
    <span class="hint" id="hint-country">${l.t('accounts.form.countryHint')}</span>
    ${errorOf(v, 'country')}
  </div>`;
}

function renderTrial(v: StepView): TemplateResult | typeof nothing {
  const { l, draft, type } = v;
  const running = v.mode === 'edit' && v.account?.trial;
  if (!type?.trialAvailable && !running) return nothing;
  const hint = running
    ? l.t('accounts.form.trialRunning', { date: l.date(v.account!.trial!.endsAt) })
    : l.t('accounts.form.trialHint', {
        count: type!.trialDays,
        date: l.date(new Date(v.now.getTime() + type!.trialDays * DAY)),
      });
  return html`<div class="field check-field">
    <label class="choice">
      <input
        type="checkbox"
        name="trial"
        data-field="trial"
        .checked=${draft.trial}
        aria-invalid=${v.errors.has('trial') ? 'true' : 'false'}
        aria-describedby=${describedBy(v, 'trial', true)}
      />
      <span class="choice-label">${l.t('accounts.form.trial')}</span>
    </label>
    <span class="hint" id="hint-trial">${hint}</span>
    ${errorOf(v, 'trial')}
  </div>`;
}

/** Step 2 (seed 004): the primary administrator, invited at once. No password field. */
function renderAdmin(v: StepView): TemplateResult {
  const { l, draft } = v;
  return html`
    <p class="intro">${l.t('accounts.form.adminIntro')}</p>
    ${textField(v, { path: 'primaryAdmin.name', name: 'adminName', label: l.t('accounts.form.adminName'), required: true })}
    ${textField(v, { path: 'primaryAdmin.email', name: 'adminEmail', label: l.t('accounts.form.adminEmail'), hint: l.t('accounts.form.adminEmailHint'), type: 'email', required: true })}
    <div class="field">
      <label for="f-primaryAdmin-locale">${l.t('accounts.form.adminLocale')}</label>
      <select id="f-primaryAdmin-locale" name="adminLocale" data-field="primaryAdmin.locale">
        <option value="" ?selected=${!draft.adminLocale}>${l.t('accounts.form.adminLocaleDefault')}</option>
        ${SHIPPED_LOCALES.map(
          (tag) =>
            html`<option value=${tag} ?selected=${draft.adminLocale === tag}>
              ${languageName(l, tag)}
            </option>`,
        )}
      </select>
      ${errorOf(v, 'primaryAdmin.locale')}
    </div>
  `;
}

/** Step 3: the fields the product type declares (seed 004: the phone-system connection). */
function renderSettings(v: StepView): TemplateResult {
  const { l, type } = v;
  const fields = type?.fields ?? [];
  return html`
    <p class="intro">
      ${fields.length ? l.t('accounts.form.settingsIntro', { name: type!.name }) : l.t('accounts.form.settingsNone')}
    </p>
    ${fields.map((f) => renderSetting(v, f))}
  `;
}

function renderSetting(v: StepView, f: ProductField): TemplateResult {
  const { l } = v;
  const path = `settings.${f.id}`;
  const id = `f-${cssId(path)}`;
  const help = l.pick(f.help);
  const value = v.draft.settings[f.id];
  const invalid = v.errors.has(path) ? 'true' : 'false';
  const described = describedBy(v, path, !!help);
  const hint = help ? html`<span class="hint" id="hint-${cssId(path)}">${help}</span>` : nothing;
  if (f.type === 'boolean')
    return html`<div class="field check-field">
      <label class="choice">
        <input
          id=${id}
          type="checkbox"
          name="setting"
          data-setting=${f.id}
          data-field=${path}
          .checked=${value === true}
          aria-invalid=${invalid}
          aria-describedby=${described}
        />
        <span class="choice-label">${l.pick(f.label)}</span>
      </label>
      ${hint} ${errorOf(v, path)}
    </div>`;
  const text = typeof value === 'string' ? value : '';
  const control =
    f.type === 'select'
      ? html`<select
          id=${id}
          name="setting"
          data-setting=${f.id}
          data-field=${path}
          ?required=${f.required}
          aria-invalid=${invalid}
          aria-describedby=${described}
        >
          <option value="" ?selected=${!text}>${l.t('accounts.form.settingsChoose')}</option>
          ${(f.options ?? []).map(
            (o) => html`<option value=${o.value} ?selected=${text === o.value}>${l.pick(o.label)}</option>`,
          )}
        </select>`
      : html`<input
          id=${id}
          name="setting"
          data-setting=${f.id}
          data-field=${path}
          type=${f.type === 'url' ? 'url' : 'text'}
          inputmode=${f.type === 'number' ? 'numeric' : nothing}
          autocomplete="off"
          ?required=${f.required}
          .value=${text}
          aria-invalid=${invalid}
          aria-describedby=${described}
        />`;
  return html`<div class="field">
    <label for=${id}>${l.pick(f.label)}</label>
    ${control} ${hint} ${errorOf(v, path)}
  </div>`;
}

/** Step 4 (seed 004): the primary admin's role and permissions, with the user manager's checkboxes. */
function renderAccess(v: StepView): TemplateResult {
  const { l } = v;
  return html`
    <p class="intro">${l.t('accounts.form.accessIntro')}</p>
    <div class="field">
      <span class="label">${l.t('accounts.form.role')}</span>
      <span>${l.t('accounts.form.roleAdmin')}</span>
    </div>
    ${permissionFieldset({
      l,
      catalog: v.permissions,
      selected: v.draft.permissions ?? [],
      failed: v.permissionsFailed,
      onRetry: v.retryPermissions,
      onChange: v.onPermissions,
      idPrefix: 'acc',
      name: 'permission',
      error: v.errors.get('primaryAdmin.permissions'),
    })}
  `;
}
