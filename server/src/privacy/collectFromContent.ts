import { parseDocumentId } from '@maillage/protocol'
import {
  AVIS_ADOPTION_META_KEY,
  DocumentKind,
  DocumentRoot,
  readAvisAdoption,
  type AvisAdoption,
} from '@maillage/schema'
import { readThreads } from '../comments/commentThreads.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { FORMER_MEMBER_IN_CONTENT } from './formerMember.ts'
import type { CommentLine, ContributionLine } from './PersonalData.ts'
import { MENTION_IN_EXPORT } from './plainTextOf.ts'

/** What « Mes données » reads of the documents' Y.Docs beyond the échanges' messages. */
export interface ContentContributions {
  readonly commentaires: CommentLine[]
  readonly adoptionsAvis: ContributionLine[]
}

const POSITION_LABELS: Readonly<Record<string, string>> = {
  approbation: 'Votre position : approbation',
  objection: 'Votre position : objection',
}

/**
 * The person's comments on every document (their own messages only, mentions of anyone masked as
 * {@link MENTION_IN_EXPORT}) and their part in the adoption of avis (positions with their own
 * comment, submissions, adoptions), read from each document's Y.Doc once.
 */
export async function collectFromContent(
  me: string,
  documents: readonly DocumentRecord[],
  context: {
    readonly content: DocumentContent
    /** The current name of an account, to mask its mentions (`@Name` in a comment's text). */
    readonly accountName: (id: string) => string | undefined
    readonly link: (path: string) => string
  },
): Promise<ContentContributions> {
  const collected: ContentContributions = { commentaires: [], adoptionsAvis: [] }
  for (const record of documents) {
    const { threads, adoption } = await context.content.read(parseDocumentId(record.id), (doc) => ({
      threads: readThreads(doc),
      adoption:
        record.kind === DocumentKind.Avis
          ? readAvisAdoption(doc.getMap<unknown>(DocumentRoot.Meta).get(AVIS_ADOPTION_META_KEY))
          : null,
    }))
    for (const thread of threads) {
      for (const message of thread.messages) {
        if (message.author.id !== me) continue
        collected.commentaires.push({
          document: record.title,
          le: message.createdAt,
          ...(message.editedAt === undefined ? {} : { modifieLe: message.editedAt }),
          texte: masked(message.text, message.mentions, context.accountName),
          lien: context.link(`/documents/${record.id}#commentaire-${thread.id}`),
        })
      }
    }
    if (adoption !== null) {
      const line = (le: string, precisions: string): ContributionLine => ({
        titre: record.title,
        le,
        lien: context.link(`/documents/${record.id}`),
        precisions,
      })
      collected.adoptionsAvis.push(...adoptionLines(me, adoption, line))
    }
  }
  return collected
}

function adoptionLines(
  me: string,
  adoption: AvisAdoption,
  line: (le: string, precisions: string) => ContributionLine,
): ContributionLine[] {
  const lines: ContributionLine[] = []
  if (adoption.submittedBy?.id === me && adoption.submittedAt !== undefined) {
    lines.push(line(adoption.submittedAt, 'Avis soumis à l’adoption par vous'))
  }
  for (const entry of adoption.positions) {
    if (entry.account.id !== me) continue
    const label = POSITION_LABELS[entry.position] ?? entry.position
    lines.push(line(entry.at, entry.comment === '' ? label : `${label} — ${entry.comment}`))
  }
  if (adoption.adoptedBy?.id === me && adoption.adoptedAt !== undefined) {
    lines.push(line(adoption.adoptedAt, 'Avis adopté par vous'))
  }
  return lines
}

// `@Name` of each account mentioned (and of one already deleted) reads as a mention, no name.
function masked(
  text: string,
  mentions: readonly string[],
  accountName: (id: string) => string | undefined,
): string {
  if (mentions.length === 0) return text
  const names = mentions
    .map(accountName)
    .filter((name): name is string => name !== undefined && name !== '')
    .concat(FORMER_MEMBER_IN_CONTENT)
    // The longest first, so that « @Anne Martin-Roux » is not cut at « @Anne Martin ».
    .sort((a, b) => b.length - a.length)
  return names.reduce((result, name) => result.split(`@${name}`).join(MENTION_IN_EXPORT), text)
}
