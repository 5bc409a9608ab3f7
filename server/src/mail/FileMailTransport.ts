import { mkdir, open, rename } from 'node:fs/promises'
import { join } from 'node:path'
import type { Transporter } from 'nodemailer'
import type StreamTransport from 'nodemailer/lib/stream-transport/index.js'
import { syncDirectory } from '../persistence/syncDirectory.ts'
import { buildMailOptions } from './buildMailOptions.ts'
import type { MailTransport, OutgoingMail } from './MailTransport.ts'

/**
 * Without SMTP: each mail is written, whole (headers, text and HTML parts), as `<id>.eml` in
 * `directory` — written to a temporary file, flushed, renamed, the directory flushed, so that a
 * mail counted as sent is on disk. Any mail client opens them.
 */
export class FileMailTransport implements MailTransport {
  readonly description: string
  readonly #directory: string
  readonly #from: string
  #transporter: Promise<Transporter<StreamTransport.SentMessageInfo>> | undefined

  constructor(options: { directory: string; from: string }) {
    this.#directory = options.directory
    this.#from = options.from
    this.description = `fichiers .eml dans ${options.directory}`
  }

  async send(mail: OutgoingMail): Promise<void> {
    // nodemailer (14 MiB in memory) is loaded with the first mail, not with the server.
    this.#transporter ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({ streamTransport: true, buffer: true }),
    )
    const transporter = await this.#transporter
    const info = await transporter.sendMail(buildMailOptions(mail, this.#from))
    const message = info.message
    if (!Buffer.isBuffer(message)) throw new Error('nodemailer did not buffer the message')
    await mkdir(this.#directory, { recursive: true })
    const path = join(this.#directory, `${mail.id}.eml`)
    const temporary = `${path}.tmp`
    const file = await open(temporary, 'w')
    try {
      await file.writeFile(message)
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(temporary, path)
    await syncDirectory(this.#directory)
  }

  close(): void {
    void this.#transporter?.then((transporter) => {
      transporter.close()
    })
  }
}
