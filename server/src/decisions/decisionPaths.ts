import { DocumentKind } from '@maillage/schema'
import { isDocumentId, type DecisionSourceView, type DecisionSubjectView } from '@maillage/protocol'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DecisionRecord } from '../persistence/records/Decision.ts'
import { proposalPath } from '../toolbox/ToolProposalService.ts'

/** Path of the programme d’accompagnement in the web app. */
const PROGRAMME_PATH = '/gouvernance/programme'

/** Path of a séance in the web app (the séances' own, which this module may not import). */
function meetingPath(meetingId: string): string {
  return `/gouvernance/seances/${meetingId}`
}

/** Path of the page of document `id`, or null when there is no such document. */
async function documentPathOf(store: MetadataStore, id: string): Promise<string | null> {
  if (!isDocumentId(id)) return null
  const document = await store.findDocument(id)
  if (document === null) return null
  if (document.kind === DocumentKind.Atelier) return `/ateliers/${id}`
  if (document.kind === DocumentKind.Seance) return `/gouvernance/seances/document/${id}`
  return `/documents/${id}`
}

/**
 * The subject of a decision with the path of its page: a fiche outil's or document's page when the
 * id is a document, a proposal's page otherwise, the programme's page.
 */
export async function subjectViewOf(
  decision: DecisionRecord,
  store: MetadataStore,
): Promise<DecisionSubjectView | undefined> {
  const subject = decision.subject
  if (subject === undefined) return undefined
  const base = { kind: subject.kind, id: subject.id, label: subject.label }
  switch (subject.kind) {
    case 'outil': {
      return {
        ...base,
        path: (await documentPathOf(store, subject.id)) ?? proposalPath(subject.id),
      }
    }
    case 'document':
    case 'version': {
      const path = await documentPathOf(store, subject.id.split(':')[0] ?? subject.id)
      return path === null ? base : { ...base, path }
    }
    case 'programme':
      return { ...base, path: PROGRAMME_PATH }
    default: {
      const unknown: never = subject.kind
      throw new Error(`unknown subject kind ${String(unknown)}`)
    }
  }
}

/** Where a decision was taken, in words, with the path of its page. */
export function sourceViewOf(decision: DecisionRecord): DecisionSourceView {
  const source = decision.source
  switch (source.kind) {
    case 'seance':
      return { kind: source.kind, label: 'Séance', path: meetingPath(source.meetingId) }
    case 'validation-outil':
      return {
        kind: source.kind,
        label: 'Validation d’un nouvel outil',
        path: proposalPath(source.proposalId),
      }
    case 'programme':
      return { kind: source.kind, label: 'Programme d’accompagnement', path: PROGRAMME_PATH }
    case 'saisie':
      return { kind: source.kind, label: 'Saisie au registre' }
    default: {
      const unknown: never = source
      throw new Error(`unknown decision source ${JSON.stringify(unknown)}`)
    }
  }
}
