import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocumentId } from '@maillage/protocol'
import { recordEdits } from './describeDocumentStoreContract.ts'
import { MemoryDocumentStore } from './MemoryDocumentStore.ts'
import { createEmptyMetadataFile } from './metadataFileSchema.ts'
import { account, auditEntry, space } from './metadataFixtures.ts'
import { currentMetadataVersion, METADATA_MIGRATIONS } from './metadataMigrations.ts'
import type { MetadataSnapshot } from './MetadataStore.ts'
import { verifyPostgresCopy, type CopySide } from './verifyPostgresCopy.ts'

const diagnostic = parseDocumentId('diagnostic-lens')
const fiche = parseDocumentId('fiche-action-1')

function snapshot(): MetadataSnapshot {
  const data = createEmptyMetadataFile(currentMetadataVersion(METADATA_MIGRATIONS))
  return {
    data: {
      ...data,
      accounts: [account(), account({ id: 'account-karim', email: 'karim@example.fr' })],
      spaces: [space()],
    },
    audit: [auditEntry(), auditEntry({ action: 'logout' })],
  }
}

/** A source with two documents (one logged, one compacted) and its faithful copy. */
async function sourceAndCopy(): Promise<{ source: CopySide; target: CopySide; doc: Y.Doc }> {
  const source = new MemoryDocumentStore()
  const target = new MemoryDocumentStore()
  const doc = new Y.Doc()
  await source.append(diagnostic, recordEdits(doc, ['Constat', ' partagé']))
  doc.getText('body').delete(0, 3)
  await source.append(diagnostic, [Y.encodeStateAsUpdate(doc)])
  await target.compact(diagnostic, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))
  const other = recordEdits(new Y.Doc(), ['Fiche'])
  await source.append(fiche, other)
  await target.append(fiche, [Y.mergeUpdates(other)])
  return {
    source: { documents: source, metadata: snapshot() },
    target: { documents: target, metadata: snapshot() },
    doc,
  }
}

describe('verifyPostgresCopy', () => {
  it('finds nothing to report when the copy holds the same content in another form', async () => {
    const sides = await sourceAndCopy()
    // Another order of records is the same copy.
    const reordered = sides.target.metadata
    reordered.data.accounts.reverse()
    expect(await verifyPostgresCopy(sides)).toEqual({ documentsCompared: 2, mismatches: [] })
  })

  it('reports a document whose copy misses a deletion, and one missing from the copy', async () => {
    const { source, target } = await sourceAndCopy()
    const before = new Y.Doc()
    for (const update of (await source.documents.load(diagnostic)).updates.slice(0, 2)) {
      Y.applyUpdate(before, update)
    }
    await target.documents.compact(
      diagnostic,
      Y.encodeStateAsUpdate(before),
      Y.encodeStateVector(before),
    )
    await target.documents.delete(fiche)
    expect((await verifyPostgresCopy({ source, target })).mismatches).toEqual([
      'document « diagnostic-lens » : contenu différent de la source',
      'document « fiche-action-1 » : absent de PostgreSQL',
    ])
  })

  it('reports records missing or changed by kind, and a different audit trail', async () => {
    const { source, target } = await sourceAndCopy()
    target.metadata.data.accounts.pop()
    target.metadata.data.spaces = [space({ name: 'Autre nom' })]
    target.metadata.audit = [auditEntry({ action: 'logout' }), auditEntry()]
    expect((await verifyPostgresCopy({ source, target })).mismatches).toEqual([
      '« accounts » : 2 enregistrement(s) dans la source, 1 dans PostgreSQL',
      '« spaces » : enregistrements différents de la source',
      "journal d'audit : entrées différentes de la source",
    ])
  })
})
