import { randomUUID } from 'node:crypto'
import { isDocumentId, type DocumentId } from '@maillage/protocol'
import {
  AUTO_EVALUATION_STATUS_FIELD,
  DocumentRoot,
  MATURITY_SUBMITTED_META_KEY,
  maturityProfile,
  type MaturitySubmissionMeta,
  type MaturitySnapshot,
  type SpaceId,
} from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { IndexEvents } from '../coordination/IndexEvents.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MaturitySnapshots } from '../pilotage/MaturitySnapshots.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { MaturityAssessment } from '../persistence/records/MaturityAssessment.ts'
import type { MaturityCampaign } from '../persistence/records/MaturityCampaign.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { archiveAssessments } from './archiveAssessments.ts'
import { calendarActor } from './calendarActor.ts'
import { campaignStatus } from './campaignStatus.ts'
import { latestSnapshots } from './latestSnapshots.ts'
import { MATURITY_MESSAGES } from './maturityMessages.ts'
import { assessmentIdOf, openAssessmentDocument } from './openAssessmentDocument.ts'
import { readAssessmentDocument } from './readAssessmentDocument.ts'

/**
 * The most campaigns a workspace keeps: one or two a year for decades. Every page of the démarche
 * lists them all, with a row per CLPE, so their number is bounded like anything a client creates.
 */
export const MAX_MATURITY_CAMPAIGNS = 100

/** What a campaign is opened with (validated by the routes: a title, two days). */
export interface CampaignInput {
  readonly title: string
  /** `YYYY-MM-DD`. */
  readonly opensAt: string
  /** `YYYY-MM-DD`, not before `opensAt`. */
  readonly closesAt: string
}

/** Indexes a document again after a change of the server's own (`DocumentIndexer.reindex`). */
export interface Reindexer {
  reindex(documentId: DocumentId, editorAccountId: string | null): Promise<void>
}

/**
 * The démarche de progression's own rules (access is checked before, by `MaturityAccessService`):
 * campaigns, one self-assessment per campaign and CLPE created once even when several members open
 * it at the same moment, submission only while the campaign is open and only of a complete and
 * backed assessment, documents archived once the campaign is closed. Also the latest submitted
 * profile of each CLPE, for the regional view ({@link MaturitySnapshots}).
 */
export class MaturityService implements MaturitySnapshots {
  readonly #store: MetadataStore
  readonly #documents: DocumentService
  readonly #content: DocumentContent
  readonly #timers: Timers
  readonly #locks: KeyedLock
  readonly #indexer: Reindexer
  readonly #events: IndexEvents

  constructor(options: {
    store: MetadataStore
    documents: DocumentService
    content: DocumentContent
    timers: Timers
    /**
     * Creations and submissions of one self-assessment, one at a time in every process (namespace
     * `maturity-assessments`, key the assessment's id).
     */
    locks: KeyedLock
    indexer: Reindexer
    /** Where a submission is announced (topic `maturite`) to the open dashboards. */
    events: IndexEvents
  }) {
    this.#store = options.store
    this.#documents = options.documents
    this.#content = options.content
    this.#timers = options.timers
    this.#locks = options.locks
    this.#indexer = options.indexer
    this.#events = options.events
  }

