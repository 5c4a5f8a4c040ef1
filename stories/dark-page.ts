import { html, type TemplateResult } from 'lit';

/**
 * A dark page behind a dark-themed element, so a story shows the element as it sits in a dark portal
 * rather than on Storybook's light canvas.
 */
export const darkPage = (content: TemplateResult) =>
  html`<style>
      .dark-page {
        padding: 1rem;
        background: #101216;
      }
    </style>
    <div class="dark-page">${content}</div>`;
