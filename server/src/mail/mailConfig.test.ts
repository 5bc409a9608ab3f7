import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../config.ts'
import { DEFAULT_MAIL_FROM } from './MailConfig.ts'

describe('mail configuration', () => {
  it('writes files to <MAILLAGE_DATA_DIR>/mails without SMTP, from the default sender', () => {
    const config = loadConfig({ MAILLAGE_DATA_DIR: './donnees' })
    expect(config.mail).toEqual({ from: DEFAULT_MAIL_FROM, directory: resolve('./donnees/mails') })
  })

  it('reads MAILLAGE_SMTP_URL and MAILLAGE_MAIL_FROM', () => {
    const config = loadConfig({
      MAILLAGE_SMTP_URL: 'smtps://clpe:secret@smtp.example.fr:465',
      MAILLAGE_MAIL_FROM: 'CLPE Hauts-de-France <clpe@example.fr>',
    })
    expect(config.mail).toMatchObject({
      smtpUrl: 'smtps://clpe:secret@smtp.example.fr:465',
      from: 'CLPE Hauts-de-France <clpe@example.fr>',
    })
  })

  it('refuses another scheme and a sender that is not an address, naming the variable', () => {
    expect(() => loadConfig({ MAILLAGE_SMTP_URL: 'http://smtp.example.fr' })).toThrow(
      /MAILLAGE_SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/,
    )
    expect(() => loadConfig({ MAILLAGE_MAIL_FROM: 'Maillage <pas une adresse>' })).toThrow(
      ConfigError,
    )
    expect(() => loadConfig({ MAILLAGE_MAIL_FROM: 'ne-pas-repondre' })).toThrow(
      /MAILLAGE_MAIL_FROM/,
    )
  })
})
