import type { ToolView } from '@maillage/protocol'
import { DocumentKind, REGIONAL_SPACE_IDS } from '@maillage/schema'
import { canMarkToolUsage, canReadToolCatalogue } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { Space } from '../persistence/records/Space.ts'
import { presentTool } from './presentTool.ts'
import { matchesToolQuery, sortTools, type ToolCatalogueQuery } from './toolCatalogueQuery.ts'

/**
 * The catalogue of the boîte à outils: the fiches outil of the espace régional (not archived),
 * read from the document index and the usage records only — it never opens a Y.Doc.
 */
export class ToolCatalogue {
  readonly #store: MetadataStore

  constructor(store: MetadataStore) {
    this.#store = store
  }

  /**
   * The tools matching `query`, sorted as it asks, with usage and the actor's CLPE's usage; for
   * members only.
   */
  async list(actor: Actor, query: ToolCatalogueQuery): Promise<ToolView[]> {
    assertAllowed(canReadToolCatalogue(actor), 'La boîte à outils est réservée aux membres.')
    const [records, usages, spaces] = await Promise.all([
      this.#store.listDocumentsOfSpace(REGIONAL_SPACE_IDS.regional),
      this.#store.toolbox.listToolUsages(),
      this.#store.listSpaces(),
    ])
    const spaceNames = new Map(spaces.map((space) => [space.id as string, space.name]))
    const mySpace = usageSpaceOf(actor, spaces)
    const tools = records
      .filter((record) => isCatalogued(record))
      .map((record) =>
        presentTool(record, {
          usages: usages.filter((usage) => usage.documentId === record.id),
          spaceNames,
          mySpace,
        }),
      )
      .filter((tool) => matchesToolQuery(tool, query))
    return sortTools(tools, query.sort)
  }

  /** The title of every catalogued tool, by document id. */
  async titles(): Promise<Map<string, string>> {
    const records = await this.#store.listDocumentsOfSpace(REGIONAL_SPACE_IDS.regional)
    return new Map(
      records.filter(isCatalogued).map((record) => [record.id as string, record.title]),
    )
  }

  /** The fiche outil of the catalogue of id `documentId`; throws `NOT_FOUND` for anything else. */
  async findTool(documentId: string): Promise<DocumentRecord> {
    const records = await this.#store.listDocumentsOfSpace(REGIONAL_SPACE_IDS.regional)
    const record = records.find((candidate) => candidate.id === documentId)
    if (record === undefined || !isCatalogued(record)) {
      throw new AppError(ErrorCode.NotFound, 'Cet outil n’est pas dans la boîte à outils.')
    }
    return record
  }
}

function isCatalogued(record: DocumentRecord): boolean {
  return record.kind === DocumentKind.Outil && record.archivedAt === undefined
}

/** The first CLPE space (by id) where the actor marks usage: whose usage `myUsage` shows. */
function usageSpaceOf(actor: Actor, spaces: readonly Space[]): Space | undefined {
  return spaces
    .filter((space) => canMarkToolUsage(actor, space))
    .sort((a, b) => a.id.localeCompare(b.id))[0]
}
