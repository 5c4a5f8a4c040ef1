import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccessRight } from '../../src/api/schemas/index.js';

/**
 * The baseline: a plain Lit table that renders every row it is given. Bench-only code; it
 * sorts and filters with the same in-memory rules as `arrayDataProvider`.
 */
export class NaiveAccessRightsTable extends LitElement {
  static override styles = css`
    .scroller {
      block-size: 28rem;
      overflow: auto;
    }
    td {
      block-size: 2.5rem;
      padding-inline: 0.5rem;
      white-space: nowrap;
    }
  `;

  @property({ attribute: false }) items: AccessRight[] = [];
  @property({ attribute: false }) status: 'all' | 'active' | 'deactivated' = 'all';
  @property({ attribute: false }) sortByEnd = false;

  private readonly dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

  private view(): AccessRight[] {
    let rows = this.status === 'all' ? this.items : this.items.filter((r) => r.status === this.status);
    if (this.sortByEnd) {
      const keyed = rows.map((r) => ({ r, k: r.endsAt ? Date.parse(r.endsAt) : Number.MAX_SAFE_INTEGER }));
      keyed.sort((a, b) => a.k - b.k);
      rows = keyed.map((x) => x.r);
    }
    return rows;
  }

  protected override render() {
    return html`<div class="scroller">
      <table>
        <thead>
          <tr>
            <th>No.</th>
            <th>ID</th>
            <th>Offer ID</th>
            <th>Start</th>
            <th>End</th>
            <th>Status</th>
            <th>Manual</th>
            <th>Action</th>
          </tr>
        </thead>
        <tbody>
          ${this.view().map(
            (r, i) =>
              html`<tr>
                <td>${i + 1}</td>
                <td>${r.id}</td>
                <td>${r.offerId ?? '—'}</td>
                <td>${this.dates.format(Date.parse(r.startsAt))}</td>
                <td>${r.endsAt ? this.dates.format(Date.parse(r.endsAt)) : '—'}</td>
                <td>${r.status}</td>
                <td>${r.manual ? 'Yes' : 'No'}</td>
                <td>${r.manual ? html`<button>Edit</button><button>Delete</button>` : ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
customElements.define('naive-access-rights-table', NaiveAccessRightsTable);
