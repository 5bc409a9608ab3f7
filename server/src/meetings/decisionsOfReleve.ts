import { isDocumentId } from '@maillage/protocol'
import { DocumentKind } from '@maillage/schema'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DecisionSubject, NewDecision } from '../persistence/records/Decision.ts'
import type { MeetingRecord } from '../persistence/records/Meeting.ts'
import { parisDay } from './parisInstant.ts'
import type { ReleveDecision } from './readSeanceContent.ts'

const DATE = /^\d{4}-\d{2}-\d{2}$/u

/**
 * What a decision concerns: a document of the store (a fiche outil is an `outil`, any other a
 * `document`), or the programme d'accompagnement (its latest version); none when not chosen or
 * when the document no longer exists.
 */
async function subjectOf(
  store: MetadataStore,
  decision: ReleveDecision,
): Promise<DecisionSubject | undefined> {
  if (decision.objet === 'programme') {
    const versions = await store.programme.listVersions()
    const latest = versions.at(-1)
    if (latest === undefined) {
      return { kind: 'programme', id: 'programme', label: 'Programme d’accompagnement' }
    }
    return {
      kind: 'programme',
      id: latest.id,
      label: `Programme d’accompagnement — version ${latest.number}`,
    }
  }
  if (decision.objet !== 'document' || !isDocumentId(decision.documentId)) return undefined
  const document = await store.findDocument(decision.documentId)
  if (document === null) return undefined
  return {
    kind: document.kind === DocumentKind.Outil ? 'outil' : 'document',
    id: document.id,
    label: document.title.slice(0, 300) || 'Document sans titre',
  }
}

/**
 * The decisions of a séance's relevé as the register records them: decided on the séance's day
 * (Paris), by its instance, with the object they concern, their responsable (a name) and their
 * échéance, from the séance.
 */
export async function decisionsOfReleve(
  store: MetadataStore,
  meeting: MeetingRecord,
  decisions: readonly ReleveDecision[],
): Promise<NewDecision[]> {
  const inputs: NewDecision[] = []
  for (const decision of decisions) {
    const subject = await subjectOf(store, decision)
    inputs.push({
      instanceId: meeting.instanceId,
      decidedOn: parisDay(new Date(meeting.startsAt)),
      text: decision.texte,
      ...(subject === undefined ? {} : { subject }),
      ...(decision.responsable === ''
        ? {}
        : { owner: { name: decision.responsable.slice(0, 120) } }),
      ...(DATE.test(decision.echeance) ? { dueOn: decision.echeance } : {}),
      source: { kind: 'seance', meetingId: meeting.id },
    })
  }
  return inputs
}