  /**
   * Opens a campaign for every CLPE; `closesAt` before `opensAt` is `VALIDATION_FAILED`, a campaign
   * beyond {@link MAX_MATURITY_CAMPAIGNS} `CONFLICT`.
   */
  async createCampaign(actor: Actor, input: CampaignInput): Promise<MaturityCampaign> {
    if (input.closesAt < input.opensAt) {
      throw new AppError(ErrorCode.ValidationFailed, MATURITY_MESSAGES.invalidCampaign, {
        details: { closesAt: MATURITY_MESSAGES.closesBeforeOpens },
      })
    }
    if ((await this.#store.maturity.listCampaigns()).length >= MAX_MATURITY_CAMPAIGNS) {
      throw new AppError(ErrorCode.Conflict, MATURITY_MESSAGES.tooManyCampaigns)
    }
    const campaign: MaturityCampaign = {
      id: randomUUID(),
      title: input.title,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      createdBy: actor.account.id,
      createdAt: isoTime(this.#timers),
    }
    await this.#store.maturity.createCampaign(campaign)
    await this.#audit(actor, AuditAction.MaturityCampaignOpened, campaign.id, {})
    return campaign
  }

  /**
   * Closes a campaign now (`CONFLICT` if it was closed already): nothing more is submitted, and
   * the self-assessments' documents are archived (read-only for everyone).
   */
  async closeCampaign(actor: Actor, campaign: MaturityCampaign): Promise<MaturityCampaign> {
    if (campaign.closedAt !== undefined) {
      throw new AppError(ErrorCode.Conflict, MATURITY_MESSAGES.alreadyClosed)
    }
    const closed = await this.#store.maturity.updateCampaign(campaign.id, {
      closedAt: isoTime(this.#timers),
    })
    if (closed === null) throw new AppError(ErrorCode.NotFound, MATURITY_MESSAGES.campaignNotFound)
    await this.#audit(actor, AuditAction.MaturityCampaignClosed, campaign.id, {})
    return await this.#archive(actor, closed)
  }

  /**
   * Every campaign, by first day (then creation); those the calendar closed since last asked get their documents
   * archived on the way (by the server, `calendarActor`).
   */
  async listCampaigns(): Promise<MaturityCampaign[]> {
    const campaigns = await this.#store.maturity.listCampaigns()
    const inDateOrder = campaigns.sort(
      (a, b) => a.opensAt.localeCompare(b.opensAt) || a.createdAt.localeCompare(b.createdAt),
    )
    return await Promise.all(inDateOrder.map((campaign) => this.#settled(campaign)))
  }

  /** One campaign, or null; archived on the way like those of {@link listCampaigns}. */
  async findCampaign(id: string): Promise<MaturityCampaign | null> {
    const campaign = await this.#store.maturity.findCampaign(id)
    return campaign === null ? null : await this.#settled(campaign)
  }

  /** The self-assessment of `spaceId` in `campaign`, if a member opened it. */
  findAssessment(campaign: MaturityCampaign, spaceId: SpaceId): Promise<MaturityAssessment | null> {
    return this.#store.maturity.findAssessment(assessmentIdOf(campaign.id, spaceId))
  }

  /**
   * The self-assessment of `spaceId` in `campaign`, created by `actor` on first access while the
   * campaign is open (`MATURITY_CAMPAIGN_CLOSED` otherwise). Concurrent first visits, in any
   * process, create one: creations run one at a time per assessment, each looking again first.
   */
  async assessmentOf(
    actor: Actor,
    campaign: MaturityCampaign,
    space: { id: SpaceId; name: string },
  ): Promise<MaturityAssessment> {
    const existing = await this.findAssessment(campaign, space.id)
    if (existing !== null) return existing
    this.#assertOpen(campaign)
    const id = assessmentIdOf(campaign.id, space.id)
    return await this.#locks.run(id, async () => {
      const created = await this.#store.maturity.findAssessment(id)
      if (created !== null) return created
      const target = { campaign, spaceId: space.id, spaceName: space.name }
      return await openAssessmentDocument(this.#deps(), actor, target)
    })
  }

  /**
   * Submits the self-assessment of `spaceId`: reads its Y.Doc, refuses it with
   * `MATURITY_INCOMPLETE` (details by question id) while a question has no level or a level of 3
   * or 4 has neither justification nor preuve, else stores the answers and their profile with the
   * time and the person (replacing an earlier submission), marks the document « soumise »,
   * indexes it again and announces it. Only while the campaign is open.
   */
  async submit(
    actor: Actor,
    campaign: MaturityCampaign,
    spaceId: SpaceId,
  ): Promise<MaturityAssessment> {
    this.#assertOpen(campaign)
    const id = assessmentIdOf(campaign.id, spaceId)
    const submitted = await this.#locks.run(id, async () => {
      const assessment = await this.#store.maturity.findAssessment(id)
      if (assessment === null) throw new AppError(ErrorCode.NotFound, MATURITY_MESSAGES.notStarted)
      const reading = await readAssessmentDocument(this.#content, assessment)
      if (reading.missing.length > 0 || reading.unjustified.length > 0) {
        throw new AppError(
          ErrorCode.MaturityIncomplete,
          MATURITY_MESSAGES.incomplete(reading.missing.length, reading.unjustified.length),
          { details: incompleteDetails(reading) },
        )
      }
      const updated = await this.#store.maturity.updateAssessment(id, {
        submittedAt: isoTime(this.#timers),
        submittedBy: actor.account.id,
        answers: { ...reading.answers },
        profile: maturityProfile(reading.answers),
      })
      if (updated === null) throw new AppError(ErrorCode.NotFound, MATURITY_MESSAGES.notStarted)
      await this.#markSubmitted(updated, actor)
      return updated
    })
    await this.#events.publish({ topic: 'maturite', spaceId, documentId: submitted.documentId })
    await this.#audit(actor, AuditAction.MaturityAssessmentSubmitted, submitted.id, { spaceId })
    return submitted
  }

