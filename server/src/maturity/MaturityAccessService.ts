import {
  SpaceKind,
  isSpaceId,
  type MaturityCampaignView,
  type MaturityCampaignsView,
  type MaturityDocumentView,
  type MaturitySubmissionView,
  type SpaceId,
  type SpaceMaturityView,
} from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import {
  canFillMaturityOf,
  canManageMaturityCampaigns,
  canSeeEveryMaturity,
  canSeeMaturityOf,
} from '../auth/maturityAccess.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { MaturityCampaign } from '../persistence/records/MaturityCampaign.ts'
import type { Space } from '../persistence/records/Space.ts'
import type { Timers } from '../time/Timers.ts'
import { MATURITY_MESSAGES } from './maturityMessages.ts'
import type { CampaignInput, MaturityService } from './MaturityService.ts'
import {
  presentCampaign,
  presentSpaceCampaign,
  progressionOf,
  type CampaignFacts,
} from './presentMaturity.ts'

/**
 * The démarche de progression as people use it through the API: decides who sees and does what
 * (`auth/maturityAccess.ts`, one `assertAllowed` per action), hands the change to
 * {@link MaturityService}, and presents the result. A CLPE one may not see answers `NOT_FOUND`.
 */
export class MaturityAccessService {
  readonly #store: MetadataStore
  readonly #maturity: MaturityService
  readonly #timers: Timers

  constructor(options: { store: MetadataStore; maturity: MaturityService; timers: Timers }) {
    this.#store = options.store
    this.#maturity = options.maturity
    this.#timers = options.timers
  }

  /** Every campaign; the rows of every CLPE for the region, of the person's own CLPE otherwise. */
  async list(actor: Actor): Promise<MaturityCampaignsView> {
    const clpes = await this.#clpes()
    const visibleSpaceIds = new Set(
      clpes
        .filter((space) => canSeeEveryMaturity(actor) || actor.roles.has(space.id))
        .map((space) => space.id),
    )
    const campaigns = await this.#maturity.listCampaigns()
    const nowMs = this.#timers.now()
    const views = await Promise.all(
      campaigns.map(async (campaign) =>
        presentCampaign(await this.#facts(campaign, clpes), { nowMs, visibleSpaceIds }),
      ),
    )
    return { campaigns: views, canManage: canManageMaturityCampaigns(actor) }
  }

  /** Opens a campaign for every CLPE (the regional team). */
  async create(actor: Actor, input: CampaignInput): Promise<MaturityCampaignView> {
    assertAllowed(canManageMaturityCampaigns(actor), MATURITY_MESSAGES.manageOnly)
    return await this.#presentForRegion(await this.#maturity.createCampaign(actor, input))
  }

  /** Closes a campaign now (the regional team). */
  async close(actor: Actor, campaignId: string): Promise<MaturityCampaignView> {
    assertAllowed(canManageMaturityCampaigns(actor), MATURITY_MESSAGES.manageOnly)
    const campaign = await this.#campaign(campaignId)
    return await this.#presentForRegion(await this.#maturity.closeCampaign(actor, campaign))
  }

  /** A CLPE's self-assessments in every campaign, and its progression (its members, the region). */
  async space(actor: Actor, spaceId: string): Promise<SpaceMaturityView> {
    const space = await this.#visibleClpe(actor, spaceId)
    const clpes = await this.#clpes()
    const nowMs = this.#timers.now()
    const campaigns = await Promise.all(
      (await this.#maturity.listCampaigns()).map(async (campaign) => {
        const facts = await this.#facts(campaign, clpes)
        const own = facts.assessments.find((assessment) => assessment.spaceId === space.id)
        const submittedByName = await this.#nameOf(own?.submittedBy)
        return presentSpaceCampaign(facts, { nowMs, spaceId: space.id, submittedByName })
      }),
    )
    const canEdit = canFillMaturityOf(actor, space.id)
    return {
      spaceId: space.id,
      spaceName: space.name,
      canEdit,
      canSubmit: canEdit && campaigns.some((entry) => entry.campaign.status === 'ouverte'),
      campaigns,
      progression: progressionOf(campaigns),
    }
  }

  /**
   * The document of a CLPE's self-assessment: its contributeurs and animateurs start it on first
   * access while the campaign is open; its other members and the region get the one started, or
   * `NOT_FOUND`.
   */
  async document(actor: Actor, spaceId: string, campaignId: string): Promise<MaturityDocumentView> {
    const space = await this.#visibleClpe(actor, spaceId)
    const campaign = await this.#campaign(campaignId)
    const assessment = canFillMaturityOf(actor, space.id)
      ? await this.#maturity.assessmentOf(actor, campaign, { id: space.id, name: space.name })
      : await this.#maturity.findAssessment(campaign, space.id)
    if (assessment === null) throw new AppError(ErrorCode.NotFound, MATURITY_MESSAGES.notStarted)
    return { documentId: assessment.documentId }
  }

  /** Submits a CLPE's self-assessment (its contributeurs and animateurs, campaign open). */
  async submit(actor: Actor, spaceId: string, campaignId: string): Promise<MaturitySubmissionView> {
    const space = await this.#visibleClpe(actor, spaceId)
    assertAllowed(canFillMaturityOf(actor, space.id), MATURITY_MESSAGES.fillOnly)
    const campaign = await this.#campaign(campaignId)
    const submitted = await this.#maturity.submit(actor, campaign, space.id)
    if (submitted.submittedAt === undefined || submitted.profile === undefined) {
      throw new Error(`assessment ${submitted.id} was submitted without its time or profile`)
    }
    return { submittedAt: submitted.submittedAt, profile: submitted.profile }
  }

  async #presentForRegion(campaign: MaturityCampaign): Promise<MaturityCampaignView> {
    const clpes = await this.#clpes()
    return presentCampaign(await this.#facts(campaign, clpes), {
      nowMs: this.#timers.now(),
      visibleSpaceIds: new Set(clpes.map((space) => space.id)),
    })
  }

  async #facts(campaign: MaturityCampaign, clpes: readonly Space[]): Promise<CampaignFacts> {
    const assessments = await this.#store.maturity.listAssessmentsOfCampaign(campaign.id)
    return { campaign, clpes, assessments }
  }

  async #campaign(campaignId: string): Promise<MaturityCampaign> {
    const campaign = await this.#maturity.findCampaign(campaignId)
    if (campaign === null)
      throw new AppError(ErrorCode.NotFound, MATURITY_MESSAGES.campaignNotFound)
    return campaign
  }

  // A CLPE the actor may see the démarche of; `NOT_FOUND` alike for a malformed id, a space one
  // may not see and a space that is not a CLPE.
  async #visibleClpe(actor: Actor, spaceId: string): Promise<Space & { id: SpaceId }> {
    if (!isSpaceId(spaceId) || !canSeeMaturityOf(actor, spaceId)) {
      throw new AppError(ErrorCode.NotFound, MATURITY_MESSAGES.spaceNotFound)
    }
    const space = await this.#store.findSpace(spaceId)
    if (space?.kind !== SpaceKind.Clpe) {
      throw new AppError(ErrorCode.NotFound, MATURITY_MESSAGES.notClpe)
    }
    return { ...space, id: spaceId }
  }

  async #clpes(): Promise<Space[]> {
    const spaces = await this.#store.listSpaces()
    return spaces
      .filter((space) => space.kind === SpaceKind.Clpe)
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
  }

  async #nameOf(accountId: string | undefined): Promise<string | null> {
    if (accountId === undefined) return null
    return (await this.#store.findAccountById(accountId))?.name ?? null
  }
}
