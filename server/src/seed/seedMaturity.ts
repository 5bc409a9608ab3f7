import { isDocumentId, type DocumentId } from '@maillage/protocol'
import * as Y from 'yjs'
import {
  AUTO_EVALUATION_STATUS_FIELD,
  DocumentKind,
  DocumentRoot,
  MATURITY_GRID,
  canEdit,
  maturityFieldNames,
  maturityProfile,
  type MaturityLevel,
  type SpaceId,
} from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import { calendarActor } from '../maturity/calendarActor.ts'
import { archiveAssessments } from '../maturity/archiveAssessments.ts'
import type { Reindexer } from '../maturity/MaturityService.ts'
import { openAssessmentDocument } from '../maturity/openAssessmentDocument.ts'
import { addDays, parisDay } from '../maturity/parisDay.ts'
import { readAssessmentDocument } from '../maturity/readAssessmentDocument.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { MaturityCampaign } from '../persistence/records/MaturityCampaign.ts'
import type { Timers } from '../time/Timers.ts'
import {
  MATURITY_JUSTIFICATIONS,
  OPEN_CAMPAIGN,
  PAST_CAMPAIGN,
  SEEDED_ASSESSMENTS,
  type SeededAssessment,
} from './maturitySeeds.ts'

/** What seeding the démarche de progression writes through. */
export interface MaturitySeedDeps {
  readonly store: MetadataStore
  readonly documents: DocumentService
  readonly content: DocumentContent
  readonly indexer: Reindexer
  readonly timers: Timers
}

/** The kinds of documents a question's preuve links to, when the CLPE has one of them. */
const EVIDENCE_KINDS: Readonly<Record<string, DocumentKind>> = {
  'diagnostic-partage': DocumentKind.Diagnostic,
  'feuille-de-route': DocumentKind.FeuilleDeRoute,
  'indicateurs-actions': DocumentKind.FicheAction,
  'suivi-des-actions': DocumentKind.FeuilleDeRoute,
  'bilan-des-actions': DocumentKind.FicheAction,
}

/**
 * Fills the démarche de progression of a new demo data directory: the past campaign
 * « Démarche de progression 2025 », closed, with the submitted self-assessments of six CLPE
 * ({@link SEEDED_ASSESSMENTS}: levels, justifications, preuves linking their documents when they
 * have some, documents archived), and the open campaign « Démarche de progression 2026 » from the
 * seed's day for 60 days, nothing submitted. Call once, after the demo accounts, the échanges'
 * colleagues and the CLPE's documents (which the preuves link to).
 */
export async function seedMaturity(deps: MaturitySeedDeps): Promise<void> {
  const now = new Date(deps.timers.now()).toISOString()
  const past: MaturityCampaign = {
    id: 'demarche-de-progression-2025',
    ...PAST_CAMPAIGN,
    createdBy: (await deps.store.findAccountByEmail('admin@demo.maillage.fr'))?.id ?? 'maillage',
    createdAt: `${PAST_CAMPAIGN.opensAt}T07:00:00.000Z`,
  }
  await deps.store.maturity.createCampaign(past)
  for (const seeded of SEEDED_ASSESSMENTS) await seedAssessment(deps, past, seeded)
  await archiveAssessments(
    deps,
    calendarActor(now),
    await deps.store.maturity.listAssessmentsOfCampaign(past.id),
  )
  await deps.store.maturity.updateCampaign(past.id, { documentsArchivedAt: now })
  const today = parisDay(deps.timers.now())
  await deps.store.maturity.createCampaign({
    id: 'demarche-de-progression-2026',
    title: OPEN_CAMPAIGN.title,
    opensAt: today,
    closesAt: addDays(today, OPEN_CAMPAIGN.days),
    createdBy: past.createdBy,
    createdAt: now,
  })
}

