import { html, nothing, render } from 'lit';
import type { AccessRight } from '../../api/schemas/index.js';

/**
 * The cells of a grid row as DOM nodes built once and then updated in place (grid-row.ts). As
 * templates, each rendered cell kept a template instance and a part per binding alive: the larger
 * part of what a rendered row costs in memory (issue 21, the heap). Only what changed is written:
 * the DOM is the one copy of a cell's state.
 */

/** A cell that shows one text: `<span class>text</span>`, the cell itself the focus stop. */
export interface TextCellSpec {
  kind: 'text';
  stop: number;
  tabindex: number;
  /** Styles the text: `text`, `badge …`, `skeleton`. */
  spanClass: string;
  text: string;
}

/** The No. cell: the disclosure button that expands the row's detail, then the row's number. */
export interface DisclosureCellSpec {
  kind: 'disclosure';
  stop: number;
  tabindex: number;
  expanded: boolean;
  /** The id of the detail the button opens. */
  detailId: string;
  label: string;
  text: string;
  /** Called with the row's right and index (the element's own handler: no closure per row). */
  toggle: (right: AccessRight, index: number) => void;
  right: AccessRight;
  index: number;
}

/** A cell whose content is a template (links, buttons, the timeline bar); `stop` when the cell itself is one. */
export interface TemplateCellSpec {
  kind: 'template';
  className: string;
  stop?: number;
  tabindex?: number;
  content: unknown;
}

/**
 * A column header: its text (ending in an ellipsis when long, the full text its tooltip); a
 * sortable column's is a button with an arrow, which is then the focus stop; the timeline's
 * header has the year axis beside it.
 */
export interface HeaderCellSpec {
  kind: 'header';
  text: string;
  part: string;
  ariaSort?: 'ascending' | 'descending';
  stop: number;
  tabindex: number;
  sort?: { icon: string; onSort: () => void };
  /** The timeline's axis, a template. */
  axis?: unknown;
}

export type CellSpec = TextCellSpec | DisclosureCellSpec | TemplateCellSpec | HeaderCellSpec;

/** One rendered cell: its node and how it takes a new spec of its kind. */
export interface GridCell<S extends CellSpec = CellSpec> {
  readonly kind: S['kind'];
  readonly node: HTMLDivElement;
  update(spec: S): void;
}

