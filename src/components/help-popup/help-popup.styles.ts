import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    /* The reseller's accent (set by the element from valid settings only), else the host's. */
    --_brand: var(--_accent, var(--tk-help-popup-accent, var(--_primary)));
    --_on-brand: var(--_on-accent, var(--_on-primary));
    --_offset: var(--tk-help-popup-offset, 1rem);
    --_width: var(--tk-help-popup-width, 22rem);
  }
  :host([placement^='bottom']:not([preview])),
  :host([placement^='top']:not([preview])) {
    position: fixed;
    z-index: var(--tk-help-popup-z-index, 1000);
  }
  :host([placement='bottom-end']:not([preview])) {
    inset-block-end: var(--_offset);
    inset-inline-end: var(--_offset);
  }
  :host([placement='bottom-start']:not([preview])) {
    inset-block-end: var(--_offset);
    inset-inline-start: var(--_offset);
  }
  :host([placement='top-end']:not([preview])) {
    inset-block-start: var(--_offset);
    inset-inline-end: var(--_offset);
  }
  :host([placement='top-start']:not([preview])) {
    inset-block-start: var(--_offset);
    inset-inline-start: var(--_offset);
  }
  :host([preview]) {
    display: block;
  }

  .anchor {
    display: inline-block;
    anchor-name: --tk-help-anchor;
  }
  .trigger {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2.75rem;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m) var(--_space-l);
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_brand);
    color: var(--_on-brand);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.2);
  }
  :host([placement='inline']) .trigger,
  :host([preview]) .trigger {
    box-shadow: none;
  }
  span.trigger {
    cursor: default;
  }
  .trigger .icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.9em;
    line-height: 1;
  }

  .panel {
    inline-size: min(var(--_width), calc(100vw - 2 * var(--_space-m)));
    max-block-size: min(36rem, calc(100vh - 6rem));
    overflow: auto;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
  }
  .panel:focus {
    outline: none;
  }
  .panel:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .panel[popover] {
    inset: auto;
    margin: var(--_space-s) 0;
    position-anchor: --tk-help-anchor;
    /*
     * self- keywords: in the panel's own direction. The top layer's containing block is the
     * viewport, whose direction is <html>'s, so plain logical keywords would not mirror when
     * only a wrapper of the element is right-to-left.
     */
    position-area: self-block-start span-self-inline-start;
    position-try-fallbacks:
      flip-block,
      flip-inline,
      flip-block flip-inline;
  }
  :host([placement='bottom-start']) .panel[popover] {
    position-area: self-block-start span-self-inline-end;
  }
  :host([placement='top-end']) .panel[popover] {
    position-area: self-block-end span-self-inline-start;
  }
  :host([placement='top-start']) .panel[popover],
  :host([placement='inline']) .panel[popover] {
    position-area: self-block-end span-self-inline-end;
  }
  .panel.static {
    display: block;
    position: static;
    margin-block-start: var(--_space-s);
    inline-size: min(var(--_width), 100%);
    max-block-size: none;
  }

  /* On a phone-sized screen the panel is a bottom sheet across the whole width. */
  @media (max-width: 30rem) {
    .panel[popover] {
      position-area: none;
      position-try-fallbacks: none;
      position: fixed;
      inset-block: auto 0;
      inset-inline: 0;
      margin: 0;
      inline-size: auto;
      max-block-size: 85vh;
      border-end-start-radius: 0;
      border-end-end-radius: 0;
      border-inline: 0;
      border-block-end: 0;
    }
    .panel[popover]::backdrop {
      background: rgb(0 0 0 / 0.35);
    }
  }

  .head {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border-block-start: 4px solid var(--_brand);
    border-block-end: 1px solid var(--_border);
  }
  .head img {
    max-block-size: 2.5rem;
    max-inline-size: 7rem;
    object-fit: contain;
  }
  .head h2 {
    flex: 1;
    margin: 0;
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }
  .close {
    min-block-size: 2.25rem;
    min-inline-size: 2.25rem;
    justify-content: center;
    font-size: 1.25em;
    line-height: 1;
  }
  .body {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
  }
  .message,
  .hours {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .message {
    margin: 0;
  }
  .contact {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
  }
  .contact dt {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .contact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  a:not(.btn, .trigger) {
    color: var(--_primary);
  }
  .page {
    justify-self: start;
    text-decoration: none;
    background: var(--_brand);
    border-color: var(--_brand);
    color: var(--_on-brand);
  }
  .btn.page:hover {
    background: var(--_brand);
    filter: brightness(1.08);
  }
  .state {
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
    justify-items: start;
    color: var(--_text-muted);
  }
  .state p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .trigger,
    .page {
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    .panel {
      border-color: CanvasText;
    }
  }
`;
