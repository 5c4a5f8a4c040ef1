import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isProvisioningError } from '../../api/errors.js';
import { allowed, announce } from '../../core/events.js';
import { safeHref, safeImageSrc } from '../../core/links.js';
import { principalOf } from '../../core/principal.js';
import { canRetry } from '../../core/states.js';
import { TkElement } from '../../core/tk-element.js';
import helpStrings from '../../locales/en/help.js';
import { parseHex, textColorOn } from './contrast.js';
import { renderContactList } from './contact-list.js';
import { styles } from './help-popup.styles.js';
import { messageSegments, renderMessage } from './message-text.js';
import type { HelpChannel, HelpContactDetail, HelpContent, HelpOpenDetail, HelpPlacement } from './types.js';

export type { HelpChannel, HelpContactDetail, HelpContent, HelpOpenDetail, HelpPlacement } from './types.js';

/** A page-wide signal `<tk-help-settings>` sends after saving, so every popup shows the new settings. */
export const HELP_SAVED_EVENT = 'tk-help-settings-saved';

/**
 * @summary A help button that opens the reseller's help and contact details, in the reseller's
 * brand: logo, name, message, e-mail, phone, opening hours and help page.
 *
 * Settings come from `.settings` (no API needed) or from the client, for `account-id`, else the
 * provider's account, else the account the principal acts for; the server resolves them from
 * the nearest reseller above. In `link` mode the button opens the reseller's help page in a new
 * tab instead. The message and hours may be written per language; the element's language is
 * shown, with a fallback. Only `http(s):`, `mailto:` and `tel:` addresses ever become links; a
 * logo only from `https:` or the page's origin; the accent colour only as a valid `#rrggbb`.
 *
 * The button floats in a corner of the viewport (`placement="bottom-end"`, logical, so it
 * mirrors in right-to-left pages) or sits in the flow (`placement="inline"`); a host may put its
 * own button in the `trigger` slot. On a phone-sized screen the panel is a bottom sheet.
 *
 * @slot trigger - The host's own button; it opens the panel (and gets `aria-expanded`).
 *
 * @csspart trigger - The help button.
 * @csspart panel - The popover panel (a dialog).
 * @csspart header - The panel's head: logo, name and close button.
 * @csspart logo - The reseller's logo.
 * @csspart title - The reseller's display name.
 * @csspart close - The close button.
 * @csspart message - The reseller's message.
 * @csspart message-link - A link in the message.
 * @csspart contact - The list of contact details.
 * @csspart email - The e-mail link.
 * @csspart phone - The phone link.
 * @csspart hours - The opening hours.
 * @csspart page - The link to the reseller's help page.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry - Its retry button, where trying again can help (not after a refusal).
 * @csspart empty - The "no help configured" state.
 *
 * @cssprop --tk-help-popup-accent - Brand colour when the settings have none (default: `--tk-color-primary`).
 * @cssprop --tk-help-popup-width - Width of the panel (default 22rem).
 * @cssprop --tk-help-popup-offset - Distance of the floating button from the viewport's edges (default 1rem).
 * @cssprop --tk-help-popup-z-index - Stacking of the floating button (default 1000).
 * @cssprop --tk-color-surface - Panel background.
 * @cssprop --tk-color-text - Text.
 * @cssprop --tk-color-text-muted - Labels.
 * @cssprop --tk-color-border - Panel border.
 * @cssprop --tk-radius - Corner radius.
 * @cssprop --tk-shadow - Panel shadow.
 *
 * @cssstate open - The panel is open.
 * @cssstate loading - The settings are loading.
 * @cssstate error - The settings could not be loaded.
 * @cssstate empty - No help is configured for the account.
 * @cssstate link - The button opens the reseller's help page.
 *
 * @event {TkEvent<HelpOpenDetail>} tk-help-open - The panel opened.
 * @event {TkEvent<{}>} tk-help-close - The panel closed.
 * @event {TkEvent<HelpContactDetail>} tk-help-contact - Before an e-mail, phone or help-page link opens; cancelable (`preventDefault()` to route it yourself, e.g. to a ticket form).
 */
