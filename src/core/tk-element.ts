import { consume } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ProvisioningClient } from '../api/client.js';
import { tkContext, type TkContextValue } from '../api/context.js';
import { hasAreas, loadAreas, useAreas, type EnglishAreas, type Messages } from '../locales/index.js';
import { getConfig, onConfigChange } from './config.js';
import { Localizer, shippedLanguage } from './localize.js';
import { sharedStyles } from './shared.styles.js';
import { tokens } from './tokens.styles.js';

/**
 * The base of every tenantkit element. It resolves, once and in this order:
 * - the client: own `.client` → nearest `<tk-provider>` → `configure({ client })`;
 * - the locale: own `locale` → provider → `configure({ locale })` → `<html lang>` → `en`;
 * - string overrides: own `.messages` over provider's over `configure({ messages })`.
 * Custom states (`:state(loading)`) are set through `setState`.
 */
export class TkElement extends LitElement {
  static override styles = [tokens, sharedStyles];

  /**
   * The catalog areas the element shows besides the core's, with their English strings:
   * `{ 'user-manager': userManagerStrings }`. Other languages load per area on first use.
   */
  static catalogs: Partial<EnglishAreas> = {};

  /** The provisioning client; overrides the provider's and the configured default. */
  @property({ attribute: false }) client?: ProvisioningClient;

  /** BCP 47 locale (`de`, `fr-CH`); overrides the provider's and the page's. */
  @property({ reflect: true }) locale?: string;

  /** Forces `light` or `dark`; by default the OS preference (or the provider's theme) applies. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Overrides of single strings for this element, in any language it is shown in. */
  @property({ attribute: false }) messages?: Partial<Messages>;

  @consume({ context: tkContext, subscribe: true })
  @state()
  protected provided?: TkContextValue;

  /** Bumped when page-wide configuration or `<html lang>` changes, to re-render. */
  @state() private configRevision = 0;

  protected readonly internals: ElementInternals = this.attachInternals();
  private unsubscribe?: () => void;
  private localizer?: Localizer;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = onConfigChange(() => this.configRevision++);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  /** The client in effect, or undefined when none is configured anywhere. */
  protected get api(): ProvisioningClient | undefined {
    return this.client ?? this.provided?.client ?? getConfig().client;
  }

  /** The locale in effect. */
  get resolvedLocale(): string {
    return (
      this.locale ||
      this.provided?.locale ||
      getConfig().locale ||
      (typeof document !== 'undefined' && document.documentElement.lang) ||
      'en'
    );
  }

  /** Strings, plurals, dates and numbers in the locale in effect. */
  protected get i18n(): Localizer {
    return (this.localizer ??= this.makeLocalizer());
  }

  private makeLocalizer(): Localizer {
    const locale = this.resolvedLocale;
    const lang = locale.split('-')[0] ?? locale;
    const overrides = {
      ...getConfig().messages?.[lang],
      ...this.provided?.messages?.[lang],
      ...this.messages,
    };
    return new Localizer(locale, overrides);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (
      changed.has('locale') ||
      changed.has('messages') ||
      changed.has('provided') ||
      changed.has('configRevision')
    ) {
      this.localizer = undefined;
      this.lang = this.i18n.lang;
    }
  }

  /**
   * An update in a language whose texts have not arrived yet waits for them, so the element
   * never flashes English (the current texts stay until then); `updateComplete` waits too.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    const lang = shippedLanguage(this.resolvedLocale);
    const areas = useAreas((this.constructor as typeof TkElement).catalogs);
    if (!hasAreas(lang, areas)) await loadAreas(lang, areas);
    return super.scheduleUpdate();
  }

  /** Turns a custom state (`:host(:state(name))`) on or off. */
  protected setState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }
}
