import { parseDocumentId, type ExchangeMessageView } from '@maillage/protocol'
import {
  DOCUMENT_KIND_LABELS,
  DocumentKind,
  DocumentRoot,
  SPACE_ROLE_LABELS,
} from '@maillage/schema'
import { hasPassword } from '../auth/passwords.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { MAIL_KIND_LABELS } from '../mail/MailKind.ts'
import type { MetadataSnapshot } from '../persistence/MetadataStore.ts'
import type { Account } from '../persistence/records/Account.ts'
import { AuditAction, type AuditEntry } from '../persistence/records/AuditEntry.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { VeilleStatus } from '../persistence/records/VeilleItem.ts'
import { veilleItemPath } from '../veille/veillePaths.ts'
import { collectFromContent } from './collectFromContent.ts'
import { collectNamedVersions, type VersionRecordsReader } from './collectNamedVersions.ts'
import type { Contributions, ContributionLine, MessageLine, PersonalData } from './PersonalData.ts'
import { plainTextOf } from './plainTextOf.ts'

/**
 * What {@link collectPersonalData} reads: one snapshot of the store, the documents' content (messages,
 * comments, adoptions) and the version history's records.
 */
export interface PersonalDataSources {
  readonly snapshot: MetadataSnapshot
  readonly content: DocumentContent
  /** The version history's records (the named versions they made). */
  readonly versions: VersionRecordsReader
  /** Origin of the links (`MAILLAGE_PUBLIC_URL`, or the server's address). */
  readonly origin: string
  readonly now: string
}

const VEILLE_STATUS_LABELS: Readonly<Record<VeilleStatus, string>> = {
  propose: 'proposé',
  publie: 'publié',
  ecarte: 'écarté',
}

/** How an audit entry names an account other than the person's own. */
export const OTHER_ACCOUNT = 'autre compte'

/**
 * Everything the platform keeps about `account`, from one snapshot of the store (so that every
 * part is of the same moment) and, for their messages, the threads' Y.Docs. Only their own data:
 * see {@link PersonalData}.
 */
