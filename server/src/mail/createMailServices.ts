import type { Logger } from 'pino'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import { DailyDigest } from './DailyDigest.ts'
import { FileMailTransport } from './FileMailTransport.ts'
import { DEFAULT_MAIL_POLL_INTERVAL_MS, type MailConfig } from './MailConfig.ts'
import { MailComposer } from './MailComposer.ts'
import { MailLinks } from './MailLinks.ts'
import { MailPreferenceService } from './MailPreferenceService.ts'
import { MailService } from './MailService.ts'
import type { MailTransport } from './MailTransport.ts'
import { NOTIFICATION_MAIL_KINDS } from './notificationMailKinds.ts'
import { NotificationMailer } from './NotificationMailer.ts'
import { OutboxWorker } from './OutboxWorker.ts'
import { SmtpMailTransport } from './SmtpMailTransport.ts'
import { UnsubscribeTokens } from './UnsubscribeTokens.ts'

/** The sending of mails, started once the server listens and stopped when it closes. */
export interface MailDelivery {
  /** The server listens at `url` (links' origin without `MAILLAGE_PUBLIC_URL`); starts sending. */
  start(url: string): void
  /** Stops sending, after the mail under way. */
  stop(): Promise<void>
}

/** The mail services built by {@link createMailServices}. */
export interface MailServices {
  readonly mail: MailService
  readonly mailPreferences: MailPreferenceService
  readonly notificationMailer: NotificationMailer
  readonly mailDelivery: MailDelivery
}

/**
 * Builds the mail services: the transport `config` chooses (SMTP, `.eml` files, or none: mails
 * stay queued), the queue worker with the daily digest, and the hook of notifications.
 */
export function createMailServices(options: {
  store: MetadataStore
  timers: Timers
  logger: Logger
  config: MailConfig | undefined
  publicUrl: string | undefined
}): MailServices {
  const { store, timers, logger, config } = options
  const links = new MailLinks(options.publicUrl)
  const tokens = new UnsubscribeTokens({ store, timers })
  const composer = new MailComposer({ links, tokens, timers })
  const transport = transportOf(config)
  const digest = new DailyDigest({ store, timers, composer, links })
  const worker =
    transport === undefined || config === undefined
      ? undefined
      : new OutboxWorker({
          store,
          transport,
          timers,
          logger,
          pollIntervalMs: config.pollIntervalMs ?? DEFAULT_MAIL_POLL_INTERVAL_MS,
          tasks: [
            async () => {
              await digest.run()
            },
          ],
        })
  const mail = new MailService({ store, timers, composer, onQueued: () => worker?.wake() })
  return {
    mail,
    mailPreferences: new MailPreferenceService({ store, timers, tokens }),
    notificationMailer: new NotificationMailer({ mail, kinds: NOTIFICATION_MAIL_KINDS, logger }),
    mailDelivery: {
      start(url) {
        links.listening(url)
        if (worker === undefined) {
          logger.warn('no MAILLAGE_SMTP_URL nor data directory: mails are queued, never sent')
          return
        }
        logger.info({ transport: transport?.description }, 'mails are sent')
        worker.start()
      },
      stop: async () => {
        await worker?.stop()
      },
    },
  }
}

function transportOf(config: MailConfig | undefined): MailTransport | undefined {
  if (config === undefined) return undefined
  if (config.smtpUrl !== undefined) {
    return new SmtpMailTransport({ url: config.smtpUrl, from: config.from })
  }
  if (config.directory !== undefined) {
    return new FileMailTransport({ directory: config.directory, from: config.from })
  }
  return undefined
}