async function seedAssessment(
  deps: MaturitySeedDeps,
  campaign: MaturityCampaign,
  seeded: SeededAssessment,
): Promise<void> {
  const space = await deps.store.findSpace(seeded.spaceId)
  if (space === null) throw new Error(`the CLPE ${seeded.spaceId} of the demo is missing`)
  const actor = await submitterOf(deps, seeded)
  const at = `${addDays(campaign.opensAt, seeded.submittedAfterDays)}T15:30:00.000Z`
  const assessment = await openAssessmentDocument(deps, actor, {
    campaign,
    spaceId: seeded.spaceId,
    spaceName: space.name,
  })
  if (!isDocumentId(assessment.documentId)) return
  const evidence = await evidenceOf(deps.store, seeded.spaceId)
  await deps.content.change(assessment.documentId, (doc) => {
    fillAssessment(doc.getMap(DocumentRoot.Fields), seeded.levels, evidence)
  })
  const reading = await readAssessmentDocument(deps.content, assessment)
  if (reading.missing.length > 0 || reading.unjustified.length > 0) {
    throw new Error(`the demo self-assessment of ${seeded.spaceId} would not be accepted`)
  }
  await deps.store.maturity.updateAssessment(assessment.id, {
    createdAt: `${campaign.opensAt}T08:00:00.000Z`,
    submittedAt: at,
    submittedBy: actor.account.id,
    answers: { ...reading.answers },
    profile: maturityProfile(reading.answers),
  })
  await deps.indexer.reindex(assessment.documentId, null)
}

/** Writes a level, a justification and, for an advanced level, a preuve per question. */
function fillAssessment(
  fields: Y.Map<unknown>,
  levels: readonly MaturityLevel[],
  evidence: ReadonlyMap<DocumentKind, DocumentId>,
): void {
  const questions = MATURITY_GRID.flatMap((theme) => theme.questions)
  questions.forEach((question, index) => {
    const level = levels[index]
    if (level === undefined) return
    const names = maturityFieldNames(question.id)
    fields.set(names.level, String(level))
    const justifications = MATURITY_JUSTIFICATIONS[question.id]
    const text = fields.get(names.justification)
    if (justifications !== undefined && text instanceof Y.Text) {
      text.insert(0, level >= 3 ? justifications.advanced : justifications.low)
    }
    const kind = EVIDENCE_KINDS[question.id]
    const linked = kind === undefined ? undefined : evidence.get(kind)
    const list = fields.get(names.evidence)
    if (level >= 3 && linked !== undefined && list instanceof Y.Array) {
      const item = new Y.Map<unknown>()
      item.set('id', `preuve-${question.id}`)
      item.set('order', 1)
      item.set('document', linked)
      item.set('precision', new Y.Text('Document du CLPE, à jour à la date de la soumission'))
      list.push([item])
    }
  })
  fields.set(AUTO_EVALUATION_STATUS_FIELD, 'soumise')
}

/** The first document of each kind in the CLPE's space, for the preuves. */
async function evidenceOf(
  store: MetadataStore,
  spaceId: SpaceId,
): Promise<Map<DocumentKind, DocumentId>> {
  const found = new Map<DocumentKind, DocumentId>()
  for (const document of await store.listDocumentsOfSpace(spaceId)) {
    if (!found.has(document.kind) && document.archivedAt === undefined) {
      found.set(document.kind, document.id)
    }
  }
  return found
}

/** The demo person of the CLPE who submits, or its first contributeur, or the server itself. */
async function submitterOf(deps: MaturitySeedDeps, seeded: SeededAssessment): Promise<Actor> {
  const byEmail =
    seeded.submittedByEmail === null
      ? null
      : await deps.store.findAccountByEmail(seeded.submittedByEmail)
  const member = (await deps.store.listMembershipsOfSpace(seeded.spaceId)).find((membership) =>
    canEdit(membership.role),
  )
  const account =
    byEmail ?? (member === undefined ? null : await deps.store.findAccountById(member.accountId))
  if (account === null) return calendarActor(new Date(deps.timers.now()).toISOString())
  const memberships = await deps.store.listMembershipsOfAccount(account.id)
  return {
    account,
    roles: new Map(memberships.map((membership) => [membership.spaceId, membership.role])),
    via: 'token',
  }
}