export class TkHelpPopup extends TkElement {
  static override catalogs = { help: helpStrings };
  static override styles = [...TkElement.styles, styles];

  /** The account whose help is shown; defaults to the provider's, then the principal's. */
  @property({ attribute: 'account-id' }) accountId?: string;

  /** Settings to show without asking the API (`.settings = { displayName, email, … }`). */
  @property({ attribute: false }) settings?: HelpContent;

  /** A corner of the viewport (logical: `end` is the right in left-to-right pages), or `inline`. */
  @property({ reflect: true }) placement: HelpPlacement = 'bottom-end';

  /** Whether the panel is open; set it to open or close the panel. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Shows the panel always open in the page flow, with an inert button: for previews and documentation. */
  @property({ type: Boolean, reflect: true }) preview = false;

  @state() private logoFailed?: string;
  @state() private revision = 0;

  @query('#panel') private panel?: HTMLElement;

  private readonly onSaved = (e: Event) => {
    const saved = (e as CustomEvent<{ settings?: HelpContent }>).detail?.settings;
    const shown = this.helpTask.value;
    if (this.settings) return;
    // The owner's new settings replace what is shown; anything else asks again.
    if (saved && shown && saved.ownerAccountId === shown.ownerAccountId) this.fresh = saved;
    else this.revision++;
  };

  /** Settings that arrived with the page-wide "saved" signal, newer than the loaded ones. */
  @state() private fresh?: HelpContent;

