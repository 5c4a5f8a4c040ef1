import { html, type TemplateResult } from 'lit';
import type { AccessRight } from '../../api/schemas/index.js';
import type { Localizer, TextKey } from '../../core/localize.js';
import { formatDay } from './columns.js';

const DAY_MS = 86_400_000;

/** "1 Jan 2026 – 31 Dec 2026 · 364 days · ends in 2 months": the term and what is left of it. */
export function termText(l: Localizer, right: AccessRight, now: number): string {
  const start = formatDay(l, right.startsAt);
  if (!right.endsAt) return l.t('accessRights.detail.openTerm', { start });
  const end = Date.parse(right.endsAt);
  const days = Math.round((end - Date.parse(right.startsAt)) / DAY_MS);
  const left = l.t(end > now ? 'accessRights.detail.endsIn' : 'accessRights.detail.ended', {
    relative: l.relative(end, new Date(now)),
  });
  return l.t('accessRights.detail.term', {
    start,
    end: formatDay(l, right.endsAt),
    duration: l.t('accessRights.detail.days', { count: days }),
    left,
  });
}

/** The expanded part of a row: each id with one line saying what it is (seed 003). */
export function rowDetail(l: Localizer, right: AccessRight, id: string, now: number): TemplateResult {
  const item = (key: string, value: string) =>
    html`<dt>${l.t(`accessRights.detail.${key}` as TextKey)}</dt>
      <dd>${value}<span class="hint">${l.t(`accessRights.detail.${key}Hint` as TextKey)}</span></dd>`;
  return html`<div class="detail" role="gridcell" part="detail" id=${id}>
    <dl>
      ${item('termLabel', termText(l, right, now))}
      ${item('subscriptionId', right.subscriptionId ?? l.t('accessRights.detail.noSubscription'))}
      ${item('productId', `${right.productId} · ${right.productName}`)}
      ${item('platformProductId', right.platformProductId)}
      ${item('tierId', right.tierId ?? l.t('accessRights.detail.noTier'))}
    </dl>
  </div>`;
}
