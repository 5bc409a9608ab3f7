import type * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'
import type { DocumentContent } from '../../../documents/DocumentContent.ts'

/**
 * Runs `decide` inside one server change of `id` and resolves with what it returns: the decision
 * is made on the room's current document, so two requests at once cannot interleave. A `decide`
 * that throws must have written nothing: its error is rethrown once the (empty) change settled.
 */
export async function decideInChange<T>(
  content: DocumentContent,
  id: DocumentId,
  decide: (doc: Y.Doc) => T,
): Promise<T> {
  // A holder, not a variable: the callback's assignments are invisible to the narrowing.
  const outcome: { value?: { readonly decided: T }; error?: unknown } = {}
  await content.change(id, (doc) => {
    try {
      outcome.value = { decided: decide(doc) }
    } catch (error) {
      outcome.error = error
    }
  })
  if (outcome.value === undefined) throw outcome.error
  return outcome.value.decided
}
