import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { createApiClient } from '../helpers/apiClient.ts'
import { createPage } from '../helpers/createDocument.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const LILLE = 'clpe-59004'

/** How one run of `npm run migrate:postgres` ended. */
interface CommandRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs the copy command as an operator would, from the repository root. */
function runCopyCommand(dataDir: string, databaseUrl: string): Promise<CommandRun> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'migrate:postgres', '--', '--from', dataDir],
      { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1
        resolve({ code, stdout, stderr })
      },
    )
  })
}

/** Opens a sync client on a document as a signed-in account and waits for its first sync. */
async function openDocument(
  server: TestServer,
  id: string,
  credential: Parameters<typeof syncCredentials>[1],
): Promise<SyncClient> {
  const client = connectClient(server.syncUrl, id, syncCredentials(server, credential))
  await whenSynced(client)
  return client
}

describe('copying a data directory into PostgreSQL', () => {
  let dataDir: string
  let database: TestDatabase

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-copy-'))
    database = await createTestDatabase()
  })
  afterAll(async () => {
    await database.drop()
    await rm(dataDir, { recursive: true, force: true })
  })

  // Two runs of the command (a few seconds each to start) besides two servers: a longer timeout.
  it(
    'serves the copied documents and accounts from PostgreSQL, after a verified copy',
    { timeout: 120_000 },
    async () => {
      // A data directory as a real server leaves it: the demo data, a new page, an edit.
      const embedded = await startServer({
        store: { kind: 'lowdb', dataDir },
        auth: 'session',
        demoData: true,
      })
      const api = createApiClient(embedded.httpUrl)
      const { as } = await signInDemoAccounts(api, ['lille'])
      const page = await createPage(api, as.lille, { spaceId: LILLE, title: 'Copié' })
      const writer = await openDocument(embedded, page.id, as.lille)
      writer.doc.getText('title').insert('Copié'.length, ' vers PostgreSQL')
      await waitFor(async () => {
        const read = await api.request<{ document: { title: string } }>(
          'GET',
          `/api/documents/${page.id}`,
          { as: as.lille },
        )
        expect(read.body.document.title).toBe('Copié vers PostgreSQL')
      })
      writer.destroy()
      await embedded.close()

      const copy = await runCopyCommand(dataDir, database.url)
      expect(copy.stderr).toBe('')
      expect(copy.code).toBe(0)
      expect(copy.stdout).toMatch(/Documents copiés : [1-9]\d*\n/)
      expect(copy.stdout).toMatch(/ {2}accounts : [1-9]\d*\n/)
      expect(copy.stdout).toContain('Vérification OK')

      // A second copy into the same database is refused.
      const again = await runCopyCommand(dataDir, database.url)
      expect(again.code).toBe(1)
      expect(again.stderr).toContain('la base PostgreSQL contient déjà des données')

      // A server on PostgreSQL alone (no demo seeding) knows the account and the document.
      const scaled = await startServer({
        store: { kind: 'postgres', url: database.url },
        auth: 'session',
        demoData: false,
      })
      try {
        const scaledApi = createApiClient(scaled.httpUrl)
        const signedIn = await signInDemoAccounts(scaledApi, ['lille'])
        const read = await scaledApi.request<{ document: { title: string } }>(
          'GET',
          `/api/documents/${page.id}`,
          { as: signedIn.as.lille },
        )
        expect(read.status).toBe(200)
        expect(read.body.document.title).toBe('Copié vers PostgreSQL')
        const reader = await openDocument(scaled, page.id, signedIn.as.lille)
        expect(reader.doc.getText('title').toString()).toBe('Copié vers PostgreSQL')
        reader.destroy()
      } finally {
        await scaled.close()
      }
    },
  )
})
