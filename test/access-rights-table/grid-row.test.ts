import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import type { CellSpec, HeaderCellSpec } from '../../src/components/access-rights-table/grid-cells.js';
import { gridRow, type RowSpec } from '../../src/components/access-rights-table/grid-row.js';
import { demoRights } from './helpers.js';

const right = demoRights()[0]!;
const text = (stop: number, value: string): CellSpec => ({
  kind: 'text',
  stop,
  tabindex: -1,
  spanClass: 'text',
  text: value,
});
const button = (label: string): CellSpec => ({
  kind: 'template',
  className: 'cell',
  content: html`<button data-stop="0">${label}</button>`,
});

/** Renders `spec` into `host` as the grid's window does, and returns the row. */
function draw(host: HTMLElement, spec: RowSpec): HTMLDivElement {
  render(gridRow(spec), host);
  return host.querySelector<HTMLDivElement>('[role=row]')!;
}

/** The row's children as "tag.class text" (comment markers left out). */
const shape = (row: HTMLElement) =>
  [...row.children].map((c) => `${c.className}|${c.textContent?.replace(/\s+/g, ' ').trim()}`);

describe('gridRow()', () => {
  it('updates its row and cells in place, writing only what changed', async () => {
    const host = document.createElement('div');
    const row = draw(host, { className: 'row', index: 0, cells: [text(0, 'a'), text(1, 'b')] });
    const [first, second] = [...row.children];
    expect(row.getAttribute('aria-rowindex')).to.equal('2');
    const again = draw(host, { className: 'row odd', index: 1, cells: [text(0, 'c'), text(1, 'b')] });
    expect(again).to.equal(row);
    expect([...row.children]).to.deep.equal([first, second]);
    expect(row.className).to.equal('row odd');
    expect(row.dataset.row).to.equal('1');
    expect(shape(row)).to.deep.equal(['cell|c', 'cell|b']);
  });

  it('replaces a cell whose kind changes at its position, and drops or adds cells with the columns', () => {
    const host = document.createElement('div');
    const row = draw(host, { className: 'row', index: 0, cells: [text(0, 'a'), text(1, 'b')] });
    draw(host, { className: 'row', index: 0, cells: [button('edit'), text(1, 'b'), text(2, 'c')] });
    expect(shape(row)).to.deep.equal(['cell|edit', 'cell|b', 'cell|c']);
    expect(row.querySelector('button')).to.exist;
    draw(host, { className: 'row', index: 0, cells: [text(0, 'x')] });
    expect(shape(row)).to.deep.equal(['cell|x']);
  });

  it('keeps the detail after the cells, and removes it when the row collapses', () => {
    const host = document.createElement('div');
    const detail = html`<div class="detail">more</div>`;
    const row = draw(host, { className: 'row', index: 0, cells: [text(0, 'a')], detail });
    expect(shape(row)).to.deep.equal(['cell|a', 'detail|more']);
    draw(host, { className: 'row', index: 0, cells: [button('b'), text(1, 'c')], detail });
    expect(shape(row)).to.deep.equal(['cell|b', 'cell|c', 'detail|more']);
    draw(host, { className: 'row', index: 0, cells: [button('b'), text(1, 'c')] });
    expect(shape(row)).to.deep.equal(['cell|b', 'cell|c']);
  });

  it('toggles through the latest spec: a row reused for another right toggles that one', () => {
    const host = document.createElement('div');
    const toggled: string[] = [];
    const disclosure = (id: string, index: number): CellSpec => ({
      kind: 'disclosure',
      stop: 0,
      tabindex: 0,
      expanded: false,
      detailId: `detail-${index}`,
      label: `Details of ${id}`,
      text: String(index + 1),
      toggle: (r, i) => toggled.push(`${r.id}@${i}`),
      right: { ...right, id },
      index,
    });
    const row = draw(host, { className: 'row', index: 0, cells: [disclosure('ar_1', 0)] });
    row.querySelector('button')!.click();
    draw(host, { className: 'row', index: 5, cells: [disclosure('ar_6', 5)] });
    row.querySelector('button')!.click();
    expect(toggled).to.deep.equal(['ar_1@0', 'ar_6@5']);
    expect(row.querySelector('button')!.getAttribute('aria-label')).to.equal('Details of ar_6');
    expect(row.querySelector('button')!.hasAttribute('aria-controls')).to.be.false;
  });

  it('draws a header cell as its spec says: the sort button is the stop, the axis arrives later', () => {
    const host = document.createElement('div');
    const sorted: string[] = [];
    const header = (over: Partial<HeaderCellSpec>): CellSpec => ({
      kind: 'header',
      text: 'End date',
      part: 'header-cell',
      stop: 0,
      tabindex: 0,
      sort: { icon: '↕', onSort: () => sorted.push('first') },
      ...over,
    });
    const row = draw(host, { className: 'row', part: 'header', index: -1, cells: [header({})] });
    const cell = row.firstElementChild!;
    expect(row.getAttribute('part')).to.equal('header');
    expect(row.getAttribute('aria-rowindex')).to.equal('1');
    expect(cell.getAttribute('role')).to.equal('columnheader');
    expect(cell.hasAttribute('tabindex')).to.be.false;
    const button = cell.querySelector<HTMLButtonElement>('button.sort')!;
    expect(button.dataset.stop).to.equal('0');
    expect(button.querySelector('.text')!.getAttribute('title')).to.equal('End date');

    draw(host, {
      className: 'row',
      index: -1,
      cells: [header({ ariaSort: 'descending', sort: { icon: '▼', onSort: () => sorted.push('second') } })],
    });
    expect(cell.querySelector('button.sort')).to.equal(button);
    expect(button.querySelector('.sort-icon')!.textContent).to.equal('▼');
    expect(cell.getAttribute('aria-sort')).to.equal('descending');
    button.click();
    expect(sorted).to.deep.equal(['second']);

    const axis = html`<svg class="axis"></svg>`;
    draw(host, {
      className: 'row',
      index: -1,
      cells: [header({ sort: undefined, part: 'header-cell timeline', axis })],
    });
    expect(cell.hasAttribute('aria-sort')).to.be.false;
    expect(cell.getAttribute('tabindex')).to.equal('0');
    expect(cell.querySelector('button')).to.be.null;
    const head = cell.querySelector('.timeline-head')!;
    expect([...head.children].map((c) => c.getAttribute('class'))).to.deep.equal(['text', 'axis']);
  });
});
