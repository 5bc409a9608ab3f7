import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AtelierView } from '@maillage/protocol'
import {
  createApiClient,
  sessionFrom,
  type ApiClient,
  type Credential,
  type LoginBody,
} from '../helpers/apiClient.ts'
import { atelierBody, dayIn } from '../helpers/atelierAuthorizationRows.ts'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { createManualClock } from '../helpers/manualClock.ts'
import { openThread, postMessage } from '../helpers/mailExchanges.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startSmtpServer, type CapturedMail, type TestSmtpServer } from '../helpers/smtpServer.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced } from '../helpers/syncClient.ts'
import { PROPOSAL } from '../helpers/toolboxAuthorizationRows.ts'
import { waitFor } from '../helpers/waitFor.ts'

// Each of the 12 kinds of mail about an event, made by the real workflow that notifies (or, for an
// invitation, mails) someone, delivered to a real SMTP server with a text and an HTML part, to the
// right person, with the unsubscribe of its kind (the lettre d’information: lettre.test.ts). The reminder of the day before needs the clock
// moved and the server restarted (it runs at start, then hourly).

const LILLE = 'clpe-59004'
const LENS = 'clpe-62005'
const DOUAI = 'clpe-59002'
const NAMES = ['admin', 'lille', 'lens', 'copil'] as const
type Name = (typeof NAMES)[number]
const ADDRESS: Record<Name, string> = {
  admin: 'admin@demo.maillage.fr',
  lille: 'lille@demo.maillage.fr',
  lens: 'lens@demo.maillage.fr',
  copil: 'copil@demo.maillage.fr',
}
const INVITED = 'malik.ouali@clpe-douai.fr'
const HOUR_MS = 60 * 60 * 1000

/** The French label of each kind, as the footer's unsubscribe names it. */
const LABELS = {
  mention: 'Quelqu’un vous mentionne',
  'decision-proposition': 'Décision sur votre proposition d’outil',
  'nouvelle-proposition': 'Nouvelle proposition d’outil (comité de pilotage)',
  'inscription-atelier': 'Votre inscription à un atelier',
  'promotion-liste-attente': 'Une place se libère dans un atelier',
  'rappel-atelier': 'Rappel la veille d’un atelier',
  'changement-date-atelier': 'Changement de date d’un atelier',
  'reponse-discussion': 'Réponse dans une discussion que vous avez lancée',
  'nous-aussi': '« Nous aussi » sur une discussion que vous avez lancée',
  'enquete-ouverte': 'Enquête ouverte pour votre CLPE',
  invitation: 'Invitation à rejoindre Maillage',
  'supra-territorial': 'Sujet supra-territorial pour le CoRE',
} as const
type Kind = keyof typeof LABELS

