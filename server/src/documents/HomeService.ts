import { DocumentKind } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { Timers } from '../time/Timers.ts'
import { avisDeadlinesOf, type AvisDeadline } from './avisDeadlines.ts'
import { listOpenableDocuments } from './listOpenableDocuments.ts'
import { nextVisit } from './nextVisit.ts'
import { isUntouchedServerDocument } from './serverAuthor.ts'

/** Documents listed as recently changed on the accueil. */
export const MAX_RECENT_DOCUMENTS = 12
/** Documents listed as changed by others since the previous visit. */
export const MAX_CHANGED_DOCUMENTS = 20

/** Kinds listed on their own pages (échanges, ateliers) rather than on the accueil. */
const HAS_OWN_PAGE: ReadonlySet<string> = new Set([DocumentKind.Discussion, DocumentKind.Atelier])

/** What the accueil shows a person, before presentation. */
export interface Home {
  /** When their previous visit ended; null on their first visit. */
  readonly previousVisitAt: string | null
  readonly recent: readonly DocumentRecord[]
  readonly changedSinceLastVisit: readonly DocumentRecord[]
  /** The avis of their spaces still to give, soonest date limite first. */
  readonly avisDeadlines: readonly AvisDeadline[]
}

/**
 * The accueil of a person: the documents they can open that changed last, and those someone else
 * changed since their previous visit. Opening it records the visit (see `nextVisit`).
 */
export class HomeService {
  readonly #metadata: MetadataStore
  readonly #timers: Timers

  constructor(options: { metadata: MetadataStore; timers: Timers }) {
    this.#metadata = options.metadata
    this.#timers = options.timers
  }

  /**
   * Records the visit of `actor` and lists their accueil. Archived documents are left out, and so
   * are the threads of the échanges and the ateliers: shared with every member, they would fill
   * everyone's accueil; they have their own pages, and mentions reach people as notifications.
   * So are documents only the server wrote (`isUntouchedServerDocument`): nobody changed them.
   * Beside them, the deadlines of the avis of their spaces (`avisDeadlinesOf`).
   */
  async open(actor: Actor): Promise<Home> {
    const { account } = actor
    const visit = nextVisit(account, this.#timers.now())
    // An explicit undefined removes the field (records are stored as JSON).
    await this.#metadata.updateAccount(account.id, {
      lastSeenAt: visit.lastSeenAt,
      previousVisitAt: visit.previousVisitAt,
    })
    const listed = await listOpenableDocuments(this.#metadata, actor)
    const openable = listed
      .filter((record) => record.archivedAt === undefined && !HAS_OWN_PAGE.has(record.kind))
      .filter((record) => !isUntouchedServerDocument(record))
      .sort(newestFirst)
    const since = visit.previousVisitAt
    return {
      previousVisitAt: since ?? null,
      recent: openable.slice(0, MAX_RECENT_DOCUMENTS),
      changedSinceLastVisit:
        since === undefined
          ? []
          : openable
              .filter((record) => record.updatedAt > since && lastEditorOf(record) !== account.id)
              .slice(0, MAX_CHANGED_DOCUMENTS),
      avisDeadlines: avisDeadlinesOf(actor, listed, this.#timers.now()),
    }
  }
}

// Until someone's edit is saved, the creator is the only one who wrote in the document.
function lastEditorOf(record: DocumentRecord): string {
  return record.lastEditorId ?? record.createdBy
}

// ISO dates of the same format compare in time order; ties in a stable order.
function newestFirst(a: DocumentRecord, b: DocumentRecord): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? -1 : 1
  return a.id < b.id ? -1 : 1
}
