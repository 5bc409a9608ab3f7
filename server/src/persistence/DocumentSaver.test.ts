import { describe, expect, it } from 'vitest'
import { pino } from 'pino'
import * as Y from 'yjs'
import { parseDocumentId } from '@maillage/protocol'
import { DocumentSaver, MAX_RETRY_DELAY_MS, SMALL_LOG_BYTES } from './DocumentSaver.ts'
import { ManualTimers, settle } from '../time/ManualTimers.ts'
import { ScriptedStore } from './documentSaverTestKit.ts'

const documentId = parseDocumentId('feuille-de-route-lens')

/** A document edited by the test, saved by the saver under test into a scripted store. */
function setUp(options: { compactAfterAppends?: number; retryDelayMs?: number } = {}) {
  const clock = new ManualTimers(0)
  const store = new ScriptedStore(clock)
  const doc = new Y.Doc()
  let savedCalls = 0
  const storedAuthors: string[] = []
  const saver = new DocumentSaver({
    id: documentId,
    store,
    timers: clock,
    logger: pino({ level: 'silent' }),
    encodeState: () => ({
      state: Y.encodeStateAsUpdate(doc),
      stateVector: Y.encodeStateVector(doc),
    }),
    saveDelayMs: 500,
    compactAfterAppends: options.compactAfterAppends ?? 100,
    retryDelayMs: options.retryDelayMs ?? 100,
    onSaveAttempt: () => undefined,
    onSaved: () => {
      savedCalls += 1
    },
    onStored: (author) => {
      storedAuthors.push(author)
    },
  })
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    saver.record(update, typeof origin === 'string' ? origin : undefined)
  })
  return {
    clock,
    store,
    saver,
    /** Types at the end of the body, as `author` (the transaction origin) if given. */
    type: (text: string, author?: string): void => {
      doc.transact(() => {
        doc.getText('body').insert(doc.getText('body').length, text)
      }, author)
    },
    storedAuthors: (): readonly string[] => storedAuthors,
    savedCalls: (): number => savedCalls,
    /** The text a server would load back from the store. */
    storedText: async (): Promise<string> => {
      const loaded = new Y.Doc()
      for (const update of (await store.memory.load(documentId)).updates)
        Y.applyUpdate(loaded, update)
      return loaded.getText('body').toString()
    },
  }
}

