// Globex's own words: its brand and the words it puts differently; everything else (sign-in,
// errors, views) is the shared portal catalog's, so each message has one source.

import { MESSAGES as SHARED } from '/portal/messages.js';

const GLOBEX = {
  en: {
    'portal.title': 'Globex Networks · Customer portal',
    'portal.tagline': 'Customer portal',
    'portal.welcome': 'Manage your Globex services, users and SIM cards.',
  },
  de: {
    'portal.title': 'Globex Networks · Kundenportal',
    'portal.tagline': 'Kundenportal',
    'portal.welcome': 'Verwalten Sie Ihre Globex-Dienste, Benutzer und SIM-Karten.',
  },
  fr: {
    'portal.title': 'Globex Networks · Portail client',
    'portal.tagline': 'Portail client',
    'portal.welcome': 'Gérez vos services Globex, vos utilisateurs et vos cartes SIM.',
  },
  hu: {
    'portal.title': 'Globex Networks · Ügyfélportál',
    'portal.tagline': 'Ügyfélportál',
    'portal.welcome': 'Kezelje Globex-szolgáltatásait, felhasználóit és SIM-kártyáit.',
  },
};

export const MESSAGES = Object.fromEntries(
  Object.entries(SHARED).map(([locale, messages]) => [locale, { ...messages, ...GLOBEX[locale] }]),
);
