import {
  BREAKOUT_GROUP_NUMBERS,
  DocumentRoot,
  KINDS,
  fieldsOf,
  groupNotesRoot,
  groupWallRoot,
  type FieldDefinition,
} from '@maillage/schema'

/**
 * How deep shared types may nest in the rich text (`body`): paragraphs, headings, lists in lists,
 * tables (table › row › cell › paragraph › text). Far beyond what a person writes, far below what
 * makes recursive readers (ProseMirror, `toJSON`) overflow the stack.
 */
export const MAX_RICH_TEXT_DEPTH = 64

/** Nesting allowed in a root the server does not know (benchmarks and protocol tests use some). */
export const MAX_OTHER_ROOT_DEPTH = 8

/**
 * Nesting allowed under a key of `fields` that no kind defines: one shared type (the fields of a
 * survey answer are named after its questions: a Y.Text or a Y.Map of ticked options).
 */
const UNKNOWN_FIELD_DEPTH = 1

/**
 * Most shared types that may nest under each root, counting the root's own child as depth 1
 * (`fields` › Y.Array of a list › Y.Map of an item › Y.Text of one of its fields is depth 3).
 * `fields` is given per key by {@link maxFieldDepth}. The roots written by the server only
 * (`messages`, `session`, `comments`) and those holding plain values (`title`, `meta`) admit what the server
 * writes there and nothing deeper, so that a client re-sending them after a server crash passes.
 */
const ROOT_DEPTHS: ReadonlyMap<string, number> = new Map<string, number>([
  [DocumentRoot.Title, 0],
  [DocumentRoot.Meta, 0],
  [DocumentRoot.Body, MAX_RICH_TEXT_DEPTH],
  [DocumentRoot.Messages, 0],
  // A sticky note (Y.Map) and its votes (Y.Map); a group (Y.Map).
  [DocumentRoot.Wall, 2],
  [DocumentRoot.WallGroups, 2],
  [DocumentRoot.Session, 1],
  // Threads of comments are plain JSON values the server writes.
  [DocumentRoot.Comments, 0],
  // Who is in which breakout group (plain values the server writes); each group's notes (rich
  // text) and wall (a sticky note is a Y.Map of plain values).
  [DocumentRoot.Groups, 0],
  ...BREAKOUT_GROUP_NUMBERS.flatMap((n): [string, number][] => [
    [groupNotesRoot(n), MAX_RICH_TEXT_DEPTH],
    [groupWallRoot(n), 1],
  ]),
  // Launched polls and word clouds: plain JSON values the server writes.
  [DocumentRoot.Polls, 0],
  [DocumentRoot.WordClouds, 0],
  // The facilitator's timer (plain values), raised hands and reactions (plain JSON values).
  [DocumentRoot.Timer, 0],
  [DocumentRoot.Hands, 0],
  [DocumentRoot.Reactions, 0],
  // The wall's totals of dots and its settings: plain values the server writes.
  [DocumentRoot.WallVotes, 0],
  [DocumentRoot.WallSettings, 0],
])

/** Depth of the shared types a field holds: Y.Text, Y.Map of options, Y.Array of Y.Map items. */
function depthOfField(field: FieldDefinition): number {
  switch (field.type) {
    case 'text':
    case 'multi-choice':
      return 1
    case 'list':
      return 2 + Math.max(0, ...field.fields.map(depthOfField))
    case 'choice':
    case 'date':
    case 'time':
    case 'number':
    case 'document-link':
      return 0
    default: {
      const unknown: never = field
      throw new Error(`unknown field type ${JSON.stringify(unknown)}`)
    }
  }
}

/** For each field name of any kind, the deepest shape any kind gives it. */
function fieldDepthsOfKinds(): ReadonlyMap<string, number> {
  const depths = new Map<string, number>()
  for (const definition of Object.values(KINDS)) {
    for (const field of fieldsOf(definition)) {
      depths.set(field.name, Math.max(depths.get(field.name) ?? 0, depthOfField(field)))
    }
  }
  return depths
}

const FIELD_DEPTHS = fieldDepthsOfKinds()

/**
 * The most shared types that may nest under the key `key` of `fields`, as the kinds of
 * `@maillage/schema` shape that field (a key no kind defines: one shared type).
 */
export function maxFieldDepth(key: string): number {
  return Math.max(FIELD_DEPTHS.get(key) ?? 0, UNKNOWN_FIELD_DEPTH)
}

/**
 * The most shared types that may nest under root `root`, below its child at key `key` (the key
 * under which the outermost type hangs, when the root is a map; null otherwise).
 */
export function maxTypeDepth(root: string, key: string | null): number {
  if (root === DocumentRoot.Fields) return key === null ? 0 : maxFieldDepth(key)
  return ROOT_DEPTHS.get(root) ?? MAX_OTHER_ROOT_DEPTH
}
