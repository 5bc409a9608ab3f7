import type { Editor } from '@tiptap/core'
import { useState, type CSSProperties, type ReactNode } from 'react'
import {
  authorColour,
  resolveSuggestions,
  type SuggestionAttributes,
  type SuggestionDecision,
  type SuggestionSummary,
} from '@maillage/editor'
import '../../styles/suggestions.css'
import { formatSuggestionTime, suggestionTexts } from './texts.ts'
import { useSuggestionList } from './useSuggestionList.ts'

/** The suggestions of one person, in reading order. */
interface AuthorGroup {
  readonly authorId: string
  readonly authorName: string
  readonly suggestions: readonly SuggestionSummary[]
}

function groupByAuthor(suggestions: readonly SuggestionSummary[]): AuthorGroup[] {
  const groups = new Map<string, AuthorGroup>()
  for (const suggestion of suggestions) {
    const group = groups.get(suggestion.authorId)
    groups.set(suggestion.authorId, {
      authorId: suggestion.authorId,
      authorName: group?.authorName ?? suggestion.authorName,
      suggestions: [...(group?.suggestions ?? []), suggestion],
    })
  }
  return [...groups.values()]
}

/**
 * « Suggestions » in the document's side panel: every pending suggestion with its author, time
 * and text, grouped by person. Whoever may edit accepts or rejects each one, or all of one
 * person's; a suggester withdraws their own. What happened is announced (`aria-live`).
 */
export function SuggestionsPanel(props: {
  editor: Editor | null
  /** May accept and reject (`review.edit`). */
  canDecide: boolean
  /** The signed-in person, who may withdraw their own suggestions. */
  accountId: string
}): ReactNode {
  const { editor, canDecide, accountId } = props
  const suggestions = useSuggestionList(editor)
  const [announcement, setAnnouncement] = useState('')

  function decide(
    matches: (suggestion: SuggestionAttributes) => boolean,
    decision: SuggestionDecision,
    done: string,
  ): void {
    if (editor === null) return
    const tr = resolveSuggestions(editor.state, matches, decision)
    if (tr === null) return
    editor.view.dispatch(tr)
    setAnnouncement(done)
  }

  return (
    <section aria-labelledby="titre-suggestions" className="panneau-suggestions">
      <h2 id="titre-suggestions">{suggestionTexts.heading}</h2>
      <p role="status" aria-live="polite" className="annonce-suggestions">
        {announcement}
      </p>
      {suggestions.length === 0 ? (
        <p>{suggestionTexts.none}</p>
      ) : (
        <>
          {!canDecide && <p className="aide-suggestions">{suggestionTexts.readOnlyHint}</p>}
          {groupByAuthor(suggestions).map((group) => (
            <AuthorSuggestions
              key={group.authorId}
              group={group}
              canDecide={canDecide}
              isOwn={group.authorId === accountId}
              onDecide={decide}
            />
          ))}
        </>
      )}
    </section>
  )
}

function AuthorSuggestions(props: {
  group: AuthorGroup
  canDecide: boolean
  isOwn: boolean
  onDecide: (
    matches: (suggestion: SuggestionAttributes) => boolean,
    decision: SuggestionDecision,
    done: string,
  ) => void
}): ReactNode {
  const { group, canDecide, isOwn, onDecide } = props
  const headingId = `suggestions-de-${group.authorId}`
  const byAuthor = (suggestion: SuggestionAttributes): boolean =>
    suggestion.authorId === group.authorId
  return (
    <section
      aria-labelledby={headingId}
      className="suggestions-auteur"
      style={{ '--couleur-auteur': authorColour(group.authorId) } as CSSProperties}
    >
      <h3 id={headingId}>
        {group.authorName}{' '}
        <span className="nombre-suggestions">
          ({suggestionTexts.countOf(group.suggestions.length)})
        </span>
      </h3>
      {canDecide && (
        <div className="actions-suggestions">
          <button
            type="button"
            className="bouton-secondaire"
            aria-label={suggestionTexts.acceptAllLabel(group.authorName)}
            onClick={() => {
              onDecide(byAuthor, 'accept', suggestionTexts.allAccepted(group.authorName))
            }}
          >
            {suggestionTexts.acceptAll}
          </button>
          <button
            type="button"
            className="bouton-secondaire"
            aria-label={suggestionTexts.rejectAllLabel(group.authorName)}
            onClick={() => {
              onDecide(byAuthor, 'reject', suggestionTexts.allRejected(group.authorName))
            }}
          >
            {suggestionTexts.rejectAll}
          </button>
        </div>
      )}
      <ul className="liste-suggestions">
        {group.suggestions.map((suggestion) => (
          <SuggestionItem
            key={`${suggestion.kind}-${suggestion.id}`}
            suggestion={suggestion}
            canDecide={canDecide}
            isOwn={isOwn}
            onDecide={onDecide}
          />
        ))}
      </ul>
    </section>
  )
}

function SuggestionItem(props: {
  suggestion: SuggestionSummary
  canDecide: boolean
  isOwn: boolean
  onDecide: (
    matches: (suggestion: SuggestionAttributes) => boolean,
    decision: SuggestionDecision,
    done: string,
  ) => void
}): ReactNode {
  const { suggestion, canDecide, isOwn, onDecide } = props
  const kind =
    suggestion.kind === 'insertion' ? suggestionTexts.insertion : suggestionTexts.deletion
  const only = (each: SuggestionAttributes): boolean => each.id === suggestion.id
  return (
    <li className={`suggestion-resume suggestion-resume-${suggestion.kind}`}>
      <p className="suggestion-quoi">
        <strong>{kind}</strong> {'«\u00a0'}
        {suggestion.kind === 'insertion' ? (
          <ins>{suggestion.text}</ins>
        ) : (
          <del>{suggestion.text}</del>
        )}
        {'\u00a0»'}
      </p>
      <p className="suggestion-quand">
        <time dateTime={suggestion.at}>{formatSuggestionTime(suggestion.at)}</time>
      </p>
      {canDecide ? (
        <div className="actions-suggestions">
          <button
            type="button"
            className="bouton-secondaire"
            aria-label={suggestionTexts.acceptLabel(kind, suggestion.text, suggestion.authorName)}
            onClick={() => {
              onDecide(only, 'accept', suggestionTexts.accepted)
            }}
          >
            {suggestionTexts.accept}
          </button>
          <button
            type="button"
            className="bouton-secondaire"
            aria-label={suggestionTexts.rejectLabel(kind, suggestion.text, suggestion.authorName)}
            onClick={() => {
              onDecide(only, 'reject', suggestionTexts.rejected)
            }}
          >
            {suggestionTexts.reject}
          </button>
        </div>
      ) : (
        isOwn && (
          <div className="actions-suggestions">
            <button
              type="button"
              className="bouton-secondaire"
              aria-label={suggestionTexts.withdrawLabel(kind, suggestion.text)}
              onClick={() => {
                onDecide(only, 'reject', suggestionTexts.withdrawn)
              }}
            >
              {suggestionTexts.withdraw}
            </button>
          </div>
        )
      )}
    </li>
  )
}
