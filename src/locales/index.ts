import { de } from './de/index.js';
import { en } from './en/index.js';
import { fr } from './fr/index.js';
import { hu } from './hu/index.js';
import type { Messages } from './en/index.js';

export type { MessageKey, Messages } from './en/index.js';

/** The catalogs shipped with tenantkit, by language. */
export const catalogs: Record<string, Messages> = { en, de, fr, hu };
export const SHIPPED_LOCALES = ['en', 'de', 'fr', 'hu'] as const;
