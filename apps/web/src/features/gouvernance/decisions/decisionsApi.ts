import type {
  DecisionCreateBody,
  DecisionFollowUpBody,
  DecisionListView,
  DecisionSubjectKindName,
  DecisionView,
} from '@maillage/protocol'
import type { ApiClient } from '../../../api/ApiClient.ts'

const DECISIONS = '/api/gouvernance/decisions'

/** One page of the register, filtered by `query` (the page's address parameters). */
export function listDecisions(api: ApiClient, query: string): Promise<DecisionListView> {
  return api.request<DecisionListView>('GET', `${DECISIONS}?${query}`)
}

/** The address of the CSV of the register filtered by `query`. */
export function decisionsCsvPath(query: string): string {
  return `${DECISIONS}.csv?${query}`
}

/** The decisions about one object (a tool, a document, the programme, a version). */
export async function decisionsAbout(
  api: ApiClient,
  kind: DecisionSubjectKindName,
  id: string,
): Promise<DecisionView[]> {
  const answer = await api.request<{ decisions: DecisionView[] }>(
    'GET',
    `${DECISIONS}/a-propos/${kind}/${encodeURIComponent(id)}`,
  )
  return answer.decisions
}

/** Adds a decision by hand (the instance's managers). */
export async function addDecision(api: ApiClient, body: DecisionCreateBody): Promise<DecisionView> {
  return (await api.request<{ decision: DecisionView }>('POST', DECISIONS, body)).decision
}

/** Sets a decision's status with an optional note (managers and its owner). */
export async function followUpDecision(
  api: ApiClient,
  id: string,
  body: DecisionFollowUpBody,
): Promise<DecisionView> {
  const path = `${DECISIONS}/${encodeURIComponent(id)}/suivi`
  return (await api.request<{ decision: DecisionView }>('POST', path, body)).decision
}
