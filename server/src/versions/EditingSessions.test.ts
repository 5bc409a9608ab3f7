import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import {
  AUTOMATIC_VERSION_INTERVAL_MS,
  EditingSessions,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
} from './EditingSessions.ts'
import { accountsNamed, createTestRecorder } from './versionTestKit.ts'
import { ManualTimers } from '../time/ManualTimers.ts'

const avis = parseDocumentId('avis-mobilite')
const MINUTE = 60_000

function setUp() {
  const timers = new ManualTimers()
  const { store, content, recorder } = createTestRecorder(timers)
  const sessions = new EditingSessions({
    recorder,
    store,
    metadata: accountsNamed({ alice: 'Alice Martin', bruno: 'Bruno Lefèvre' }),
    timers,
    logger: pino({ level: 'silent' }),
  })
  const edit = (editorId: string, text: string): void => {
    const title = content.docOf(avis).getText('title')
    title.insert(title.length, text)
    sessions.noteEdit(avis, editorId)
  }
  return { timers, store, sessions, edit }
}

describe('EditingSessions', () => {
  it('writes one automatic version when the last person leaves, with every account that edited', async () => {
    const { timers, store, sessions, edit } = setUp()
    edit('alice', 'Avis ')
    await timers.advance(MINUTE)
    edit('bruno', 'sur la mobilité')
    // An edit without an account behind it (MAILLAGE_AUTH=none) is no author.
    edit('anonyme-1', '.')
    await timers.advance(MINUTE)
    expect(await store.list(avis)).toEqual([])

    sessions.noteUnloaded(avis)
    await timers.advance(0)
    const versions = await store.list(avis)
    expect(versions).toHaveLength(1)
    expect(versions[0]).toMatchObject({
      kind: 'automatique',
      authors: [{ id: 'alice' }, { id: 'bruno' }],
    })
  })

  it('ends a session after ten minutes without edits', async () => {
    const { timers, store, edit } = setUp()
    edit('alice', 'Avis')
    await timers.advance(SESSION_IDLE_MS - 1)
    expect(await store.list(avis)).toHaveLength(0)
    await timers.advance(1)
    expect(await store.list(avis)).toHaveLength(1)
  })

  it('waits for the sessions of many documents with one timer', async () => {
    const { timers, store, sessions } = setUp()
    const documents = ['avis-a', 'avis-b', 'avis-c'].map((id) => parseDocumentId(id))
    for (const documentId of documents) sessions.noteEdit(documentId, 'alice')
    expect(timers.pendingCount).toBe(1)
    await timers.advance(SESSION_IDLE_MS)
    for (const documentId of documents) expect(await store.list(documentId)).toHaveLength(1)
  })

  it('cuts continuous editing into versions of thirty minutes at most', async () => {
    const { timers, store, edit } = setUp()
    for (let minute = 0; minute < 31; minute += 1) {
      edit('alice', 'x')
      await timers.advance(MINUTE)
    }
    const versions = await store.list(avis)
    expect(versions).toHaveLength(1)
    expect(Date.parse(versions[0]?.createdAt ?? '') - Date.parse('2026-12-07T09:00:00.000Z')).toBe(
      SESSION_MAX_MS,
    )
  })

  it('never writes two automatic versions of a document within ten minutes', async () => {
    const { timers, store, sessions, edit } = setUp()
    edit('alice', 'Première séance')
    sessions.noteUnloaded(avis)
    await timers.advance(0)
    expect(await store.list(avis)).toHaveLength(1)

    await timers.advance(2 * MINUTE)
    edit('bruno', ', reprise')
    sessions.noteUnloaded(avis)
    await timers.advance(AUTOMATIC_VERSION_INTERVAL_MS - 2 * MINUTE - 1)
    expect(await store.list(avis)).toHaveLength(1)
    await timers.advance(1)
    const versions = await store.list(avis)
    expect(versions).toHaveLength(2)
    expect(versions[0]?.authors).toEqual([{ id: 'bruno' }])
  })

  it('writes nothing when the content did not change since the newest version', async () => {
    const { timers, store, sessions, edit } = setUp()
    edit('alice', 'Avis')
    sessions.noteUnloaded(avis)
    await timers.advance(0)
    await timers.advance(AUTOMATIC_VERSION_INTERVAL_MS)
    // A save reported without a change of content (an edit undone in the same session).
    sessions.noteEdit(avis, 'alice')
    sessions.noteUnloaded(avis)
    await timers.advance(0)
    expect(await store.list(avis)).toHaveLength(1)
  })

  it('writes the sessions still open when the server stops, and nothing after', async () => {
    const { timers, store, sessions, edit } = setUp()
    edit('alice', 'Avis')
    await sessions.close()
    expect(await store.list(avis)).toHaveLength(1)
    edit('alice', ' encore')
    sessions.noteUnloaded(avis)
    await timers.advance(SESSION_MAX_MS)
    expect(await store.list(avis)).toHaveLength(1)
  })
})
