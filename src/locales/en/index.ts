import accessRights from './access-rights.js';
import accounts from './accounts.js';
import core from './core.js';
import help from './help.js';
import imports from './import.js';
import resources from './resources.js';
import userManager from './user-manager.js';

/** Plural variants are stored as `key#one`, `key#other`… (Intl.PluralRules categories). */
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type PluralVariants = { [key: `${string}#${PluralCategory}`]: string };

/** A locale's translation of one source area: every key, any extra plural forms. */
export type Translation<Source> = { [K in keyof Source]: string } & PluralVariants;

export type CoreMessages = Translation<typeof core>;
export type UserManagerMessages = Translation<typeof userManager>;
export type AccessRightsMessages = Translation<typeof accessRights>;
export type ResourcesMessages = Translation<typeof resources>;
export type HelpMessages = Translation<typeof help>;
export type AccountsMessages = Translation<typeof accounts>;
export type ImportMessages = Translation<typeof imports>;

/** The English source catalog: every key any element shows. */
export const en = {
  ...core,
  ...userManager,
  ...accessRights,
  ...help,
  ...resources,
  ...accounts,
  ...imports,
};
export type MessageKey = keyof typeof en;
export type Messages = Translation<typeof en>;
