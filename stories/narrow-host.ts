import { html, type TemplateResult } from 'lit';

/** A narrow host (a sidebar, a phone) around an element: 24rem, where lists become cards. */
export const narrowHost = (content: TemplateResult) =>
  html`<style>
      .narrow {
        max-inline-size: 24rem;
      }
    </style>
    <div class="narrow">${content}</div>`;
