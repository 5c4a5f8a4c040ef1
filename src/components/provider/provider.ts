import { provide } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tkContext, type TkContextValue } from '../../api/context.js';
import type { Messages } from '../../locales/index.js';
import { TkElement } from '../../core/tk-element.js';

/**
 * @summary Hands a client, locale, account and theme to every tenantkit element inside it.
 *
 * Values it does not set are inherited from an enclosing provider. Changing any of them
 * updates every element below at once. Renders its children as they are (`display: contents`).
 *
 * @slot - The elements (and any other content) that use these settings.
 * @cssprop --tk-color-scheme - Set by `theme`; `light dark` (the OS preference) by default.
 */
export class TkProvider extends TkElement {
  static override styles = [
    ...TkElement.styles,
    css`
      :host {
        display: contents;
      }
      :host([theme='light']) {
        --tk-color-scheme: light;
      }
      :host([theme='dark']) {
        --tk-color-scheme: dark;
      }
    `,
  ];

  /** The account being worked on ("work as selected tenant"); elements default to it. */
  @property({ attribute: 'account-id', reflect: true }) accountId?: string;

  /** String overrides by language: `{ de: { 'user.role.admin': 'Verwalter' } }`. */
  @property({ attribute: false }) catalogOverrides?: Record<string, Partial<Messages>>;

  @provide({ context: tkContext })
  @state()
  protected value: TkContextValue = {};

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const outer = this.provided ?? {};
    this.value = {
      client: this.client ?? outer.client,
      locale: this.locale ?? outer.locale,
      accountId: this.accountId ?? outer.accountId,
      theme: this.theme ?? outer.theme,
      messages: mergeMessages(outer.messages, this.catalogOverrides),
    };
    // The client tells the server which account the page works as (`X-Act-As-Account`, for the audit trail).
    this.value.client?.setActingFor?.(this.value.accountId);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

function mergeMessages(
  outer: Record<string, Partial<Messages>> = {},
  inner: Record<string, Partial<Messages>> = {},
): Record<string, Partial<Messages>> {
  const merged = { ...outer };
  for (const [lang, overrides] of Object.entries(inner)) merged[lang] = { ...merged[lang], ...overrides };
  return merged;
}
