import {
  kindDefinition,
  pilotageIndexOf,
  readFields,
  weakestCriteria,
  type DocumentKind,
  type FieldProblem,
} from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

/** Weakest quality criteria the index keeps per document. */
export const MAX_WEAK_CRITERIA = 3

/** Longest value of a key field the index keeps, as the record's schema accepts it. */
export const MAX_KEY_FIELD_LENGTH = 500

/** What the index record keeps of a document's structured fields. */
export type FieldsIndex = Pick<
  DocumentRecord,
  'status' | 'keyFields' | 'qualityScore' | 'weakCriteria' | 'fieldProblems' | 'pilotage'
>

/** The index of a document's fields, and the values of the wrong type found while reading them. */
export interface IndexedFields {
  /** Every key is present; `undefined` removes a value the record had (records are JSON). */
  readonly index: FieldsIndex
  readonly problems: readonly FieldProblem[]
}

/**
 * Reads and validates the raw `fields` of a document of `kind` (`fields.toJSON()`), and extracts
 * what lists, filters and dashboards need: status, key fields, quality score and its weakest
 * criteria (for kinds with a quality grid), the steering digest (`pilotage`, for fiches action and
 * feuilles de route) and the number of values of the wrong type, which are read as empty rather
 * than failing the whole document.
 */
export function indexFields(
  kind: DocumentKind,
  raw: Readonly<Record<string, unknown>>,
  context: { readonly nowMs: number; readonly title: string },
): IndexedFields {
  const definition = kindDefinition(kind)
  const { values, problems } = readFields(definition, raw)
  const { status, keyFields } = definition.index(values)
  const report = definition.quality?.(values, { now: context.nowMs, title: context.title }) ?? null
  return {
    index: {
      status: status ?? undefined,
      keyFields: Object.fromEntries(
        Object.entries(keyFields).map(([name, value]) => [
          name,
          value.slice(0, MAX_KEY_FIELD_LENGTH),
        ]),
      ),
      qualityScore: report?.score,
      weakCriteria:
        report === null
          ? undefined
          : weakestCriteria(report, MAX_WEAK_CRITERIA).map(({ id, label, level }) => ({
              id,
              label,
              level,
            })),
      fieldProblems: problems.length,
      pilotage: pilotageIndexOf(kind, values) ?? undefined,
    },
    problems,
  }
}
