import { parseDocumentId, type DocumentId } from '@maillage/protocol'
import {
  AVIS_ADOPTION_META_KEY,
  AVIS_STATUS_FIELD,
  AvisAdoptionState,
  AvisPosition,
  AvisStatus,
  DocumentKind,
  DocumentRoot,
  readAvisAdoption,
  type AvisAdoption,
  type AvisPerson,
} from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { loadReadableDocument } from '../documents/loadReadableDocument.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { AdoptionVersions } from './AdoptionPorts.ts'
import { adoptStep, positionStep, submitStep, withdrawStep } from './adoptionSteps.ts'
import { canAdoptAvis, canSubmitAvis, canTakeAvisPosition } from './avisAccess.ts'
import { AVIS_MESSAGES } from './avisMessages.ts'

/** Kind of the notification sent to the avis's space when it is submitted to adoption. */
export const AVIS_SUBMITTED_NOTIFICATION_KIND = 'avis-soumis'
/** Kind of the notification sent to the avis's space when it is adopted. */
export const AVIS_ADOPTED_NOTIFICATION_KIND = 'avis-adopte'

/** Indexes a document again after a change of the server's own (`DocumentIndexer.reindex`). */
export interface AvisReindexer {
  reindex(documentId: DocumentId, editorAccountId: string | null): Promise<void>
}

/** A member's position as the API receives it (validated: comment trimmed, bounded). */
export interface PositionInput {
  readonly position: AvisPosition
  readonly commentaire: string
}

/**
 * The adoption of an avis (see README): submission freezing a named version, the members'
 * approvals or objections, adoption by an animateur with its approvers, withdrawal. Each step
 * checks who asks (`avisAccess.ts`), runs under the lock of the avis (namespace `avis-adoption`,
 * in every process), writes the new adoption into the avis's `meta` with its statut in one
 * change that everyone editing receives live, indexes it again and audits it.
 */
