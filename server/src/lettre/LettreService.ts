import type { Logger } from 'pino'
import type {
  DocumentId,
  LettreDraftView,
  LettreEditionView,
  LettreListView,
  LettrePreparedView,
  LettrePublishedView,
} from '@maillage/protocol'
import { DocumentKind, DocumentRoot, REGIONAL_SPACE_IDS } from '@maillage/schema'
import { richTextOfFragment } from '../ateliers/richTextOfFragment.ts'
import type { Actor } from '../auth/Actor.ts'
import { AccountRateLimit, type AccountRateLimits } from '../auth/AccountRateLimit.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import type { EventWindows } from '../coordination/EventWindows.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import { writeRichText } from '../documents/writeRichText.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MailService } from '../mail/MailService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { formatFrenchDay, parisDayOf } from '../pilotage/bilan/formatFrenchDay.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { draftLettre, lettreTitle } from './draftLettre.ts'
import { canManageLettre } from './lettreAccess.ts'
import {
  PROOFREAD_META_KEY,
  PUBLICATION_META_KEY,
  contentFingerprint,
  isProofread,
  readLettreEdition,
  type LettreEditionState,
} from './lettreEdition.ts'
import { LETTRE_MESSAGES, PROOFREAD_VERSION_NAME } from './lettreMessages.ts'
import { readLettreFacts } from './readLettreFacts.ts'
import {
  alreadyPublished,
  draftViewOf,
  isArchived,
  isPublished,
  numeroOf,
  PUBLISHED,
  summaryOf,
} from './presentLettre.ts'
import { renderLettreMail } from './renderLettreMail.ts'

/** How far back the first numéro looks, in days. */
export const FIRST_NUMERO_LOOKBACK_DAYS = 60
/** Numéros one account prepares: 10 an hour, far above what a team needs. */
export const DEFAULT_LETTRE_LIMITS: AccountRateLimits = { perAccount: 10, windowMs: 60 * 60 * 1000 }

const DAY_MS = 24 * 60 * 60 * 1000

/** Re-indexes a document after the server changed its content (`DocumentIndexer`). */
export interface Reindexer {
  reindex(documentId: DocumentId, editorAccountId: string | null): Promise<void>
}

/** Names a version of a document on behalf of a workflow (the version history's service). */
export interface NamedVersions {
  createNamedAsServer(
    documentId: DocumentId,
    name: string,
    author: { readonly id: string; readonly name: string },
  ): Promise<{ readonly id: string }>
}

/**
 * The lettre d’information: the regional team prepares the next numéro (a `lettre` document of the
 * espace régional drafted from what happened since the last one), co-edits it, marks it proof-read
 * (a named version « Bon à diffuser »), and publishes it: shared with every member, archived on
 * the lettre's page, and mailed to each subscriber. A numéro is published only if proof-read since
 * its last change, and once.
 */
export class LettreService {
  readonly #store: MetadataStore
  readonly #documents: DocumentService
  readonly #content: DocumentContent
  readonly #indexer: Reindexer
  readonly #mail: Pick<MailService, 'sendRenderedToAccounts'>
  readonly #timers: Timers
  readonly #locks: KeyedLock
  readonly #preparations: AccountRateLimit
  readonly #versions: NamedVersions | null
  readonly #logger: Logger

