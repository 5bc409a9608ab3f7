/** One mail as a transport delivers it: the outbox record's addressing and parts. */
export interface OutgoingMail {
  readonly id: string
  readonly to: string
  readonly subject: string
  readonly text: string
  readonly html: string
  readonly headers: Readonly<Record<string, string>>
}

/**
 * Where mails go: an SMTP server (`SmtpMailTransport`) or `.eml` files of the data directory
 * (`FileMailTransport`). `send` resolves once the mail is accepted (by the server, or durably
 * written) and rejects otherwise: the queue worker retries.
 */
export interface MailTransport {
  /** Says where mails go, for the start-up log. */
  readonly description: string
  send(mail: OutgoingMail): Promise<void>
  close(): void
}
