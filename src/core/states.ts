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
