import type { OutgoingMail } from './mailer.js';

export type LinkPurpose = 'invitation' | 'new-user' | 'replacement';

/** The languages the server writes mail in; anything else gets English. */
export const MAIL_LANGUAGES = ['en', 'de', 'fr', 'hu'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

interface MailStrings {
  subject: Record<LinkPurpose, string>;
  intro: Record<LinkPurpose, (account: string) => string>;
  hello: (name: string) => string;
  signIn: (email: string, login: string) => string;
  choose: (url: string) => string;
  expires: (when: string) => string;
}

/**
 * The server's own mail texts. They belong to the server (the widget catalog in `src/locales` is
 * for the elements), in the four languages tenantkit ships.
 */
const STRINGS: Record<MailLanguage, MailStrings> = {
  en: {
    subject: {
      invitation: 'Your new account is ready: choose your password',
      'new-user': 'You have been added: choose your password',
      replacement: 'Your password link',
    },
    intro: {
      invitation: (a) => `an account has been created for ${a}, and you are its administrator.`,
      'new-user': (a) => `you have been added as a user of ${a}.`,
      replacement: () =>
        'here is a new link to choose your password. Until you use it your current password keeps working; ' +
        'if you sign in with it instead, this link stops working.',
    },
    hello: (n) => `Hello ${n},`,
    signIn: (e, l) => `Sign in with your e-mail address ${e} or your login ${l}.`,
    choose: (u) => `Choose your password here: ${u}`,
    expires: (w) => `The link works once and expires on ${w}.`,
  },
  de: {
    subject: {
      invitation: 'Ihr neues Konto ist bereit: Wählen Sie Ihr Passwort',
      'new-user': 'Sie wurden hinzugefügt: Wählen Sie Ihr Passwort',
      replacement: 'Ihr Passwort-Link',
    },
    intro: {
      invitation: (a) => `für ${a} wurde ein Konto angelegt, und Sie sind dessen Administrator.`,
      'new-user': (a) => `Sie wurden als Benutzer von ${a} hinzugefügt.`,
      replacement: () =>
        'hier ist ein neuer Link, mit dem Sie Ihr Passwort wählen. Bis Sie ihn verwenden, gilt Ihr bisheriges ' +
        'Passwort weiter; melden Sie sich stattdessen damit an, wird dieser Link ungültig.',
    },
    hello: (n) => `Hallo ${n},`,
    signIn: (e, l) => `Sie melden sich mit Ihrer E-Mail-Adresse ${e} oder Ihrem Login ${l} an.`,
    choose: (u) => `Hier wählen Sie Ihr Passwort: ${u}`,
    expires: (w) => `Der Link funktioniert einmal und läuft am ${w} ab.`,
  },
  fr: {
    subject: {
      invitation: 'Votre nouveau compte est prêt : choisissez votre mot de passe',
      'new-user': 'Vous avez été ajouté : choisissez votre mot de passe',
      replacement: 'Votre lien de mot de passe',
    },
    intro: {
      invitation: (a) => `un compte a été créé pour ${a}, et vous en êtes l’administrateur.`,
      'new-user': (a) => `vous avez été ajouté comme utilisateur de ${a}.`,
      replacement: () =>
        'voici un nouveau lien pour choisir votre mot de passe. Tant que vous ne l’utilisez pas, votre mot de ' +
        'passe actuel reste valable ; si vous vous connectez avec lui, ce lien cesse de fonctionner.',
    },
    hello: (n) => `Bonjour ${n},`,
    signIn: (e, l) => `Connectez-vous avec votre adresse e-mail ${e} ou votre identifiant ${l}.`,
    choose: (u) => `Choisissez votre mot de passe ici : ${u}`,
    expires: (w) => `Le lien ne fonctionne qu’une fois et expire le ${w}.`,
  },
  hu: {
    subject: {
      invitation: 'Elkészült az új fiókja: válassza ki jelszavát',
      'new-user': 'Felvették felhasználónak: válassza ki jelszavát',
      replacement: 'Az Ön jelszóhivatkozása',
    },
    intro: {
      invitation: (a) => `fiók készült a(z) ${a} számára, és Ön annak adminisztrátora.`,
      'new-user': (a) => `felvették Önt a(z) ${a} felhasználójaként.`,
      replacement: () =>
        'íme egy új hivatkozás a jelszava kiválasztásához. Amíg nem használja, a jelenlegi jelszava érvényes ' +
        'marad; ha inkább azzal jelentkezik be, ez a hivatkozás érvényét veszti.',
    },
    hello: (n) => `Kedves ${n}!`,
    signIn: (e, l) => `Bejelentkezés e-mail-címével (${e}) vagy felhasználónevével (${l}).`,
    choose: (u) => `Jelszavát itt választhatja ki: ${u}`,
    expires: (w) => `A hivatkozás egyszer használható, és ${w}-kor lejár.`,
  },
};

/** The mail language for a recipient's locale (`de-AT` → `de`); English when the server has none. */
export function mailLanguage(locale: string | null | undefined): MailLanguage {
  const base = (locale ?? '').toLowerCase().split('-')[0];
  return (MAIL_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as MailLanguage) : 'en';
}

/**
 * An instant as the recipient reads dates (`1. Dezember 2026 um 20:00 UTC`). The server does not
 * know the recipient's time zone, so it names the zone it writes in.
 */
export function mailDate(when: Date, lang: MailLanguage, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(when);
}

/**
 * The mail carrying a password link (seed 000): the user, and only they, choose the password.
 * Written in the recipient's language (`user.locale`), with the expiry as they read dates.
 */
export function passwordLinkMail(
  purpose: LinkPurpose,
  user: { name: string; email: string; login: string; locale?: string | null },
  accountName: string,
  linkUrl: string,
  expiresAt: Date,
): OutgoingMail {
  const lang = mailLanguage(user.locale);
  const t = STRINGS[lang];
  return {
    to: user.email,
    subject: t.subject[purpose],
    linkUrl,
    body: [
      t.hello(user.name),
      '',
      t.intro[purpose](accountName),
      '',
      t.signIn(user.email, user.login),
      t.choose(linkUrl),
      t.expires(mailDate(expiresAt, lang)),
    ].join('\n'),
  };
}
