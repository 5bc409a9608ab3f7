import type * as Y from 'yjs'

/** The `groups` root of an atelier's Y.Doc as a client received it: state and groups. */
export function groupsOf(doc: Y.Doc): {
  state?: unknown
  groups?: { n: number; name: string; memberIds: string[] }[]
} {
  const map = doc.getMap<unknown>('groups')
  return {
    state: map.get('state'),
    groups: map.get('groups') as { n: number; name: string; memberIds: string[] }[] | undefined,
  }
}
