import { parseDocumentId } from '@maillage/protocol'
import { AT, fiche, lille } from './metadataFixtures.ts'
import type { AtelierRecord } from './records/AtelierRecord.ts'
import type { AtelierRegistration } from './records/AtelierRegistration.ts'
import type { CalendarFeed } from './records/CalendarFeed.ts'
import type { ExchangeThread } from './records/ExchangeThread.ts'
import type { Notification } from './records/Notification.ts'
import type { Survey } from './records/Survey.ts'
import type { SurveyAnswer } from './records/SurveyAnswer.ts'
import { ToolProposalStatus, type ToolProposal } from './records/ToolProposal.ts'
import type { ToolUsage } from './records/ToolUsage.ts'

// Valid records of the feature sub-stores (toolbox, notifications, surveys, exchanges, ateliers),
// each with `overrides`, for the contract tests of MetadataStore.

/** The document of an atelier. */
export const atelierId = parseDocumentId('atelier-1')

/** A proposal of a new tool, en examen. */
export const toolProposal = (overrides: Partial<ToolProposal> = {}): ToolProposal => ({
  id: 'proposal-1',
  title: 'Carte des freins à la mobilité',
  description: 'Une carte des freins à la mobilité par commune.',
  porteur: '',
  lien: '',
  type: '',
  thematiques: [],
  consideredTools: [{ documentId: null, name: 'DORA', whyNotAdaptable: 'Pas les freins.' }],
  status: ToolProposalStatus.EnExamen,
  proposedBy: 'account-nadia',
  proposedAt: AT,
  history: [{ status: ToolProposalStatus.Propose, at: AT, byId: 'account-nadia', byName: 'Nadia' }],
  ...overrides,
})

/** What the CLPE de Lille says of the tool `fiche`. */
export const toolUsage = (overrides: Partial<ToolUsage> = {}): ToolUsage => ({
  documentId: fiche,
  spaceId: lille,
  used: true,
  comment: '',
  updatedBy: 'account-claire',
  updatedAt: AT,
  ...overrides,
})

/** An unread notification of Claire. */
export const notification = (overrides: Partial<Notification> = {}): Notification => ({
  id: 'notification-1',
  accountId: 'account-claire',
  kind: 'proposition-outil',
  message: 'Une nouvelle proposition d’outil est à examiner.',
  link: '/outils/propositions/proposal-1',
  createdAt: AT,
  ...overrides,
})

/** A collective survey of the CLPE de Lille, not opened. */
export const survey = (overrides: Partial<Survey> = {}): Survey => ({
  id: 'survey-1',
  title: 'Besoins en mobilité',
  introduction: '',
  questions: [],
  targetSpaceIds: [lille],
  mode: 'collective',
  createdBy: 'account-claire',
  createdAt: AT,
  updatedAt: AT,
  ...overrides,
})

/** The answer of the CLPE de Lille to `survey`. */
export const surveyAnswer = (overrides: Partial<SurveyAnswer> = {}): SurveyAnswer => ({
  id: 'survey-1.clpe-lille',
  surveyId: 'survey-1',
  spaceId: lille,
  documentId: 'survey-answer-1',
  createdAt: AT,
  ...overrides,
})

/** An open question of the échanges. */
export const exchangeThread = (overrides: Partial<ExchangeThread> = {}): ExchangeThread => ({
  id: parseDocumentId('discussion-1'),
  type: 'question',
  status: 'ouvert',
  themes: ['emploi'],
  territorySpaceIds: [lille],
  authorId: 'account-claire',
  createdAt: AT,
  lastMessageAt: AT,
  messageCount: 1,
  echoes: [],
  ...overrides,
})

/** The record of `atelierId`. */
export const atelierRecord = (overrides: Partial<AtelierRecord> = {}): AtelierRecord => ({
  id: atelierId,
  visioLink: 'https://visio.example.fr/atelier-1',
  updatedAt: AT,
  updatedBy: 'account-claire',
  ...overrides,
})

/** Claire holding a seat of `atelierId`. */
export const registration = (
  overrides: Partial<AtelierRegistration> = {},
): AtelierRegistration => ({
  atelierId,
  accountId: 'account-claire',
  status: 'inscrit',
  registeredAt: AT,
  ...overrides,
})

/** Claire's calendar subscription. */
export const calendarFeed = (overrides: Partial<CalendarFeed> = {}): CalendarFeed => ({
  id: 'feed-1',
  accountId: 'account-claire',
  tokenHash: 'feed-hash-1',
  createdAt: AT,
  ...overrides,
})
