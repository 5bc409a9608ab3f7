import nodemailer, { type Transporter } from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js'
import { buildMailOptions } from './buildMailOptions.ts'
import type { MailTransport, OutgoingMail } from './MailTransport.ts'

/**
 * Sends through the SMTP server of `MAILLAGE_SMTP_URL` (smtp:// with STARTTLS when offered,
 * smtps:// for implicit TLS), one connection per mail. Short timeouts: a server that hangs fails
 * the attempt well within the worker's lease, and the mail is retried.
 */
export class SmtpMailTransport implements MailTransport {
  readonly description: string
  readonly #transporter: Transporter<SMTPTransport.SentMessageInfo>
  readonly #from: string

  constructor(options: { url: string; from: string }) {
    const url = new URL(options.url)
    this.description = `SMTP ${url.protocol}//${url.host}`
    const settings: SMTPTransport.Options = {
      url: options.url,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    }
    this.#transporter = nodemailer.createTransport(settings)
    this.#from = options.from
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.#transporter.sendMail(buildMailOptions(mail, this.#from))
    if (info.rejected.length > 0) {
      throw new Error(`the SMTP server refused the recipient of mail ${mail.id}`)
    }
  }

  close(): void {
    this.#transporter.close()
  }
}
