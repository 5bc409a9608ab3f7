import { diffArrays } from 'diff'
import type { BlockDiffView, FieldDiffView, TextDiffView } from '@maillage/protocol'
import { bodyBlocks, type BodyBlock } from './bodyBlocks.ts'
import { diffText, isDifferent, wholeText } from './diffText.ts'
import type { ContentField, ContentListItem, VersionContent } from './readVersionContent.ts'

/** What changed from one content to another (the body of `VersionDiffView`). */
export interface ContentDiff {
  readonly title: TextDiffView
  readonly fields: readonly FieldDiffView[]
  readonly body: readonly BlockDiffView[]
  readonly identical: boolean
}

/**
 * Compares two contents of one document: the title and each field by words, list fields item by
 * item (paired by their stable ids), the body block by block (blocks aligned by a longest common
 * subsequence, then a run of removed blocks followed by added ones compared pairwise by words).
 */
export function diffVersionContent(before: VersionContent, after: VersionContent): ContentDiff {
  const title = diffText(before.title, after.title)
  const fields = diffFields(before.fields, after.fields)
  const body = diffBlocks(bodyBlocks(before.body), bodyBlocks(after.body))
  const identical =
    !isDifferent(title.status) &&
    fields.every((field) => !isDifferent(field.status)) &&
    body.every((block) => !isDifferent(block.status))
  return { title, fields, body, identical }
}

function diffFields(
  before: readonly ContentField[],
  after: readonly ContentField[],
): FieldDiffView[] {
  return after.map((field) => {
    const old = before.find((candidate) => candidate.name === field.name)
    if (field.items === undefined) {
      const text = diffText(old?.value ?? '', field.value)
      return { name: field.name, label: field.label, status: text.status, parts: text.parts }
    }
    const items = diffItems(old?.items ?? [], field.items)
    const changed = items.some((item) => isDifferent(item.status))
    return {
      name: field.name,
      label: field.label,
      status: changed ? 'changed' : 'unchanged',
      parts: [],
      items,
    }
  })
}

/** Items of a list, in the newer order; an item removed shows where it stood before. */
function diffItems(
  before: readonly ContentListItem[],
  after: readonly ContentListItem[],
): TextDiffView[] {
  const changes = diffArrays(
    before.map((item) => item.id),
    after.map((item) => item.id),
  )
  const textOf = (items: readonly ContentListItem[], id: string): string =>
    items.find((item) => item.id === id)?.text ?? ''
  return changes.flatMap((change) =>
    change.value.map((id) => {
      if (change.added) return wholeText('added', textOf(after, id))
      if (change.removed) return wholeText('removed', textOf(before, id))
      return diffText(textOf(before, id), textOf(after, id))
    }),
  )
}

function keyOf(block: BodyBlock): string {
  return `${block.type}|${block.level ?? ''}|${block.text}`
}

function diffBlocks(before: readonly BodyBlock[], after: readonly BodyBlock[]): BlockDiffView[] {
  const changes = diffArrays(before.map(keyOf), after.map(keyOf))
  const views: BlockDiffView[] = []
  let removed: BodyBlock[] = []
  let beforeIndex = 0
  let afterIndex = 0
  for (const change of changes) {
    const count = change.value.length
    if (change.removed) {
      removed = before.slice(beforeIndex, beforeIndex + count)
      beforeIndex += count
      continue
    }
    if (change.added) {
      const added = after.slice(afterIndex, afterIndex + count)
      afterIndex += count
      views.push(...pairBlocks(removed, added))
      removed = []
      continue
    }
    views.push(...pairBlocks(removed, []))
    removed = []
    for (const block of after.slice(afterIndex, afterIndex + count)) {
      views.push(viewOf(block, diffText(block.text, block.text)))
    }
    beforeIndex += count
    afterIndex += count
  }
  views.push(...pairBlocks(removed, []))
  return views
}

/**
 * Blocks removed then added at one place: paired in order as changed blocks (what an edit of a
 * paragraph looks like), the surplus of either side as wholly removed or added.
 */
function pairBlocks(removed: readonly BodyBlock[], added: readonly BodyBlock[]): BlockDiffView[] {
  const views: BlockDiffView[] = []
  const length = Math.max(removed.length, added.length)
  for (let index = 0; index < length; index += 1) {
    const old = removed[index]
    const current = added[index]
    if (old !== undefined && current !== undefined) {
      // Paired blocks differ (their keys did): same words in another type is a change too.
      const text = diffText(old.text, current.text)
      views.push(viewOf(current, { status: 'changed', parts: text.parts }))
    } else if (old !== undefined) {
      views.push(viewOf(old, wholeText('removed', old.text)))
    } else if (current !== undefined) {
      views.push(viewOf(current, wholeText('added', current.text)))
    }
  }
  return views
}

function viewOf(block: BodyBlock, text: TextDiffView): BlockDiffView {
  return {
    type: block.type,
    ...(block.level === undefined ? {} : { level: block.level }),
    status: text.status,
    parts: text.parts,
  }
}
