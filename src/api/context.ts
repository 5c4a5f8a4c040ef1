import { createContext } from '@lit/context';
import type { ProvisioningClient } from './client.js';
import type { Messages } from '../locales/index.js';

/** What a `<tk-provider>` hands to every element inside it. */
export interface TkContextValue {
  client?: ProvisioningClient;
  locale?: string;
  /** The account being worked on ("work as selected tenant"). */
  accountId?: string;
  theme?: 'light' | 'dark';
  messages?: Record<string, Partial<Messages>>;
}

export const tkContext = createContext<TkContextValue>(Symbol.for('tenantkit.context'));
