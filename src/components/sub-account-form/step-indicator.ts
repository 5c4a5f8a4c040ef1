import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Localizer } from '../../core/localize.js';
import type { StepId } from './draft.js';

/** Every step's name, as the indicator, the step heading and the review show it. */
export function stepLabels(l: Localizer): Record<StepId, string> {
  return {
    details: l.t('accounts.form.step.details'),
    admin: l.t('accounts.form.step.admin'),
    settings: l.t('accounts.form.step.settings'),
    access: l.t('accounts.form.step.access'),
    review: l.t('accounts.form.step.review'),
  };
}

export interface StepIndicatorView {
  l: Localizer;
  steps: readonly StepId[];
  current: StepId;
  labels: Record<StepId, string>;
  /** Steps with a field problem: marked, and never shown as done. */
  invalid: ReadonlySet<StepId>;
  onGo: (step: StepId) => void;
}

/** The step indicator: one button per step, the current one `aria-current`, done ones checked. */
export function renderStepIndicator(v: StepIndicatorView): TemplateResult {
  const { l, labels } = v;
  const index = v.steps.indexOf(v.current);
  return html`<nav aria-label=${l.t('accounts.form.steps')}>
    <ol class="steps" part="steps">
      ${v.steps.map((step, i) => {
        const current = step === v.current;
        const done = i < index && !v.invalid.has(step);
        const state = current ? l.t('accounts.form.stepCurrent') : done ? l.t('accounts.form.stepDone') : '';
        return html`<li>
          <button
            type="button"
            part="step"
            class="step-button ${done ? 'done' : ''} ${v.invalid.has(step) ? 'invalid' : ''}"
            aria-current=${ifDefined(current ? 'step' : undefined)}
            data-step=${step}
            @click=${() => v.onGo(step)}
          >
            ${labels[step]}${state ? html`<span class="visually-hidden">, ${state}</span>` : nothing}
          </button>
        </li>`;
      })}
    </ol>
  </nav>`;
}
