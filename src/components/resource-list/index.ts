export { TkResourceList } from './resource-list.js';
export type {
  ResourceFilter,
  ResourceSort,
  ResourceSortField,
  TkResourceCapChangeDetail,
  TkResourceDetail,
  TkResourcesMoveDetail,
  TkResourcesMovedDetail,
} from './resource-list.js';
