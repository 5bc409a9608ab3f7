import { parseDocumentId } from '@maillage/protocol'
import { salvageDocument } from './salvageDocument.ts'

// Operator command (README: recovering a damaged document), run while the server is stopped or
// the document closed:
//   MAILLAGE_DATA_DIR=./data npx tsx server/src/persistence/salvageDocumentCli.ts <documentId>
//     [--without-snapshot]
// Prints what it kept and left out as one JSON line; exits 2 on a usage error.

const args = process.argv.slice(2)
const withoutSnapshot = args.includes('--without-snapshot')
const [rawId, ...rest] = args.filter((arg) => arg !== '--without-snapshot')
if (rawId === undefined || rest.length > 0) {
  process.stderr.write(
    'usage: salvageDocumentCli.ts <documentId> [--without-snapshot] (MAILLAGE_DATA_DIR, default ./data)\n',
  )
  process.exit(2)
}
const report = await salvageDocument({
  dataDir: process.env.MAILLAGE_DATA_DIR ?? './data',
  documentId: parseDocumentId(rawId),
  withoutSnapshot,
})
process.stdout.write(`${JSON.stringify(report)}\n`)
