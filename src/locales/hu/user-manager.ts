import type { UserManagerMessages } from '../en/index.js';

export default {} satisfies UserManagerMessages;
