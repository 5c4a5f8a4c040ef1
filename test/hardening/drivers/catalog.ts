import accessRights from '../../../src/locales/de/access-rights.js';
import accounts from '../../../src/locales/de/accounts.js';
import core from '../../../src/locales/de/core.js';
import help from '../../../src/locales/de/help.js';
import imports from '../../../src/locales/de/import.js';
import resources from '../../../src/locales/de/resources.js';
import userManager from '../../../src/locales/de/user-manager.js';

/** The German sentences of every catalog (placeholders cut off), to tell a localized message from a raw one. */
const GERMAN = [core, userManager, accessRights, accounts, help, imports, resources]
  .flatMap((area) => Object.values(area as Record<string, string>))
  .map((text) => text.split('{')[0]!.trim())
  .filter((text) => text.length >= 12);

/** True when `text` carries a sentence of the German catalogs and nothing of the request that failed. */
export function isGermanMessage(text: string): boolean {
  return (
    GERMAN.some((sentence) => text.includes(sentence)) && !/(GET|POST|PUT|PATCH) \/|Upstream said/.test(text)
  );
}