export async function collectPersonalData(
  account: Account,
  sources: PersonalDataSources,
): Promise<PersonalData> {
  const { data, audit } = sources.snapshot
  const me = account.id
  const link = (path: string): string => `${sources.origin}${path}`
  const spaceName = new Map<string, string>(data.spaces.map((space) => [space.id, space.name]))
  const nameOf = (spaceId: string): string => spaceName.get(spaceId) ?? spaceId
  const documents = new Map<string, DocumentRecord>(
    data.documents.map((record) => [record.id, record]),
  )
  const titleOf = (id: string): string => documents.get(id)?.title ?? id
  const documentLine = (record: DocumentRecord, at: string): ContributionLine => ({
    titre: record.title,
    le: at,
    lien: link(documentPath(record)),
    precisions: DOCUMENT_KIND_LABELS[record.kind],
    espace: nameOf(record.spaceId),
  })
  const profile = {
    // Every attribute but the password's hash; an attribute an update removed may still be a key
    // holding `undefined` in the store's copy: it is not data, it is left out.
    ...Object.fromEntries(
      Object.entries<unknown>(account).filter(
        ([key, value]) => key !== 'passwordHash' && value !== undefined,
      ),
    ),
    motDePasseDefini: hasPassword(account.passwordHash),
  }
  const accountNames = new Map(data.accounts.map((other) => [other.id, other.name]))
  const fromContent = await collectFromContent(me, data.documents, {
    content: sources.content,
    accountName: (id) => accountNames.get(id),
    link,
  })
  const measured = audit.filter(
    (entry) => entry.actorId === me && entry.action === AuditAction.IndicatorMeasured,
  )
  const contributions: Contributions = {
    documentsCrees: data.documents
      .filter((record) => record.createdBy === me)
      .map((record) => documentLine(record, record.createdAt)),
    documentsModifies: data.documents
      .filter((record) => record.lastEditorId === me)
      .map((record) => documentLine(record, record.updatedAt)),
    echangesOuverts: data.exchangeThreads
      .filter((thread) => thread.authorId === me)
      .map((thread) => ({
        titre: titleOf(thread.id),
        le: thread.createdAt,
        lien: link(`/echanges/${thread.id}`),
      })),
    messages: await messagesOf(me, data.exchangeThreads, { ...sources, titleOf, link }),
    nousAussi: data.exchangeThreads.flatMap((thread) =>
      thread.echoes
        .filter((echo) => echo.accountId === me)
        .map((echo) => ({
          titre: titleOf(thread.id),
          le: echo.at,
          lien: link(`/echanges/${thread.id}`),
          espace: nameOf(echo.spaceId),
        })),
    ),
    reponsesEnquetes: data.surveyAnswers
      .filter((answer) => answer.accountId === me || answer.submittedBy === me)
      .map((answer) => ({
        titre:
          data.surveys.find((survey) => survey.id === answer.surveyId)?.title ?? answer.surveyId,
        le: answer.submittedAt ?? answer.createdAt,
        lien: link(`/enquetes/${answer.surveyId}/reponses/${answer.spaceId}`),
        espace: nameOf(answer.spaceId),
        precisions:
          answer.submittedBy === me
            ? `Réponse envoyée${answer.values === undefined ? '' : ` : ${JSON.stringify(answer.values)}`}`
            : 'Réponse individuelle non envoyée',
      })),
    propositionsOutils: data.toolProposals
      .filter((proposal) => proposal.proposedBy === me)
      .map((proposal) => ({
        titre: proposal.title,
        le: proposal.proposedAt,
        lien: link(`/boite-a-outils/propositions/${proposal.id}`),
        precisions: `Statut : ${proposal.status}`,
      })),
    decisionsPropositions: data.toolProposals.flatMap((proposal) =>
      proposal.history
        .filter((step) => step.byId === me && step.status !== 'propose')
        .map((step) => ({
          titre: proposal.title,
          le: step.at,
          lien: link(`/boite-a-outils/propositions/${proposal.id}`),
          precisions: `Passée au statut : ${step.status}`,
        })),
    ),
    usagesOutils: data.toolUsages
      .filter((usage) => usage.updatedBy === me)
      .map((usage) => ({
        titre: titleOf(usage.documentId),
        le: usage.updatedAt,
        lien: link(`/documents/${usage.documentId}`),
        espace: nameOf(usage.spaceId),
        precisions: usage.used ? 'Outil utilisé' : 'Outil non utilisé',
      })),
    inscriptionsAteliers: data.atelierRegistrations
      .filter((registration) => registration.accountId === me)
      .map((registration) => ({
        titre: titleOf(registration.atelierId),
        le: registration.registeredAt,
        lien: link(`/ateliers/${registration.atelierId}`),
        precisions: registration.status === 'inscrit' ? 'Inscrit' : 'Sur liste d’attente',
      })),
    presencesAteliers: data.atelierAttendance
      .filter((attendance) => attendance.accountId === me)
      .map((attendance) => ({
        titre: titleOf(attendance.atelierId),
        le: attendance.firstSeenAt,
        lien: link(`/ateliers/${attendance.atelierId}`),
        precisions: 'Présence à la séance en direct',
      })),
    autoEvaluations: data.maturityAssessments
      .filter((assessment) => assessment.submittedBy === me)
      .map((assessment) => ({
        titre:
          data.maturityCampaigns.find((campaign) => campaign.id === assessment.campaignId)?.title ??
          assessment.campaignId,
        le: assessment.submittedAt ?? assessment.createdAt,
        lien: link(
          `/espaces/${assessment.spaceId}/demarche-de-progression/${assessment.campaignId}`,
        ),
        espace: nameOf(assessment.spaceId),
      })),
    mesures: measured.map((entry) => ({
      titre: titleOf(entry.target ?? ''),
      le: entry.at,
      lien: link(`/documents/${entry.target ?? ''}`),
      precisions: `Mesure du ${entry.details?.['date'] ?? '?'}`,
    })),
    commentaires: fromContent.commentaires,
    adoptionsAvis: fromContent.adoptionsAvis,
    versionsNommees: await collectNamedVersions(me, data.documents, {
      versions: sources.versions,
      link,
    }),
    veille: data.veilleItems
      .filter((item) => item.addedBy.id === me || item.curatedBy?.id === me)
      .map((item) => ({
        titre: item.title,
        le: item.addedBy.id === me ? item.addedAt : (item.curatedAt ?? item.addedAt),
        lien: link(veilleItemPath(item.id)),
        precisions: `${item.addedBy.id === me ? 'Proposé par vous' : 'Retenu ou écarté par vous'} — statut : ${VEILLE_STATUS_LABELS[item.status]} — ${item.url}`,
      })),
  }
  return {
    format: 'maillage-donnees-personnelles/1',
    genereLe: sources.now,
    profil: profile,
    espaces: data.memberships
      .filter((membership) => membership.accountId === me)
      .map((membership) => ({
        espace: nameOf(membership.spaceId),
        role: SPACE_ROLE_LABELS[membership.role],
        depuis: membership.createdAt,
        lien: link(`/espaces/${membership.spaceId}`),
      })),
    contributions,
    notifications: data.notifications
      .filter((notification) => notification.accountId === me)
      .map((notification) => ({
        type: notification.kind,
        le: notification.createdAt,
        ...(notification.readAt === undefined ? {} : { lueLe: notification.readAt }),
        lien: link(notification.link),
      })),
    sessions: data.sessions
      .filter((session) => session.accountId === me)
      .map((session) => ({ ouverteLe: session.createdAt, expireLe: session.expiresAt })),
    jetonsAcces: data.accessTokens
      .filter((token) => token.accountId === me)
      .map((token) => ({
        nom: token.name,
        creeLe: token.createdAt,
        ...(token.expiresAt === undefined ? {} : { expireLe: token.expiresAt }),
        ...(token.revokedAt === undefined ? {} : { revoqueLe: token.revokedAt }),
      })),
    abonnementsCalendrier: data.calendarFeeds
      .filter((feed) => feed.accountId === me)
      .map((feed) => ({
        creeLe: feed.createdAt,
        ...(feed.revokedAt === undefined ? {} : { revoqueLe: feed.revokedAt }),
      })),
    abonnementsVeille: data.veilleFeeds
      .filter((feed) => feed.accountId === me)
      .map((feed) => ({
        creeLe: feed.createdAt,
        ...(feed.revokedAt === undefined ? {} : { revoqueLe: feed.revokedAt }),
      })),
    courriels: {
      preferences:
        data.mailPreferences.find((preferences) => preferences.accountId === me)?.frequencies ?? {},
      envois: data.mailOutbox
        .filter((mail) => mail.accountId === me)
        .map((mail) => ({
          type: MAIL_KIND_LABELS[mail.kind],
          creeLe: mail.createdAt,
          ...(mail.sentAt === undefined ? {} : { envoyeLe: mail.sentAt }),
        })),
      resumeEnAttente: data.mailDigestEntries.filter((entry) => entry.accountId === me).length,
    },
    journal: auditLinesOf(account, audit, new Set(data.accounts.map(({ id }) => id))),
  }
}