/** Sets `name` to `value`, or removes it for `undefined`, when it changed. */
export function writeAttribute(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function writeText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** `<div class="cell" role="gridcell" part="cell">`, as every cell starts. */
function cellNode(): HTMLDivElement {
  const cell = document.createElement('div');
  cell.className = 'cell';
  cell.setAttribute('role', 'gridcell');
  cell.setAttribute('part', 'cell');
  return cell;
}

function writeStop(el: Element, stop: number | undefined, tabindex: number | undefined): void {
  writeAttribute(el, 'data-stop', stop === undefined ? undefined : String(stop));
  writeAttribute(el, 'tabindex', tabindex === undefined ? undefined : String(tabindex));
}

class TextCell implements GridCell<TextCellSpec> {
  readonly kind = 'text';
  readonly node = cellNode();
  private readonly span = this.node.appendChild(document.createElement('span'));

  update(s: TextCellSpec): void {
    writeStop(this.node, s.stop, s.tabindex);
    if (this.span.className !== s.spanClass) this.span.className = s.spanClass;
    writeText(this.span, s.text);
  }
}

/** The disclosure chevron, drawn once and cloned into each button. */
let chevron: Element | undefined;
function chevronIcon(): Node {
  if (!chevron) {
    const holder = document.createElement('div');
    render(
      html`<svg class="chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
        <path d="M4 2l4 4-4 4" fill="none" stroke="currentColor" stroke-width="1.6" />
      </svg>`,
      holder,
    );
    chevron = holder.querySelector('svg')!;
  }
  return chevron.cloneNode(true);
}

/** `<button class="disclosure" data-stop tabindex aria-expanded aria-controls aria-label>chevron</button><span class="text">No.</span>` */
class DisclosureCell implements GridCell<DisclosureCellSpec> {
  readonly kind = 'disclosure';
  readonly node = cellNode();
  private readonly button = this.node.appendChild(document.createElement('button'));
  private readonly number = this.node.appendChild(document.createElement('span'));
  /** The latest spec: the one listener toggles its row, so an update never re-binds. */
  private spec?: DisclosureCellSpec;

  constructor() {
    this.button.className = 'disclosure';
    this.button.append(chevronIcon());
    this.button.addEventListener(
      'click',
      () => this.spec && this.spec.toggle(this.spec.right, this.spec.index),
    );
    this.number.className = 'text';
  }

  update(s: DisclosureCellSpec): void {
    const button = this.button;
    this.spec = s;
    writeStop(button, s.stop, s.tabindex);
    writeAttribute(button, 'aria-expanded', String(s.expanded));
    writeAttribute(button, 'aria-controls', s.expanded ? s.detailId : undefined);
    writeAttribute(button, 'aria-label', s.label);
    writeText(this.number, s.text);
  }
}

/** A cell around a template, which Lit renders into it. */
class TemplateCell implements GridCell<TemplateCellSpec> {
  readonly kind = 'template';
  readonly node = cellNode();
  /** Lit's part for the content, once there was any: an empty cell (most action cells) has none. */
  private rendered = false;

  update(s: TemplateCellSpec): void {
    writeAttribute(this.node, 'class', s.className);
    writeStop(this.node, s.stop, s.tabindex);
    if (s.content === nothing && !this.rendered) return;
    render(s.content, this.node);
    this.rendered = true;
  }
}

/**
 * `<div class="cell" role="columnheader" part aria-sort>`, holding `<span class="text" title>` in a
 * `<button class="sort">` with its `<span class="sort-icon">` when sortable, all in a
 * `<span class="timeline-head">` beside the axis for the timeline.
 */
class HeaderCell implements GridCell<HeaderCellSpec> {
  readonly kind = 'header';
  readonly node = cellNode();
  private readonly label = document.createElement('span');
  private button?: HTMLButtonElement;
  private icon?: HTMLSpanElement;
  /** The timeline head, a new one whenever the structure changes (so no stale Lit part stays). */
  private head?: HTMLSpanElement;
  private onSort = () => {};
  /** Which of the shapes above the cell has: rebuilt when it changes (rarely: the axis appears with the rows). */
  private shape?: string;

  constructor() {
    this.node.setAttribute('role', 'columnheader');
    this.label.className = 'text';
  }

  update(s: HeaderCellSpec): void {
    const cell = this.node;
    const shape = `${s.sort ? 'sort' : ''}|${s.axis === undefined ? '' : 'axis'}`;
    if (shape !== this.shape) this.build(s);
    this.shape = shape;
    writeAttribute(cell, 'part', s.part);
    writeAttribute(cell, 'aria-sort', s.ariaSort);
    // The stop is the sort button when there is one, else the cell.
    writeStop(cell, s.sort ? undefined : s.stop, s.sort ? undefined : s.tabindex);
    writeAttribute(this.label, 'title', s.text);
    writeText(this.label, s.text);
    if (s.sort) {
      this.onSort = s.sort.onSort;
      writeStop(this.button!, s.stop, s.tabindex);
      writeText(this.icon!, s.sort.icon);
    }
    if (this.head) render(s.axis, this.head);
  }

  private build(s: HeaderCellSpec): void {
    let content: HTMLElement = this.label;
    if (s.sort) {
      if (!this.button) {
        this.button = document.createElement('button');
        this.button.className = 'sort';
        this.button.addEventListener('click', () => this.onSort());
        this.icon = document.createElement('span');
        this.icon.className = 'sort-icon';
        this.icon.setAttribute('aria-hidden', 'true');
      }
      this.button.replaceChildren(this.label, this.icon!);
      content = this.button;
    }
    this.head = undefined;
    if (s.axis !== undefined) {
      this.head = document.createElement('span');
      this.head.className = 'timeline-head';
      this.head.append(content);
      content = this.head;
    }
    this.node.replaceChildren(content);
  }
}

/** A new cell for `spec`'s kind (not yet updated with it). */
export function createCell(spec: CellSpec): GridCell {
  switch (spec.kind) {
    case 'text':
      return new TextCell() as GridCell;
    case 'disclosure':
      return new DisclosureCell() as GridCell;
    case 'template':
      return new TemplateCell() as GridCell;
    case 'header':
      return new HeaderCell() as GridCell;
  }
}
