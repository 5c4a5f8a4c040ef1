import { html, nothing, type TemplateResult } from 'lit';
import { mailtoHref, telHref } from '../../core/links.js';
import type { Localizer } from '../../core/localize.js';
import { groupPhone } from './phone.js';
import type { HelpChannel } from './types.js';

export interface ContactListView {
  l: Localizer;
  email?: string;
  phone?: string;
  /** Already in the element's language. */
  hours: string;
  /** Asks the host before a link opens (`tk-help-contact`). */
  onContact: (e: MouseEvent, channel: HelpChannel, href: string) => void;
}

/**
 * E-mail, phone and opening hours as a description list; each shown only when set. A value
 * that is not a safe `mailto:`/`tel:` address stays plain text.
 */
export function renderContactList(v: ContactListView): TemplateResult | typeof nothing {
  const { l, email, phone, hours } = v;
  if (!email && !phone && !hours.trim()) return nothing;
  const mailto = mailtoHref(email);
  const tel = telHref(phone);
  return html`<dl class="contact" part="contact">
    ${
      email
        ? html`<div>
            <dt>${l.t('help.email')}</dt>
            <dd>
              ${
                mailto
                  ? html`<a
                      part="email"
                      href=${mailto}
                      @click=${(e: MouseEvent) => v.onContact(e, 'email', mailto)}
                      >${email}</a
                    >`
                  : email
              }
            </dd>
          </div>`
        : nothing
    }
    ${
      phone
        ? html`<div>
            <dt>${l.t('help.phone')}</dt>
            <dd>
              ${
                tel
                  ? html`<a
                      part="phone"
                      href=${tel}
                      dir="ltr"
                      @click=${(e: MouseEvent) => v.onContact(e, 'phone', tel)}
                      >${groupPhone(phone, l.locale)}</a
                    >`
                  : html`<span dir="ltr">${phone}</span>`
              }
            </dd>
          </div>`
        : nothing
    }
    ${
      hours.trim()
        ? html`<div>
            <dt>${l.t('help.hours')}</dt>
            <dd class="hours" part="hours">${hours}</dd>
          </div>`
        : nothing
    }
  </dl>`;
}
