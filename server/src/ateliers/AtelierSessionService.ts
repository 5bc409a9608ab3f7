import type * as Y from 'yjs'
import type { AtelierSessionBody, DocumentId, RichTextJson } from '@maillage/protocol'
import { isDocumentId } from '@maillage/protocol'
import { ATELIER_FORMAT_OPTIONS, DocumentKind, DocumentRoot, optionLabel } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import { canFacilitateAtelier } from '../auth/atelierAccess.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentPresence } from '../documents/DocumentPresence.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { appendListItems, listFieldOf } from './appendListItems.ts'
import { AtelierParticipants } from './AtelierParticipants.ts'
import { readAtelierDetails, type AtelierDetails } from './atelierDetails.ts'
import { ATELIER_MESSAGES } from './atelierMessages.ts'
import {
  moveSession,
  readAtelierSession,
  writeAtelierSession,
  type AtelierSession,
} from './atelierSession.ts'
import { draftCompteRendu } from './draftCompteRendu.ts'
import { isProgrammeAtelier } from './loadAtelier.ts'
import { readWall, type Wall } from './readWall.ts'
import { richTextOfFragment } from './richTextOfFragment.ts'
import { readGroupWork, type GroupWork } from './toolkit/groups/readGroupWork.ts'
import type { PollsCompteRenduSources } from './toolkit/polls/compteRenduPollsSection.ts'
import { writeRichText } from '../documents/writeRichText.ts'

/** Longest title of a document, as the index keeps it. */
const MAX_TITLE_LENGTH = 300

/**
 * A person's attendance is written at most once per this delay: joining again sooner (a page
 * reloaded, a second tab) costs no metadata write, and `lastSeenAt` may lag by as much.
 */
export const ATTENDANCE_REFRESH_MS = 60_000

/** What the compte rendu is drafted from, read at once from the atelier's Y.Doc. */
interface SessionRecord {
  readonly details: AtelierDetails
  readonly notes: RichTextJson
  readonly wall: Wall
  readonly groups: readonly GroupWork[]
}

/**
 * The live session of an atelier (issue #8, item 4): the facilitator's moves, written by the
 * server into the `session` root of the atelier's Y.Doc so that every participant sees the agenda
 * move live; the attendance; and the compte rendu drafted once the session is over.
 */
export class AtelierSessionService {
  readonly #store: MetadataStore
  readonly #documents: DocumentService
  readonly #content: DocumentContent
  readonly #presence: DocumentPresence
  readonly #timers: Timers
  readonly #participants: AtelierParticipants
  readonly #compteRenduLocks: KeyedLock
  readonly #pollsCompteRendu: (atelierId: string) => Promise<PollsCompteRenduSources>

  constructor(options: {
    store: MetadataStore
    documents: DocumentService
    content: DocumentContent
    /** Who is connected to the atelier's document, recorded present when the session starts. */
    presence: DocumentPresence
    timers: Timers
    /** Builds the actor of an account, to tell its facilitators. */
    sessions: Pick<SessionManager, 'actorFor'>
    /**
     * Drafts of one atelier's compte rendu, one at a time in every process (namespace
     * `compte-rendu`): a second click waits for the first draft, then finds its id in the
     * atelier's document and answers it (`created: false`).
     */
    compteRenduLocks: KeyedLock
    /** The polls' results and the word clouds' words of an atelier, for its compte rendu. */
    pollsCompteRendu: (atelierId: string) => Promise<PollsCompteRenduSources>
  }) {
    this.#store = options.store
    this.#documents = options.documents
    this.#content = options.content
    this.#presence = options.presence
    this.#timers = options.timers
    this.#participants = new AtelierParticipants(options)
    this.#compteRenduLocks = options.compteRenduLocks
    this.#pollsCompteRendu = options.pollsCompteRendu
  }

