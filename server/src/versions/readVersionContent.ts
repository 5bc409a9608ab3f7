import type * as Y from 'yjs'
import type { RichTextJson } from '@maillage/protocol'
import {
  DocumentRoot,
  formatFrenchDate,
  formatFrenchNumber,
  kindDefinition,
  type FieldDefinition,
} from '@maillage/schema'
import { richTextOfFragment } from '../ateliers/richTextOfFragment.ts'
import { readFieldsJson } from '../documents/readFieldsJson.ts'

/** One item of a list field as shown: its stable id (what a comparison pairs) and its text. */
export interface ContentListItem {
  readonly id: string
  readonly text: string
}

/** One structured field as shown: labelled, its value as text, a list field item by item. */
export interface ContentField {
  readonly name: string
  readonly label: string
  readonly value: string
  readonly items?: readonly ContentListItem[]
}

/** What a version (or the current state) shows: title, labelled fields, body as Tiptap JSON. */
export interface VersionContent {
  readonly title: string
  readonly fields: readonly ContentField[]
  readonly body: RichTextJson
}

/**
 * Reads the content of a document's Y.Doc as people see it, with the fields of `kind` in its
 * display order (values of the wrong type read as empty, as the index reads them). Synchronous:
 * call it inside `DocumentContent.read` or on a version's own Y.Doc.
 */
export function readVersionContent(doc: Y.Doc, kind: string): VersionContent {
  const { fields: values } = readFieldsJson(doc.getMap(DocumentRoot.Fields))
  const fields = kindDefinition(kind).sections.flatMap((section) =>
    section.fields.map((field) => contentFieldOf(field, values[field.name])),
  )
  return {
    title: doc.getText(DocumentRoot.Title).toString(),
    fields,
    body: richTextOfFragment(doc.getXmlFragment(DocumentRoot.Body)),
  }
}

function contentFieldOf(field: FieldDefinition, value: unknown): ContentField {
  if (field.type !== 'list') {
    return { name: field.name, label: field.label, value: textOfValue(field, value) }
  }
  const items = listItemsOf(value).map((item, index) => ({
    id: typeof item.id === 'string' ? item.id : `position-${index}`,
    text: field.fields
      .map((itemField) => [itemField.label, textOfValue(itemField, item[itemField.name])])
      .filter(([, text]) => text !== '')
      .map(([label, text]) => `${label} : ${text}`)
      .join(' · '),
  }))
  return {
    name: field.name,
    label: field.label,
    value: items.map((item) => item.text).join('\n'),
    items,
  }
}

/** The items of a list value, in the order people see them (by `order`, then as stored). */
function listItemsOf(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return []
  const items = value.filter(
    (item): item is Record<string, unknown> => typeof item === 'object' && item !== null,
  )
  return items
    .map((item, index) => ({ item, order: typeof item.order === 'number' ? item.order : index }))
    .sort((a, b) => a.order - b.order)
    .map(({ item }) => item)
}

/** A field's value as the text people read: labels of choices, French dates and numbers. */
function textOfValue(field: FieldDefinition, value: unknown): string {
  switch (field.type) {
    case 'text':
    case 'time':
    case 'document-link':
      return typeof value === 'string' ? value : ''
    case 'date':
      return typeof value === 'string' ? formatFrenchDate(value) : ''
    case 'choice':
      return typeof value === 'string' ? labelOf(field.options, value) : ''
    case 'multi-choice':
      return typeof value === 'object' && value !== null
        ? field.options
            .filter((option) => (value as Record<string, unknown>)[option.value] === true)
            .map((option) => option.label)
            .join(', ')
        : ''
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? `${formatFrenchNumber(value)}${field.unit === undefined ? '' : ` ${field.unit}`}`
        : ''
    case 'list':
      return listItemsOf(value).length === 0 ? '' : `${listItemsOf(value).length} éléments`
    default: {
      const unknownField: never = field
      return String(unknownField)
    }
  }
}

function labelOf(options: readonly { value: string; label: string }[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value
}
