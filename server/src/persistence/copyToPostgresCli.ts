import { resolve } from 'node:path'
import { pino } from 'pino'
import { CopyError, CopyErrorCode } from './CopyError.ts'
import { assertDataDirectory, copyToPostgres } from './copyToPostgres.ts'
import { formatCopyReport } from './formatCopyReport.ts'
import { openPostgres } from './postgres/openPostgres.ts'
import { parseDatabaseUrl } from './postgres/parseDatabaseUrl.ts'

// Operator command (README: moving a data directory to PostgreSQL), run while no server uses
// either side:
//   DATABASE_URL=postgres://… npm run migrate:postgres -- --from ./data
// Migrates the database, copies, verifies, prints a French summary. Exits 0 when the copy equals
// the source, 1 when it was refused, failed or differs, 2 on a usage error.

const USAGE =
  'usage : DATABASE_URL=postgres://… npm run migrate:postgres -- --from <répertoire de données>\n'

function readFrom(args: readonly string[]): string | null {
  const [flag, value, ...rest] = args
  if (rest.length > 0) return null
  if (flag === '--from' && value !== undefined) return value
  if (flag?.startsWith('--from=') === true && value === undefined) return flag.slice(7) || null
  return null
}

const from = readFrom(process.argv.slice(2))
const url = parseDatabaseUrl(process.env.DATABASE_URL ?? '')
if (from === null || !('url' in url)) {
  if (from !== null && 'problem' in url) process.stderr.write(`DATABASE_URL ${url.problem}\n`)
  process.stderr.write(USAGE)
  process.exit(2)
}

const dataDir = resolve(from)
const logger = pino({ level: 'warn' })
process.stdout.write(`Copie de ${dataDir} vers PostgreSQL\n`)
try {
  await assertDataDirectory(dataDir)
  const database = await openPostgres(url.url, { logger })
  try {
    const report = await copyToPostgres({ dataDir, pool: database.pool })
    process.stdout.write(formatCopyReport(report))
    process.exitCode = report.verification.mismatches.length === 0 ? 0 : 1
  } finally {
    await database.close()
  }
} catch (error) {
  process.stderr.write(`Copie refusée ou interrompue : ${describeFailure(error, dataDir)}\n`)
  process.exitCode = 1
}

function describeFailure(error: unknown, directory: string): string {
  if (error instanceof CopyError) {
    switch (error.code) {
      case CopyErrorCode.SourceMissing:
        return `${directory} ne contient pas de metadata.json : ce n’est pas un répertoire de données de Maillage.`
      case CopyErrorCode.TargetNotEmpty:
        return 'la base PostgreSQL contient déjà des données. Copiez dans une base vide (rien n’a été écrit).'
      default: {
        const unknown: never = error.code
        return String(unknown)
      }
    }
  }
  const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : ''
  return `${error instanceof Error ? error.message : String(error)}${code}`
}
