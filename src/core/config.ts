import type { ProvisioningClient } from '../api/client.js';
import type { Messages } from '../locales/index.js';

/** Page-wide defaults, used where neither the element nor a `<tk-provider>` says otherwise. */
export interface TkConfig {
  client?: ProvisioningClient;
  locale?: string;
  /** Host overrides of any string, by language: `{ de: { 'user.role.admin': 'Verwalter' } }`. */
  messages?: Record<string, Partial<Messages>>;
}

let current: TkConfig = {};
const listeners = new Set<() => void>();

/**
 * Sets page-wide defaults. Later calls merge into earlier ones (messages per language too),
 * and every connected element updates.
 */
export function configure(config: TkConfig): void {
  const messages = { ...current.messages };
  for (const [lang, overrides] of Object.entries(config.messages ?? {})) {
    messages[lang] = { ...messages[lang], ...overrides };
  }
  current = { ...current, ...config, messages };
  notify();
}

export const getConfig = (): Readonly<TkConfig> => current;

/** Runs `listener` whenever the configuration or the page language changes; returns an unsubscribe. */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  observePageLanguage();
  return () => listeners.delete(listener);
}

function notify() {
  for (const listener of listeners) listener();
}

let observer: MutationObserver | undefined;
/** Elements follow `<html lang>` when nothing else sets their locale. */
function observePageLanguage() {
  if (observer || typeof document === 'undefined') return;
  observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}
