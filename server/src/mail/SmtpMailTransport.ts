import type { Transporter } from 'nodemailer'
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
  readonly #settings: SMTPTransport.Options
  #transporter: Promise<Transporter<SMTPTransport.SentMessageInfo>> | undefined
  readonly #from: string

  constructor(options: { url: string; from: string }) {
    const url = new URL(options.url)
    this.description = `SMTP ${url.protocol}//${url.host}`
    this.#settings = {
      url: options.url,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    }
    this.#from = options.from
  }

  async send(mail: OutgoingMail): Promise<void> {
    // nodemailer (14 MiB in memory) is loaded with the first mail, not with the server.
    this.#transporter ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(this.#settings),
    )
    const transporter = await this.#transporter
    const info = await transporter.sendMail(buildMailOptions(mail, this.#from))
    if (info.rejected.length > 0) {
      throw new Error(`the SMTP server refused the recipient of mail ${mail.id}`)
    }
  }

  close(): void {
    void this.#transporter?.then((transporter) => {
      transporter.close()
    })
  }
}
