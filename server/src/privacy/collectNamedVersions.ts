import { parseDocumentId } from '@maillage/protocol'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { VersionStore } from '../versions/VersionStore.ts'
import type { ContributionLine } from './PersonalData.ts'

/** What « Mes données » reads of the version history: the records, never the states. */
export type VersionRecordsReader = Pick<VersionStore, 'list'>

/**
 * The named versions the person made (`createdBy`: by hand, or a step of theirs such as the
 * submission of an avis), with the document's title and link: one listing of records per
 * document, no state loaded. Automatic versions are the server's and name nobody.
 */
export async function collectNamedVersions(
  me: string,
  documents: readonly DocumentRecord[],
  context: {
    readonly versions: VersionRecordsReader
    readonly link: (path: string) => string
  },
): Promise<ContributionLine[]> {
  const lines: ContributionLine[] = []
  for (const record of documents) {
    for (const version of await context.versions.list(parseDocumentId(record.id))) {
      if (version.kind !== 'nommee' || version.createdBy !== me) continue
      lines.push({
        titre: record.title,
        le: version.createdAt,
        lien: context.link(`/documents/${record.id}/historique`),
        precisions: `Version nommée : ${version.name ?? ''}`,
      })
    }
  }
  return lines
}
