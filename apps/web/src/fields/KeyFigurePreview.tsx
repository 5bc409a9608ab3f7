import { useMemo, type ReactNode } from 'react'
import type * as Y from 'yjs'
import {
  formatKeyFigure,
  isMasked,
  numberValue,
  stringValue,
  type FieldDefinition,
} from '@maillage/schema'
import { readItem } from './readItem.ts'
import { fieldTexts } from './texts.ts'
import { useYDeepVersion } from '../collaboration/index.ts'

/** Under a key figure: how it will be shown, masked below the statistical-secrecy threshold. */
export function KeyFigurePreview(props: {
  item: Y.Map<unknown>
  fields: readonly FieldDefinition[]
}): ReactNode {
  const version = useYDeepVersion(props.item)
  const item = useMemo(
    () => readAt(props.item, props.fields, version),
    [props.item, props.fields, version],
  )
  const shown = formatKeyFigure(item)
  if (shown === '') return null
  const masked = isMasked(numberValue(item.values, 'valeur'), stringValue(item.values, 'nature'))
  return (
    <p className="apercu-chiffre">
      {fieldTexts.keyFigureShown} <strong>{shown}</strong>
      {masked && ` — ${fieldTexts.maskedHint}`}
    </p>
  )
}

function readAt(item: Y.Map<unknown>, fields: readonly FieldDefinition[], _version: number) {
  return readItem(item, fields)
}
