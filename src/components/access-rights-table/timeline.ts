import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { AccessRight } from '../../api/schemas/index.js';
import type { Localizer } from '../../core/localize.js';

/**
 * Bars and ticks are placed with SVG attributes in percent of the track (never with styles,
 * which a strict CSP forbids), so text keeps its shape at any width.
 */
export const TIMELINE_WIDTH = 100;
const pct = (n: number) => `${n.toFixed(3)}%`;
const DAY_MS = 86_400_000;

export interface TimeDomain {
  start: number;
  end: number;
}

/** The smallest domain holding `now` and every loaded right; open ends reach a year past the latest date. */
export function growDomain(
  domain: TimeDomain | undefined,
  rights: Iterable<AccessRight>,
  now: number,
): TimeDomain {
  let start = domain?.start ?? now - 30 * DAY_MS;
  let end = domain?.end ?? now + 30 * DAY_MS;
  for (const r of rights) {
    const from = Date.parse(r.startsAt);
    const to = r.endsAt ? Date.parse(r.endsAt) : Math.max(from, now) + 365 * DAY_MS;
    if (from < start) start = from;
    if (to > end) end = to;
  }
  return domain && domain.start === start && domain.end === end ? domain : { start, end };
}

/** The domain for a provider's reported term (see `AccessRightsPage.timeRange`), as `growDomain` would grow it over every row. */
export function domainOfRange(
  range: { start: string; latestStart: string; end: string | null },
  now: number,
): TimeDomain {
  const start = Math.min(Date.parse(range.start), now - 30 * DAY_MS);
  const end =
    range.end === null
      ? Math.max(Date.parse(range.latestStart), now) + 365 * DAY_MS
      : Math.max(Date.parse(range.end), now + 30 * DAY_MS);
  return { start, end };
}

/** Position in percent; right-to-left mirrors the axis so that time runs from the inline start. */
export function timeToX(time: number, domain: TimeDomain, rtl: boolean): number {
  const x = ((time - domain.start) / (domain.end - domain.start)) * TIMELINE_WIDTH;
  return rtl ? TIMELINE_WIDTH - x : x;
}

/** The bar of one right: `x` and `width` in percent (the end of an open right is the domain's end). */
export function barGeometry(
  right: AccessRight,
  domain: TimeDomain,
  rtl: boolean,
): { x: number; width: number } {
  const a = timeToX(Date.parse(right.startsAt), domain, rtl);
  const b = timeToX(right.endsAt ? Date.parse(right.endsAt) : domain.end, domain, rtl);
  return { x: Math.min(a, b), width: Math.max(0.3, Math.abs(b - a)) };
}

/** Year starts inside the domain (at most ~8 labels), for the axis. */
export function yearTicks(domain: TimeDomain): number[] {
  const first = new Date(domain.start).getUTCFullYear() + 1;
  const last = new Date(domain.end).getUTCFullYear();
  const step = Math.max(1, Math.ceil((last - first + 1) / 8));
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) ticks.push(Date.UTC(y, 0, 1));
  return ticks;
}

/** One right's validity as a bar, with a line for today; `label` is its accessible text. */
export function timelineBar(
  right: AccessRight,
  domain: TimeDomain,
  now: number,
  rtl: boolean,
  label: string,
): SVGTemplateResult {
  const { x, width } = barGeometry(right, domain, rtl);
  const today = timeToX(now, domain, rtl);
  return svg`<svg class="bar-track" part="timeline-bar" role="img" aria-label=${label}>
    <rect class="bar ${right.status} ${right.endsAt ? 'closed' : 'open'}" x=${pct(x)} y="25%" width=${pct(width)} height="50%" rx="2"></rect>
    <line class="today" x1=${pct(today)} x2=${pct(today)} y1="0" y2="100%"></line>
  </svg>`;
}

/** The axis under the timeline header: a tick and a year per year start. */
export function timelineAxis(
  domain: TimeDomain,
  rtl: boolean,
  format: (time: number) => string,
): SVGTemplateResult {
  return svg`<svg class="axis" aria-hidden="true">
    ${yearTicks(domain).map((t) => {
      const x = pct(timeToX(t, domain, rtl));
      return svg`<line x1=${x} x2=${x} y1="65%" y2="100%"></line><text x=${x} y="55%" text-anchor="middle">${format(t)}</text>`;
    })}
  </svg>`;
}

/**
 * The key under the timeline: what the bar colours, the today line and an open end mean; and,
 * when rows loaded later reach beyond the scale, a button that widens it (the axis never moves
 * by itself while the user scrolls).
 */
export function timelineLegend(l: Localizer, onRescale?: () => void): TemplateResult {
  return html`<div class="legend">
    <span aria-hidden="true"><span class="swatch"></span>${l.t('accessRights.status.active')}</span>
    <span aria-hidden="true"
      ><span class="swatch deactivated"></span>${l.t('accessRights.status.deactivated')}</span
    >
    <span aria-hidden="true"><span class="swatch today"></span>${l.t('accessRights.timeline.today')}</span>
    <span aria-hidden="true">${l.t('accessRights.timeline.open')}</span>
    ${
      onRescale
        ? html`<button class="btn" part="timeline-rescale" @click=${onRescale}>
            ${l.t('accessRights.timeline.rescale')}
          </button>`
        : ''
    }
  </div>`;
}
