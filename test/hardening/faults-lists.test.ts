import { faultMatrix } from './faults-matrix.js';

// The cases × elements matrix of faults-matrix.ts, split so that each file stays short.
faultMatrix(['tk-user-manager', 'tk-access-rights-table', 'tk-sub-account-list', 'tk-resource-list']);
