import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { allowExitListeners } from '../helpers/allowExitListeners.ts'
import { createApiClient, type ApiClient, type SignedIn } from '../helpers/apiClient.ts'
import { createPage } from '../helpers/createDocument.ts'
import { createSeededRandom, type SeededRandom } from '../helpers/seededRandom.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { webSocketClass } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { bodyText, editBody, suggestionsIn } from './suggestionsEditorKit.ts'

const LILLE = 'clpe-59004'
// Words of a sentence. Letters typed next to the same letters are written by the Yjs binding at
// another index than typed, the formatting moved instead: fine online (checked in
// SuggestionGuard.test.ts), but merged with someone's concurrent change it can hand one person's
// letter to another's suggestion, which the server refuses (see server/src/sync/README.md).
const WORDS = ['plan ', 'local ', 'pour ', 'emploi ', 'jeunes ', 'durable ']
const ROUNDS = 40

interface Person {
  readonly signedIn: SignedIn
  readonly author: { readonly id: string; readonly name: string }
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  readonly closeCodes: number[]
}

describe('suggestions of several people, online and offline, converge', () => {
  let server: TestServer
  let api: ApiClient

  allowExitListeners(6)

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
  })
  afterAll(async () => {
    await server.close()
  })

  async function join(documentId: string, email: string, name: string): Promise<Person> {
    const signedIn = await api.signIn(email)
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(server.syncUrl, documentId, doc, {
      WebSocketPolyfill: webSocketClass(syncCredentials(server, signedIn.credential).headers),
      disableBc: true,
    })
    const person = {
      signedIn,
      author: { id: signedIn.accountId, name },
      doc,
      provider,
      closeCodes: [] as number[],
    }
    provider.on('connection-close', (event: { readonly code: number } | null) => {
      if (event !== null) person.closeCodes.push(event.code)
    })
    await waitFor(() => {
      expect(provider.synced).toBe(true)
    })
    return person
  }

  function randomSuggestion(person: Person, random: SeededRandom): void {
    const length = bodyText(person.doc).length
    if (length > 0 && random.next() < 0.4) {
      const from = 1 + random.int(length)
      // One character at a time: a deletion spanning several pieces of one's own suggestion is
      // written by the Yjs binding as one replacement of everything between them (see the
      // limits in server/src/sync/README.md).
      const to = from + 1
      editBody(person.doc, person.author, (tr) => tr.delete(from, to))
      return
    }
    const at = 1 + random.int(length + 1)
    editBody(person.doc, person.author, (tr) => tr.insertText(random.pick(WORDS), at))
  }

  it('gives everyone the same text and suggestions, and refuses nobody', async () => {
    const admin = await api.signIn('admin@demo.maillage.fr')
    const settled = await api.request('PUT', `/api/espaces/${LILLE}/relecture`, {
      as: admin.credential,
      body: { lecteurs: 'suggestion' },
    })
    expect(settled.status).toBe(200)
    const editor = await api.signIn('lille@demo.maillage.fr')
    const page = await createPage(api, editor.credential, { spaceId: LILLE, title: 'Convergence' })
    const people = [
      await join(page.id, 'lille@demo.maillage.fr', 'Nadia Benali'),
      await join(page.id, 'lecteur@demo.maillage.fr', 'Thomas Petit'),
    ]
    const first = people[0]
    if (first === undefined) throw new Error('nobody joined')
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Le comité se réunit.')])
    first.doc.getXmlFragment('body').insert(0, [paragraph])
    await waitFor(() => {
      for (const person of people) expect(bodyText(person.doc)).toBe('Le comité se réunit.')
    })

    const random = createSeededRandom(20261207)
    for (let round = 0; round < ROUNDS; round++) {
      const person = random.pick(people)
      if (random.next() < 0.15) {
        if (person.provider.wsconnected) person.provider.disconnect()
        else person.provider.connect()
      }
      randomSuggestion(person, random)
    }
    for (const person of people) if (!person.provider.wsconnected) person.provider.connect()

    const summary = (person: Person) =>
      suggestionsIn(person.doc).map((each) => [each.kind, each.authorName, each.text])
    await waitFor(
      () => {
        const [reference, ...others] = people
        if (reference === undefined) throw new Error('nobody joined')
        for (const other of others) {
          expect(bodyText(other.doc)).toBe(bodyText(reference.doc))
          expect(summary(other)).toEqual(summary(reference))
        }
      },
      { timeoutMs: 20_000 },
    )
    for (const person of people) expect(person.closeCodes).toEqual([])
    expect(suggestionsIn(people[1]?.doc ?? new Y.Doc()).length).toBeGreaterThan(0)
    for (const person of people) {
      person.provider.destroy()
      person.doc.destroy()
    }
  })
})
