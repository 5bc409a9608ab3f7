import * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { appendListItems, listFieldOf } from './appendListItems.ts'
import type { AgendaItem, AtelierResource } from './atelierDetails.ts'
import { writeAtelierSession, type AtelierSession } from './atelierSession.ts'

/** Details of an atelier that its creation does not take, as facilitators co-edit them. */
export interface AtelierContent {
  readonly presentation?: string
  readonly publicVise?: string
  readonly agenda?: readonly Omit<AgendaItem, 'id'>[]
  readonly resources?: readonly AtelierResource[]
  readonly replayLink?: string
  /** The session, for an atelier that took place before it was recorded here. */
  readonly session?: AtelierSession
}

function replaceText(fields: Y.Map<unknown>, name: string, value: string): void {
  const text = fields.get(name)
  if (!(text instanceof Y.Text)) throw new Error(`the text field ${name} is missing`)
  text.delete(0, text.length)
  text.insert(0, value)
}

/**
 * Writes `content` into an atelier's Y.Doc as facilitators would in the document: texts replaced,
 * agenda items and resources appended after the existing ones. Call inside
 * `DocumentContent.change`.
 */
export function writeAtelierContent(doc: Y.Doc, content: AtelierContent): void {
  const fields = doc.getMap<unknown>(DocumentRoot.Fields)
  if (content.presentation !== undefined) replaceText(fields, 'presentation', content.presentation)
  if (content.publicVise !== undefined) replaceText(fields, 'public', content.publicVise)
  if (content.replayLink !== undefined) replaceText(fields, 'replay', content.replayLink)
  if (content.agenda !== undefined) {
    const items = content.agenda.map(({ titre, duree, intervenant }) => ({
      titre,
      duree,
      intervenant,
    }))
    appendListItems(listFieldOf(fields, 'agenda'), items)
  }
  if (content.resources !== undefined) {
    const items = content.resources.map(({ titre, lien }) => ({ titre, lien }))
    appendListItems(listFieldOf(fields, 'ressources'), items)
  }
  if (content.session !== undefined) writeAtelierSession(doc, content.session)
}