  /** The latest submitted self-assessment of every CLPE that has one (the regional view). */
  async latestSnapshots(): Promise<ReadonlyMap<string, MaturitySnapshot>> {
    const campaigns = await this.#store.maturity.listCampaigns()
    const assessments = await Promise.all(
      campaigns.map((campaign) => this.#store.maturity.listAssessmentsOfCampaign(campaign.id)),
    )
    return latestSnapshots(campaigns, assessments.flat())
  }

  // The statut changes only at the first submission; the time, the person and the levels of each
  // one, written in the same change into `meta` (which members do not write), tell every member
  // with the grid open about every submission, and let them see what changed since.
  async #markSubmitted(assessment: MaturityAssessment, actor: Actor): Promise<void> {
    const { documentId, submittedAt, answers } = assessment
    if (!isDocumentId(documentId) || submittedAt === undefined || answers === undefined) return
    const submission: MaturitySubmissionMeta = {
      at: submittedAt,
      byName: actor.account.name,
      levels: answers,
    }
    await this.#content.change(documentId, (doc) => {
      doc.getMap(DocumentRoot.Fields).set(AUTO_EVALUATION_STATUS_FIELD, 'soumise')
      doc.getMap(DocumentRoot.Meta).set(MATURITY_SUBMITTED_META_KEY, submission)
    })
    await this.#indexer.reindex(documentId, actor.account.id)
  }

  // A campaign closed by its last day has its documents archived once, by the server.
  async #settled(campaign: MaturityCampaign): Promise<MaturityCampaign> {
    const closed = campaignStatus(campaign, this.#timers.now()) === 'close'
    if (!closed || campaign.documentsArchivedAt !== undefined) return campaign
    return await this.#archive(calendarActor(isoTime(this.#timers)), campaign)
  }

  async #archive(actor: Actor, campaign: MaturityCampaign): Promise<MaturityCampaign> {
    const assessments = await this.#store.maturity.listAssessmentsOfCampaign(campaign.id)
    await archiveAssessments(this.#deps(), actor, assessments)
    const archived = await this.#store.maturity.updateCampaign(campaign.id, {
      documentsArchivedAt: isoTime(this.#timers),
    })
    return archived ?? campaign
  }

  #assertOpen(campaign: MaturityCampaign): void {
    const status = campaignStatus(campaign, this.#timers.now())
    if (status !== 'ouverte') {
      throw new AppError(ErrorCode.MaturityCampaignClosed, MATURITY_MESSAGES.notOpen(status))
    }
  }

  #deps() {
    return { store: this.#store, documents: this.#documents, timers: this.#timers }
  }

  async #audit(
    actor: Actor,
    action: AuditAction,
    target: string,
    details: Record<string, string>,
  ): Promise<void> {
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action,
      actorId: actor.account.id,
      target,
      details,
    })
  }
}

function incompleteDetails(reading: {
  missing: readonly string[]
  unjustified: readonly string[]
}): Record<string, string> {
  const details: Record<string, string> = {}
  for (const id of reading.missing) details[id] = MATURITY_MESSAGES.missingLevel
  for (const id of reading.unjustified) details[id] = MATURITY_MESSAGES.unjustifiedLevel
  return details
}
