export {
  createScimClient,
  type ScimCapabilities,
  type ScimClientOptions,
  type ScimUsersClient,
} from './client.js';
export type { ScimAccessMapping } from './mapping.js';
export type { ScimServiceProviderConfig } from './schemas.js';
export { composeClients, type ComposedClients } from '../compose.js';
