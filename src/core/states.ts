import { html, nothing, type TemplateResult } from 'lit';
import { isProvisioningError } from '../api/errors.js';
import type { Localizer, TextKey } from './localize.js';

/** The localized sentence for any failure; unknown throwables read as a server problem. */
export function errorText(l: Localizer, error: unknown): string {
  if (isProvisioningError(error)) return l.t(`error.${error.kind}` as TextKey);
  return l.t('error.server');
}

/** True when trying the same again may help (the network, a busy server), not after a refusal or bad data. */
export const canRetry = (error: unknown): boolean => !isProvisioningError(error) || error.retryable;

/** The error panel: what happened, and `retry` as a button where retrying can help (`canRetry`). */
export function errorState(l: Localizer, error: unknown, retry?: () => void): TemplateResult {
  return html`<div class="state error" role="alert" part="error">
    <strong>${l.t('error.title')}</strong>
    <span>${errorText(l, error)}</span>
    ${retry && canRetry(error) ? html`<button class="btn" part="retry" @click=${retry}>${l.t('common.retry')}</button>` : nothing}
  </div>`;
}

export function loadingState(l: Localizer): TemplateResult {
  return html`<div class="state" role="status" part="loading">${l.t('common.loading')}</div>`;
}

/** The panel of an element that has no provisioning client and will not get one. */
export function noClientState(l: Localizer): TemplateResult {
  return html`<div class="state error" role="alert" part="error">${l.t('error.noClient')}</div>`;
}

export function emptyState(text: string, action?: TemplateResult): TemplateResult {
  return html`<div class="state" part="empty"><span>${text}</span>${action ?? nothing}</div>`;
}

/**
 * The server's own reason for a refusal (RFC 9457 `detail`, written in the request's language)
 * where it gives one for a conflict or a refusal; otherwise the localized sentence for the kind.
 */
export function problemText(l: Localizer, error: unknown): string {
  if (
    isProvisioningError(error) &&
    (error.kind === 'conflict' || error.kind === 'forbidden' || error.kind === 'validation') &&
    error.problem?.detail
  )
    return error.problem.detail;
  return errorText(l, error);
}

/** What a virtual list's body knows of its rows; the element's own grid is drawn by `grid`. */
export interface GridBodyView {
  l: Localizer;
  /** The rows' loader: undefined until the list can ask for rows (its principal and client are there). */
  rows: { error: unknown } | undefined;
  /** What stops the list before it has a loader: the principal's failure, or no source of rows. */
  principalError: unknown;
  retryPrincipal: () => void;
  /** True when no client (or data provider) will come: the "no client" panel instead of loading. */
  noSource: boolean;
  total: number | undefined;
  /** False while something else the rows wait for is missing: still loading. */
  ready?: boolean;
  /** Loads the rows that failed again. */
  retry: () => void;
  /** "No … yet", without filters. */
  empty: string;
  /** With filters: "no match" and a button that clears them. */
  noMatch?: { text: string; showAll: string; onShowAll: () => void };
  /** The banner's sentence when some rows failed while others are shown. */
  loadError: string;
  /** The grid, once there are rows. */
  grid: (total: number) => TemplateResult;
}

/**
 * The body of a virtual list: a state panel (loading, failed, no client, empty, no match) until it
 * has rows, then its grid, under a banner with Retry while some of the rows failed to load.
 */
export function gridBody(v: GridBodyView): TemplateResult {
  const { l, rows, total } = v;
  if (!rows) {
    if (v.principalError) return errorState(l, v.principalError, v.retryPrincipal);
    if (v.noSource) return noClientState(l);
    return loadingState(l);
  }
  // Only a failure before the total is known fills the body; later ones leave the rows shown.
  if (rows.error !== undefined && total === undefined) return errorState(l, rows.error, v.retry);
  if (total === undefined || v.ready === false) return loadingState(l);
  if (total === 0)
    return v.noMatch
      ? emptyState(
          v.noMatch.text,
          html`<button class="btn" type="button" @click=${v.noMatch.onShowAll}>${v.noMatch.showAll}</button>`,
        )
      : emptyState(v.empty);
  return html`${
    rows.error !== undefined
      ? html`<div class="banner error" role="alert">
          ${v.loadError} ${errorText(l, rows.error)}
          <button class="btn" type="button" @click=${v.retry}>${l.t('common.retry')}</button>
        </div>`
      : nothing
  }
  ${v.grid(total)}`;
}
