import { css, html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../localize.js';

export interface PaginationView {
  l: Localizer;
  /** The bar's accessible name ("Pages"). */
  label: string;
  /** Before Previous: what the list shows first (a page size, the range shown). */
  before?: TemplateResult;
  /** Between Previous and Next (the range shown, a page number field). */
  between?: TemplateResult;
  /** False when there is one page only: no Previous and Next. */
  steps?: boolean;
  /** On the first page: Previous is disabled. */
  first: boolean;
  /** On the last page: Next is disabled. */
  last: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** A list's paging bar (`::part(pagination)`): Previous and Next, around what the list puts in. */
export function pagination(v: PaginationView): TemplateResult {
  const { l } = v;
  return html`<nav class="pagination" part="pagination" aria-label=${v.label}>
    ${v.before ?? nothing}
    ${
      v.steps === false
        ? nothing
        : html`<button class="btn" type="button" ?disabled=${v.first} @click=${v.onPrevious}>
              ${l.t('common.previousPage')}
            </button>
            ${v.between ?? nothing}
            <button class="btn" type="button" ?disabled=${v.last} @click=${v.onNext}>
              ${l.t('common.nextPage')}
            </button>`
    }
  </nav>`;
}

/** The bar on one line at the end, wrapping where the language is long; add to the element's styles. */
export const paginationStyles = css`
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-s);
  }
`;