  /**
   * Applies the facilitator's `action` to the session (see `moveSession`); throws `CONFLICT` for a
   * move the session's state does not allow. Starting, ending and resuming record the
   * participants (seat holders and facilitators) connected to the atelier at that moment as
   * present. For the atelier's facilitators only.
   */
  async move(
    actor: Actor,
    record: DocumentRecord,
    action: AtelierSessionBody,
  ): Promise<AtelierSession> {
    assertAllowed(canFacilitateAtelier(actor, record), ATELIER_MESSAGES.facilitatorsOnly)
    const now = isoTime(this.#timers)
    const outcome: { session?: AtelierSession; error?: unknown } = {}
    await this.#content.change(record.id, (doc) => {
      // Decided inside the change, on the room's document, so two moves at once cannot interleave;
      // a refused move writes nothing and is rethrown below.
      try {
        const details = readAtelierDetails(doc, record.title)
        const agendaIds = details.agenda.map((item) => item.id)
        const session = moveSession(details.session, action, { agendaIds, now })
        writeAtelierSession(doc, session)
        outcome.session = session
      } catch (error) {
        outcome.error = error
      }
    })
    if (outcome.session === undefined) throw outcome.error
    if (action.action !== 'aller-a') await this.#recordConnected(record, now)
    return outcome.session
  }

  /**
   * Records that `accountId` is in the live session of `documentId`, if it is an atelier of the
   * programme whose session is `en-cours` and the person holds a seat or facilitates it; does
   * nothing otherwise. Called whenever a websocket connection joins a document's room.
   */
  async recordPresence(documentId: DocumentId, accountId: string): Promise<void> {
    if (accountId === '') return
    const record = await this.#store.findDocument(documentId)
    if (record === null || !isProgrammeAtelier(record)) return
    const session = await this.#content.read(documentId, readAtelierSession)
    if (session.state !== 'en-cours') return
    await this.#recordAttendance(record, accountId, isoTime(this.#timers))
  }

  /**
   * The compte rendu of a finished session: drafted once (`created: true`) as a document of kind
   * `compte-rendu` in the atelier's space, from the facts, the attendance, the agenda, the shared
   * notes, the wall and the resources; later calls return it (`created: false`), unless it was
   * deleted. Throws `CONFLICT` while the session is not `terminee`. For the atelier's facilitators
   * only. Calls for one atelier run one at a time, whatever process serves them: two clicks at
   * once draft one compte rendu, the second answering its id with `created: false`.
   */
  async compteRendu(
    actor: Actor,
    record: DocumentRecord,
  ): Promise<{ documentId: string; created: boolean }> {
    assertAllowed(canFacilitateAtelier(actor, record), ATELIER_MESSAGES.facilitatorsOnly)
    return await this.#compteRenduLocks.run(record.id, () => this.#draft(actor, record))
  }

  async #draft(
    actor: Actor,
    record: DocumentRecord,
  ): Promise<{ documentId: string; created: boolean }> {
    const sources = await this.#content.read(record.id, (doc) =>
      readSessionRecord(doc, record.title),
    )
    const { details } = sources
    if (details.session.state !== 'terminee') {
      throw new AppError(
        ErrorCode.Conflict,
        'Le compte rendu se rédige une fois la session terminée : terminez d’abord la session.',
      )
    }
    const existing = details.session.compteRenduId
    if (existing !== undefined && isDocumentId(existing)) {
      if ((await this.#store.findDocument(existing)) !== null) {
        return { documentId: existing, created: false }
      }
    }
    const attendees = await this.#attendees(record.id)
    const polls = await this.#pollsCompteRendu(record.id)
    const participants = await this.#participants.namesOf(record, [
      ...sources.wall.notes.flatMap((note) => [note.authorId, ...note.voterIds]),
      ...sources.groups.flatMap((group) => group.wall.map((note) => note.authorId)),
    ])
    const compteRendu = await this.#documents.create(actor, {
      spaceId: record.spaceId,
      kind: DocumentKind.CompteRendu,
      title: `Compte rendu — ${details.title}`.slice(0, MAX_TITLE_LENGTH),
      fields: { date: details.date, instance: instanceOf(details) },
    })
    const body = draftCompteRendu({
      details,
      attendees: attendees.map((person) => person.nom),
      notes: sources.notes,
      wall: sources.wall,
      participants,
      groups: sources.groups,
      polls,
    })
    await this.#content.change(compteRendu.id, (doc) => {
      const fragment = doc.getXmlFragment(DocumentRoot.Body)
      fragment.delete(0, fragment.length)
      writeRichText(fragment, body)
      const fields = doc.getMap<unknown>(DocumentRoot.Fields)
      appendListItems(listFieldOf(fields, 'participants'), attendees)
      appendListItems(
        listFieldOf(fields, 'ordreDuJour'),
        details.agenda.map((item) => ({ point: item.titre })),
      )
    })
    // Participants came from every territory: they read the compte rendu as they read the atelier.
    if (record.sharedWithAll) await this.#documents.share(compteRendu, true)
    await this.#content.change(record.id, (doc) => {
      writeAtelierSession(doc, { ...readAtelierSession(doc), compteRenduId: compteRendu.id })
    })
    return { documentId: compteRendu.id, created: true }
  }

  /** The people seen in the session, by name, with their organisation. */
  async #attendees(atelierId: string): Promise<{ nom: string; organisation: string }[]> {
    const attendance = await this.#store.ateliers.listAttendance(atelierId)
    const accounts = await Promise.all(
      attendance.map((entry) => this.#store.findAccountById(entry.accountId)),
    )
    return accounts
      .filter((account) => account !== null)
      .map((account) => ({ nom: account.name, organisation: account.organisation }))
      .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))
  }

  /** Records as present, `at`, every participant connected to the atelier's document right now. */
  async #recordConnected(record: DocumentRecord, at: string): Promise<void> {
    const accountIds = await this.#presence.connectedAccounts(record.id)
    for (const accountId of accountIds) await this.#recordAttendance(record, accountId, at)
  }

  /**
   * Records `accountId` present in the session `at` if they hold a seat or facilitate, unless they
   * were seen less than {@link ATTENDANCE_REFRESH_MS} before.
   */
  async #recordAttendance(record: DocumentRecord, accountId: string, at: string): Promise<void> {
    const previous = await this.#store.ateliers.findAttendance(record.id, accountId)
    if (
      previous !== null &&
      Date.parse(at) - Date.parse(previous.lastSeenAt) < ATTENDANCE_REFRESH_MS
    ) {
      return
    }
    if (!(await this.#participants.includes(record, accountId))) return
    await this.#store.ateliers.recordAttendance(record.id, accountId, at)
  }
}

/** The « instance » of the compte rendu: « Webinaire du programme des ateliers ». */
function instanceOf(details: AtelierDetails): string {
  const format = optionLabel(ATELIER_FORMAT_OPTIONS, details.format)
  return `${format === '' ? 'Atelier' : format} du programme des ateliers`
}

function readSessionRecord(doc: Y.Doc, fallbackTitle: string): SessionRecord {
  return {
    details: readAtelierDetails(doc, fallbackTitle),
    notes: richTextOfFragment(doc.getXmlFragment(DocumentRoot.Body)),
    wall: readWall(doc),
    groups: readGroupWork(doc),
  }
}
