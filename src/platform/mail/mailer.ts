import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';

/** How often someone who follows something wants mail: at once, or a weekly digest. */
export const FREQUENCIES = ['immediate', 'weekly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe for one-click unsubscribe (RFC 8058). */
  headers?: Record<string, string>;
}

/**
 * Sends mail through SMTP_URL; without one it writes the mail to the log instead — in development and the
 * demo with its text, so the links in it (confirm an address, set a password) can be followed; in
 * production only who and what, since the links are capabilities.
 */
export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** Connects to the mail server and greets it (`rathaus doctor`); false when mail is only logged. */
  verify(): Promise<boolean>;
  close(): void;
}

export function createMailer(
  smtpUrl: string | undefined,
  from: string,
  logger: Logger,
  opts: { logBodies?: boolean } = {},
): Mailer {
  const transport: Transporter = smtpUrl
    ? nodemailer.createTransport(smtpUrl)
    : nodemailer.createTransport({ jsonTransport: true });
  return {
    async send(mail) {
      const info = await transport.sendMail({ from, ...mail });
      if (!smtpUrl)
        logger.info(
          { mail: { to: mail.to, subject: mail.subject, ...(opts.logBodies ? { text: mail.text } : {}) } },
          'mail not sent (no SMTP_URL); logged only',
        );
      else logger.debug({ messageId: info.messageId }, 'mail sent');
    },
    async verify() {
      if (!smtpUrl) return false;
      await transport.verify();
      return true;
    },
    close() {
      transport.close();
    },
  };
}

/** List-Unsubscribe with the one-click POST (RFC 8058), so mail programs can offer "unsubscribe". */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
