import * as Y from 'yjs'

/** Size of the document the latency is measured in: ~100 pages of ~3,000 characters. */
export const LARGE_DOCUMENT = {
  pages: 100,
  charactersPerPage: 3_000,
  paragraphsPerPage: 6,
} as const

/** Text of the first paragraph, the one the bench types into (the writers never touch it). */
export const TYPING_PARAGRAPH_TEXT = 'Saisie mesurée :'

const SENTENCES = [
  'Le comité local pour l’emploi réunit France Travail, la Mission locale et Cap emploi.',
  'Les partenaires partagent le diagnostic du bassin et les besoins des employeurs.',
  'Chaque fiche action précise le public visé, les moyens engagés et le calendrier.',
  'Les ateliers de la semaine prochaine porteront sur la mobilité des demandeurs d’emploi.',
  'Le compte rendu de la dernière séance est validé sans modification par les membres.',
  'La feuille de route fixe trois priorités : les jeunes, les seniors et les métiers en tension.',
]

/**
 * Writes the large document into `body` as the editor stores it, a Tiptap paragraph
 * (`Y.XmlElement('paragraph')` holding a `Y.XmlText`) per paragraph, in one transaction, before
 * whatever the body holds; the first paragraph is {@link TYPING_PARAGRAPH_TEXT}. `pages` 0 writes the
 * first paragraph alone. Returns the number of characters written.
 */
export function writeLargeDocument(
  doc: Y.Doc,
  body: Y.XmlFragment,
  pages: number = LARGE_DOCUMENT.pages,
): number {
  const paragraphLength = LARGE_DOCUMENT.charactersPerPage / LARGE_DOCUMENT.paragraphsPerPage
  const paragraphs = [TYPING_PARAGRAPH_TEXT]
  let sentence = 0
  for (let index = 0; index < pages * LARGE_DOCUMENT.paragraphsPerPage; index++) {
    let text = ''
    while (text.length < paragraphLength) {
      text += `${SENTENCES[sentence % SENTENCES.length] ?? ''} `
      sentence++
    }
    paragraphs.push(text.trim())
  }
  doc.transact(() => {
    // At the start: a document kind's template, if any, stays after it.
    body.insert(
      0,
      paragraphs.map((text) => {
        const paragraph = new Y.XmlElement('paragraph')
        paragraph.insert(0, [new Y.XmlText(text)])
        return paragraph
      }),
    )
  })
  return paragraphs.reduce((sum, text) => sum + text.length, 0)
}
