import { noChange } from 'lit';
import { Directive, directive, PartType, type Part, type PartInfo } from 'lit/directive.js';

/**
 * A grid cell that shows one text: `<div class="cell" role="gridcell" part="cell" data-stop
 * tabindex><span class>text</span></div>`, built once per rendered cell and then updated in
 * place. Most cells of the table are such cells, and as a template each one kept a template
 * instance and four parts alive: the larger part of what a rendered row costs in memory (issue 21,
 * the heap). The node is the directive's value, so Lit places and moves it like any other.
 */
class TextCellDirective extends Directive {
  private cell?: HTMLDivElement;
  private span?: HTMLSpanElement;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('textCell() belongs in a child position');
  }

  render(stop: number, tabindex: number, spanClass: string, text: string): HTMLDivElement {
    if (!this.cell) {
      this.cell = document.createElement('div');
      this.cell.className = 'cell';
      this.cell.setAttribute('role', 'gridcell');
      this.cell.setAttribute('part', 'cell');
      this.span = this.cell.appendChild(document.createElement('span'));
    }
    const cell = this.cell;
    const span = this.span!;
    // Only what changed is written: the DOM is the one copy of the cell's state.
    set(cell, 'data-stop', String(stop));
    set(cell, 'tabindex', String(tabindex));
    if (span.className !== spanClass) span.className = spanClass;
    if (span.textContent !== text) span.textContent = text;
    return cell;
  }

  override update(
    _part: Part,
    args: Parameters<TextCellDirective['render']>,
  ): HTMLDivElement | typeof noChange {
    const cell = this.cell;
    const node = this.render(...args);
    // The same node again is no change to the part.
    return node === cell ? noChange : node;
  }
}

const set = (el: Element, name: string, value: string) => {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
};

/** One text cell with its focus stop and tab index; `spanClass` styles the text (`text`, `badge …`, `skeleton`). */
export const textCell = directive(TextCellDirective);

/** What `textCell()` returns: a cell in a row's template. */
export type TextCell = ReturnType<typeof textCell>;
