import { useMemo, type ReactNode } from 'react'
import type { AccountView, AtelierBreakoutGroupView } from '@maillage/protocol'
import { groupNotesRoot, groupWallRoot } from '@maillage/schema'
import { useYDeepVersion, type CollaborativeDocument } from '../../../../collaboration/index.ts'
import { DocumentEditor } from '../../../../richText/index.ts'
import { WallComposer } from '../../WallComposer.tsx'
import { addGroupWallNote, readGroupWall } from './groupWall.ts'
import { groupTexts as texts } from './texts.ts'

/**
 * The notes (rich text bound to `groupNotes-<n>`) and the wall (`groupWall-<n>`) of one breakout
 * group: written by its members and the facilitators while groups run, read by everyone else and
 * by all once back in the plenary.
 */
export function GroupWork(props: {
  collaboration: CollaborativeDocument
  account: AccountView
  group: AtelierBreakoutGroupView
  editable: boolean
  /** Heading level of the group's title in the page. */
  level: 3 | 4
}): ReactNode {
  const { collaboration, account, group } = props
  const { doc } = collaboration
  const wallRoot = useMemo(() => doc.getArray<unknown>(groupWallRoot(group.n)), [doc, group.n])
  const version = useYDeepVersion(wallRoot)
  const notes = useMemo(() => readAt(doc, group.n, version), [doc, group.n, version])
  const Heading = props.level === 3 ? 'h3' : 'h4'
  const headingId = `groupe-travail-${group.n}`
  return (
    <section className="travail-groupe" aria-labelledby={headingId}>
      <Heading id={headingId}>
        {texts.groupHeading(group.n, group.name, group.memberIds.length)}
      </Heading>
      <DocumentEditor
        collaboration={collaboration}
        user={{ name: account.name, color: account.color }}
        editable={props.editable}
        label={texts.notes(group.name)}
        field={groupNotesRoot(group.n)}
      />
      <div className="mur-groupe" role="group" aria-label={texts.wall(group.name)}>
        {props.editable && (
          <WallComposer
            // A group's wall is written by its members' browsers: no anonymous notes there.
            anonymousAllowed={false}
            onAdd={(text) => {
              addGroupWallNote(doc, group.n, { id: account.id, name: account.name }, text)
            }}
          />
        )}
        {notes.length === 0 ? (
          <p className="aide">{texts.emptyWall}</p>
        ) : (
          <ul className="notes-mur">
            {notes.map((note) => (
              <li key={note.id} className="note-mur">
                <p>{note.text}</p>
                {note.authorName !== '' && <p className="aide">{note.authorName}</p>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}

// `version` is only there to say when to read again: the array itself is mutable.
function readAt(doc: Parameters<typeof readGroupWall>[0], n: number, _version: number) {
  return readGroupWall(doc, n)
}
