import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import { LowdbDocumentStore } from '@maillage/server'
import { metricValue } from '../helpers/metricValue.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import {
  findFreePort,
  spawnServer,
  type ServerProcess,
  type SpawnServerOptions,
} from '../helpers/spawnServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const TYPISTS = 4
const TYPING_INTERVAL_MS = 20
const MARKER = /<\d+:\d+>/g

/**
 * Lets wall-clock time pass. Only for the delay a scenario is about (a crash one second after an
 * edit); everything else waits for a condition.
 */
function letTimePass(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function markersOf(client: SyncClient): string[] {
  return (client.text.toString().match(MARKER) ?? []).sort()
}

describe('persistence of the real server process (lowdb store)', () => {
  let dataDir: string
  let server: ServerProcess | undefined
  const clients: SyncClient[] = []

  const start = async (
    options: Omit<SpawnServerOptions, 'dataDir'> = {},
  ): Promise<ServerProcess> => {
    server = await spawnServer({ dataDir, ...options })
    return server
  }
  const connect = (target: ServerProcess, documentId: string): SyncClient => {
    const client = connectClient(target.syncUrl, documentId)
    clients.push(client)
    return client
  }
  const destroyClients = (): void => {
    for (const client of clients.splice(0)) client.destroy()
  }
  /** Connects a client with a brand-new Y.Doc and resolves with its text once synced. */
  const readAsNewcomer = async (target: ServerProcess, documentId: string): Promise<string> => {
    const newcomer = connect(target, documentId)
    await whenSynced(newcomer)
    return newcomer.text.toString()
  }

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-persistence-'))
  })
  afterEach(async (context) => {
    destroyClients()
    if (server !== undefined && context.task.result?.state === 'fail') {
      // The server's own log is the first thing to read when one of these tests fails.
      process.stderr.write(`--- server output ---\n${server.output}`)
    }
    await server?.dispose()
    server = undefined
    await rm(dataDir, { recursive: true, force: true })
  })

  it('keeps the content across clean restarts, with exit code 0 each time', async () => {
    const first = await start()
    const alice = connect(first, 'diagnostic-lens')
    const bob = connect(first, 'diagnostic-lens')
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    alice.text.insert(0, 'Diagnostic territorial du bassin de Lens.')
    await waitFor(() => {
      expect(bob.text.toString()).toBe('Diagnostic territorial du bassin de Lens.')
    })
    expect(await first.stop()).toBe(0)
    expect(first.output).toContain('stopped cleanly')
    destroyClients()

    await first.restart()
    const carole = connect(first, 'diagnostic-lens')
    await whenSynced(carole)
    expect(carole.text.toString()).toBe('Diagnostic territorial du bassin de Lens.')
    carole.text.insert(carole.text.length, ' Priorité : mobilité.')
    const dan = connect(first, 'diagnostic-lens')
    await waitFor(() => {
      expect(dan.text.toString()).toContain('Priorité')
    })
    expect(await first.stop()).toBe(0)
    destroyClients()

    await first.restart()
    expect(await readAsNewcomer(first, 'diagnostic-lens')).toBe(
      'Diagnostic territorial du bassin de Lens. Priorité : mobilité.',
    )
  })

  it('saves on SIGTERM an edit the save timer has not saved yet', async () => {
    // The longest delay allowed, so that only the shutdown can have saved the edit.
    const running = await start({ env: { MAILLAGE_SAVE_DELAY_MS: '1000' } })
    const alice = connect(running, 'fiche-action-42')
    const bob = connect(running, 'fiche-action-42')
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    alice.text.insert(0, 'Atelier CV le mardi')
    await waitFor(() => {
      expect(bob.text.toString()).toBe('Atelier CV le mardi')
    })
    // The scenario needs the edit to be in the server's memory only, not yet on disk.
    const documents = await readdir(join(dataDir, 'documents')).catch(() => [])
    expect(documents).not.toContain('fiche-action-42.log')
    expect(await running.stop()).toBe(0)
    destroyClients()

    await running.restart()
    expect(await readAsNewcomer(running, 'fiche-action-42')).toBe('Atelier CV le mardi')
  })

  it('has an edit after kill -9 one second later, without any client re-sending it', async () => {
    const running = await start()
    const alice = connect(running, 'compte-rendu-copil')
    const bob = connect(running, 'compte-rendu-copil')
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    alice.text.insert(0, 'Relevé de décisions du comité de pilotage')
    // Bob seeing the edit proves the server had it; the crash comes one second after that.
    await waitFor(() => {
      expect(bob.text.toString()).toBe('Relevé de décisions du comité de pilotage')
    })
    await letTimePass(1000)
    await running.kill9()
    expect(running.lastExit).toEqual({ code: null, signal: 'SIGKILL' })
    // Nobody who held the edit comes back: only the store can bring it.
    destroyClients()

    await running.restart()
    expect(await readAsNewcomer(running, 'compte-rendu-copil')).toBe(
      'Relevé de décisions du comité de pilotage',
    )
  })

  it('gets every edit back after kill -9 during continuous editing, once clients reconnect', async () => {
    // Same port on restart: the clients keep their providers, which reconnect to the same URL.
    const running = await start({ port: await findFreePort() })
    const typists = Array.from({ length: TYPISTS }, () => connect(running, 'feuille-de-route'))
    await Promise.all(typists.map((typist) => whenSynced(typist)))
    const inserted: string[][] = typists.map(() => [])
    const typed = (): number[] => inserted.map((markers) => markers.length)
    const intervals = typists.map((typist, index) =>
      setInterval(() => {
        const marker = `<${index}:${inserted[index]?.length ?? 0}>`
        typist.text.insert(typist.text.length, marker)
        inserted[index]?.push(marker)
      }, TYPING_INTERVAL_MS),
    )
    try {
      // Crash while edits flow: every typist already sees the 10th edit of every other.
      await waitFor(() => {
        for (const typist of typists) {
          for (let index = 0; index < TYPISTS; index++) {
            expect(typist.text.toString()).toContain(`<${index}:10>`)
          }
        }
      })
      await running.kill9()
      const atCrash = typed()
      // Typists keep editing while the server is down...
      await waitFor(() => {
        typed().forEach((count, index) => {
          expect(count).toBeGreaterThan((atCrash[index] ?? 0) + 5)
        })
      })
      await running.restart()
      const atRestart = typed()
      // ...and after it is back, until each has reconnected and typed some more.
      await waitFor(
        () => {
          for (const typist of typists) expect(typist.provider.synced).toBe(true)
          typed().forEach((count, index) => {
            expect(count).toBeGreaterThan((atRestart[index] ?? 0) + 5)
          })
        },
        { timeoutMs: 20_000 },
      )
    } finally {
      for (const interval of intervals) clearInterval(interval)
    }

    const expected = inserted.flat().sort()
    await waitFor(
      () => {
        for (const typist of typists) expect(markersOf(typist)).toEqual(expected)
      },
      { timeoutMs: 20_000 },
    )
    const newcomer = connect(running, 'feuille-de-route')
    await whenSynced(newcomer)
    expect(markersOf(newcomer)).toEqual(expected)
    expect(newcomer.text.toString()).toBe(typists[0]?.text.toString())
  })

  it('stores documents as files of the data directory and reads none of them at start-up', async () => {
    // A corrupt document already on disk: start-up must not stumble on it, as it reads no document.
    await mkdir(join(dataDir, 'documents'), { recursive: true })
    await writeFile(join(dataDir, 'documents', 'ancien-document.json'), '{ pas du JSON')
    const running = await start()

    const alice = connect(running, 'note-de-veille')
    await whenSynced(alice)
    alice.text.insert(0, 'Veille emploi-formation')
    // The last client leaving saves the document, then unloads its room; a new document this
    // small stays a log of one append (a snapshot would not load it faster).
    destroyClients()
    await waitFor(async () => {
      expect(await metricValue(running.httpUrl, 'maillage_rooms')).toBe(0)
    })
    expect((await readdir(join(dataDir, 'documents'))).sort()).toEqual([
      'ancien-document.json',
      'note-de-veille.log',
    ])
    const store = new LowdbDocumentStore(dataDir)
    expect((await store.list()).sort()).toEqual(['ancien-document', 'note-de-veille'])
    const stored = await store.load(parseDocumentId('note-de-veille'))
    expect(stored.updates).toHaveLength(1)
    await store.close()
    expect(running.output).not.toContain('ancien-document')

    // The corrupt document is read when first opened, and refused rather than served empty.
    const bob = connect(running, 'ancien-document')
    const closeCode = await new Promise<number | undefined>((resolve) => {
      // y-websocket types the event as the DOM CloseEvent, which Node's typings lack.
      bob.provider.once('connection-close', (event: { code: number } | null) => {
        resolve(event?.code)
      })
    })
    expect(closeCode).toBe(1011)
    expect(bob.provider.synced).toBe(false)
    await waitFor(() => {
      expect(running.output).toContain('"documentId":"ancien-document"')
    })
    expect(await readAsNewcomer(running, 'note-de-veille')).toBe('Veille emploi-formation')
  })
})