export class AvisService {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #versions: AdoptionVersions
  readonly #notifications: NotificationService
  readonly #indexer: AvisReindexer
  readonly #locks: KeyedLock
  readonly #timers: Timers

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    versions: AdoptionVersions
    notifications: NotificationService
    indexer: AvisReindexer
    /** One step at a time per avis (namespace `avis-adoption`, key the document id). */
    locks: KeyedLock
    timers: Timers
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#versions = options.versions
    this.#notifications = options.notifications
    this.#indexer = options.indexer
    this.#locks = options.locks
    this.#timers = options.timers
  }

  /**
   * Submits the avis to adoption: names its current state « Version soumise à l’adoption » and
   * clears the positions (a new submission after changes asks everyone again); notifies the other
   * members of its space. `CONFLICT` once adopted.
   */
  async submit(actor: Actor, documentId: string): Promise<AvisAdoption> {
    const avis = await this.#loadAvis(actor, documentId)
    assertAllowed(canSubmitAvis(actor, avis), AVIS_MESSAGES.submitForbidden)
    const id = parseDocumentId(avis.id)
    const by = personOf(actor)
    const adoption = await this.#locks.run(avis.id, async () => {
      // Refused before a version is made for nothing; checked again when written.
      submitStep(await this.#read(id), { versionId: '', by, at: '' })
      const version = await this.#versions.createNamedAsServer(
        id,
        AVIS_MESSAGES.submittedVersionName,
        by,
      )
      const at = isoTime(this.#timers)
      return await this.#write(id, actor, (current) =>
        submitStep(current, { versionId: version.id, by, at }),
      )
    })
    await this.#audit(actor, AuditAction.AvisSubmitted, avis, {
      version: adoption.submittedVersionId ?? '',
    })
    await this.#notifyMembers(avis, actor, {
      kind: AVIS_SUBMITTED_NOTIFICATION_KIND,
      message: AVIS_MESSAGES.submittedNotice(avis.title),
    })
    return adoption
  }

  /**
   * Records the actor's approval or objection of the submitted version (an objection needs a
   * comment), replacing their earlier one until adoption. `CONFLICT` unless submitted.
   */
  async takePosition(
    actor: Actor,
    documentId: string,
    input: PositionInput,
  ): Promise<AvisAdoption> {
    const avis = await this.#loadAvis(actor, documentId)
    assertAllowed(canTakeAvisPosition(actor, avis), AVIS_MESSAGES.positionForbidden)
    if (input.position === AvisPosition.Objection && input.commentaire === '') {
      throw new AppError(ErrorCode.ValidationFailed, AVIS_MESSAGES.objectionNeedsComment, {
        details: { commentaire: AVIS_MESSAGES.objectionNeedsComment },
      })
    }
    const entry = {
      account: personOf(actor),
      position: input.position,
      comment: input.commentaire,
      at: isoTime(this.#timers),
    }
    const id = parseDocumentId(avis.id)
    const adoption = await this.#locks.run(avis.id, () =>
      this.#write(id, actor, (current) => positionStep(current, entry)),
    )
    await this.#audit(actor, AuditAction.AvisPositionTaken, avis, { position: input.position })
    return adoption
  }

  /**
   * Adopts the submitted version, recording when, by whom and its approvers; notifies the other
   * members. `CONFLICT` unless submitted with at least one approval.
   */
  async adopt(actor: Actor, documentId: string): Promise<AvisAdoption> {
    const avis = await this.#loadAvis(actor, documentId)
    assertAllowed(canAdoptAvis(actor, avis), AVIS_MESSAGES.adoptForbidden)
    const id = parseDocumentId(avis.id)
    const act = { by: personOf(actor), at: isoTime(this.#timers) }
    const adoption = await this.#locks.run(avis.id, () =>
      this.#write(id, actor, (current) => adoptStep(current, act)),
    )
    await this.#audit(actor, AuditAction.AvisAdopted, avis, {
      version: adoption.adoptedVersionId ?? '',
      approvers: String(adoption.approvers?.length ?? 0),
    })
    await this.#notifyMembers(avis, actor, {
      kind: AVIS_ADOPTED_NOTIFICATION_KIND,
      message: AVIS_MESSAGES.adoptedNotice(avis.title),
    })
    return adoption
  }

  /**
   * Takes the avis back to rédaction, positions cleared: a submitted one by its contributeurs and
   * animateurs, an adopted one by its animateurs only. `CONFLICT` when in rédaction already.
   */
  async withdraw(actor: Actor, documentId: string): Promise<AvisAdoption> {
    const avis = await this.#loadAvis(actor, documentId)
    assertAllowed(canSubmitAvis(actor, avis), AVIS_MESSAGES.submitForbidden)
    const id = parseDocumentId(avis.id)
    const adoption = await this.#locks.run(avis.id, () =>
      this.#write(id, actor, (current) => {
        if (current.state === AvisAdoptionState.Adopte) {
          assertAllowed(canAdoptAvis(actor, avis), AVIS_MESSAGES.withdrawAdoptedForbidden)
        }
        return withdrawStep(current)
      }),
    )
    await this.#audit(actor, AuditAction.AvisWithdrawn, avis, {})
    return adoption
  }

  /** The adoption of an avis the actor may read, as its `meta` holds it now. */
  async adoptionOf(actor: Actor, documentId: string): Promise<AvisAdoption> {
    const avis = await this.#loadAvis(actor, documentId)
    return await this.#read(parseDocumentId(avis.id))
  }

  /** An avis the actor may read: `NOT_FOUND` otherwise, `CONFLICT` for another kind. */
  async #loadAvis(actor: Actor, documentId: string): Promise<DocumentRecord> {
    const record = await loadReadableDocument(this.#store, actor, documentId)
    if (record.kind !== DocumentKind.Avis) {
      throw new AppError(ErrorCode.Conflict, AVIS_MESSAGES.notAnAvis)
    }
    return record
  }

  #read(id: DocumentId): Promise<AvisAdoption> {
    return this.#content.read(id, (doc) =>
      readAvisAdoption(doc.getMap(DocumentRoot.Meta).get(AVIS_ADOPTION_META_KEY)),
    )
  }

  // The step runs on the adoption as the document holds it at that moment, and its result is
  // written in the same transaction with the statut, which follows the adoption's state.
  async #write(
    id: DocumentId,
    actor: Actor,
    step: (current: AvisAdoption) => AvisAdoption,
  ): Promise<AvisAdoption> {
    const written: AvisAdoption[] = []
    await this.#content.change(id, (doc) => {
      const meta = doc.getMap<unknown>(DocumentRoot.Meta)
      const next = step(readAvisAdoption(meta.get(AVIS_ADOPTION_META_KEY)))
      meta.set(AVIS_ADOPTION_META_KEY, next)
      doc.getMap<unknown>(DocumentRoot.Fields).set(AVIS_STATUS_FIELD, STATUS_OF[next.state])
      written.push(next)
    })
    const [next] = written
    // `change` runs `apply` exactly once before it resolves.
    if (next === undefined) throw new Error('the adoption step was not applied')
    await this.#indexer.reindex(id, actor.account.id)
    return next
  }

  async #notifyMembers(
    avis: DocumentRecord,
    actor: Actor,
    content: { kind: string; message: string },
  ): Promise<void> {
    const members = await this.#store.listMembershipsOfSpace(avis.spaceId)
    const others = members.map((member) => member.accountId).filter((id) => id !== actor.account.id)
    if (others.length === 0) return
    await this.#notifications.notifyAll(others, { ...content, link: `/documents/${avis.id}` })
  }

  async #audit(
    actor: Actor,
    action: AuditAction,
    avis: DocumentRecord,
    details: Record<string, string>,
  ): Promise<void> {
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action,
      actorId: actor.account.id,
      target: avis.id,
      details: { spaceId: avis.spaceId, ...details },
    })
  }
}

/** The statut an avis shows in each state of its adoption. */
const STATUS_OF: Readonly<Record<AvisAdoptionState, AvisStatus>> = {
  redaction: AvisStatus.Redaction,
  soumis: AvisStatus.Soumis,
  adopte: AvisStatus.Adopte,
}

function personOf(actor: Actor): AvisPerson {
  return { id: actor.account.id, name: actor.account.name }
}
