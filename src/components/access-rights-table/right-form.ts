import { html, nothing, type TemplateResult } from 'lit';
import {
  AccessRightCreate,
  AccessRightUpdate,
  type AccessRight,
  type AccessRightStatus,
} from '../../api/schemas/index.js';
import type { FieldProblem } from '../../api/schemas/problem.js';
import { validate } from '../../api/validate.js';
import type { Localizer } from '../../core/localize.js';
import type { Product } from '../../api/schemas/index.js';
import { rebase } from '../../core/rebase.js';
import { formatDay } from './columns.js';
import { parseDay, showDay } from './day-input.js';
import { renderProductPicker, type ProductPickerState } from './product-picker.js';

/** What the admin typed, as the inputs hold it (days as `YYYY-MM-DD`); kept across failed requests. */
export interface RightFormValues {
  productId: string;
  tierId: string;
  startsAt: string;
  endsAt: string;
  status: AccessRightStatus;
}

export type RightFormField = keyof RightFormValues;

const day = (instant: string | null) => (instant ? instant.slice(0, 10) : '');
const instant = (day: string) => `${day}T00:00:00Z`;

export const valuesOf = (right: AccessRight): RightFormValues => ({
  productId: right.productId,
  tierId: right.tierId ?? '',
  startsAt: day(right.startsAt),
  endsAt: day(right.endsAt),
  status: right.status,
});

/** The latest version's values, with the fields the admin changed from `original` kept as typed. */
export function rebaseValues(
  latest: AccessRight,
  original: AccessRight,
  typed: RightFormValues,
): RightFormValues {
  const before = valuesOf(original);
  return rebase(
    valuesOf(latest),
    typed,
    FIELD_ORDER.filter((field) => typed[field] !== before[field]),
  );
}

export const newValues = (today: string): RightFormValues => ({
  productId: '',
  tierId: '',
  startsAt: today,
  endsAt: '',
  status: 'active',
});

export function createBody(v: RightFormValues): AccessRightCreate {
  return {
    productId: v.productId.trim(),
    tierId: v.tierId.trim() || null,
    startsAt: v.startsAt ? instant(v.startsAt) : '',
    endsAt: v.endsAt ? instant(v.endsAt) : null,
    status: v.status,
  };
}

export function updatePatch(v: RightFormValues): AccessRightUpdate {
  return {
    startsAt: v.startsAt ? instant(v.startsAt) : '',
    endsAt: v.endsAt ? instant(v.endsAt) : null,
    status: v.status,
  };
}

/** Problems with the values, checked with the API's own schemas; an empty start reads as required. */
export function formProblems(v: RightFormValues, creating: boolean): FieldProblem[] {
  const problems = creating
    ? validate(AccessRightCreate, createBody(v))
    : validate(AccessRightUpdate, updatePatch(v));
  return problems.map((p) => (p.path === 'startsAt' && !v.startsAt ? { ...p, code: 'required' } : p));
}

/** The order in which fields appear, to focus the first invalid one. */
export const FIELD_ORDER: readonly RightFormField[] = ['productId', 'tierId', 'startsAt', 'endsAt', 'status'];

export interface RightFormView {
  l: Localizer;
  creating: boolean;
  values: RightFormValues;
  errors: Map<string, string>;
  /** The server's current version after a 412 and a reload, shown beside the typed values. */
  latest?: AccessRight;
  /** The platform products for the product picker; undefined while they load or when they failed. */
  products?: readonly Product[];
  picker: ProductPickerState;
  onPicker: (picker: ProductPickerState) => void;
  onInput: (field: RightFormField, value: string) => void;
}

/** The fields of the create and edit forms; product and tier are fixed once a right exists. */
export function rightFormFields(view: RightFormView): TemplateResult {
  const { l, creating, values, errors, latest } = view;
  const field = (name: RightFormField, label: string, control: TemplateResult, hint?: string) => {
    const error = errors.get(name);
    return html`<div class="field">
      <label for="f-${name}">${label}</label>
      ${control} ${hint ? html`<span class="hint" id="f-${name}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="field-error" id="f-${name}-error">${error}</span>` : nothing}
    </div>`;
  };
  const described = (name: RightFormField, hint: boolean) =>
    [hint ? `f-${name}-hint` : '', errors.has(name) ? `f-${name}-error` : ''].filter(Boolean).join(' ') ||
    nothing;
  const input = (name: RightFormField, required: boolean, hint?: string) =>
    field(
      name,
      l.t(`accessRights.form.${name}`),
      html`<input
        id="f-${name}"
        name=${name}
        type="text"
        .value=${values[name]}
        ?required=${required}
        aria-invalid=${errors.has(name) ? 'true' : 'false'}
        aria-describedby=${described(name, !!hint)}
        @input=${(e: Event) => view.onInput(name, (e.target as HTMLInputElement).value)}
      />`,
      hint,
    );
  // Days in the element's locale (a native date input would follow the browser's language).
  const dayInput = (name: 'startsAt' | 'endsAt', required: boolean, hint: string | undefined) => {
    const format = l.t('accessRights.form.dayFormat', { example: showDay('2026-12-31', l.locale) });
    return field(
      name,
      l.t(`accessRights.form.${name}`),
      html`<input
          id="f-${name}"
          name=${name}
          type="text"
          inputmode="numeric"
          autocomplete="off"
          class="day"
          .value=${showDay(values[name], l.locale)}
          ?required=${required}
          aria-invalid=${errors.has(name) ? 'true' : 'false'}
          aria-describedby=${[
            `f-${name}-format`,
            hint ? `f-${name}-hint` : '',
            errors.has(name) ? `f-${name}-error` : '',
          ]
            .filter(Boolean)
            .join(' ')}
          @change=${(e: Event) => view.onInput(name, parseDay((e.target as HTMLInputElement).value, l.locale))}
        /><span class="hint" id="f-${name}-format">${format}</span>`,
      hint,
    );
  };
  const current = (name: 'startsAt' | 'endsAt' | 'status') => {
    if (!latest) return undefined;
    const value =
      name === 'status' ? l.t(`accessRights.status.${latest.status}`) : formatDay(l, latest[name]);
    return l.t('accessRights.form.current', { value });
  };
  return html`
    ${
      creating
        ? html`${field(
            'productId',
            l.t('accessRights.form.productId'),
            renderProductPicker({
              l,
              value: values.productId,
              products: view.products,
              state: view.picker,
              invalid: errors.has('productId'),
              describedBy: ['f-productId-hint', errors.has('productId') ? 'f-productId-error' : '']
                .filter(Boolean)
                .join(' '),
              onInput: (value) => view.onInput('productId', value),
              onState: view.onPicker,
            }),
            l.t('accessRights.form.productIdHint'),
          )}
          ${input('tierId', false, l.t('accessRights.form.tierIdHint'))}`
        : nothing
    }
    ${dayInput('startsAt', true, current('startsAt'))}
    ${dayInput('endsAt', false, current('endsAt') ?? l.t('accessRights.form.endsAtHint'))}
    ${field(
      'status',
      l.t('accessRights.form.status'),
      html`<select
        id="f-status"
        name="status"
        .value=${values.status}
        aria-describedby=${described('status', !!latest)}
        @change=${(e: Event) => view.onInput('status', (e.target as HTMLSelectElement).value)}
      >
        <option value="active" ?selected=${values.status === 'active'}>
          ${l.t('accessRights.status.active')}
        </option>
        <option value="deactivated" ?selected=${values.status === 'deactivated'}>
          ${l.t('accessRights.status.deactivated')}
        </option>
      </select>`,
      current('status'),
    )}
  `;
}
