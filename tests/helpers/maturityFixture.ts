import * as Y from 'yjs'
import {
  MATURITY_GRID,
  maturityFieldNames,
  type MaturityCampaignView,
  type SpaceMaturityView,
} from '@maillage/schema'
import type { ApiClient, Credential } from './apiClient.ts'

/** Every question id of the national grid, in its order. */
export const QUESTION_IDS: readonly string[] = MATURITY_GRID.flatMap((theme) =>
  theme.questions.map((question) => question.id),
)

/** The day (`YYYY-MM-DD`, Europe/Paris) of `ms`, as the server counts a campaign's days. */
export function parisDay(ms: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms))
}

/** The day `days` after `day` (`YYYY-MM-DD`). */
export function dayAfter(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** Opens a campaign through the API as `as`; throws unless it was created. */
export async function openCampaign(
  api: ApiClient,
  as: Credential,
  campaign: { title: string; opensAt: string; closesAt: string },
): Promise<MaturityCampaignView> {
  const created = await api.request<{ campaign: MaturityCampaignView }>(
    'POST',
    '/api/demarche-de-progression',
    { as, body: campaign },
  )
  if (created.status !== 201) throw new Error(`campaign not created: ${created.text}`)
  return created.body.campaign
}

/** The path of a CLPE's démarche, or of one of its actions in a campaign. */
export function maturityPath(spaceId: string, campaignId?: string, action?: string): string {
  const base = `/api/espaces/${spaceId}/demarche-de-progression`
  return campaignId === undefined ? base : `${base}/${campaignId}/${action ?? 'document'}`
}

/** A CLPE's démarche as `as` sees it; throws unless it answers 200. */
export async function spaceMaturity(
  api: ApiClient,
  as: Credential,
  spaceId: string,
): Promise<SpaceMaturityView> {
  const answer = await api.request<SpaceMaturityView>('GET', maturityPath(spaceId), { as })
  if (answer.status !== 200) throw new Error(`no démarche for ${spaceId}: ${answer.text}`)
  return answer.body
}

/** Chooses `level` for each question given, as the web app's level input writes it. */
export function chooseLevels(doc: Y.Doc, levels: Readonly<Record<string, 1 | 2 | 3 | 4>>): void {
  const fields = doc.getMap('fields')
  doc.transact(() => {
    for (const [questionId, level] of Object.entries(levels)) {
      fields.set(maturityFieldNames(questionId).level, String(level))
    }
  })
}

/** Types a justification for a question into its co-edited text. */
export function justify(doc: Y.Doc, questionId: string, text: string): void {
  const field = doc.getMap('fields').get(maturityFieldNames(questionId).justification)
  if (!(field instanceof Y.Text)) throw new Error(`no justification text for ${questionId}`)
  field.insert(field.length, text)
}

/** Adds a preuve linking `documentId` to a question, as the web app's list input writes it. */
export function addEvidence(doc: Y.Doc, questionId: string, documentId: string): void {
  const list = doc.getMap('fields').get(maturityFieldNames(questionId).evidence)
  if (!(list instanceof Y.Array)) throw new Error(`no preuves list for ${questionId}`)
  const item = new Y.Map<unknown>()
  item.set('id', `preuve-${questionId}`)
  item.set('order', list.length + 1)
  item.set('document', documentId)
  item.set('precision', new Y.Text('Relevé de décisions'))
  list.push([item])
}
