import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { waitFor } from './waitFor.ts'

/** A mail the test SMTP server accepted: its envelope, raw bytes and `mailparser`'s reading. */
export interface CapturedMail {
  /** Envelope recipients, lower-cased. */
  readonly to: readonly string[]
  readonly raw: string
  readonly parsed: ParsedMail
}

/**
 * A real SMTP server (`smtp-server`) on 127.0.0.1, started by a test on a free port, keeping every
 * mail it accepts. `stop` closes it (connections refused, as when a relay is down) and `start`
 * listens again on the same port.
 */
export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`: the server's `MAILLAGE_SMTP_URL`. */
  readonly url: string
  /** Every mail accepted so far, in arrival order. */
  readonly mails: readonly CapturedMail[]
  /** The mails to `address` accepted so far. */
  mailsTo(address: string): CapturedMail[]
  /** Waits until `count` mails to `address` have arrived, and answers them. */
  waitForMailsTo(address: string, count: number, timeoutMs?: number): Promise<CapturedMail[]>
  /** Stops accepting connections (the relay is down). */
  stop(): Promise<void>
  /** Listens again on the same port. */
  start(): Promise<void>
  /** Stops for good. */
  close(): Promise<void>
}

/** Starts a {@link TestSmtpServer} (no TLS, no authentication). */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const mails: CapturedMail[] = []
  let server = createServer(mails)
  const port = await listen(server, 0)
  let running = true

  const stop = async (): Promise<void> => {
    if (!running) return
    running = false
    await new Promise<void>((resolve) => {
      server.close(resolve)
    })
  }
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    mailsTo: (address) => mails.filter((mail) => mail.to.includes(address.toLowerCase())),
    waitForMailsTo: (address, count, timeoutMs = 10_000) =>
      waitFor(
        () => {
          const found = mails.filter((mail) => mail.to.includes(address.toLowerCase()))
          if (found.length < count) {
            throw new Error(`${found.length} mail(s) to ${address}, waiting for ${count}`)
          }
          return found
        },
        { timeoutMs },
      ),
    stop,
    start: async () => {
      if (running) return
      server = createServer(mails)
      await listen(server, port)
      running = true
    },
    close: stop,
  }
}

function createServer(mails: CapturedMail[]): SMTPServer {
  return new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    // Closing does not wait for idle clients.
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks)
        simpleParser(raw).then(
          (parsed) => {
            mails.push({
              to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
              raw: raw.toString('utf8'),
              parsed,
            })
            callback()
          },
          (error: unknown) => {
            callback(error instanceof Error ? error : new Error(String(error)))
          },
        )
      })
    },
  })
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const net = server.listen(port, '127.0.0.1', () => {
      resolve((net.address() as AddressInfo).port)
    })
    net.once('error', reject)
  })
}
