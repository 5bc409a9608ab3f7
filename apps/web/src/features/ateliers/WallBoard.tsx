import { useMemo, useState, type ReactNode } from 'react'
import type * as Y from 'yjs'
import type { AccountView } from '@maillage/protocol'
import { messageOf } from '../../api/ApiError.ts'
import { notesOfColumn } from './readWall.ts'
import { sessionTexts as texts } from './texts.ts'
import { useWallActions, useWallState } from './toolkit/wall/useWallState.ts'
import { WallExportLinks } from './toolkit/wall/WallExportLinks.tsx'
import { WallSettingsForm } from './toolkit/wall/WallSettingsForm.tsx'
import { wallTexts } from './toolkit/wall/wallTexts.ts'
import { useWall } from './useWall.ts'
import { createWallGroup } from './wallActions.ts'
import { WallComposer } from './WallComposer.tsx'
import { WallGroupForm } from './WallGroupForm.tsx'
import { WallNoteCard, type WallNoteActions } from './WallNoteCard.tsx'
import type { WallGroup, WallNote } from './wallShape.ts'

const UNGROUPED: WallGroup = { id: '', label: texts.ungrouped }

/**
 * The wall of contributions: sticky notes in columns, one per group plus « Sans groupe », most
 * voted first. Seat holders and facilitators post notes (named, or anonymous when allowed) and
 * place their dots through the API, and create groups; facilitators set anonymity and the dots
 * per participant, hide, show, move and delete notes. What each action did is announced. The
 * others (and everyone once the session ended) see it change live; everyone may download it.
 */
export function WallBoard(props: {
  atelierId: string
  doc: Y.Doc
  account: AccountView
  writable: boolean
  facilitator: boolean
  frozen: boolean
}): ReactNode {
  const { atelierId, doc, account, facilitator } = props
  const { wall, settings } = useWall(doc, facilitator)
  const state = useWallState(atelierId)
  const mutations = useWallActions(atelierId)
  const [announcement, setAnnouncement] = useState('')
  const [failure, setFailure] = useState<unknown>(null)
  const active = props.writable && !props.frozen
  const myDots = useMemo(() => state.data?.myDots ?? {}, [state.data])
  // Dots on notes deleted since are given back: count only those on the wall.
  const spent = wall.notes.reduce((sum, note) => sum + (myDots[note.id] ?? 0), 0)
  const remaining = Math.max(0, settings.voteBudget - spent)
  const votesOpen = settings.voteBudget > 0

  const { dot, moderate, remove, post, configure } = mutations
  const actions = useMemo<WallNoteActions | null>(() => {
    if (!active) return null
    const done = (message: string) => () => {
      setFailure(null)
      setAnnouncement(message)
    }
    const failed = (error: unknown): void => {
      setAnnouncement('')
      setFailure(error)
    }
    return {
      groups: wall.groups,
      myDots,
      canAddDot: remaining > 0,
      votesOpen,
      moderate: facilitator,
      canRemove: (note: WallNote) =>
        facilitator || (!note.anonymous && note.authorId === account.id),
      onDot: (noteId, delta) => {
        dot.mutate(
          { noteId, delta },
          {
            onSuccess: (next) => {
              done(
                delta === 1
                  ? wallTexts.dotAdded(next.remaining)
                  : wallTexts.dotRemoved(next.remaining),
              )()
            },
            onError: failed,
          },
        )
      },
      onHide: (noteId, hidden) => {
        moderate.mutate(
          { noteId, body: { hidden } },
          { onSuccess: done(hidden ? wallTexts.noteHidden : wallTexts.noteShown), onError: failed },
        )
      },
      onMove: (noteId, groupId) => {
        moderate.mutate(
          { noteId, body: { groupId } },
          { onSuccess: done(wallTexts.noteMoved), onError: failed },
        )
      },
      onRemove: (noteId) => {
        remove.mutate(noteId, { onSuccess: done(wallTexts.noteRemoved), onError: failed })
      },
    }
  }, [
    active,
    wall.groups,
    myDots,
    remaining,
    votesOpen,
    facilitator,
    account.id,
    dot,
    moderate,
    remove,
  ])
  const columns = [UNGROUPED, ...wall.groups]
  const takesPart = active && state.data?.canTakePart === true

  return (
    <section className="mur" aria-labelledby="titre-mur">
      <div className="entete-mur">
        <h2 id="titre-mur">{texts.wall}</h2>
        <p className="aide">{texts.noteCount(wall.notes.length)}</p>
      </div>
      {props.frozen ? (
        <p className="aide">{texts.frozen}</p>
      ) : (
        <p className="aide">{wallTexts.hint}</p>
      )}
      {facilitator && !props.frozen && (
        <WallSettingsForm
          key={`${String(settings.anonymousAllowed)}-${settings.voteBudget}`}
          settings={settings}
          onSave={(body) => {
            configure.mutate(body)
          }}
          isPending={configure.isPending}
          error={configure.error}
          saved={configure.isSuccess}
        />
      )}
      {takesPart && (
        <p className="points-restants">
          {votesOpen ? wallTexts.remaining(remaining, settings.voteBudget) : wallTexts.votesClosed}
        </p>
      )}
      <div role="status" className="annonce-mur">
        {failure !== null ? (
          <p className="message-erreur">{messageOf(failure)}</p>
        ) : (
          announcement !== '' && <p className="aide">{announcement}</p>
        )}
      </div>
      {active && (
        <div className="formulaires-mur">
          <WallComposer
            anonymousAllowed={settings.anonymousAllowed}
            onAdd={(text, anonymous) => {
              post.mutate(
                { text, anonymous },
                {
                  onSuccess: () => {
                    setFailure(null)
                    setAnnouncement(
                      anonymous ? wallTexts.notePostedAnonymously : wallTexts.notePosted,
                    )
                  },
                  onError: (error) => {
                    setAnnouncement('')
                    setFailure(error)
                  },
                },
              )
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
      <WallExportLinks atelierId={atelierId} facilitator={facilitator} />
    </section>
  )
}
