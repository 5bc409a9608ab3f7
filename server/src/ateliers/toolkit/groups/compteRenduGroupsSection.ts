import type { RichTextJson } from '@maillage/protocol'
import { selectWrittenNotes } from '../../selectWrittenNotes.ts'
import type { GroupWork } from './readGroupWork.ts'

function text(value: string): RichTextJson {
  return { type: 'text', text: value }
}

function heading(level: 2 | 3 | 4, value: string): RichTextJson {
  return { type: 'heading', attrs: { level }, content: [text(value)] }
}

function paragraph(value: string): RichTextJson {
  return { type: 'paragraph', content: [text(value)] }
}

/** Headings of a group's notes two levels down (up to 4), so they sit under the group's heading. */
function demoteHeadings(node: RichTextJson): RichTextJson {
  const content = node.content?.map(demoteHeadings)
  const level = node.attrs?.['level']
  const demoted =
    node.type === 'heading' && typeof level === 'number'
      ? { ...node, attrs: { ...node.attrs, level: Math.min(level + 2, 4) } }
      : node
  return content === undefined ? demoted : { ...demoted, content }
}

function membersLabel(count: number): string {
  return count >= 2 ? `${count} membres` : `${count} membre`
}

function groupBlocks(group: GroupWork, participants: ReadonlyMap<string, string>): RichTextJson[] {
  const notes = selectWrittenNotes(group.notes).map(demoteHeadings)
  const blocks: RichTextJson[] = [
    heading(3, `Groupe ${group.n} — ${group.name} (${membersLabel(group.memberCount)})`),
    ...(notes.length === 0 ? [paragraph('Aucune note.')] : notes),
  ]
  if (group.wall.length > 0) {
    blocks.push(heading(4, 'Mur du groupe'), {
      type: 'bulletList',
      content: group.wall.map((note) => {
        const author = participants.get(note.authorId)
        return {
          type: 'listItem',
          content: [paragraph(author === undefined ? note.text : `${note.text} — ${author}`)],
        }
      }),
    })
  }
  return blocks
}

/**
 * The compte rendu's section of the breakout groups (none ran: no section): under « Travaux en
 * groupes », each group a heading with its name and members' count, its notes copied as the
 * plenary's are (blank paragraphs and empty sections left out, headings moved down), then its
 * wall's notes in order, their author named only when `participants` vouches for them (browsers
 * write the groups' walls).
 */
export function compteRenduGroupsSection(
  groups: readonly GroupWork[],
  participants: ReadonlyMap<string, string>,
): RichTextJson[] {
  if (groups.length === 0) return []
  return [
    heading(2, 'Travaux en groupes'),
    ...groups.flatMap((group) => groupBlocks(group, participants)),
  ]
}