  constructor(options: {
    store: MetadataStore
    documents: DocumentService
    content: DocumentContent
    indexer: Reindexer
    mail: Pick<MailService, 'sendRenderedToAccounts'>
    timers: Timers
    /** Serialises the numbering and each numéro's publication (across processes when shared). */
    locks: KeyedLock
    windows: EventWindows
    /** The version history; null: proof-readings are recorded without a named version. */
    versions: NamedVersions | null
    logger: Logger
    limits?: AccountRateLimits
  }) {
    this.#store = options.store
    this.#documents = options.documents
    this.#content = options.content
    this.#indexer = options.indexer
    this.#mail = options.mail
    this.#timers = options.timers
    this.#locks = options.locks
    this.#versions = options.versions
    this.#logger = options.logger
    this.#preparations = new AccountRateLimit({
      limits: options.limits ?? DEFAULT_LETTRE_LIMITS,
      timers: options.timers,
      tooFast: LETTRE_MESSAGES.tooFast,
      windows: options.windows,
    })
  }

  /** The published numéros (for everyone), and the numéros in preparation (regional team). */
  async list(actor: Actor): Promise<LettreListView> {
    const records = await this.#editions()
    const editions = records
      .filter(isArchived)
      .map(summaryOf)
      .sort((a, b) => b.numero - a.numero || b.dateParution.localeCompare(a.dateParution))
    const canManage = canManageLettre(actor)
    const drafts: LettreDraftView[] = []
    if (canManage) {
      for (const record of records.filter((candidate) => !isArchived(candidate))) {
        drafts.push(draftViewOf(record, await this.#state(record)))
      }
      drafts.sort((a, b) => b.numero - a.numero)
    }
    return { editions, drafts, canManage }
  }

  /**
   * Prepares the next numéro (numéro = the highest so far + 1) with its draft assembled from what
   * happened since the last published numéro, or the last {@link FIRST_NUMERO_LOOKBACK_DAYS} days
   * for the first. Regional team only (`AUTH_FORBIDDEN`); `RATE_LIMITED` beyond
   * {@link DEFAULT_LETTRE_LIMITS}. Resolves once the draft is stored and indexed.
   */
  async prepare(actor: Actor, input: { titre?: string | undefined }): Promise<LettrePreparedView> {
    assertAllowed(canManageLettre(actor), LETTRE_MESSAGES.teamOnly)
    await this.#preparations.admit(actor.account.id)
    return await this.#locks.run('numerotation', async () => {
      const records = await this.#editions()
      const numero = Math.max(0, ...records.map(numeroOf)) + 1
      const now = this.#timers.now()
      const lastDay = records
        .filter(isArchived)
        .map((record) => record.keyFields?.['dateParution'] ?? '')
        .reduce((latest, day) => (day > latest ? day : latest), '')
      const facts = await readLettreFacts({
        store: this.#store,
        content: this.#content,
        since: lastDay === '' ? parisDayOf(now - FIRST_NUMERO_LOOKBACK_DAYS * DAY_MS) : lastDay,
        sinceLastNumero: lastDay !== '',
        today: parisDayOf(now),
      })
      const record = await this.#documents.create(actor, {
        spaceId: REGIONAL_SPACE_IDS.regional,
        kind: DocumentKind.Lettre,
        title: input.titre ?? lettreTitle(numero),
        fields: { numero, statut: 'en-preparation' },
      })
      await this.#content.change(record.id, (doc) => {
        const body = doc.getXmlFragment(DocumentRoot.Body)
        body.delete(0, body.length)
        writeRichText(body, draftLettre(facts))
      })
      await this.#indexer.reindex(record.id, actor.account.id)
      await this.#audit(actor, AuditAction.LettrePrepared, record.id, { numero: String(numero) })
      return { documentId: record.id, numero }
    })
  }

  /**
   * Marks a numéro in preparation as proof-read: names its current state « Bon à diffuser » in its
   * history, and records who and when with the content's fingerprint in its `meta`. Regional team
   * only; `CONFLICT` once published.
   */
  async proofread(actor: Actor, id: string): Promise<LettreDraftView> {
    assertAllowed(canManageLettre(actor), LETTRE_MESSAGES.teamOnly)
    const record = await this.#find(id)
    if (isPublished(await this.#state(record))) throw alreadyPublished()
    const version =
      this.#versions === null
        ? null
        : await this.#versions.createNamedAsServer(record.id, PROOFREAD_VERSION_NAME, {
            id: actor.account.id,
            name: actor.account.name,
          })
    const at = isoTime(this.#timers)
    await this.#content.change(record.id, (doc) => {
      doc.getMap<unknown>(DocumentRoot.Meta).set(PROOFREAD_META_KEY, {
        at,
        byId: actor.account.id,
        byName: actor.account.name,
        fingerprint: contentFingerprint(doc),
        ...(version === null ? {} : { versionId: version.id }),
      })
    })
    await this.#audit(actor, AuditAction.LettreProofread, record.id, {
      ...(version === null ? {} : { versionId: version.id }),
    })
    return draftViewOf(record, await this.#state(record))
  }

  /**
   * Publishes a numéro: status « Diffusée », today's date of parution, shared read-only with every
   * member (the archive), then one mail per subscriber. Regional team only; `CONFLICT` when
   * already published, or when not proof-read since its last change (the check and the change are
   * one transaction of its content, so an edit cannot slip between them).
   */
  async publish(actor: Actor, id: string): Promise<LettrePublishedView> {
    assertAllowed(canManageLettre(actor), LETTRE_MESSAGES.teamOnly)
    return await this.#locks.run(`publication:${id}`, async () => {
      const record = await this.#find(id)
      const today = parisDayOf(this.#timers.now())
      const at = isoTime(this.#timers)
      await this.#content.change(record.id, (doc) => {
        const state = readLettreEdition(doc)
        if (isPublished(state)) throw alreadyPublished()
        if (!isProofread(state)) {
          throw new AppError(ErrorCode.Conflict, LETTRE_MESSAGES.notProofread, {
            details: { raison: 'non-relue' },
          })
        }
        const fields = doc.getMap<unknown>(DocumentRoot.Fields)
        fields.set('statut', PUBLISHED)
        fields.set('dateParution', today)
        doc
          .getMap<unknown>(DocumentRoot.Meta)
          .set(PUBLICATION_META_KEY, { at, byId: actor.account.id, byName: actor.account.name })
      })
      await this.#documents.share(record, true)
      await this.#indexer.reindex(record.id, actor.account.id)
      await this.#audit(actor, AuditAction.LettrePublished, record.id, { dateParution: today })
      const mailsQueued = await this.#mailSubscribers(record)
      return { id: record.id, dateParution: today, mailsQueued }
    })
  }

  /** A numéro to read: published ones for every member, those in preparation for the team. */
  async read(actor: Actor, id: string): Promise<LettreEditionView> {
    const edition = await this.#editionView(await this.#find(id))
    if (!edition.published && !canManageLettre(actor)) {
      throw new AppError(ErrorCode.NotFound, LETTRE_MESSAGES.notFound)
    }
    return edition
  }

  async #editionView(record: DocumentRecord): Promise<LettreEditionView> {
    const { state, content } = await this.#content.read(record.id, (doc) => ({
      state: readLettreEdition(doc),
      content: richTextOfFragment(doc.getXmlFragment(DocumentRoot.Body)),
    }))
    const published = isPublished(state)
    return {
      id: record.id,
      title: state.title === '' ? record.title : state.title,
      numero: state.numero,
      dateParution: published ? state.dateParution : '',
      published,
      content,
    }
  }

  async #mailSubscribers(record: DocumentRecord): Promise<number> {
    const id = record.id
    try {
      const edition = await this.#editionView(record)
      const accounts = await this.#store.listAccounts()
      return await this.#mail.sendRenderedToAccounts(
        accounts.map((account) => account.id),
        'lettre',
        (footer, absolute) =>
          renderLettreMail(
            {
              title: edition.title,
              subtitle: `Numéro ${edition.numero} — ${formatFrenchDay(edition.dateParution)}`,
              body: edition.content,
              readingPath: `/lettre/${id}`,
            },
            footer,
            absolute,
          ),
      )
    } catch (error) {
      // The numéro is published whatever the mails do: a failure is logged for the team.
      this.#logger.error({ err: error, documentId: id }, 'lettre: mails to subscribers failed')
      return 0
    }
  }

  async #editions(): Promise<DocumentRecord[]> {
    const records = await this.#store.listDocumentsOfKinds([DocumentKind.Lettre])
    return records.filter(
      (record) => record.spaceId === REGIONAL_SPACE_IDS.regional && record.archivedAt === undefined,
    )
  }

  async #find(id: string): Promise<DocumentRecord> {
    const record = (await this.#editions()).find((candidate) => candidate.id === id)
    if (record === undefined) throw new AppError(ErrorCode.NotFound, LETTRE_MESSAGES.notFound)
    return record
  }

  async #state(record: DocumentRecord): Promise<LettreEditionState> {
    return await this.#content.read(record.id, readLettreEdition)
  }

  async #audit(
    actor: Actor,
    action: AuditAction,
    target: string,
    details: Record<string, string>,
  ): Promise<void> {
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action,
      actorId: actor.account.id,
      target,
      details: { spaceId: REGIONAL_SPACE_IDS.regional, ...details },
    })
  }
}
