import type { HelpMode, LocalizedText } from '../../api/schemas/index.js';
import type { TkEvent } from '../../core/events.js';

/**
 * What `<tk-help-popup>` shows: the fields of `HelpSettings`, every one but `displayName`
 * optional, so a host can set `.settings` without any API. Empty or missing fields are hidden.
 */
export interface HelpContent {
  displayName: string;
  mode?: HelpMode;
  logoUrl?: string | null;
  helpUrl?: string | null;
  email?: string | null;
  phone?: string | null;
  hours?: LocalizedText | null;
  message?: LocalizedText | null;
  accentColor?: string | null;
  ownerAccountId?: string;
  ownerName?: string;
}

/** Where the help button sits: a corner of the viewport (logical, so it mirrors in RTL), or in the flow. */
export type HelpPlacement = 'bottom-end' | 'bottom-start' | 'top-end' | 'top-start' | 'inline';

/** The channel of `tk-help-contact`. */
export type HelpChannel = 'email' | 'phone' | 'page';

/** `tk-help-contact` (cancelable: a host may route e-mail to its own ticket form). */
export interface HelpContactDetail {
  channel: HelpChannel;
  /** The `mailto:`, `tel:` or `https:` address the link would open. */
  href: string;
}

/** `tk-help-open`. */
export interface HelpOpenDetail {
  settings?: HelpContent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-help-open': TkEvent<HelpOpenDetail>;
    'tk-help-close': TkEvent<Record<string, never>>;
    'tk-help-contact': TkEvent<HelpContactDetail>;
  }
}
