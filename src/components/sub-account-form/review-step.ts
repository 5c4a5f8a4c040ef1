import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from '../../core/language-name.js';
import { countryName } from './countries.js';
import { countryOf, type StepId } from './draft.js';
import type { StepView } from './steps.js';

/** The last step: everything, each section with a way back to its step. */
export function renderReview(v: StepView, labels: Record<StepId, string>): TemplateResult {
  const { l, draft, type } = v;
  const none = l.t('accounts.form.none');
  const section = (step: StepId, rows: [string, string][]) =>
    v.steps.includes(step)
      ? html`<section class="review-section" aria-labelledby="review-${step}">
          <div class="review-head">
            <h3 id="review-${step}">${labels[step]}</h3>
            <button class="link" type="button" @click=${() => v.goTo(step)}>
              ${l.t('accounts.form.reviewEditStep', { step: labels[step] })}
            </button>
          </div>
          <dl>
            ${rows.map(
              ([k, value]) =>
                html`<div class="review-row">
                  <dt>${k}</dt>
                  <dd>${value || none}</dd>
                </div>`,
            )}
          </dl>
        </section>`
      : nothing;
  const country = countryOf(draft, l.locale);
  const yes = l.t('common.yes');
  const no = l.t('common.no');
  const details: [string, string][] = [
    [l.t('accounts.form.name'), draft.name.trim()],
    [l.t('accounts.form.productType'), type?.name ?? ''],
    [l.t('accounts.form.reference'), draft.reference.trim()],
    [l.t('accounts.form.country'), country ? countryName(l.locale, country) : ''],
    [l.t('accounts.form.notes'), draft.notes.trim()],
  ];
  if (type?.trialAvailable || draft.trial) details.push([l.t('accounts.form.trial'), draft.trial ? yes : no]);
  details.push([l.t('accounts.form.internal'), draft.internal ? yes : no]);
  const settings: [string, string][] = (type?.fields ?? []).map((f) => {
    const value = draft.settings[f.id];
    const shown =
      typeof value === 'boolean'
        ? value
          ? yes
          : no
        : f.type === 'select'
          ? l.pick(f.options?.find((o) => o.value === value)?.label) || (value ?? '')
          : (value ?? '');
    return [l.pick(f.label), shown];
  });
  const chosen = new Set(draft.permissions ?? []);
  const permissionNames = (v.permissions ?? []).filter((p) => chosen.has(p.id)).map((p) => l.pick(p.label));
  return html`
    <p class="intro">
      ${v.mode === 'create' ? l.t('accounts.form.review') : l.t('accounts.form.reviewEdit')}
    </p>
    ${section('details', details)}
    ${section('admin', [
      [l.t('accounts.form.adminName'), draft.adminName.trim()],
      [l.t('accounts.form.adminEmail'), draft.adminEmail.trim()],
      [
        l.t('accounts.form.adminLocale'),
        draft.adminLocale ? languageName(l, draft.adminLocale) : l.t('accounts.form.adminLocaleDefault'),
      ],
    ])}
    ${section('settings', settings)}
    ${section('access', [
      [l.t('accounts.form.role'), l.t('accounts.form.roleAdmin')],
      [l.t('accounts.form.permissionsCount', { count: chosen.size }), permissionNames.join(', ')],
    ])}
  `;
}
