import { memo, useId, type ReactNode } from 'react'
import { noteExcerpt } from './noteExcerpt.ts'
import { sessionTexts as texts } from './texts.ts'
import { wallTexts } from './toolkit/wall/wallTexts.ts'
import type { WallGroup, WallNote } from './wallShape.ts'

/** What a person may do with a note, and how; absent on a read-only wall. */
export interface WallNoteActions {
  readonly groups: readonly WallGroup[]
  /** The signed-in person's dots on each note (by id). */
  readonly myDots: Readonly<Record<string, number>>
  /** Whether the person may place another dot (budget left and votes open). */
  readonly canAddDot: boolean
  readonly votesOpen: boolean
  /** Facilitators hide, show, move and delete any note. */
  readonly moderate: boolean
  readonly canRemove: (note: WallNote) => boolean
  readonly onDot: (noteId: string, delta: 1 | -1) => void
  readonly onHide: (noteId: string, hidden: boolean) => void
  readonly onMove: (noteId: string, groupId: string) => void
  readonly onRemove: (noteId: string) => void
}

/**
 * One sticky note: its text and author (« Anonyme » when posted without a name), its dots, and
 * what the person may do with it. Its buttons are named after the start of its text and its
 * author (« + point : un point pour « Un garage… » de Nadia Benali »). A hidden note, which only
 * facilitators see, is greyed and says so.
 */
export const WallNoteCard = memo(function WallNoteCard(props: {
  note: WallNote
  actions: WallNoteActions | null
}): ReactNode {
  const { note, actions } = props
  const selectId = useId()
  const author = note.anonymous
    ? wallTexts.anonymousAuthor
    : note.authorName === ''
      ? wallTexts.unknownAuthor
      : note.authorName
  const excerpt = noteExcerpt(note.text)
  const mine = actions?.myDots[note.id] ?? 0
  return (
    <li className={note.hidden ? 'note-mur note-masquee' : 'note-mur'}>
      <p className="texte-note">{note.text}</p>
      <p className="auteur-note">{texts.by(author)}</p>
      {note.hidden && <p className="etat-note">{wallTexts.hidden}</p>}
      <div className="actions-note">
        <span className="votes-note">{texts.votes(note.voteCount)}</span>
        {mine > 0 && <span className="mes-points">({wallTexts.myDots(mine)})</span>}
        {actions !== null && actions.votesOpen && !note.hidden && (
          <span className="points-note">
            <button
              type="button"
              className="bouton-vote"
              disabled={!actions.canAddDot}
              onClick={() => {
                actions.onDot(note.id, 1)
              }}
            >
              {wallTexts.addDot}
              <span className="visuellement-cache">{wallTexts.addDotFor(excerpt, author)}</span>
            </button>
            {mine > 0 && (
              <button
                type="button"
                className="bouton-vote"
                onClick={() => {
                  actions.onDot(note.id, -1)
                }}
              >
                {wallTexts.removeDot}
                <span className="visuellement-cache">
                  {wallTexts.removeDotFor(excerpt, author)}
                </span>
              </button>
            )}
          </span>
        )}
        {actions?.moderate === true && actions.groups.length > 0 && (
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
        {actions?.moderate === true && (
          <button
            type="button"
            className="bouton-lien"
            onClick={() => {
              actions.onHide(note.id, !note.hidden)
            }}
          >
            {note.hidden ? wallTexts.show : wallTexts.hide}
            <span className="visuellement-cache">{wallTexts.hideFor(excerpt)}</span>
          </button>
        )}
        {actions?.canRemove(note) === true && (
          <button
            type="button"
            className="bouton-lien retirer-note"
            onClick={() => {
              actions.onRemove(note.id)
            }}
          >
            {actions.moderate ? wallTexts.delete : texts.remove}
            <span className="visuellement-cache">{wallTexts.deleteFor(excerpt)}</span>
          </button>
        )}
      </div>
    </li>
  )
})
