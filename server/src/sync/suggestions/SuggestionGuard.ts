import * as Y from 'yjs'
import type { Logger } from 'pino'
import type { DocumentId } from '@maillage/protocol'
import type { Principal } from '../../auth/Authenticator.ts'
import { isOwnSuggestionChange } from './isOwnSuggestionChange.ts'
import { textDeltaOf } from './textDeltaOf.ts'

/** Stable code of a refused update of a suggest-only connection (logged; the close is 4403). */
export const SUGGESTION_ONLY_CODE = 'SYNC_SUGGESTION_ONLY'

/**
 * Checks what a suggest-only connection (a lecteur whose space lets lecteurs suggest) writes to
 * a room's document: its own suggestions in the rich text and nothing else (see
 * `isOwnSuggestionChange`). Yjs cannot undo an applied update, so the update is first applied to
 * a shadow copy of the document; only the texts it changed there are compared with the room's
 * document, which it has not touched yet. The shadow is built at the first such update, kept in
 * step with every change of the room's document while it lives, thrown away after a refused
 * update (it holds it) and when the last suggest-only connection leaves: editors alone in a
 * room pay nothing.
 */
export class SuggestionGuard {
  readonly #documentId: DocumentId
  readonly #logger: Logger
  #shadow: { doc: Y.Doc; source: Y.Doc; follow: (update: Uint8Array) => void } | null = null

  constructor(options: { documentId: DocumentId; logger: Logger }) {
    this.#documentId = options.documentId
    this.#logger = options.logger
  }

  /**
   * True when `update`, applied to `doc`, changes nothing but `principal`'s own suggestions.
   * `doc` must not have it yet. A refusal is logged with {@link SUGGESTION_ONLY_CODE}.
   */
  admits(doc: Y.Doc, update: Uint8Array, principal: Principal): boolean {
    const shadow = this.#shadowOf(doc)
    // The shared types the update changed (typed loosely: each is checked to be a text below).
    const changed = new Set<unknown>()
    const stateBefore = Y.decodeStateVector(Y.encodeStateVector(shadow))
    const seen = { keysChanged: false }
    const collect = (transaction: Y.Transaction): void => {
      for (const [type, keys] of transaction.changed) {
        changed.add(type)
        if ([...keys].some((key) => key !== null)) seen.keysChanged = true
      }
    }
    shadow.on('afterTransaction', collect)
    try {
      Y.applyUpdate(shadow, update)
    } finally {
      shadow.off('afterTransaction', collect)
    }
    const author = { id: principal.id, name: principal.name }
    // Structs that others sent earlier and that waited for this update's (pending in both copies)
    // come in with it: they are not this connection's doing, and are left out of what it changed.
    const { from, to } = Y.parseUpdateMeta(update)
    const cameWithOthers = (item: Y.Item): boolean => {
      const { client, clock } = item.id
      const start = from.get(client)
      const end = to.get(client)
      const inUpdate = start !== undefined && end !== undefined && clock >= start && clock < end
      return !inUpdate && clock >= (stateBefore.get(client) ?? 0)
    }
    const admitted =
      !seen.keysChanged &&
      [...changed].every((type) => isOwnTextChange(doc, type, author, cameWithOthers))
    if (!admitted) {
      this.release()
      this.#logger.warn(
        { documentId: this.#documentId, principalId: principal.id, code: SUGGESTION_ONLY_CODE },
        'a suggest-only connection wrote more than its own suggestions; closing it',
      )
    }
    return admitted
  }

  /** Forgets the shadow copy (no suggest-only connection left, or the room closes). */
  release(): void {
    if (this.#shadow === null) return
    this.#shadow.source.off('update', this.#shadow.follow)
    this.#shadow.doc.destroy()
    this.#shadow = null
  }

  #shadowOf(doc: Y.Doc): Y.Doc {
    if (this.#shadow?.source === doc) return this.#shadow.doc
    this.release()
    const shadow = new Y.Doc({ guid: doc.guid })
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(doc))
    const follow = (update: Uint8Array): void => {
      Y.applyUpdate(shadow, update)
    }
    doc.on('update', follow)
    this.#shadow = { doc: shadow, source: doc, follow }
    return shadow
  }
}

// A changed type must be a text of the rich text that the room's document already holds (a new
// one comes with a new paragraph, a change of structure), changed by the author's suggestions.
function isOwnTextChange(
  doc: Y.Doc,
  changed: unknown,
  author: { id: string; name: string },
  cameWithOthers: (item: Y.Item) => boolean,
): boolean {
  if (!(changed instanceof Y.XmlText) || changed._item === null) return false
  const { client, clock } = changed._item.id
  if (clock >= Y.getState(doc.store, client)) return false
  const item = Y.getItem(doc.store, changed._item.id)
  if (!(item instanceof Y.Item) || item.deleted) return false
  const original = item.content
  if (!(original instanceof Y.ContentType) || !(original.type instanceof Y.XmlText)) return false
  const before = textDeltaOf(original.type, () => false)
  return isOwnSuggestionChange(before, textDeltaOf(changed, cameWithOthers), author)
}
