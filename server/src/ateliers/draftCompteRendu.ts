import type { RichTextJson } from '@maillage/protocol'
import { formatDuration, atelierFacts } from './atelierFacts.ts'
import type { AtelierDetails } from './atelierDetails.ts'
import type { Wall, WallNote } from './readWall.ts'
import { selectWrittenNotes } from './selectWrittenNotes.ts'
import { compteRenduGroupsSection } from './toolkit/groups/compteRenduGroupsSection.ts'
import type { GroupWork } from './toolkit/groups/readGroupWork.ts'
import {
  compteRenduPollsSection,
  type PollsCompteRenduSources,
} from './toolkit/polls/compteRenduPollsSection.ts'
import { shownWall, wallNoteAuthor, wallNoteVotes } from './toolkit/wall/compteRenduWall.ts'

/** What a compte rendu is drafted from, once the session is over. */
export interface CompteRenduSources {
  readonly details: AtelierDetails
  /** Names of the people seen in the live session. */
  readonly attendees: readonly string[]
  /** The shared notes: the atelier's `body` as a Tiptap `doc`. */
  readonly notes: RichTextJson
  readonly wall: Wall
  /**
   * The seat holders and facilitators among the wall's authors and voters, by account id, with
   * their names from the store. Browsers write the wall: only these votes count, and a note's
   * author is named only when one of them (never from the note's own `authorName`).
   */
  readonly participants: ReadonlyMap<string, string>
  /**
   * What each breakout group wrote (none ran: []); its walls' authors are named only when in
   * `participants` too.
   */
  readonly groups: readonly GroupWork[]
  /** The launched polls' results and the word clouds' words (no names). */
  readonly polls: PollsCompteRenduSources
}

/** A note of the wall as the compte rendu shows it: checked author and votes. */
interface CountedNote {
  readonly text: string
  readonly groupId: string
  /** '' when the note's author is not a participant. */
  readonly author: string
  readonly votes: number
}

function text(value: string, marks?: RichTextJson['marks']): RichTextJson {
  return { type: 'text', text: value, ...(marks === undefined ? {} : { marks }) }
}

function heading(level: 2 | 3, value: string): RichTextJson {
  return { type: 'heading', attrs: { level }, content: [text(value)] }
}

function paragraph(...content: RichTextJson[]): RichTextJson {
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content }
}

function list(type: 'bulletList' | 'orderedList', items: readonly RichTextJson[][]): RichTextJson {
  return {
    type,
    content: items.map((content) => ({ type: 'listItem', content: [paragraph(...content)] })),
  }
}

function link(label: string, href: string): RichTextJson {
  return text(label, [{ type: 'link', attrs: { href } }])
}

function votesLabel(votes: number): string {
  return votes >= 2 ? `${votes} votes` : `${votes} vote`
}

/** Counts the votes of participants only, and names the author only when one of them. */
function countNote(note: WallNote, participants: ReadonlyMap<string, string>): CountedNote {
  return {
    text: note.text,
    groupId: note.groupId,
    author: wallNoteAuthor(note, participants),
    votes: wallNoteVotes(note, participants),
  }
}

/** Notes by votes, most voted first; ties keep the wall's order. */
function byVotes(notes: readonly CountedNote[]): CountedNote[] {
  return [...notes].sort((a, b) => b.votes - a.votes)
}

function noteItems(notes: readonly CountedNote[]): RichTextJson[][] {
  return byVotes(notes).map((note) => {
    const author = note.author === '' ? '' : ` — ${note.author}`
    return [text(`${note.text}${author} (${votesLabel(note.votes)})`)]
  })
}

function wallSection(all: Wall, participants: ReadonlyMap<string, string>): RichTextJson[] {
  const wall = shownWall(all)
  if (wall.notes.length === 0) return [paragraph(text('Aucune contribution au mur.'))]
  const counted = wall.notes.map((note) => countNote(note, participants))
  const blocks: RichTextJson[] = []
  for (const group of wall.groups) {
    const notes = counted.filter((note) => note.groupId === group.id)
    if (notes.length === 0) continue
    blocks.push(heading(3, group.label), list('bulletList', noteItems(notes)))
  }
  const ungrouped = counted.filter((note) => note.groupId === '')
  if (ungrouped.length > 0) {
    if (blocks.length > 0) blocks.push(heading(3, 'Sans groupe'))
    blocks.push(list('bulletList', noteItems(ungrouped)))
  }
  return blocks
}

/** Headings of the notes one level down (up to 4), so they sit under « Notes partagées ». */
function demoteHeadings(node: RichTextJson): RichTextJson {
  const content = node.content?.map(demoteHeadings)
  const level = node.attrs?.['level']
  const demoted =
    node.type === 'heading' && typeof level === 'number'
      ? { ...node, attrs: { ...node.attrs, level: Math.min(level + 1, 4) } }
      : node
  return content === undefined ? demoted : { ...demoted, content }
}

function agendaItem(item: AtelierDetails['agenda'][number]): RichTextJson[] {
  const parts = [item.titre, item.duree > 0 ? formatDuration(item.duree) : '', item.intervenant]
  return [text(parts.filter((part) => part !== '').join(' — '))]
}

function resourcesSection(details: AtelierDetails): RichTextJson[] {
  const items = details.resources.map((resource) =>
    resource.lien === '' ? [text(resource.titre)] : [link(resource.titre, resource.lien)],
  )
  if (details.replayLink !== '') {
    items.push([text('Replay : '), link(details.replayLink, details.replayLink)])
  }
  return items.length === 0 ? [] : [heading(2, 'Ressources'), list('bulletList', items)]
}

/**
 * Drafts the compte rendu of an atelier as a Tiptap `doc`: the atelier's facts, who attended, the
 * agenda (points and resources without a title are left out when read), the shared notes as they
 * were taken (their headings one level down, blank paragraphs and the sections nobody wrote in
 * left out: see `selectWrittenNotes`), the wall (each
 * group a heading, its notes most voted first with their author and votes as `participants`
 * vouch for them, ungrouped notes last), then the resources and the replay link.
 * Facilitators edit it afterwards like any document.
 */
export function draftCompteRendu(sources: CompteRenduSources): RichTextJson {
  const { details, attendees, notes, wall, participants } = sources
  const noteBlocks = selectWrittenNotes(notes).map(demoteHeadings)
  return {
    type: 'doc',
    content: [
      heading(2, 'L’atelier'),
      list(
        'bulletList',
        atelierFacts(details).map((fact) => [text(fact)]),
      ),
      heading(2, `Participants (${attendees.length})`),
      attendees.length === 0
        ? paragraph(text('Aucune présence enregistrée.'))
        : list(
            'bulletList',
            attendees.map((name) => [text(name)]),
          ),
      ...(details.agenda.length === 0
        ? []
        : [heading(2, 'Déroulé'), list('orderedList', details.agenda.map(agendaItem))]),
      heading(2, 'Notes partagées'),
      ...(noteBlocks.length === 0 ? [paragraph(text('Aucune note.'))] : noteBlocks),
      heading(2, 'Mur des contributions'),
      ...wallSection(wall, participants),
      ...compteRenduPollsSection(sources.polls),
      ...compteRenduGroupsSection(sources.groups, participants),
      ...resourcesSection(details),
    ],
  }
}
