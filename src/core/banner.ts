import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Localizer } from './localize.js';

export type BannerTone = 'success' | 'error' | 'warning' | 'info';

export interface Banner {
  tone: BannerTone;
  text: string;
}

/**
 * The message after an action ("Uwe was saved", "could not be deleted"). A banner belongs to the
 * view that made it: it goes away when the element shows another account or another language
 * (`scope()` changes), when it is dismissed, or when the next action starts. Every element
 * shows its feedback through one of these, rendered with `render(l)`.
 */
export class BannerController implements ReactiveController {
  current?: Banner;
  private shownIn?: string;

  /**
   * @param scope what the banner belongs to, e.g. `${accountId}|${locale}`; read before every update.
   * @param onScopeChange clears the host's other view-bound feedback (a bulk result list) too.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly scope: () => string,
    private readonly onScopeChange?: () => void,
  ) {
    host.addController(this);
  }

  show(tone: BannerTone, text: string): void {
    this.current = { tone, text };
    this.shownIn = this.scope();
    this.host.requestUpdate();
  }

  clear(): void {
    if (!this.current) return;
    this.current = undefined;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const now = this.scope();
    if (this.shownIn !== undefined && now !== this.shownIn) {
      this.current = undefined;
      this.onScopeChange?.();
    }
    this.shownIn = now;
  }

  /** The banner (`::part(banner)`, plus `error` for failures), focusable, with a dismiss button. */
  render(l: Localizer): TemplateResult | typeof nothing {
    const banner = this.current;
    if (!banner) return nothing;
    const alert = banner.tone === 'error' || banner.tone === 'warning';
    return html`<div
      class="banner ${banner.tone}"
      tabindex="-1"
      part="banner${banner.tone === 'error' ? ' error' : ''}"
      role=${alert ? 'alert' : 'status'}
    >
      <span class="banner-text">${banner.text}</span>
      <button
        class="btn small icon dismiss"
        type="button"
        aria-label=${l.t('common.dismiss')}
        title=${l.t('common.dismiss')}
        @click=${() => this.clear()}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>`;
  }
}
