import type { AccessRightsMessages } from '../en/index.js';

export default {} satisfies AccessRightsMessages;
