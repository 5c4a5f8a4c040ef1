import { html } from 'lit';
import { TkElement } from '../../src/core/tk-element.js';
import type { ProvisioningClient } from '../../src/api/client.js';

/** A minimal element that shows what the base class resolved: a string, the locale and the client. */
export class TkProbe extends TkElement {
  get resolvedClient(): ProvisioningClient | undefined {
    return this.api;
  }
  get accountInScope(): string | undefined {
    return this.provided?.accountId;
  }
  protected override render() {
    return html`<button class="btn">${this.i18n.t('common.retry')}</button>
      <span class="count">${this.i18n.t('common.results', { count: 1 })}</span>`;
  }
}
customElements.get('tk-probe') ?? customElements.define('tk-probe', TkProbe);

/** A stand-in client: only its identity matters here. */
export const fakeClient = (name: string) => ({ name }) as unknown as ProvisioningClient;
