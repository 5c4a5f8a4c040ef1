import { html, nothing, type TemplateResult } from 'lit';
import { CapInput, DEFAULT_ALERT_RATIO, type Resource } from '../../api/schemas/index.js';
import { validate } from '../../api/validate.js';
import type { Localizer, TextKey } from '../../core/localize.js';
import { amount, percent } from './usage.js';

/** The cap form: what the admin typed, as text, and whether the alert was touched. */
export interface CapForm {
  resource: Resource;
  limit: string;
  alertMode: 'percent' | 'absolute';
  alert: string;
  /** The admin changed the alert; otherwise it follows the cap at 80 %. */
  alertTouched: boolean;
  errors: Partial<Record<'limit' | 'alert', TextKey>>;
}

const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

/** A fresh form: the current cap, or an empty one whose alert will be 80 % of the cap. */
export function capForm(resource: Resource): CapForm {
  const cap = resource.cap;
  return {
    resource,
    limit: cap ? fmt(cap.limit) : '',
    alertMode: 'percent',
    alert: fmt(cap ? (cap.alert / cap.limit) * 100 : DEFAULT_ALERT_RATIO * 100),
    alertTouched: false,
    errors: {},
  };
}

const parse = (text: string): number | undefined => {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() && Number.isFinite(value) ? value : undefined;
};

/** Switches between percentage and amount, converting what is there. */
export function switchMode(form: CapForm, mode: CapForm['alertMode']): CapForm {
  if (mode === form.alertMode) return form;
  const limit = parse(form.limit);
  const alert = parse(form.alert);
  const converted =
    limit === undefined || alert === undefined
      ? form.alert
      : fmt(mode === 'absolute' ? (limit * alert) / 100 : (alert / limit) * 100);
  return { ...form, alertMode: mode, alert: converted };
}

/** The alert level in the usage's unit, when the form can tell it. */
export function alertAmount(form: CapForm): number | undefined {
  const limit = parse(form.limit);
  if (limit === undefined || limit <= 0) return undefined;
  if (!form.alertTouched && !form.resource.cap) return limit * DEFAULT_ALERT_RATIO;
  const alert = parse(form.alert);
  if (alert === undefined) return undefined;
  return form.alertMode === 'percent' ? (limit * alert) / 100 : alert;
}

/**
 * The body to send, or the form with its problems. An untouched alert on a new cap is left out,
 * so the server puts it at 80 % itself (the rule lives in one place).
 */
export function capRequest(form: CapForm): { cap: CapInput } | { invalid: CapForm } {
  const errors: CapForm['errors'] = {};
  const limit = parse(form.limit);
  if (limit === undefined) errors.limit = form.limit.trim() ? 'resources.cap.notNumber' : 'field.required';
  else if (limit <= 0) errors.limit = 'resources.cap.positive';
  const alert = alertAmount(form);
  if (limit !== undefined && limit > 0) {
    if (alert === undefined) errors.alert = 'resources.cap.notNumber';
    else if (alert <= 0) errors.alert = 'resources.cap.positive';
    else if (alert > limit + 1e-9) errors.alert = 'resources.cap.alertAboveCap';
  }
  if (errors.limit || errors.alert) return { invalid: { ...form, errors } };
  const useDefault = !form.alertTouched && !form.resource.cap;
  const cap: CapInput = useDefault
    ? { limit: limit! }
    : { limit: limit!, alert: Math.round(alert! * 1000) / 1000 };
  // The contract's own rules, as the server applies them (a cap too large, say).
  for (const problem of validate(CapInput, cap)) {
    const field = problem.path.startsWith('alert') ? 'alert' : 'limit';
    errors[field] ??=
      field === 'alert' && problem.code === 'invalid' ? 'resources.cap.alertAboveCap' : 'field.invalid';
  }
  if (errors.limit || errors.alert) return { invalid: { ...form, errors } };
  return { cap };
}

export interface CapFormView {
  l: Localizer;
  form: CapForm;
  onInput: (field: 'limit' | 'alert', value: string) => void;
  onMode: (mode: CapForm['alertMode']) => void;
}

/** The fields of the cap dialog, with the explanation of cap and alert (seed 001). */
export function renderCapFields(v: CapFormView): TemplateResult {
  const { l, form } = v;
  const usage = form.resource.usage!;
  const unit = l.t(`resources.unitName.${usage.unit}` as TextKey);
  const limit = parse(form.limit);
  const alert = alertAmount(form);
  const err = (field: 'limit' | 'alert') =>
    form.errors[field]
      ? html`<span class="field-error" id="cap-${field}-error">${l.t(form.errors[field]!)}</span>`
      : nothing;
  return html`<p class="hint" id="cap-explain">${l.t('resources.cap.explain')}</p>
    <p class="hint">
      ${l.t('resources.cap.currentUse', {
        used: amount(l, usage.used, usage.unit),
        period: l.t(`resources.period.${usage.period}` as TextKey),
      })}
    </p>
    <div class="field">
      <label for="cap-limit">${l.t('resources.cap.limit', { unit })}</label>
      <input
        id="cap-limit"
        inputmode="decimal"
        autocomplete="off"
        .value=${form.limit}
        aria-invalid=${form.errors.limit ? 'true' : 'false'}
        aria-describedby=${form.errors.limit ? 'cap-limit-error cap-explain' : 'cap-explain'}
        @input=${(e: Event) => v.onInput('limit', (e.target as HTMLInputElement).value)}
      />
      ${err('limit')}
    </div>
    <fieldset class="group alert-mode">
      <legend>${l.t('resources.cap.alertLegend')}</legend>
      <label class="choice"
        ><input
          type="radio"
          name="alert-mode"
          value="percent"
          .checked=${form.alertMode === 'percent'}
          @change=${() => v.onMode('percent')}
        />
        ${l.t('resources.cap.asPercent')}</label
      >
      <label class="choice"
        ><input
          type="radio"
          name="alert-mode"
          value="absolute"
          .checked=${form.alertMode === 'absolute'}
          @change=${() => v.onMode('absolute')}
        />
        ${l.t('resources.cap.asAmount', { unit })}</label
      >
      <div class="field">
        <label for="cap-alert"
          >${form.alertMode === 'percent' ? l.t('resources.cap.alertPercent') : l.t('resources.cap.alertAmount', { unit })}</label
        >
        <input
          id="cap-alert"
          inputmode="decimal"
          autocomplete="off"
          .value=${form.alert}
          aria-invalid=${form.errors.alert ? 'true' : 'false'}
          aria-describedby="cap-alert-summary${form.errors.alert ? ' cap-alert-error' : ''}"
          @input=${(e: Event) => v.onInput('alert', (e.target as HTMLInputElement).value)}
        />
        ${err('alert')}
      </div>
    </fieldset>
    <p class="summary-line" id="cap-alert-summary" role="status">
      ${
        limit !== undefined && limit > 0 && alert !== undefined
          ? l.t('resources.cap.summary', {
              alert: amount(l, alert, usage.unit),
              percent: percent(l, alert / limit),
              cap: amount(l, limit, usage.unit),
            })
          : nothing
      }
    </p>`;
}