describe('mails of every kind, through a real SMTP server', () => {
  const clock = createManualClock()
  let smtp: TestSmtpServer
  let dataDir: string
  let server: TestServer
  let api: ApiClient
  let as: Record<Name, Credential>
  let ids: Record<Name, string>
  const delivered = new Set<Kind>()

  async function start(): Promise<void> {
    server = await startServer({
      auth: 'session',
      demoData: true,
      timers: clock,
      store: { kind: 'lowdb', dataDir },
      mail: {
        smtpUrl: smtp.url,
        from: 'Maillage <ne-pas-repondre@maillage.test>',
        pollIntervalMs: 50,
      },
    })
    api = createApiClient(server.httpUrl)
    ;({ as, ids } = await signInDemoAccounts(api, NAMES))
  }

  beforeAll(async () => {
    smtp = await startSmtpServer()
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-mail-events-'))
    await start()
    // Everyone hears of everything at once (several kinds wait for the digest by default).
    const immediately = Object.fromEntries(Object.keys(LABELS).map((kind) => [kind, 'immediat']))
    for (const who of NAMES) {
      const response = await api.request('PUT', '/api/me/preferences-mail', {
        as: as[who],
        body: { preferences: immediately },
      })
      expect(response.status, response.text).toBe(200)
    }
  })
  afterAll(async () => {
    await server.close()
    await smtp.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  /** Waits for the mail of `kind` to `address` whose text holds `phrase`; checks both parts. */
  async function expectMail(kind: Kind, address: string, phrase: string): Promise<CapturedMail> {
    const footer = `Ne plus recevoir les e-mails « ${LABELS[kind]} »`
    const found = await waitFor(() => {
      const match = smtp
        .mailsTo(address)
        .find((mail) => mail.parsed.text?.includes(footer) && mail.parsed.text.includes(phrase))
      if (match === undefined) {
        const seen = smtp.mailsTo(address).map((mail) => mail.parsed.subject)
        throw new Error(
          `no « ${kind} » mail to ${address} saying « ${phrase} »: ${seen.join(' | ')}`,
        )
      }
      return match
    })
    const html = typeof found.parsed.html === 'string' ? found.parsed.html : ''
    expect(html, kind).toContain('<html lang="fr">')
    expect(html, kind).toContain(phrase)
    delivered.add(kind)
    return found
  }

  it('mails the events of the échanges: mention, reply, « nous aussi », supra-territorial, invitation', async () => {
    const question = await openThread(api, as.lille, 'Frais de garde en formation')
    await postMessage(api, as.lens, question, 'Nous finançons la garde', [])
    await expectMail(
      'reponse-discussion',
      ADDRESS.lille,
      'a répondu à votre discussion « Frais de garde en formation »',
    )
    await postMessage(api, as.lille, question, 'Merci, et vous ?', [ids.lens])
    await expectMail(
      'mention',
      ADDRESS.lens,
      'vous a mentionné dans « Frais de garde en formation »',
    )

    const remontee = await api.request<{ id: string }>('POST', '/api/echanges', {
      as: as.lille,
      body: {
        type: 'remontee',
        title: 'Mobilité en horaires décalés',
        themes: ['mobilite'],
        territorySpaceIds: [LILLE],
        originSpaceId: LILLE,
        content: messageContent('Pas de bus avant 6 h pour les postes du matin.'),
      },
    })
    expect(remontee.status, remontee.text).toBe(201)
    const echo = (credential: Credential, spaceId: string) =>
      api.request('POST', `/api/echanges/${remontee.body.id}/nous-aussi`, {
        as: credential,
        body: { spaceId },
      })
    expect((await echo(as.lens, LENS)).status).toBe(200)
    await expectMail('nous-aussi', ADDRESS.lille, 'a dit « nous aussi »')

    // A third CLPE: the admin invites a partner of Douai by e-mail, who signs up from the mail.
    const invited = await api.request<{ token: string; mailQueued: boolean }>(
      'POST',
      `/api/spaces/${DOUAI}/invitations`,
      { as: as.admin, body: { role: 'contributeur', email: INVITED } },
    )
    expect(invited.status, invited.text).toBe(201)
    expect(invited.body.mailQueued).toBe(true)
    const invitation = await expectMail('invitation', INVITED, 'avec le rôle contributeur')
    expect(invitation.parsed.text).toContain(`${server.httpUrl}/invitation/${invited.body.token}`)
    const withoutAddress = await api.request<{ mailQueued: boolean }>(
      'POST',
      `/api/spaces/${DOUAI}/invitations`,
      { as: as.admin, body: { role: 'lecteur' } },
    )
    expect(withoutAddress.body.mailQueued).toBe(false)
    const accepted = await api.request<LoginBody>(
      'POST',
      `/api/invitations/by-token/${invited.body.token}/accept`,
      {
        body: {
          email: INVITED,
          name: 'Malik Ouali',
          organisation: 'PLIE du Douaisis',
          password: 'un mot de passe solide',
        },
      },
    )
    const douai = sessionFrom(accepted)
    if (douai === null) throw new Error(`the Douai member could not sign up: ${accepted.text}`)
    expect((await echo(douai, DOUAI)).status).toBe(200)
    await expectMail(
      'supra-territorial',
      ADDRESS.admin,
      '« Mobilité en horaires décalés » est soulevé par 3 CLPE',
    )
  })

  it('mails the proposals of tools and the survey opened for one’s CLPE', async () => {
    const proposed = await api.request<{ proposal: { id: string } }>(
      'POST',
      '/api/toolbox/proposals',
      {
        as: as.lille,
        body: PROPOSAL,
      },
    )
    expect(proposed.status, proposed.text).toBe(201)
    await expectMail('nouvelle-proposition', ADDRESS.copil, `« ${PROPOSAL.title} »`)
    const moved = await api.request(
      'POST',
      `/api/toolbox/proposals/${proposed.body.proposal.id}/transition`,
      {
        as: as.copil,
        body: { to: 'en-examen' },
      },
    )
    expect(moved.status, moved.text).toBe(200)
    await expectMail('decision-proposition', ADDRESS.lille, `« ${PROPOSAL.title} »`)

    const survey = await api.request<{ survey: { id: string } }>('POST', '/api/surveys', {
      as: as.admin,
      body: {
        title: 'Enquête sur la mobilité',
        questions: [{ kind: 'likert', label: 'Satisfaction d’ensemble', required: true }],
        targetSpaceIds: [LILLE],
      },
    })
    expect(survey.status, survey.text).toBe(201)
    const opened = await api.request('POST', `/api/surveys/${survey.body.survey.id}/open`, {
      as: as.admin,
      body: {
        opensAt: new Date(clock.now() - 60_000).toISOString(),
        closesAt: new Date(clock.now() + 7 * 24 * HOUR_MS).toISOString(),
      },
    })
    expect(opened.status, opened.text).toBe(200)
    await expectMail(
      'enquete-ouverte',
      ADDRESS.lille,
      'L’enquête « Enquête sur la mobilité » est ouverte',
    )
  })

  it('mails the ateliers: registration, waiting-list promotion, date change, and the reminder after a restart', async () => {
    const create = async (title: string, date: string, capacity: number): Promise<string> => {
      const created = await api.request<AtelierView>('POST', '/api/ateliers', {
        as: as.admin,
        body: atelierBody({ title, date, capacity }),
      })
      expect(created.status, created.text).toBe(201)
      return created.body.id
    }
    const register = async (who: Name, id: string, method = 'POST'): Promise<void> => {
      const response = await api.request(method, `/api/ateliers/${id}/inscription`, { as: as[who] })
      expect(response.status, response.text).toBe(200)
    }
    const full = await create('Recruter dans la logistique', dayIn(30), 1)
    await register('lille', full)
    await expectMail(
      'inscription-atelier',
      ADDRESS.lille,
      'Vous êtes inscrit·e à l’atelier « Recruter dans la logistique »',
    )
    await register('lens', full)
    await register('lille', full, 'DELETE')
    await expectMail('promotion-liste-attente', ADDRESS.lens, 'Une place s’est libérée')

    const client = connectClient(server.syncUrl, full, syncCredentials(server, as.admin))
    try {
      await whenSynced(client)
      client.doc.getMap('fields').set('date', dayIn(31))
      await expectMail('changement-date-atelier', ADDRESS.lens, 'change de date')
    } finally {
      client.destroy()
    }

    const tomorrow = await create('Les métiers de la batterie', dayIn(2), 0)
    await register('lille', tomorrow)
    const view = await api.request<AtelierView>('GET', `/api/ateliers/${tomorrow}`, {
      as: as.lille,
    })
    await server.close()
    clock.advance(Date.parse(view.body.startsAt ?? '') - 12 * HOUR_MS - clock.now())
    await start()
    await expectMail(
      'rappel-atelier',
      ADDRESS.lille,
      'Rappel : l’atelier « Les métiers de la batterie »',
    )

    expect([...delivered].toSorted()).toEqual(Object.keys(LABELS).toSorted())
  })
})
