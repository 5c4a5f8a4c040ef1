import { type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Localizer } from '../../src/core/localize.js';
import { TkElement } from '../../src/core/tk-element.js';

/** An element that renders one shared part with its localizer and the shared styles, for tests. */
export class TkPartHost extends TkElement {
  @property({ attribute: false }) view?: (l: Localizer, host: TkPartHost) => TemplateResult;

  protected override render() {
    return this.view?.(this.i18n, this);
  }
}
customElements.get('tk-part-host') ?? customElements.define('tk-part-host', TkPartHost);