/** The path of a document in the web app: threads, ateliers and séances have their own pages. */
function documentPath(record: DocumentRecord): string {
  if (record.kind === DocumentKind.Discussion) return `/echanges/${record.id}`
  if (record.kind === DocumentKind.Atelier) return `/ateliers/${record.id}`
  if (record.kind === DocumentKind.Seance) return `/gouvernance/seances/document/${record.id}`
  return `/documents/${record.id}`
}

async function messagesOf(
  me: string,
  threads: MetadataSnapshot['data']['exchangeThreads'],
  context: {
    content: DocumentContent
    titleOf: (id: string) => string
    link: (path: string) => string
  },
): Promise<MessageLine[]> {
  const lines: MessageLine[] = []
  for (const thread of threads) {
    const own = await context.content.read(parseDocumentId(thread.id), (doc) =>
      doc
        .getArray<ExchangeMessageView>(DocumentRoot.Messages)
        .toArray()
        .filter((message) => message.author.id === me),
    )
    for (const message of own) {
      lines.push({
        discussion: context.titleOf(thread.id),
        le: message.at,
        texte: plainTextOf(message.content),
        lien: context.link(`/echanges/${thread.id}`),
      })
    }
  }
  return lines
}

// Entries where they acted or were acted on; other accounts never named, not even by id.
function auditLinesOf(
  account: Account,
  audit: readonly AuditEntry[],
  accountIds: ReadonlySet<string>,
): PersonalData['journal'] {
  const me = account.id
  const concerns = (entry: AuditEntry): boolean =>
    entry.actorId === me ||
    entry.target === me ||
    (entry.action === AuditAction.LoginFailed && entry.details?.['email'] === account.email)
  return audit.filter(concerns).map((entry) => ({
    le: entry.at,
    action: entry.action,
    parVous: entry.actorId === me,
    ...(entry.target === undefined
      ? {}
      : {
          cible: entry.target !== me && accountIds.has(entry.target) ? OTHER_ACCOUNT : entry.target,
        }),
    ...(entry.ip === undefined ? {} : { ip: entry.ip }),
    ...(entry.details === undefined ? {} : { precisions: entry.details }),
  }))
}
