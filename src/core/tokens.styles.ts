import { css } from 'lit';

/**
 * The design tokens. Hosts theme with the public `--tk-*` properties (on `:root` or any
 * ancestor); elements read only the private `--_*` values derived here, so every default
 * lives in this one place. Light and dark come from `color-scheme` and `light-dark()`:
 * the OS preference by default, `theme="light|dark"` on an element or its `<tk-provider>`
 * (which sets `--tk-color-scheme`) to force one.
 */
export const tokens = css`
  :host {
    color-scheme: var(--tk-color-scheme, light dark);
    --_primary: var(--tk-color-primary, light-dark(#1f5bd8, #7ea6ff));
    --_on-primary: var(--tk-color-on-primary, light-dark(#ffffff, #0b1530));
    --_surface: var(--tk-color-surface, light-dark(#ffffff, #17191e));
    --_surface-raised: var(--tk-color-surface-raised, light-dark(#f5f6f8, #22252c));
    --_text: var(--tk-color-text, light-dark(#1b1d22, #eceef2));
    --_text-muted: var(--tk-color-text-muted, light-dark(#595f6b, #a9afbb));
    --_border: var(--tk-color-border, light-dark(#d4d7dd, #3a3f49));
    --_danger: var(--tk-color-danger, light-dark(#b3261e, #ff8a80));
    --_success: var(--tk-color-success, light-dark(#1d6b35, #7dd695));
    --_warning: var(--tk-color-warning, light-dark(#8a5a00, #f2c15b));
    --_selected: var(--tk-color-selected, light-dark(#e7efff, #233456));
    --_focus: var(--tk-color-focus, var(--_primary));
    /* Borders of inputs and buttons: 3:1 against the surface (WCAG 1.4.11); --_border is for dividers. */
    --_control-border: var(--tk-color-control-border, light-dark(#7d8390, #737a88));
    --_link: var(--tk-color-link, var(--_primary));
    --_on-danger: var(--tk-color-on-danger, var(--_surface));
    /* Hover shades move towards the text colour: darker in light mode, lighter in dark mode. */
    --_primary-hover: color-mix(in srgb, var(--_primary) 82%, var(--_text));
    --_danger-hover: color-mix(in srgb, var(--_danger) 82%, var(--_text));
    --_danger-soft: color-mix(in srgb, var(--_danger) 10%, var(--_surface));
    --_font: var(--tk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--tk-font-size, 0.9375rem);
    --_font-size-s: var(--tk-font-size-small, 0.8125rem);
    --_radius: var(--tk-radius, 0.375rem);
    --_space-xs: var(--tk-space-xs, 0.25rem);
    --_space-s: var(--tk-space-s, 0.5rem);
    --_space-m: var(--tk-space-m, 1rem);
    --_space-l: var(--tk-space-l, 1.5rem);
    --_shadow: var(--tk-shadow, 0 0.5rem 2rem rgb(0 0 0 / 0.25));
    --_duration: var(--tk-duration, 120ms);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_text);
  }
  /* The variable too, so tenantkit elements nested inside resolve the same as below a provider. */
  :host([theme='light']) {
    color-scheme: light;
    --tk-color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --tk-color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
`;
