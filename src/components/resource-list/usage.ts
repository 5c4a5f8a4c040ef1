import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Resource, Usage } from '../../api/schemas/index.js';
import type { Localizer, TextKey } from '../../core/localize.js';

/** An amount with its unit: `1,024 MB`, `46 seats`. */
export const amount = (l: Localizer, value: number, unit: Usage['unit']) =>
  l.t(`resources.unit.${unit}` as TextKey, { value: l.number(value, { maximumFractionDigits: 1 }) });

/** A share as a percentage: `83 %` in the locale's way. */
export const percent = (l: Localizer, share: number) =>
  l.number(share, { style: 'percent', maximumFractionDigits: 0 });

/**
 * The usage cell: amount used against the cap as text, a bar with the alert level marked
 * (SVG attributes, no inline styles: strict CSP), and the flags as words with a symbol, so that
 * colour is never the only signal.
 */
export function usageCell(l: Localizer, r: Resource): TemplateResult {
  if (!r.usage) return html`<span class="hint">${l.t('resources.usage.none')}</span>`;
  const u = r.usage;
  const period = l.t(`resources.period.${u.period}` as TextKey);
  if (!r.cap)
    return html`<span class="usage-text"
      >${l.t('resources.usage.uncapped', { used: amount(l, u.used, u.unit), period })}</span
    >`;
  const share = u.used / r.cap.limit;
  const fill = Math.min(1, share) * 100;
  const mark = Math.min(1, r.cap.alert / r.cap.limit) * 100;
  const level = r.overCap ? 'over-cap' : r.overAlert ? 'over-alert' : 'ok';
  return html`<span class="usage ${level}">
    <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" part="usage-bar">
      ${svg`<rect class="track" x="0" y="2" width="100" height="6" rx="1"></rect>
      <rect class="fill" x="0" y="2" width=${fill} height="6" rx="1"></rect>
      <rect class="alert-mark" x=${Math.max(0, mark - 0.75)} y="0" width="1.5" height="10"></rect>`}
    </svg>
    <span class="usage-text"
      >${l.t('resources.usage.capped', {
        used: l.number(u.used, { maximumFractionDigits: 1 }),
        cap: amount(l, r.cap.limit, u.unit),
        percent: percent(l, share),
      })}</span
    >
    ${flag(l, r)}
  </span>`;
}

/** "Over cap" / "Over alert level", with a symbol and a tooltip naming the alert level. */
export function flag(l: Localizer, r: Resource): TemplateResult | typeof nothing {
  if (!r.cap || !r.usage) return nothing;
  const alert = amount(l, r.cap.alert, r.usage.unit);
  if (r.overCap)
    return html`<span
      class="badge danger flag"
      part="flag over-cap"
      title=${l.t('resources.flag.alertAt', { alert })}
      ><span aria-hidden="true">‼</span> ${l.t('resources.flag.overCap')}</span
    >`;
  if (r.overAlert)
    return html`<span
      class="badge warning flag"
      part="flag over-alert"
      title=${l.t('resources.flag.alertAt', { alert })}
      ><span aria-hidden="true">⚠</span> ${l.t('resources.flag.overAlert')}</span
    >`;
  return nothing;
}
