import { useMemo, type ReactNode } from 'react'
import type * as Y from 'yjs'
import type { AccountView } from '@maillage/protocol'
import { notesOfColumn } from './readWall.ts'
import { sessionTexts as texts } from './texts.ts'
import { useWall } from './useWall.ts'
import {
  addWallNote,
  createWallGroup,
  moveWallNote,
  removeWallNote,
  toggleWallVote,
} from './wallActions.ts'
import { WallComposer } from './WallComposer.tsx'
import { WallGroupForm } from './WallGroupForm.tsx'
import { WallNoteCard, type WallNoteActions } from './WallNoteCard.tsx'
import type { WallGroup, WallNote } from './wallShape.ts'

const UNGROUPED: WallGroup = { id: '', label: texts.ungrouped }

/**
 * The wall of contributions: sticky notes in columns, one per group plus « Sans groupe », most
 * voted first. People with write access add notes, vote « +1 », create groups and move notes;
 * the others (and everyone once the session ended) see it change live.
 */
export function WallBoard(props: {
  doc: Y.Doc
  account: AccountView
  writable: boolean
  facilitator: boolean
  frozen: boolean
}): ReactNode {
  const { doc, account } = props
  const wall = useWall(doc, account.id)
  const active = props.writable && !props.frozen
  const { facilitator } = props
  const actions = useMemo<WallNoteActions | null>(
    () =>
      active
        ? {
            groups: wall.groups,
            canRemove: (note: WallNote) => facilitator || note.authorId === account.id,
            onVote: (noteId) => {
              toggleWallVote(doc, noteId, account.id)
            },
            onMove: (noteId, groupId) => {
              moveWallNote(doc, noteId, groupId)
            },
            onRemove: (noteId) => {
              removeWallNote(doc, noteId)
            },
          }
        : null,
    [active, wall.groups, facilitator, doc, account.id],
  )
  const columns = [UNGROUPED, ...wall.groups]

  return (
    <section className="mur" aria-labelledby="titre-mur">
      <div className="entete-mur">
        <h2 id="titre-mur">{texts.wall}</h2>
        <p className="aide">{texts.noteCount(wall.notes.length)}</p>
      </div>
      {props.frozen ? (
        <p className="aide">{texts.frozen}</p>
      ) : (
        <p className="aide">{texts.wallHint}</p>
      )}
      {active && (
        <div className="formulaires-mur">
          <WallComposer
            onAdd={(text) => {
              addWallNote(doc, { id: account.id, name: account.name }, text, new Date())
            }}
          />
          <WallGroupForm
            onCreate={(label) => {
              createWallGroup(doc, label)
            }}
          />
        </div>
      )}
      <div className="colonnes-mur">
        {columns.map((group) => {
          const notes = notesOfColumn(wall, group.id)
          const headingId = `groupe-${group.id === '' ? 'sans' : group.id}`
          return (
            <section key={group.id} className="colonne-mur" aria-labelledby={headingId}>
              <h3 id={headingId}>
                {group.label} <span className="compte-colonne">({notes.length})</span>
              </h3>
              {notes.length === 0 ? (
                <p className="aide">{texts.noNotes}</p>
              ) : (
                <ul className="notes-mur">
                  {notes.map((note) => (
                    <WallNoteCard key={note.id} note={note} actions={actions} />
                  ))}
                </ul>
              )}
            </section>
          )
        })}
      </div>
    </section>
  )
}
