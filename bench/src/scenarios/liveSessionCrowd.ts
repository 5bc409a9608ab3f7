import { createHash, randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ApiSession } from '../web/apiSession.ts'

// S11's participants: members of a CLPE written into Maillage's `metadata.json` while it is
// stopped — accounts without a password (as a ProConnect sign-in makes them), a lecteur
// membership each and an open session (the SHA-256 of the cookie's secret, as
// `server/src/auth/secrets.ts` stores it) —, so that 150 people are signed in without hashing
// 150 passwords. Maillage validates the file when it reads it.

const METADATA_FILE = 'metadata.json'
const HOUR_MS = 3_600_000

/** A participant signed in: their account id and session. */
export interface CrowdMember {
  readonly accountId: string
  readonly session: ApiSession
}

interface MetadataLists {
  accounts: unknown[]
  memberships: unknown[]
  sessions: unknown[]
}

/** Adds `count` signed-in lecteurs of `spaceId` to the metadata file of `dataDir`. */
export async function writeCrowd(
  dataDir: string,
  options: { count: number; spaceId: string; nowMs: number },
): Promise<CrowdMember[]> {
  const path = join(dataDir, METADATA_FILE)
  const data = JSON.parse(await readFile(path, 'utf8')) as MetadataLists
  const createdAt = new Date(options.nowMs).toISOString()
  const expiresAt = new Date(options.nowMs + 4 * HOUR_MS).toISOString()
  const crowd: CrowdMember[] = []
  for (let index = 1; index <= options.count; index += 1) {
    const accountId = `bench-participant-${index}`
    const token = randomBytes(32).toString('base64url')
    const csrfToken = randomBytes(32).toString('base64url')
    data.accounts.push({
      id: accountId,
      email: `${accountId}@clpe.exemple.fr`,
      name: `Participant ${index}`,
      organisation: 'Mission locale',
      color: '#1f6feb',
      passwordHash: 'sans-mot-de-passe',
      platformRole: 'membre',
      createdAt,
    })
    data.memberships.push({ spaceId: options.spaceId, accountId, role: 'lecteur', createdAt })
    data.sessions.push({
      tokenHash: createHash('sha256').update(token).digest('hex'),
      accountId,
      csrfToken,
      createdAt,
      expiresAt,
    })
    crowd.push({ accountId, session: { cookie: `maillage_session=${token}`, csrfToken } })
  }
  await writeFile(path, JSON.stringify(data))
  return crowd
}
