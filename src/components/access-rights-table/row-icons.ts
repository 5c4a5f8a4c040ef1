import { svg } from 'lit';

/**
 * The row actions as icons (each button is named by its `aria-label` and titled by its action):
 * two text buttons in every row would take the width the localized columns need at 1024 px.
 */
export const editIcon = svg`<svg class="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M11.2 2.3l2.5 2.5-8 8H3.2v-2.5z M9.6 3.9l2.5 2.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/></svg>`;

export const deleteIcon = svg`<svg class="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M2.5 4h11 M6 4V2.5h4V4 M4 4l.7 9.5h6.6L12 4 M6.8 6.5v5 M9.2 6.5v5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/></svg>`;
