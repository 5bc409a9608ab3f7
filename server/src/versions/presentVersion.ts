import type { VersionAuthorView, VersionSummaryView } from '@maillage/protocol'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { VersionRecord } from './VersionRecord.ts'

/** The name shown for an author whose account is gone. */
const FORMER_MEMBER = 'Ancien membre'

/**
 * Presents versions with their authors' names, read from their accounts now (a deleted account's
 * tombstone reads « Ancien membre »), each account read once whatever the number of versions.
 */
export async function presentVersions(
  metadata: MetadataStore,
  records: readonly VersionRecord[],
): Promise<VersionSummaryView[]> {
  const ids = new Set(records.flatMap((record) => record.authors.map((author) => author.id)))
  const names = new Map<string, string>()
  await Promise.all(
    [...ids].map(async (id) => {
      const account = await metadata.findAccountById(id)
      if (account !== null) names.set(id, account.name)
    }),
  )
  return records.map((record) => summaryOf(record, names))
}

function summaryOf(record: VersionRecord, names: ReadonlyMap<string, string>): VersionSummaryView {
  const authors: VersionAuthorView[] = record.authors.map((author) => ({
    id: author.id,
    name: names.get(author.id) ?? author.name ?? FORMER_MEMBER,
  }))
  return {
    id: record.id,
    documentId: record.documentId,
    kind: record.kind,
    ...(record.name === undefined ? {} : { name: record.name }),
    createdAt: record.createdAt,
    authors,
  }
}
