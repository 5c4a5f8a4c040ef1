// vaadin-grid's own in-memory provider, the one behind `items` (the module ships no types; the
// grid-compare page asks it which row it puts on top).
declare module '@vaadin/grid/src/array-data-provider.js' {
  import type { GridDataProvider } from '@vaadin/grid';
  export function createArrayDataProvider<T>(items: T[]): GridDataProvider<T>;
}
