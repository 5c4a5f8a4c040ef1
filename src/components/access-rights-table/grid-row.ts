import { noChange, nothing, render, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type Part, type PartInfo } from 'lit/directive.js';
import { createCell, writeAttribute, type CellSpec, type GridCell } from './grid-cells.js';

/** What one row of the grid shows. */
export interface RowSpec {
  className: string;
  /** `row`, or `header` for the header row. */
  part?: string;
  /** The row's position in the list; the header's is -1. */
  index: number;
  cells: readonly CellSpec[];
  /** The expanded row's detail, after its cells. */
  detail?: TemplateResult;
}

/**
 * One grid row, `<div class role="row" part="row" aria-rowindex data-row>cells detail</div>`,
 * built once and updated in place: the row keeps its cells (grid-cells.ts) instead of a template
 * instance with a part per cell and binding. The node is the directive's value, so Lit places it
 * like any other; the same node again is no change to the part.
 */
class GridRowDirective extends Directive {
  private row?: HTMLDivElement;
  private cells: GridCell[] = [];
  /** True once a detail was rendered into the row: Lit's part for it sits after the cells. */
  private hasDetail = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('gridRow() belongs in a child position');
  }

  render(spec: RowSpec): HTMLDivElement {
    const row = this.row ?? document.createElement('div');
    if (!this.row) {
      row.setAttribute('role', 'row');
      row.setAttribute('part', spec.part ?? 'row');
    }
    writeAttribute(row, 'class', spec.className);
    writeAttribute(row, 'aria-rowindex', String(spec.index + 2));
    writeAttribute(row, 'data-row', String(spec.index));
    this.updateCells(row, spec.cells);
    if (spec.detail || this.hasDetail) {
      render(spec.detail ?? nothing, row);
      this.hasDetail = true;
    }
    return (this.row = row);
  }

  override update(_part: Part, [spec]: [RowSpec]): HTMLDivElement | typeof noChange {
    const before = this.row;
    const row = this.render(spec);
    return row === before ? noChange : row;
  }

  /** Each spec updates the cell at its position, or a new cell of its kind takes that place. */
  private updateCells(row: HTMLDivElement, specs: readonly CellSpec[]): void {
    const cells = this.cells;
    specs.forEach((spec, k) => {
      let cell = cells[k];
      if (cell?.kind !== spec.kind) {
        const fresh = createCell(spec);
        if (cell) cell.node.replaceWith(fresh.node);
        else if (k > 0) cells[k - 1]!.node.after(fresh.node);
        else row.prepend(fresh.node);
        cells[k] = cell = fresh;
      }
      cell.update(spec);
    });
    for (const gone of cells.splice(specs.length)) gone.node.remove();
  }
}

/** One row of the grid. */
export const gridRow = directive(GridRowDirective);
