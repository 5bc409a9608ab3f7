import type { RichTextJson } from '@maillage/protocol'
import type { SupraTerritorialSubject } from './BilanSources.ts'
import { countOf } from './formatBilanFigures.ts'
import { bulletList, heading, paragraph, text, threadLink } from './richTextNodes.ts'
import { sourceLine } from './sourceLine.ts'

/**
 * « Sujets supra-territoriaux »: the remontées and signaux faibles raised by several CLPE, each
 * linked to its thread, with the number of CLPE raising it and its status.
 */
export function subjectsSection(
  subjects: readonly SupraTerritorialSubject[],
  figuresDay: string,
): RichTextJson[] {
  return [
    heading(2, 'Sujets supra-territoriaux'),
    subjects.length === 0
      ? paragraph(text('Aucun sujet n’est soulevé par plusieurs CLPE à ce jour.'))
      : bulletList(
          subjects.map((subject) => [
            threadLink(subject.title, subject.threadId),
            text(
              ` — soulevé par ${countOf(subject.raisedBy, 'CLPE', 'CLPE')}, ${subject.status.toLowerCase()}`,
            ),
          ]),
        ),
    sourceLine('espace d’échanges entre les CLPE et le CoRE', figuresDay),
  ]
}
