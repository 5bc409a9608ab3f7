import type Mail from 'nodemailer/lib/mailer/index.js'
import type { OutgoingMail } from './MailTransport.ts'

/** nodemailer's description of `mail`, sent from `from`, its Message-ID made from its id. */
export function buildMailOptions(mail: OutgoingMail, from: string): Mail.Options {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'maillage.invalid'
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: { ...mail.headers },
    // Stable across retries, so that a receiving server may spot a duplicate.
    messageId: `<${mail.id}@${domain}>`,
  }
}
