import type { OutgoingMail } from './mailer.js';

export type LinkPurpose = 'invitation' | 'new-user' | 'replacement';

const SUBJECTS: Record<LinkPurpose, string> = {
  invitation: 'Your new account is ready: choose your password',
  'new-user': 'You have been added: choose your password',
  replacement: 'Your password link',
};

const INTROS: Record<LinkPurpose, (account: string) => string> = {
  invitation: (account) => `an account has been created for ${account}, and you are its administrator.`,
  'new-user': (account) => `you have been added as a user of ${account}.`,
  replacement: () =>
    'here is a new link to choose your password. Until you use it your current password keeps working; ' +
    'if you sign in with it instead, this link stops working.',
};

/** The mail carrying a password link (seed 000): the user, and only they, choose the password. */
export function passwordLinkMail(
  purpose: LinkPurpose,
  user: { name: string; email: string; login: string },
  accountName: string,
  linkUrl: string,
  expiresAt: Date,
): OutgoingMail {
  return {
    to: user.email,
    subject: SUBJECTS[purpose],
    linkUrl,
    body: [
      `Hello ${user.name},`,
      '',
      INTROS[purpose](accountName),
      '',
      `Your login: ${user.login}`,
      `Choose your password here: ${linkUrl}`,
      `The link works once and expires on ${expiresAt.toISOString()}.`,
    ].join('\n'),
  };
}
