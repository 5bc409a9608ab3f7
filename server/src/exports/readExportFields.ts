import type * as Y from 'yjs'
import {
  formatFrenchNumber,
  readFields,
  type FieldDefinition,
  type FieldValue,
  type ItemValues,
  type KindDefinition,
} from '@maillage/schema'
import { readFieldsJson } from '../documents/readFieldsJson.ts'
import type { ExportField, ExportSection } from './ExportModel.ts'
import { formatLongIsoDate, frenchText } from './frenchText.ts'

/** What an empty field reads as, so that a printed form shows what is still to be filled. */
export const EMPTY_VALUE = 'Non renseigné'
/** What a link to a document the reader may not read (or that is gone) reads as. */
export const HIDDEN_LINK = 'document non accessible'

/**
 * The sections of `definition` with the values of `fields` (validated by `readFields`: a value of
 * the wrong type reads as empty), each field labelled, list fields as tables (one column per item
 * field, one row per item in list order).
 */
export function readExportFields(
  definition: KindDefinition,
  fields: Y.Map<unknown>,
  linkedTitles: ReadonlyMap<string, string>,
): ExportSection[] {
  const { values } = readFields(definition, readFieldsJson(fields).fields)
  return definition.sections.map((section) => ({
    title: frenchText(section.title),
    fields: section.fields.map((field) =>
      exportField(field, values[field.name] ?? null, linkedTitles),
    ),
  }))
}

function exportField(
  field: FieldDefinition,
  value: FieldValue,
  linkedTitles: ReadonlyMap<string, string>,
): ExportField {
  if (field.type !== 'list') {
    const text = formatValue(field, value, linkedTitles)
    const paragraphs = text
      .split(/\n+/u)
      .map((line) => line.trim())
      .filter((line) => line !== '')
    return {
      type: 'value',
      label: frenchText(field.label),
      paragraphs: paragraphs.length === 0 ? [EMPTY_VALUE] : paragraphs,
    }
  }
  const items = Array.isArray(value) ? (value as readonly ItemValues[]) : []
  return {
    type: 'table',
    label: frenchText(field.label),
    itemLabel: frenchText(field.itemLabel),
    columns: field.fields.map((itemField) => frenchText(itemField.label)),
    rows: items.map((item) =>
      field.fields.map((itemField) =>
        formatValue(itemField, item.values[itemField.name] ?? null, linkedTitles).replace(
          /\s*\n\s*/gu,
          ' ',
        ),
      ),
    ),
  }
}

/** A field's value as French text (`''` when empty). */
function formatValue(
  field: FieldDefinition,
  value: FieldValue,
  linkedTitles: ReadonlyMap<string, string>,
): string {
  switch (field.type) {
    case 'text':
      return typeof value === 'string' ? frenchText(value) : ''
    case 'choice':
      return field.options.find((option) => option.value === value)?.label ?? ''
    case 'multi-choice': {
      const chosen = Array.isArray(value) ? (value as readonly unknown[]) : []
      return field.options
        .filter((option) => chosen.includes(option.value))
        .map((option) => option.label)
        .join(', ')
    }
    case 'date':
      return typeof value === 'string' ? formatLongIsoDate(value) : ''
    case 'time':
      return typeof value === 'string' && value !== '' ? value.replace(':', '\u00a0h\u00a0') : ''
    case 'number':
      if (typeof value !== 'number') return ''
      return field.unit === undefined
        ? formatFrenchNumber(value)
        : `${formatFrenchNumber(value)}\u00a0${field.unit}`
    case 'document-link':
      if (typeof value !== 'string' || value === '') return ''
      return linkedTitles.get(value) ?? HIDDEN_LINK
    case 'list': {
      // A list inside a list item: its items' values on one line each.
      const items = Array.isArray(value) ? (value as readonly ItemValues[]) : []
      return items
        .map((item) =>
          field.fields
            .map((itemField) =>
              formatValue(itemField, item.values[itemField.name] ?? null, linkedTitles),
            )
            .filter((text) => text !== '')
            .join(' — '),
        )
        .join('\n')
    }
    default: {
      const never: never = field
      throw new Error(`unknown field type ${JSON.stringify(never)}`)
    }
  }
}
