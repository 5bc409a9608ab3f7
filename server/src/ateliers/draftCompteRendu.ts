import type { RichTextJson } from '@maillage/protocol'
import { formatDuration, atelierFacts } from './atelierFacts.ts'
import type { AtelierDetails } from './atelierDetails.ts'
import type { Wall, WallNote } from './readWall.ts'

/** What a compte rendu is drafted from, once the session is over. */
export interface CompteRenduSources {
  readonly details: AtelierDetails
  /** Names of the people seen in the live session. */
  readonly attendees: readonly string[]
  /** The shared notes: the atelier's `body` as a Tiptap `doc`. */
  readonly notes: RichTextJson
  readonly wall: Wall
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

/** Notes by votes, most voted first; ties keep the wall's order. */
function byVotes(notes: readonly WallNote[]): WallNote[] {
  return [...notes].sort((a, b) => b.votes - a.votes)
}

function noteItems(notes: readonly WallNote[]): RichTextJson[][] {
  return byVotes(notes).map((note) => [text(`${note.text} (${votesLabel(note.votes)})`)])
}

function wallSection(wall: Wall): RichTextJson[] {
  if (wall.notes.length === 0) return [paragraph(text('Aucune contribution au mur.'))]
  const blocks: RichTextJson[] = []
  for (const group of wall.groups) {
    const notes = wall.notes.filter((note) => note.groupId === group.id)
    if (notes.length === 0) continue
    blocks.push(heading(3, group.label), list('bulletList', noteItems(notes)))
  }
  const ungrouped = wall.notes.filter((note) => note.groupId === '')
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
  const parts = [
    item.titre === '' ? 'Point sans titre' : item.titre,
    item.duree > 0 ? formatDuration(item.duree) : '',
    item.intervenant,
  ]
  return [text(parts.filter((part) => part !== '').join(' — '))]
}

function resourcesSection(details: AtelierDetails): RichTextJson[] {
  const items = details.resources.map((resource) =>
    resource.lien === ''
      ? [text(resource.titre)]
      : [link(resource.titre === '' ? resource.lien : resource.titre, resource.lien)],
  )
  if (details.replayLink !== '') {
    items.push([text('Replay : '), link(details.replayLink, details.replayLink)])
  }
  return items.length === 0 ? [] : [heading(2, 'Ressources'), list('bulletList', items)]
}

/**
 * Drafts the compte rendu of an atelier as a Tiptap `doc`: the atelier's facts, who attended, the
 * agenda, the shared notes as they were taken (their headings one level down), the wall (each group a heading, its notes most
 * voted first with their votes, ungrouped notes last), then the resources and the replay link.
 * Facilitators edit it afterwards like any document.
 */
export function draftCompteRendu(sources: CompteRenduSources): RichTextJson {
  const { details, attendees, notes, wall } = sources
  const noteBlocks = (notes.content ?? []).map(demoteHeadings)
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
      ...wallSection(wall),
      ...resourcesSection(details),
    ],
  }
}
