import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectRawClient } from '../helpers/rawClient.ts'
import { spawnServer, type ServerProcess } from '../helpers/spawnServer.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

// A few bytes changed in the middle of a document's update log (a bad disk block, a stray write):
// the server must refuse that document without cutting or compacting its log, say so in its log,
// keep serving the others, and the operator's salvage command must bring back what is readable.

const DAMAGED = 'diagnostic-lens'
const HEALTHY = 'fiche-action-7'
const EDITS = ['Constat partagé.', ' Priorité : mobilité.', ' Relevé du 3 mars.']
const SALVAGE_CLI = fileURLToPath(
  new URL('../../server/src/persistence/salvageDocumentCli.ts', import.meta.url),
)

describe('a document whose update log is damaged in the middle', () => {
  let dataDir: string
  let server: ServerProcess | undefined
  const clients: SyncClient[] = []
  const logOf = (id: string): string => join(dataDir, 'documents', `${id}.log`)
  const sizeOf = async (path: string): Promise<number> =>
    (await stat(path).catch(() => ({ size: 0 }))).size

  const start = async (): Promise<ServerProcess> => {
    server = await spawnServer({
      dataDir,
      // Saved quickly, never compacted while the test writes: the log keeps one frame per edit.
      env: { MAILLAGE_SAVE_DELAY_MS: '20', MAILLAGE_COMPACT_AFTER_APPENDS: '1000' },
    })
    return server
  }
  const connect = (target: ServerProcess, id: string, doc?: Y.Doc): SyncClient => {
    const client = connectClient(target.syncUrl, id, doc === undefined ? {} : { doc })
    clients.push(client)
    return client
  }
  /** Types `text` and resolves with the log's size once the edit is in it. */
  const typeAndSave = async (client: SyncClient, id: string, text: string): Promise<number> => {
    const before = await sizeOf(logOf(id))
    client.text.insert(client.text.length, text)
    let after = before
    await waitFor(async () => {
      after = await sizeOf(logOf(id))
      expect(after).toBeGreaterThan(before)
    })
    return after
  }

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-damaged-log-'))
  })
  afterEach(async (context) => {
    for (const client of clients.splice(0)) client.destroy()
    if (server !== undefined && context.task.result?.state === 'fail') {
      process.stderr.write(`--- server output ---\n${server.output}`)
    }
    await server?.dispose()
    server = undefined
    await rm(dataDir, { recursive: true, force: true })
  })

  it('is refused (1011) with its log kept byte for byte and an error logged; others still open; salvage brings it back', async () => {
    const first = await start()
    const alice = connect(first, DAMAGED)
    const bob = connect(first, HEALTHY)
    await Promise.all([whenSynced(alice), whenSynced(bob)])
    const ends: number[] = []
    for (const edit of EDITS) ends.push(await typeAndSave(alice, DAMAGED, edit))
    await typeAndSave(bob, HEALTHY, 'Atelier CV le mardi')
    const aliceState = Y.encodeStateAsUpdate(alice.doc)
    // Killed while the clients are connected: nothing compacts the logs on the way out.
    await first.kill9()
    for (const client of clients.splice(0)) client.destroy()

    // Four bytes overwritten where the second edit's entry starts: neither a torn tail nor the end.
    const damaged = await readFile(logOf(DAMAGED))
    damaged.fill(0xff, ends[0], (ends[0] ?? 0) + 4)
    await writeFile(logOf(DAMAGED), damaged)

    const second = await start()
    const raw = await connectRawClient(second.syncUrl, DAMAGED)
    await waitFor(() => {
      expect(raw.socket.readyState === raw.socket.CLOSED || raw.messages.length > 0).toBe(true)
    })
    // Nothing of the document was served: no sync step, no update, not even the first edit.
    expect(raw.messages).toEqual([])
    expect(await raw.closed).toBe(1011)
    const healthy = connect(second, HEALTHY)
    await whenSynced(healthy)
    expect(healthy.text.toString()).toBe('Atelier CV le mardi')
    await waitFor(() => {
      expect(errorsAbout(second.output, DAMAGED)).toEqual([
        expect.objectContaining({ code: 'STORE_CORRUPTED', file: logOf(DAMAGED) }),
      ])
    })
    expect(await second.stop()).toBe(0)
    expect(await readFile(logOf(DAMAGED))).toEqual(damaged)
    const copies = (await readdir(join(dataDir, 'documents'))).filter((name) =>
      name.startsWith(`${DAMAGED}.log.damaged-`),
    )
    expect(copies).toHaveLength(1)

    // The operator's recovery (README): salvage what is readable, restart, let clients re-sync.
    const report = await runSalvage(dataDir, DAMAGED)
    expect(report).toMatchObject({
      keptUpdates: 2,
      logCopy: join(dataDir, 'documents', copies[0] ?? ''),
    })
    const third = await start()
    const reader = connect(third, DAMAGED)
    await whenSynced(reader)
    // The third edit depends on the lost second one: Yjs holds it until that one comes back.
    expect(reader.text.toString()).toBe(EDITS[0])
    connect(third, DAMAGED, docFrom(aliceState))
    await waitFor(() => {
      expect(reader.text.toString()).toBe(EDITS.join(''))
    })
  })
})

/** The error fields of every error line the server logged about `documentId`. */
function errorsAbout(output: string, documentId: string): unknown[] {
  return output.split('\n').flatMap((line) => {
    let entry: unknown
    try {
      entry = JSON.parse(line)
    } catch {
      // Not a log line (e.g. a stack trace).
      return []
    }
    if (typeof entry !== 'object' || entry === null) return []
    const fields = entry as { level?: unknown; documentId?: unknown; err?: unknown }
    return fields.level === 50 && fields.documentId === documentId ? [fields.err] : []
  })
}

function docFrom(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, state)
  return doc
}

/** Runs the salvage command as an operator would, and resolves with the report it prints. */
function runSalvage(dataDir: string, documentId: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SALVAGE_CLI, documentId], {
      env: { ...process.env, MAILLAGE_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
    })
    child.once('error', reject)
    child.once('close', (code) => {
      if (code === 0) resolve(JSON.parse(output))
      else reject(new Error(`salvage exited with ${String(code)}: ${output}`))
    })
  })
}
