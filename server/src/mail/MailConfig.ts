/** Default sender when `MAILLAGE_MAIL_FROM` is not set. */
export const DEFAULT_MAIL_FROM = 'Maillage <ne-pas-repondre@maillage.invalid>'
/** Default pause between two rounds of the queue worker. */
export const DEFAULT_MAIL_POLL_INTERVAL_MS = 15_000

/** How mails leave the server. */
export interface MailConfig {
  /** `MAILLAGE_SMTP_URL` (smtp:// or smtps://); absent: `.eml` files in `directory`. */
  readonly smtpUrl?: string
  /** `MAILLAGE_MAIL_FROM`. */
  readonly from: string
  /** Where mails are written without SMTP (`<MAILLAGE_DATA_DIR>/mails`); absent: not sent. */
  readonly directory?: string
  /** Pause between two rounds of the queue worker (default 15 s). */
  readonly pollIntervalMs?: number
}
