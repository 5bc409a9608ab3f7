import { Mark, type Attributes } from '@tiptap/core'
import { authorColour } from './authorColour.ts'
import { SuggestionMark, readSuggestionAttributes } from '@maillage/schema'

// Built at the first suggestion shown: a formatter reads ICU's locale and time-zone data.
let whenFormat: Intl.DateTimeFormat | undefined

// Each attribute lives in a data- attribute of the element, so that copying a suggestion keeps it.
const ATTRIBUTES: Attributes = {
  id: { default: null, parseHTML: (element) => element.dataset['suggestionId'] ?? null },
  authorId: { default: null, parseHTML: (element) => element.dataset['authorId'] ?? null },
  authorName: { default: null, parseHTML: (element) => element.dataset['authorName'] ?? null },
  at: { default: null, parseHTML: (element) => element.dataset['at'] ?? null },
}

function renderSuggestion(
  tag: 'ins' | 'del',
  verb: string,
  attributes: Record<string, unknown>,
): [string, Record<string, string>, 0] {
  const suggestion = readSuggestionAttributes(attributes)
  if (suggestion === null) return [tag, {}, 0]
  whenFormat ??= new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  })
  const when = whenFormat.format(new Date(suggestion.at))
  return [
    tag,
    {
      class: `suggestion suggestion-${tag === 'ins' ? 'ajout' : 'suppression'}`,
      'data-suggestion-id': suggestion.id,
      'data-author-id': suggestion.authorId,
      'data-author-name': suggestion.authorName,
      'data-at': suggestion.at,
      title: `${verb} par ${suggestion.authorName}, le ${when}`,
      style: `--couleur-auteur: ${authorColour(suggestion.authorId)}`,
    },
    0,
  ]
}

/**
 * Suggested insertion: text someone proposes to add, shown underlined in its author's colour with
 * the author and time in its title. Not inclusive: typing right after it is not part of it (the
 * suggestion mode marks what it types itself).
 */
export const SuggestionInsertion = Mark.create({
  name: SuggestionMark.Insertion,
  inclusive: false,
  addAttributes: () => ATTRIBUTES,
  parseHTML: () => [{ tag: 'ins[data-suggestion-id]' }],
  renderHTML: ({ mark }) => renderSuggestion('ins', 'Ajout proposé', mark.attrs),
})

/**
 * Suggested deletion: text someone proposes to remove, kept in the document and struck through in
 * its author's colour until someone who may edit accepts (removes it) or rejects (keeps it).
 */
export const SuggestionDeletion = Mark.create({
  name: SuggestionMark.Deletion,
  inclusive: false,
  addAttributes: () => ATTRIBUTES,
  parseHTML: () => [{ tag: 'del[data-suggestion-id]' }],
  renderHTML: ({ mark }) => renderSuggestion('del', 'Suppression proposée', mark.attrs),
})
