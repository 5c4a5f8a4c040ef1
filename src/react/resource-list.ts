import '../define/resource-list.js';
import { TkResourceList } from '../components/resource-list/resource-list.js';
import { wrap } from './wrap.js';

/** `<tk-resource-list>` for React. */
export const ResourceList = wrap('tk-resource-list', TkResourceList, 'ResourceList', [
  'tk-resources-move',
  'tk-resources-moved',
  'tk-resource-cap-change',
  'tk-resource-cap-changed',
  'tk-resource-renamed',
]);
