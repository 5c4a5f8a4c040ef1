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
import { formatDay } from './columns.js';
import { rebase } from '../../core/rebase.js';

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
  const input = (name: RightFormField, type: string, required: boolean, hint?: string) =>
    field(
      name,
      l.t(`accessRights.form.${name}`),
      html`<input
        id="f-${name}"
        name=${name}
        type=${type}
        .value=${values[name]}
        ?required=${required}
        aria-invalid=${errors.has(name) ? 'true' : 'false'}
        aria-describedby=${described(name, !!hint)}
        @input=${(e: Event) => view.onInput(name, (e.target as HTMLInputElement).value)}
      />`,
      hint,
    );
  const current = (name: 'startsAt' | 'endsAt' | 'status') => {
    if (!latest) return undefined;
    const value =
      name === 'status' ? l.t(`accessRights.status.${latest.status}`) : formatDay(l, latest[name]);
    return l.t('accessRights.form.current', { value });
  };
  return html`
    ${
      creating
        ? html`${input('productId', 'text', true, l.t('accessRights.form.productIdHint'))}
          ${input('tierId', 'text', false, l.t('accessRights.form.tierIdHint'))}`
        : nothing
    }
    ${input('startsAt', 'date', true, current('startsAt'))}
    ${input('endsAt', 'date', false, current('endsAt') ?? l.t('accessRights.form.endsAtHint'))}
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
