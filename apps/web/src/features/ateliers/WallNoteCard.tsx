import { memo, useId, type ReactNode } from 'react'
import { noteExcerpt } from './noteExcerpt.ts'
import { sessionTexts as texts } from './texts.ts'
import type { WallGroup, WallNote } from './wallShape.ts'

/** What a person may do with a note, and how; absent on a read-only wall. */
export interface WallNoteActions {
  readonly groups: readonly WallGroup[]
  readonly canRemove: (note: WallNote) => boolean
  readonly onVote: (noteId: string) => void
  readonly onMove: (noteId: string, groupId: string) => void
  readonly onRemove: (noteId: string) => void
}

/**
 * One sticky note: its text and author, its « +1 » votes, and where to move it. Its buttons are
 * named after the start of its text and its author (« +1 pour « Un garage… » de Nadia Benali »).
 */
export const WallNoteCard = memo(function WallNoteCard(props: {
  note: WallNote
  actions: WallNoteActions | null
}): ReactNode {
  const { note, actions } = props
  const selectId = useId()
  const author = note.authorName === '' ? '?' : note.authorName
  const excerpt = noteExcerpt(note.text)
  return (
    <li className="note-mur">
      <p className="texte-note">{note.text}</p>
      <p className="auteur-note">{texts.by(author)}</p>
      <div className="actions-note">
        {actions === null ? (
          <span className="votes-note">{texts.votes(note.voteCount)}</span>
        ) : (
          <>
            <button
              type="button"
              className="bouton-vote"
              aria-pressed={note.votedByMe}
              onClick={() => {
                actions.onVote(note.id)
              }}
            >
              {texts.vote}
              <span className="visuellement-cache">{texts.voteFor(excerpt, author)}</span>
            </button>
            <span className="votes-note">{texts.votes(note.voteCount)}</span>
            {actions.groups.length > 0 && (
              <span className="deplacer-note">
                <label htmlFor={selectId} className="visuellement-cache">
                  {texts.moveToFor(excerpt, author)}
                </label>
                <select
                  id={selectId}
                  value={note.groupId}
                  onChange={(event) => {
                    actions.onMove(note.id, event.target.value)
                  }}
                >
                  <option value="">{texts.ungrouped}</option>
                  {actions.groups.map((group) => (
                    <option key={group.id} value={group.id}>
                      {group.label}
                    </option>
                  ))}
                </select>
              </span>
            )}
            {actions.canRemove(note) && (
              <button
                type="button"
                className="bouton-lien retirer-note"
                onClick={() => {
                  actions.onRemove(note.id)
                }}
              >
                {texts.remove}
                <span className="visuellement-cache">{texts.removeFor(excerpt, author)}</span>
              </button>
            )}
          </>
        )}
      </div>
    </li>
  )
})