describe('DocumentSaver', () => {
  it('saves the updates recorded meanwhile in one append, saveDelayMs after the first', async () => {
    const { clock, store, type, storedText } = setUp()
    type('Axe 1')
    await clock.advance(200)
    type(', axe 2')
    await clock.advance(200)
    type(', axe 3')
    await clock.advance(99)
    expect(store.calls).toEqual([])

    await clock.advance(1)
    expect(store.calls).toEqual([{ operation: 'append', at: 500, failed: false }])
    expect((await store.memory.load(documentId)).updates).toHaveLength(3)
    expect(await storedText()).toBe('Axe 1, axe 2, axe 3')

    type(', axe 4')
    await clock.advance(500)
    expect(store.calls.map((call) => call.at)).toEqual([500, 1000])
    expect(await storedText()).toBe('Axe 1, axe 2, axe 3, axe 4')
    expect(clock.pendingCount).toBe(0)
  })

  it('saves within saveDelayMs even while updates keep coming', async () => {
    const { clock, store, type } = setUp()
    for (let step = 0; step < 12; step++) {
      type(`${step} `)
      await clock.advance(100)
    }
    expect(store.calls.map((call) => call.at)).toEqual([500, 1000])
  })

  it('keeps the updates of a failed save and retries after 1×, 2×, 4× retryDelayMs', async () => {
    const { clock, store, type, storedText, savedCalls } = setUp({ retryDelayMs: 100 })
    store.failNextAppends(3)
    type('Relevé de décisions')
    await clock.advance(550)
    type(' du COPIL')
    await clock.advance(2000)

    expect(store.calls).toEqual([
      { operation: 'append', at: 500, failed: true },
      { operation: 'append', at: 600, failed: true },
      { operation: 'append', at: 800, failed: true },
      { operation: 'append', at: 1200, failed: false },
    ])
    expect(await storedText()).toBe('Relevé de décisions du COPIL')
    expect(savedCalls()).toBe(1)
    expect(clock.pendingCount).toBe(0)
  })

  it('caps the retry delay at MAX_RETRY_DELAY_MS', async () => {
    const { clock, store, type, storedText } = setUp({ retryDelayMs: 1000 })
    store.failNextAppends(8)
    type('Panorama des métiers en tension')
    await clock.advance(10 * MAX_RETRY_DELAY_MS)

    const starts = store.calls.map((call) => call.at)
    const delays = starts.slice(1).map((at, index) => at - (starts[index] ?? 0))
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000])
    expect(MAX_RETRY_DELAY_MS).toBe(30_000)
    expect(store.calls.at(-1)?.failed).toBe(false)
    expect(await storedText()).toBe('Panorama des métiers en tension')
  })

  it('never runs two saves of a document at once', async () => {
    const { clock, store, saver, type, storedText } = setUp()
    const release = store.hold()
    type('Première édition')
    await clock.advance(500)
    type(', deuxième')
    await clock.advance(500)
    const flushed = saver.flush({ compact: true })
    await settle()
    expect(store.maxInFlight).toBe(1)

    release()
    await flushed
    await clock.advance(1000)
    expect(store.maxInFlight).toBe(1)
    expect(store.operations()).toEqual(['append', 'append', 'compact'])
    expect(await storedText()).toBe('Première édition, deuxième')
  })

  it('compacts after compactAfterAppends appends', async () => {
    const { clock, store, type, storedText } = setUp({ compactAfterAppends: 3 })
    for (const text of ['Un', ' deux', ' trois']) {
      type(text)
      await clock.advance(500)
    }
    expect(store.operations()).toEqual(['append', 'append', 'append', 'compact'])
    expect((await store.memory.load(documentId)).updates).toHaveLength(1)
    expect(await storedText()).toBe('Un deux trois')

    type(' quatre')
    await clock.advance(500)
    expect(store.operations()).toEqual(['append', 'append', 'append', 'compact', 'append'])
  })

  it('saves at once on flush, and compacts when asked to and something was appended', async () => {
    const { store, saver, type, storedText } = setUp()
    type('Atelier CV')
    await saver.flush({ compact: false })
    expect(store.operations()).toEqual(['append'])

    type(' le mardi')
    await saver.flush({ compact: true })
    expect(store.operations()).toEqual(['append', 'append', 'compact'])
    expect((await store.memory.load(documentId)).updates).toHaveLength(1)
    expect(await storedText()).toBe('Atelier CV le mardi')

    await saver.flush({ compact: true })
    expect(store.operations()).toEqual(['append', 'append', 'compact'])
  })

  it('leaves the small log of a document new to the store as it is on flush, and compacts it once it grows', async () => {
    const { store, saver, type, storedText } = setUp()
    saver.startsEmpty()
    type('Fiche action : atelier CV')
    await saver.flush({ compact: true })
    expect(store.operations()).toEqual(['append'])
    expect(await storedText()).toBe('Fiche action : atelier CV')

    type('x'.repeat(SMALL_LOG_BYTES))
    await saver.flush({ compact: true })
    expect(store.operations()).toEqual(['append', 'append', 'compact'])
    expect((await store.memory.load(documentId)).updates).toHaveLength(1)

    // Once it has a snapshot, any append is compacted on flush, however small.
    type('.')
    await saver.flush({ compact: true })
    expect(store.operations()).toEqual(['append', 'append', 'compact', 'append', 'compact'])
  })

  it('still compacts a new document after compactAfterAppends appends', async () => {
    const { clock, store, saver, type } = setUp({ compactAfterAppends: 2 })
    saver.startsEmpty()
    for (const text of ['Un', ' deux']) {
      type(text)
      await clock.advance(500)
    }
    expect(store.operations()).toEqual(['append', 'append', 'compact'])
  })

  it('compacts on flush a document marked as worth compacting, with nothing new', async () => {
    const { store, saver } = setUp()
    saver.requestCompaction()
    await saver.flush({ compact: true })
    expect(store.operations()).toEqual(['compact'])
  })

  it('rejects a flush the store fails, with a retry already scheduled', async () => {
    const { clock, store, saver, type, storedText } = setUp({ retryDelayMs: 100 })
    store.failNextAppends(1)
    type('Note de veille')
    await expect(saver.flush({ compact: false })).rejects.toThrow('ENOSPC')
    expect(saver.hasPending).toBe(true)

    await clock.advance(100)
    expect(store.calls.map((call) => call.failed)).toEqual([true, false])
    expect(saver.hasPending).toBe(false)
    expect(await storedText()).toBe('Note de veille')
  })

  it('calls onSaved only once a save leaves nothing pending', async () => {
    const { clock, store, type, savedCalls } = setUp({ retryDelayMs: 100 })
    const release = store.hold()
    type('Avant')
    await clock.advance(500)
    type(' pendant la sauvegarde')
    release()
    await settle()
    expect(store.operations()).toEqual(['append'])
    expect(savedCalls()).toBe(0)

    await clock.advance(500)
    expect(store.operations()).toEqual(['append', 'append'])
    expect(savedCalls()).toBe(1)

    store.failNextAppends(1)
    type(' puis une panne')
    await clock.advance(500)
    expect(savedCalls()).toBe(1)
    await clock.advance(100)
    expect(savedCalls()).toBe(2)
  })

  it('schedules nothing once closed', async () => {
    const { clock, store, saver, type } = setUp()
    type('Jamais sauvegardé')
    saver.close()
    type(' ni ceci')
    await clock.advance(5000)
    expect(store.calls).toEqual([])
    expect(clock.pendingCount).toBe(0)
  })

  it('reports the author of the last authored update of each save that stored one', async () => {
    const { clock, store, type, storedAuthors } = setUp()
    type('Axe 1', 'compte-lille')
    type(', axe 2', 'compte-lens')
    await clock.advance(500)
    expect(storedAuthors()).toEqual(['compte-lens'])

    type('Titre changé par le serveur')
    await clock.advance(500)
    expect(store.operations()).toEqual(['append', 'append'])
    expect(storedAuthors()).toEqual(['compte-lens'])

    store.failNextAppends(1)
    type(', axe 3', 'compte-lille')
    await clock.advance(500)
    expect(storedAuthors()).toEqual(['compte-lens'])
    await clock.advance(100)
    expect(storedAuthors()).toEqual(['compte-lens', 'compte-lille'])
  })
})
