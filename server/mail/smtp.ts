import type { Transport } from './mailer.js';

/** SMTP delivery through nodemailer, e.g. `SMTP_URL=smtp://user:pass@mail.example:587`. */
export async function smtpTransport(url: string, from: string): Promise<Transport> {
  const nodemailer = await import('nodemailer');
  const transporter = nodemailer.createTransport(url);
  return async (mail) => {
    await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body });
  };
}
