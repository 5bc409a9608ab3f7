import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import type { FieldDefinition, ListFieldDefinition } from '@maillage/schema'
import { ChoiceFieldInput } from './ChoiceFieldInput.tsx'
import { DateTimeFieldInput } from './DateTimeFieldInput.tsx'
import { DocumentLinkFieldInput } from './DocumentLinkFieldInput.tsx'
import { IndicatorSummary } from './IndicatorSummary.tsx'
import { KeyFigurePreview } from './KeyFigurePreview.tsx'
import { ListFieldInput, type RenderItemExtra } from './ListFieldInput.tsx'
import { MultiChoiceFieldInput } from './MultiChoiceFieldInput.tsx'
import { NumberFieldInput } from './NumberFieldInput.tsx'
import { TextFieldInput } from './TextFieldInput.tsx'

/** The input of one field of `map`, by the field's type. */
export function FieldInput(props: {
  map: Y.Map<unknown>
  field: FieldDefinition
  id: string
}): ReactNode {
  return renderField(props.map, props.field, props.id)
}

function renderField(map: Y.Map<unknown>, field: FieldDefinition, id: string): ReactNode {
  switch (field.type) {
    case 'text':
      return <TextFieldInput map={map} field={field} id={id} />
    case 'choice':
      return <ChoiceFieldInput map={map} field={field} id={id} />
    case 'multi-choice':
      return <MultiChoiceFieldInput map={map} field={field} id={id} />
    case 'date':
    case 'time':
      return <DateTimeFieldInput map={map} field={field} id={id} />
    case 'number':
      return <NumberFieldInput map={map} field={field} id={id} />
    case 'document-link':
      return <DocumentLinkFieldInput map={map} field={field} id={id} />
    case 'list':
      return (
        <ListFieldInput
          map={map}
          field={field}
          id={id}
          renderField={renderField}
          renderItemExtra={itemExtraOf(field)}
        />
      )
    default: {
      const unknown: never = field
      return unknown
    }
  }
}

// What a list shows under each item: an indicator's measurements, a key figure as displayed.
function itemExtraOf(field: ListFieldDefinition): RenderItemExtra | undefined {
  if (field.fields.some((child) => child.name === 'mesures' && child.type === 'list')) {
    return (item) => <IndicatorSummary item={item} fields={field.fields} />
  }
  if (field.name === 'chiffresCles') {
    return (item) => <KeyFigurePreview item={item} fields={field.fields} />
  }
  return undefined
}
