import * as Y from 'yjs'
import {
  DocumentRoot,
  fieldsOf,
  type DocumentKind,
  type FieldDefinition,
  kindDefinition,
  type ListFieldDefinition,
} from '@maillage/schema'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import type { MeasurementInput } from './measurementInput.ts'

/** Most measurements one indicator holds; one more is refused. */
export const MAX_MEASUREMENTS_PER_INDICATOR = 500

/** The name of an indicator's list of measurements (`indicatorListField`). */
const MEASUREMENTS_FIELD = 'mesures'

/** A measurement as written into the indicator's list, with who entered it and when. */
export interface SavedMeasurement {
  readonly id: string
  readonly date: string
  readonly valeur: number
  readonly commentaire: string
  /** The name of the person who entered it. */
  readonly saisiePar: string
  /** `YYYY-MM-DD` (Europe/Paris) of the entry. */
  readonly saisieLe: string
}

/** What {@link appendMeasurement} writes beside the input: the item's id, who and when. */
export interface MeasurementEntry {
  readonly id: string
  readonly saisiePar: string
  readonly saisieLe: string
}

/**
 * Appends a measurement to the indicator `indicatorId` of a document of `kind` (an item of one of
 * its indicator lists: list fields whose items have a `mesures` list), as the web's list editor
 * adds an item: a Y.Map with `id`, `order` after the last item's, a shared type for each text,
 * multi-choice and list field, and the values. Call it inside one transaction. Throws
 * `INDICATOR_NOT_FOUND` when no indicator has that id, `TOO_MANY_MEASUREMENTS` when it holds
 * {@link MAX_MEASUREMENTS_PER_INDICATOR} already; writes nothing then.
 */
export function appendMeasurement(
  doc: Y.Doc,
  kind: DocumentKind,
  target: { readonly indicatorId: string; readonly input: MeasurementInput },
  entry: MeasurementEntry,
): SavedMeasurement {
  const found = findIndicator(doc, kind, target.indicatorId)
  if (found === null) {
    throw new AppError(
      ErrorCode.IndicatorNotFound,
      'Cet indicateur n’existe pas (ou plus) dans la fiche : rechargez-la, puis réessayez.',
    )
  }
  const { indicator, measurementsField } = found
  const existing = indicator.get(MEASUREMENTS_FIELD)
  const measurements = existing instanceof Y.Array ? (existing as Y.Array<unknown>) : null
  const items = measurements?.toArray() ?? []
  if (items.length >= MAX_MEASUREMENTS_PER_INDICATOR) {
    throw new AppError(
      ErrorCode.TooManyMeasurements,
      `Cet indicateur a déjà ${MAX_MEASUREMENTS_PER_INDICATOR} mesures, le maximum : supprimez les plus anciennes avant d’en ajouter.`,
    )
  }
  const saved: SavedMeasurement = {
    id: entry.id,
    date: target.input.date,
    valeur: target.input.valeur,
    commentaire: target.input.commentaire,
    saisiePar: entry.saisiePar,
    saisieLe: entry.saisieLe,
  }
  const item = newItem(measurementsField, saved, nextOrder(items))
  if (measurements === null) {
    // An indicator written before its list existed: the list is made with its first item.
    const created = new Y.Array<unknown>()
    created.push([item])
    indicator.set(MEASUREMENTS_FIELD, created)
  } else {
    measurements.push([item])
  }
  return saved
}

function findIndicator(
  doc: Y.Doc,
  kind: DocumentKind,
  indicatorId: string,
): { indicator: Y.Map<unknown>; measurementsField: ListFieldDefinition } | null {
  const fields = doc.getMap<unknown>(DocumentRoot.Fields)
  for (const list of fieldsOf(kindDefinition(kind))) {
    const measurementsField = list.type === 'list' ? measurementsFieldOf(list) : undefined
    if (measurementsField === undefined) continue
    const items = fields.get(list.name)
    if (!(items instanceof Y.Array)) continue
    for (const indicator of items.toArray() as unknown[]) {
      if (indicator instanceof Y.Map && indicator.get('id') === indicatorId) {
        return { indicator: indicator as Y.Map<unknown>, measurementsField }
      }
    }
  }
  return null
}

function measurementsFieldOf(list: ListFieldDefinition): ListFieldDefinition | undefined {
  return list.fields.find(
    (field): field is ListFieldDefinition =>
      field.type === 'list' && field.name === MEASUREMENTS_FIELD,
  )
}

// After the item shown last: the web sorts items by `order`, and gives a new one the last's + 1.
function nextOrder(items: readonly unknown[]): number {
  let last: number | undefined
  for (const item of items) {
    const order = item instanceof Y.Map ? (item as Y.Map<unknown>).get('order') : undefined
    if (
      typeof order === 'number' &&
      Number.isFinite(order) &&
      (last === undefined || order > last)
    ) {
      last = order
    }
  }
  return last === undefined ? 1 : last + 1
}

// Every shared type its fields need is made before the item is inserted, as the web does, so
// that nobody races to create them; then the values the server knows.
function newItem(
  list: ListFieldDefinition,
  saved: SavedMeasurement,
  order: number,
): Y.Map<unknown> {
  const item = new Y.Map<unknown>()
  item.set('id', saved.id)
  item.set('order', order)
  const values: Readonly<Record<string, string | number>> = { ...saved }
  for (const field of list.fields) writeField(item, field, values[field.name])
  return item
}

function writeField(
  item: Y.Map<unknown>,
  field: FieldDefinition,
  value: string | number | undefined,
): void {
  if (field.type === 'text') {
    item.set(field.name, new Y.Text(typeof value === 'string' ? value : ''))
  } else if (field.type === 'multi-choice') {
    item.set(field.name, new Y.Map())
  } else if (field.type === 'list') {
    item.set(field.name, new Y.Array())
  } else if (value !== undefined && (field.type !== 'number' || typeof value === 'number')) {
    item.set(field.name, value)
  }
}
