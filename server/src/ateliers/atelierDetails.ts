import type * as Y from 'yjs'
import {
  ATELIER_FORMAT_OPTIONS,
  DocumentRoot,
  atelierKind,
  httpsUrlOf,
  itemsValue,
  numberValue,
  readFields,
  stringValue,
  type AtelierFormat,
} from '@maillage/schema'
import { readFieldsJson } from '../documents/readFieldsJson.ts'
import { atelierSchedule, type AtelierSchedule } from './atelierSchedule.ts'
import { readAtelierSession, type AtelierSession } from './atelierSession.ts'

/** One point of an atelier's agenda (points without a title are left out). */
export interface AgendaItem {
  readonly id: string
  /** Never ''. */
  readonly titre: string
  /** Minutes, 0 when not set. */
  readonly duree: number
  readonly intervenant: string
}

/** One resource shown after the session (resources without a title are left out). */
export interface AtelierResource {
  /** Never ''. */
  readonly titre: string
  /** An https address, '' when not one. */
  readonly lien: string
}

/**
 * What the server reads of an atelier's Y.Doc: its co-edited details and its live session. The
 * visio link is not there: it is kept in the atelier's record (`store.ateliers.findAtelier`).
 */
export interface AtelierDetails extends AtelierSchedule {
  readonly title: string
  readonly date: string
  /** `HH:MM`, '' while not set or not a time. */
  readonly time: string
  readonly durationMinutes: number
  readonly format: AtelierFormat | ''
  readonly theme: string
  readonly intervenants: string
  readonly publicVise: string
  /** Seats; 0 means unlimited. */
  readonly capacity: number
  readonly presentation: string
  readonly agenda: readonly AgendaItem[]
  readonly resources: readonly AtelierResource[]
  readonly replayLink: string
  readonly session: AtelierSession
}

function formatOf(value: string): AtelierFormat | '' {
  return ATELIER_FORMAT_OPTIONS.find((option) => option.value === value)?.value ?? ''
}

/**
 * Reads an atelier from its Y.Doc (synchronous: call inside `DocumentContent.read`). Fields are
 * validated with the atelier kind like every client reads them; a time that is not `HH:MM` and a
 * link that is not https read as not set; agenda points and resources without a title are left
 * out, as every screen leaves them out (a point being added has no title yet). `fallbackTitle`
 * (the index's) stands in while the co-edited title is being retyped.
 */
export function readAtelierDetails(doc: Y.Doc, fallbackTitle: string): AtelierDetails {
  const { values } = readFields(atelierKind, readFieldsJson(doc.getMap(DocumentRoot.Fields)).fields)
  const title = doc.getText(DocumentRoot.Title).toString().trim()
  const date = stringValue(values, 'date')
  // A time field: `readFields` gives `HH:MM` or ''.
  const time = stringValue(values, 'heure')
  const durationMinutes = numberValue(values, 'duree') ?? 0
  return {
    title: title === '' ? fallbackTitle : title,
    date,
    time,
    durationMinutes,
    ...atelierSchedule(date, time, durationMinutes),
    format: formatOf(stringValue(values, 'format')),
    theme: stringValue(values, 'theme'),
    intervenants: stringValue(values, 'intervenants').trim(),
    publicVise: stringValue(values, 'public').trim(),
    capacity: numberValue(values, 'capacite') ?? 0,
    presentation: stringValue(values, 'presentation').trim(),
    agenda: itemsValue(values, 'agenda')
      .map((item) => ({
        id: item.id,
        titre: stringValue(item.values, 'titre').trim(),
        duree: numberValue(item.values, 'duree') ?? 0,
        intervenant: stringValue(item.values, 'intervenant').trim(),
      }))
      .filter((item) => item.titre !== ''),
    resources: itemsValue(values, 'ressources')
      .map((item) => ({
        titre: stringValue(item.values, 'titre').trim(),
        lien: httpsUrlOf(stringValue(item.values, 'lien')),
      }))
      .filter((resource) => resource.titre !== ''),
    replayLink: httpsUrlOf(stringValue(values, 'replay')),
    session: readAtelierSession(doc),
  }
}