  private helpTask = new Task(this, {
    task: async ([settings, api, accountId], { signal }): Promise<HelpContent | undefined> => {
      this.fresh = undefined;
      if (settings) return undefined;
      if (!api) throw new Error('no client');
      const account = accountId ?? (await principalOf(api)).actingFor.id;
      return api.getHelpSettings(account, { signal });
    },
    args: () =>
      [
        this.settings,
        this.api,
        this.accountId || this.provided?.accountId || undefined,
        this.revision,
      ] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(HELP_SAVED_EVENT, this.onSaved);
    // The host's own button in the trigger slot: its clicks (Enter and Space too) reach the host.
    this.addEventListener('pointerdown', this.onSlottedPress);
    this.addEventListener('click', this.onSlottedClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(HELP_SAVED_EVENT, this.onSaved);
    this.removeEventListener('pointerdown', this.onSlottedPress);
    this.removeEventListener('click', this.onSlottedClick);
  }

  /** The settings shown: the property's, else the latest from the API. */
  private get content(): HelpContent | undefined {
    return this.settings ?? this.fresh ?? this.helpTask.value;
  }

  /** The help page when the button opens it directly (link mode with a safe address). */
  private get linkHref(): string | undefined {
    const c = this.content;
    return c?.mode === 'link' ? webHref(c.helpUrl) : undefined;
  }

  /** Opens the panel (in link mode: the help page). */
  show(): void {
    this.open = true;
  }

  /** Closes the panel. */
  hide(): void {
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('open') && this.open && this.linkHref) {
      // Link mode has no panel: opening means opening the page.
      this.open = false;
      this.openPage(this.linkHref);
    }
    const accent = parseHex(this.content?.accentColor) ? this.content!.accentColor! : undefined;
    if (accent) {
      this.style.setProperty('--_accent', accent);
      this.style.setProperty('--_on-accent', textColorOn(accent));
    } else {
      this.style.removeProperty('--_accent');
      this.style.removeProperty('--_on-accent');
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const failed = !this.settings && this.helpTask.status === TaskStatus.ERROR;
    const empty =
      failed && isProvisioningError(this.helpTask.error) && this.helpTask.error.kind === 'not-found';
    this.setState('loading', !this.content && !failed);
    this.setState('error', failed && !empty);
    this.setState('empty', empty);
    this.setState('link', Boolean(this.linkHref));
    this.setState('open', this.open || this.preview);
    if (changed.has('open')) this.syncPopover();
    this.slottedTrigger()?.setAttribute('aria-expanded', String(this.open));
  }

  private syncPopover() {
    const panel = this.panel;
    if (!panel || this.preview || !panel.isConnected) return;
    const shown = panel.matches(':popover-open');
    if (this.open && !shown) {
      // The trigger as the popover's source: clicking it again closes instead of reopening.
      (panel.showPopover as (options?: { source?: HTMLElement }) => void).call(panel, {
        source: this.trigger(),
      });
    } else if (!this.open && shown) {
      panel.hidePopover();
    }
  }

  // ---- rendering ----

  protected override render() {
    return html`<div class="anchor">
        <slot name="trigger" @slotchange=${this.onSlotChange}>${this.renderTrigger()}</slot>
      </div>
      <div
        id="panel"
        class="panel ${this.preview ? 'static' : ''}"
        part="panel"
        popover=${this.preview ? nothing : 'auto'}
        role="dialog"
        aria-labelledby="title"
        tabindex="-1"
        @toggle=${this.onToggle}
      >
        ${this.renderPanel()}
      </div>`;
  }

  private renderTrigger(): TemplateResult {
    const l = this.i18n;
    const label = html`<span class="icon" aria-hidden="true">?</span
      ><span class="label">${l.t('help.trigger')}</span>`;
    if (this.preview) return html`<span class="trigger" part="trigger" aria-hidden="true">${label}</span>`;
    const href = this.linkHref;
    if (href) {
      return html`<a
        class="trigger"
        part="trigger"
        href=${href}
        target="_blank"
        rel="noopener"
        @click=${(e: MouseEvent) => this.contact(e, 'page', href)}
        >${label}<span class="visually-hidden"> ${l.t('help.newTab')}</span></a
      >`;
    }
    return html`<button
      class="trigger"
      part="trigger"
      type="button"
      aria-haspopup="dialog"
      aria-controls="panel"
      aria-expanded=${this.open ? 'true' : 'false'}
      @pointerdown=${this.onPress}
      @click=${this.onTriggerClick}
    >
      ${label}
    </button>`;
  }

  private renderPanel(): TemplateResult {
    const l = this.i18n;
    const c = this.content;
    if (!c) {
      const task = this.helpTask;
      let body: TemplateResult;
      if (task.status !== TaskStatus.ERROR) {
        body = html`<p class="state" role="status" part="loading">${l.t('common.loading')}</p>`;
      } else if (isProvisioningError(task.error) && task.error.kind === 'not-found') {
        body = html`<p class="state" part="empty">${l.t('help.none')}</p>`;
      } else {
        body = html`<div class="state" part="error">
          <p>${l.t('help.error')}</p>
          ${
            canRetry(task.error)
              ? html`<button class="btn" type="button" part="retry" @click=${() => this.revision++}>
                  ${l.t('common.retry')}
                </button>`
              : nothing
          }
        </div>`;
      }
      return html`${this.renderHeader(l.t('help.title'))}
        <div class="body">${body}</div>`;
    }
    const logo = safeImageSrc(c.logoUrl);
    const message = l.pick(c.message);
    const hours = l.pick(c.hours);
    const page = webHref(c.helpUrl);
    // Bound without surrounding whitespace: `white-space: pre-line` would show a template's line breaks.
    const messageView = renderMessage(
      messageSegments(message),
      (e, href) => this.contact(e, 'page', href),
      l.t('help.newTab'),
    );
    return html`${this.renderHeader(c.displayName, logo && logo !== this.logoFailed ? logo : undefined)}
      <div class="body">
        ${message.trim() ? html`<p class="message" part="message">${messageView}</p>` : nothing}
        ${renderContactList({
          l,
          email: c.email?.trim(),
          phone: c.phone?.trim(),
          hours,
          onContact: (e, channel, href) => this.contact(e, channel, href),
        })}
        ${
          page
            ? html`<a
                class="page btn"
                part="page"
                href=${page}
                target="_blank"
                rel="noopener"
                @click=${(e: MouseEvent) => this.contact(e, 'page', page)}
                >${l.t('help.page')}<span class="visually-hidden"> ${l.t('help.newTab')}</span></a
              >`
            : nothing
        }
      </div>`;
  }

  private renderHeader(title: string, logo?: string): TemplateResult {
    const l = this.i18n;
    return html`<header class="head" part="header">
      ${
        logo
          ? html`<img
              part="logo"
              src=${logo}
              alt=""
              referrerpolicy="no-referrer"
              @error=${() => (this.logoFailed = logo)}
            />`
          : nothing
      }
      <h2 id="title" part="title">${title}</h2>
      ${
        this.preview
          ? nothing
          : html`<button
              class="btn icon close"
              type="button"
              part="close"
              aria-label=${l.t('help.close')}
              @click=${() => (this.open = false)}
            >
              <span aria-hidden="true">×</span>
            </button>`
      }
    </header>`;
  }

  // ---- interaction ----

  /** Asks the host (`tk-help-contact`); a veto keeps the link from opening and closes the panel. */
  private contact(e: MouseEvent, channel: HelpChannel, href: string) {
    if (allowed<HelpContactDetail>(this, 'tk-help-contact', { channel, href })) return;
    e.preventDefault();
    this.open = false;
  }

  private openPage(href: string) {
    if (allowed<HelpContactDetail>(this, 'tk-help-contact', { channel: 'page', href })) {
      window.open(href, '_blank', 'noopener');
    }
  }

  private onToggle(e: ToggleEvent) {
    const isOpen = e.newState === 'open';
    if (isOpen) {
      this.open = true;
      this.panel?.focus();
      announce<HelpOpenDetail>(this, 'tk-help-open', { settings: this.content });
    } else {
      this.open = false;
      this.restoreFocus();
      announce(this, 'tk-help-close', {});
    }
  }

  /** After closing: back to the trigger, unless the user clicked into something else that took focus. */
  private restoreFocus() {
    const active = document.activeElement;
    const inside = this.shadowRoot?.activeElement;
    const lost =
      !active || active === document.body || (active === this && (!inside || this.panel?.contains(inside)));
    if (lost) this.trigger()?.focus();
  }

  /** The host's element in the `trigger` slot, or the button inside it. */
  private slottedTrigger(): HTMLElement | undefined {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name=trigger]');
    const [first] = slot?.assignedElements() ?? [];
    if (!(first instanceof HTMLElement)) return undefined;
    return first.matches('button, a[href], [tabindex]')
      ? first
      : (first.querySelector<HTMLElement>('button, a[href], [tabindex]') ?? first);
  }

  private trigger(): HTMLElement | undefined {
    return this.slottedTrigger() ?? this.renderRoot.querySelector<HTMLElement>('.trigger') ?? undefined;
  }

  private onSlotChange() {
    const own = this.slottedTrigger();
    if (own) {
      own.setAttribute('aria-haspopup', 'dialog');
      own.setAttribute('aria-expanded', String(this.open));
    }
  }

  /** Whether the panel was open when the pointer went down: a light dismiss may close it before the click. */
  private openAtPress?: boolean;

  private readonly onPress = () => {
    this.openAtPress = this.open;
  };

  private readonly onTriggerClick = () => {
    this.open = !(this.openAtPress ?? this.open);
    this.openAtPress = undefined;
  };

  private readonly onSlottedPress = (e: PointerEvent) => {
    const own = this.slottedTrigger();
    if (own && e.composedPath().includes(own)) this.onPress();
  };

  private readonly onSlottedClick = (e: MouseEvent) => {
    const own = this.slottedTrigger();
    if (!own || this.preview || !e.composedPath().includes(own)) return;
    e.preventDefault();
    if (this.linkHref) return this.openPage(this.linkHref);
    this.onTriggerClick();
  };
}

/** A help page address: only `http(s):`. */
function webHref(url: string | null | undefined): string | undefined {
  const href = safeHref(url);
  return href && /^https?:/i.test(href) ? href : undefined;
}
