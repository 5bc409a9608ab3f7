import { memo, useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import * as Y from 'yjs'
import type { FieldDefinition, ListFieldDefinition } from '@maillage/schema'
import { CommentFieldButton } from './CommentFieldButton.tsx'
import { useFieldsEnvironment } from './FieldsContext.tsx'
import { newItemId, orderBetween } from './listOrder.ts'
import { stampItem } from './stampItem.ts'
import { fieldTexts } from './texts.ts'
import { useYMapEntry } from '../collaboration/index.ts'

/** Renders one field of an item (given by the caller, so that lists may hold lists). */
export type RenderField = (item: Y.Map<unknown>, field: FieldDefinition, id: string) => ReactNode

/** Renders something under an item's fields (an indicator's chart). */
export type RenderItemExtra = (item: Y.Map<unknown>) => ReactNode

/**
 * Items several people add, edit, reorder and remove at once: a Y.Array of Y.Map. Items are shown
 * in the order of their `order` key; moving one changes only its own `order`. After « Supprimer »
 * the focus goes to the next item's « Supprimer » (else the previous one's, else « Ajouter »):
 * the button pressed is gone, and the focus must not fall to the page; after « Monter » or
 * « Descendre » it stays on the moved item. A list whose definition asks for it (`stampItems`)
 * keeps in each item added who added it and on which day.
 */
export function ListFieldInput(props: {
  map: Y.Map<unknown>
  field: ListFieldDefinition
  id: string
  renderField: RenderField
  renderItemExtra?: RenderItemExtra
}): ReactNode {
  const { map, field, id } = props
  const { readOnly, personName } = useFieldsEnvironment()
  const entry = useYMapEntry(map, field.name)
  const array = entry instanceof Y.Array ? (entry as Y.Array<unknown>) : null
  useListVersion(array)
  const items = array === null ? [] : sortedItems(array)
  // The first field of an item just added, focused once it is on screen: typing right after
  // « Ajouter » goes into the new item, not into the button again.
  const focusNext = useRef<string | null>(null)
  const requestFocus = useCallback((targetId: string) => {
    focusNext.current = targetId
  }, [])
  useEffect(() => {
    const target = focusNext.current === null ? null : document.getElementById(focusNext.current)
    if (target === null) return
    focusNext.current = null
    target.focus()
  })

  function handleAdd(): void {
    const item = newItem(field, items.at(-1))
    stampItem(item, field, personName)
    const first = field.fields[0]
    if (array === null) {
      const created = new Y.Array<unknown>()
      created.push([item])
      map.set(field.name, created)
    } else {
      array.push([item])
    }
    // Read once inserted: a new Y.Map answers `get` only once it is part of the document.
    if (first !== undefined)
      focusNext.current = `${id}-${itemKey(item, items.length)}-${first.name}`
  }

  return (
    <fieldset className="champ liste-champ">
      <legend id={`${id}-legende`}>{field.label}</legend>
      <CommentFieldButton field={field} />
      {field.hint !== undefined && <p className="aide">{field.hint}</p>}
      {items.length === 0 && <p className="aide">{fieldTexts.empty}</p>}
      <ol className="elements" aria-labelledby={`${id}-legende`}>
        {items.map((item, index) => (
          <ListItem
            key={itemKey(item, index)}
            item={item}
            index={index}
            field={field}
            id={`${id}-${itemKey(item, index)}`}
            focusAfterRemoval={focusAfterRemoval(id, items, index)}
            onFocusRequest={requestFocus}
            previous={items[index - 1]}
            beforePrevious={items[index - 2]}
            next={items[index + 1]}
            afterNext={items[index + 2]}
            readOnly={readOnly}
            array={array}
            renderField={props.renderField}
            renderItemExtra={props.renderItemExtra}
          />
        ))}
      </ol>
      {!readOnly && (
        <button
          type="button"
          id={`${id}-ajouter`}
          className="bouton-secondaire"
          onClick={handleAdd}
        >
          {fieldTexts.add(field.addLabel)}
        </button>
      )}
    </fieldset>
  )
}

const ListItem = memo(function ListItem(props: {
  item: Y.Map<unknown>
  index: number
  field: ListFieldDefinition
  id: string
  /** Id of the control that takes the focus once this item is removed. */
  focusAfterRemoval: string
  onFocusRequest: (targetId: string) => void
  previous: Y.Map<unknown> | undefined
  beforePrevious: Y.Map<unknown> | undefined
  next: Y.Map<unknown> | undefined
  afterNext: Y.Map<unknown> | undefined
  readOnly: boolean
  array: Y.Array<unknown> | null
  renderField: RenderField
  renderItemExtra: RenderItemExtra | undefined
}): ReactNode {
  const { item, index, field, id } = props
  const number = index + 1
  return (
    <li className="element">
      <fieldset>
        <legend>{fieldTexts.item(field.itemLabel, number)}</legend>
        <div className="champs-element">
          {field.fields.map((child) => (
            <div key={child.name} className={`champ-${child.type}`}>
              {props.renderField(item, child, `${id}-${child.name}`)}
            </div>
          ))}
        </div>
        {props.renderItemExtra?.(item)}
        {!props.readOnly && (
          <div className="actions-element">
            <button
              type="button"
              className="bouton-secondaire"
              id={`${id}-monter`}
              disabled={props.previous === undefined}
              aria-label={fieldTexts.moveUpItem(field.itemLabel, number)}
              onClick={() => {
                // Moved, the item's buttons leave the page for an instant; at the top, « Monter »
                // is disabled: the focus stays on a button of the item that can still act.
                props.onFocusRequest(
                  props.beforePrevious === undefined ? `${id}-descendre` : `${id}-monter`,
                )
                item.set(
                  'order',
                  orderBetween(orderOf(props.beforePrevious), orderOf(props.previous)),
                )
              }}
            >
              {fieldTexts.moveUp}
            </button>
            <button
              type="button"
              className="bouton-secondaire"
              id={`${id}-descendre`}
              disabled={props.next === undefined}
              aria-label={fieldTexts.moveDownItem(field.itemLabel, number)}
              onClick={() => {
                props.onFocusRequest(
                  props.afterNext === undefined ? `${id}-monter` : `${id}-descendre`,
                )
                item.set('order', orderBetween(orderOf(props.next), orderOf(props.afterNext)))
              }}
            >
              {fieldTexts.moveDown}
            </button>
            <button
              type="button"
              id={`${id}-supprimer`}
              className="bouton-secondaire"
              aria-label={fieldTexts.removeItem(field.itemLabel, number)}
              onClick={() => {
                const position = props.array?.toArray().indexOf(item) ?? -1
                if (position === -1) return
                props.onFocusRequest(props.focusAfterRemoval)
                props.array?.delete(position, 1)
              }}
            >
              {fieldTexts.remove}
            </button>
          </div>
        )}
      </fieldset>
    </li>
  )
})

// The next item's « Supprimer », else the previous one's, else the list's « Ajouter ».
function focusAfterRemoval(
  listId: string,
  items: readonly Y.Map<unknown>[],
  index: number,
): string {
  const neighbour = index + 1 < items.length ? index + 1 : index - 1
  const item = items[neighbour]
  return item === undefined
    ? `${listId}-ajouter`
    : `${listId}-${itemKey(item, neighbour)}-supprimer`
}

function sortedItems(array: Y.Array<unknown>): Y.Map<unknown>[] {
  const items = array.toArray().filter((value): value is Y.Map<unknown> => value instanceof Y.Map)
  return items.sort(
    (a, b) =>
      (orderOf(a) ?? 0) - (orderOf(b) ?? 0) ||
      String(a.get('id')).localeCompare(String(b.get('id'))),
  )
}

function orderOf(item: Y.Map<unknown> | undefined): number | undefined {
  const order = item?.get('order')
  return typeof order === 'number' && Number.isFinite(order) ? order : undefined
}

function itemKey(item: Y.Map<unknown>, index: number): string {
  const id = item.get('id')
  return typeof id === 'string' ? id : `element-${index}`
}

// A new item with every shared type its fields need, made before it is inserted so that nobody
// races to create them.
function newItem(field: ListFieldDefinition, last: Y.Map<unknown> | undefined): Y.Map<unknown> {
  const item = new Y.Map<unknown>()
  item.set('id', newItemId())
  item.set('order', orderBetween(orderOf(last), undefined))
  for (const child of field.fields) {
    if (child.type === 'text') item.set(child.name, new Y.Text())
    else if (child.type === 'multi-choice') item.set(child.name, new Y.Map())
    else if (child.type === 'list') item.set(child.name, new Y.Array())
  }
  return item
}

/**
 * A number that changes when items are added, removed or reordered — not when someone types in
 * an item, which only the item's own inputs follow.
 */
function useListVersion(array: Y.Array<unknown> | null): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (array === null) return
    const handleChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
      const reshaped = events.some(
        (event) =>
          event.target === array ||
          (event.target.parent === array &&
            event instanceof Y.YMapEvent &&
            event.keysChanged.has('order')),
      )
      if (reshaped) setVersion((previous) => previous + 1)
    }
    array.observeDeep(handleChange)
    return () => {
      array.unobserveDeep(handleChange)
    }
  }, [array])
  return version
}
