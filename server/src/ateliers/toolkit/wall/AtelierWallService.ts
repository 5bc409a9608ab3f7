import { randomUUID } from 'node:crypto'
import * as Y from 'yjs'
import type {
  AtelierWallAuthorView,
  AtelierWallNoteView,
  AtelierWallStateView,
} from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'
import { isAdmin } from '../../../auth/accessPolicy.ts'
import type { Actor } from '../../../auth/Actor.ts'
import { assertAllowed } from '../../../auth/assertAllowed.ts'
import { canFacilitateAtelier } from '../../../auth/atelierAccess.ts'
import type { KeyedLock } from '../../../coordination/KeyedLock.ts'
import type { DocumentContent } from '../../../documents/DocumentContent.ts'
import { AppError, ErrorCode } from '../../../errors/AppError.ts'
import type { MetadataStore } from '../../../persistence/MetadataStore.ts'
import { AuditAction } from '../../../persistence/records/AuditEntry.ts'
import type { DocumentRecord } from '../../../persistence/records/DocumentRecord.ts'
import { isoTime } from '../../../time/isoTime.ts'
import type { Timers } from '../../../time/Timers.ts'
import { AtelierParticipants } from '../../AtelierParticipants.ts'
import { readAtelierDetails } from '../../atelierDetails.ts'
import { ATELIER_MESSAGES } from '../../atelierMessages.ts'
import { readWall } from '../../readWall.ts'
import type { SessionManager } from '../../../auth/SessionManager.ts'
import { readAtelierSession } from '../../atelierSession.ts'
import { deleteWallNote, findWallNote, insertWallNote, writeVoteTotal } from './wallDoc.ts'
import type { WallModerationInput, WallNoteInput, WallSettingsInput } from './wallInput.ts'
import { wallExportColumns, type WallExportColumn } from './wallExportRows.ts'
import { WALL_MESSAGES } from './wallMessages.ts'
import { readWallSettings, writeWallSettings, type WallSettings } from './wallSettings.ts'

/** Most notes on one wall: beyond, posting is refused until some are removed. */
export const WALL_MAX_NOTES = 1_000

/**
 * The wall of an atelier's live session. Every structural change of the
 * `wall` root goes through here, written by the server: a named note is stamped with the
 * account that posts it (nobody can sign for another), an anonymous one carries no author in the
 * Y.Doc (its author is kept in `store.atelierWall` for moderation), dots are counted against the
 * facilitator's budget atomically in the store and their totals written into `wallVotes`, and
 * facilitators hide, show, move and delete notes (audited). Groups (`wallGroups`) stay written by
 * participants' browsers.
 */
export class AtelierWallService {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #timers: Timers
  readonly #locks: KeyedLock
  readonly #participants: AtelierParticipants

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    timers: Timers
    /**
     * One change of an atelier's dots at a time, in every process (namespace `atelier-wall`):
     * each writes the note's total read after its own vote, so the last total written is right.
     */
    locks: KeyedLock
    /** Builds the actor of an account: named authors and old votes count for participants only. */
    sessions: Pick<SessionManager, 'actorFor'>
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#timers = options.timers
    this.#locks = options.locks
    this.#participants = new AtelierParticipants(options)
  }

  /**
   * The wall as exported for the actor (any reader of the atelier): its columns, and whether
   * hidden notes are in them (facilitators only, marked; others never get them).
   */
  async exportWall(
    actor: Actor,
    record: DocumentRecord,
  ): Promise<{ title: string; columns: WallExportColumn[]; withHidden: boolean }> {
    const { title, wall } = await this.#content.read(record.id, (doc) => ({
      title: readAtelierDetails(doc, record.title).title,
      wall: readWall(doc),
    }))
    const withHidden = canFacilitateAtelier(actor, record)
    const participants = await this.#participants.namesOf(
      record,
      wall.notes.flatMap((note) => [note.authorId, ...note.voterIds]),
    )
    return { title, columns: wallExportColumns(wall, participants, withHidden), withHidden }
  }

  /** The settings and the actor's dots, for whoever reads the atelier. */
  async state(actor: Actor, record: DocumentRecord): Promise<AtelierWallStateView> {
    const settings = await this.#content.read(record.id, readWallSettings)
    const canTakePart = await this.#takesPart(actor, record)
    const mine = canTakePart
      ? await this.#store.atelierWall.listVotesOf(record.id, actor.account.id)
      : []
    const spent = mine.reduce((sum, vote) => sum + vote.count, 0)
    return {
      anonymousAllowed: settings.anonymousAllowed,
      voteBudget: settings.voteBudget,
      myDots: Object.fromEntries(mine.map((vote) => [vote.noteId, vote.count])),
      remaining: Math.max(0, settings.voteBudget - spent),
      canTakePart,
    }
  }

  /** Changes the settings (facilitators; audited). */
  async configure(
    actor: Actor,
    record: DocumentRecord,
    input: WallSettingsInput,
  ): Promise<AtelierWallStateView> {
    assertAllowed(canFacilitateAtelier(actor, record), ATELIER_MESSAGES.facilitatorsOnly)
    let next: WallSettings | undefined
    await this.#content.change(record.id, (doc) => {
      const current = readWallSettings(doc)
      next = {
        anonymousAllowed: input.anonymousAllowed ?? current.anonymousAllowed,
        voteBudget: input.voteBudget ?? current.voteBudget,
      }
      writeWallSettings(doc, next)
    })
    await this.#audit(actor, AuditAction.AtelierWallConfigured, record, {
      anonymousAllowed: String(next?.anonymousAllowed),
      voteBudget: String(next?.voteBudget),
    })
    return this.state(actor, record)
  }

  /**
   * Posts a note for the actor (seat holders and facilitators, until the session ends): named,
   * with the actor's id and name, or anonymous when the facilitator allows it.
   */
  async post(
    actor: Actor,
    record: DocumentRecord,
    input: WallNoteInput,
  ): Promise<AtelierWallNoteView> {
    await this.#assertTakesPart(actor, record)
    const anonymous = input.anonymous === true
    const id = randomUUID()
    const createdAt = isoTime(this.#timers)
    const outcome: { error?: AppError } = {}
    // The author is recorded first: an anonymous note never exists without it.
    if (anonymous) {
      const settings = await this.#content.read(record.id, readWallSettings)
      if (!settings.anonymousAllowed) {
        throw new AppError(ErrorCode.Conflict, WALL_MESSAGES.anonymousClosed)
      }
      await this.#store.atelierWall.recordAuthor({
        atelierId: record.id,
        noteId: id,
        accountId: actor.account.id,
        createdAt,
      })
    }
    await this.#content.change(record.id, (doc) => {
      outcome.error = refusalToPost(doc, anonymous)
      if (outcome.error !== undefined) return
      insertWallNote(doc, DocumentRoot.Wall, {
        id,
        text: input.text,
        ...(anonymous ? {} : { author: { id: actor.account.id, name: actor.account.name } }),
        createdAt,
      })
    })
    if (outcome.error !== undefined) {
      if (anonymous) await this.#store.atelierWall.deleteAuthor(record.id, id)
      throw outcome.error
    }
    return { noteId: id }
  }

  /** Places (`1`) or takes back (`-1`) one of the actor's dots on a note. */
  async vote(
    actor: Actor,
    record: DocumentRecord,
    noteId: string,
    delta: 1 | -1,
  ): Promise<AtelierWallStateView> {
    await this.#assertTakesPart(actor, record)
    await this.#locks.run(record.id, async () => {
      const { settings, note, ended } = await this.#content.read(record.id, (doc) => ({
        settings: readWallSettings(doc),
        note: noteState(doc, noteId),
        ended: readAtelierSession(doc).state === 'terminee',
      }))
      if (ended) throw new AppError(ErrorCode.Conflict, WALL_MESSAGES.ended)
      if (settings.voteBudget === 0)
        throw new AppError(ErrorCode.Conflict, WALL_MESSAGES.votesClosed)
      if (note === 'missing' && delta === 1) {
        throw new AppError(ErrorCode.NotFound, WALL_MESSAGES.noteMissing)
      }
      if (note === 'hidden' && delta === 1) {
        throw new AppError(ErrorCode.Conflict, WALL_MESSAGES.noteHidden)
      }
      const outcome = await this.#store.atelierWall.changeVote({
        atelierId: record.id,
        noteId,
        accountId: actor.account.id,
        delta,
        budget: settings.voteBudget,
      })
      if (!outcome.accepted) {
        const message = delta === 1 ? WALL_MESSAGES.budgetSpent : WALL_MESSAGES.noDotHere
        throw new AppError(ErrorCode.Conflict, message)
      }
      await this.#content.change(record.id, (doc) => {
        writeVoteTotal(doc, noteId, outcome.noteTotal)
      })
    })
    return this.state(actor, record)
  }

  /** Hides or shows a note, and/or moves it to a group (facilitators; audited). */
  async moderate(
    actor: Actor,
    record: DocumentRecord,
    noteId: string,
    input: WallModerationInput,
  ): Promise<void> {
    assertAllowed(canFacilitateAtelier(actor, record), ATELIER_MESSAGES.facilitatorsOnly)
    const outcome: { error?: AppError } = {}
    await this.#content.change(record.id, (doc) => {
      const note = findWallNote(doc, DocumentRoot.Wall, noteId)
      if (note === undefined) {
        outcome.error = new AppError(ErrorCode.NotFound, WALL_MESSAGES.noteMissing)
        return
      }
      const { groupId } = input
      if (groupId !== undefined && groupId !== '' && !groupExists(doc, groupId)) {
        outcome.error = new AppError(ErrorCode.NotFound, WALL_MESSAGES.groupMissing)
        return
      }
      if (input.hidden !== undefined) note.set('hidden', input.hidden)
      if (groupId !== undefined) note.set('groupId', groupId)
    })
    if (outcome.error !== undefined) throw outcome.error
    if (input.hidden !== undefined) {
      const action = input.hidden
        ? AuditAction.AtelierWallNoteHidden
        : AuditAction.AtelierWallNoteShown
      await this.#audit(actor, action, record, { noteId })
    }
    if (input.groupId !== undefined) {
      await this.#audit(actor, AuditAction.AtelierWallNoteMoved, record, {
        noteId,
        groupId: input.groupId,
      })
    }
  }

  /**
   * Deletes a note: its author (named or anonymous) or a facilitator (audited). Its dots go
   * back to those who placed them.
   */
  async remove(actor: Actor, record: DocumentRecord, noteId: string): Promise<void> {
    const facilitator = canFacilitateAtelier(actor, record)
    if (!facilitator) {
      await this.#assertTakesPart(actor, record)
      assertAllowed(await this.#isAuthor(actor, record, noteId), WALL_MESSAGES.notYours)
    }
    await this.#locks.run(record.id, async () => {
      const outcome = { deleted: false }
      await this.#content.change(record.id, (doc) => {
        outcome.deleted = deleteWallNote(doc, DocumentRoot.Wall, noteId)
        writeVoteTotal(doc, noteId, 0)
      })
      if (!outcome.deleted) throw new AppError(ErrorCode.NotFound, WALL_MESSAGES.noteMissing)
      await this.#store.atelierWall.deleteVotesOfNote(record.id, noteId)
    })
    await this.#store.atelierWall.deleteAuthor(record.id, noteId)
    if (facilitator)
      await this.#audit(actor, AuditAction.AtelierWallNoteDeleted, record, { noteId })
  }

  /**
   * Who wrote an anonymous note: for the regional admins only (moderation of abuse), audited.
   * Facilitators are not told: anonymity holds in the session.
   */
  async revealAuthor(
    actor: Actor,
    record: DocumentRecord,
    noteId: string,
  ): Promise<AtelierWallAuthorView> {
    assertAllowed(isAdmin(actor), WALL_MESSAGES.adminsOnly)
    const author = await this.#store.atelierWall.findAuthor(record.id, noteId)
    if (author === null) throw new AppError(ErrorCode.NotFound, WALL_MESSAGES.notAnonymous)
    const account = await this.#store.findAccountById(author.accountId)
    await this.#audit(actor, AuditAction.AtelierWallAuthorRevealed, record, { noteId })
    return {
      accountId: author.accountId,
      name: account?.name ?? '',
      postedAt: author.createdAt,
    }
  }

  /** Seat holders (`inscrit`) and facilitators take part; others follow. */
  async #takesPart(actor: Actor, record: DocumentRecord): Promise<boolean> {
    if (canFacilitateAtelier(actor, record)) return true
    if (actor.account.id === '' || record.archivedAt !== undefined) return false
    const registration = await this.#store.ateliers.findRegistration(record.id, actor.account.id)
    return registration?.status === 'inscrit'
  }

  async #assertTakesPart(actor: Actor, record: DocumentRecord): Promise<void> {
    assertAllowed(await this.#takesPart(actor, record), WALL_MESSAGES.participantsOnly)
  }

  async #isAuthor(actor: Actor, record: DocumentRecord, noteId: string): Promise<boolean> {
    const claimed = await this.#content.read(record.id, (doc) => {
      const note = findWallNote(doc, DocumentRoot.Wall, noteId)
      return note?.get('anonymous') === true ? null : note?.get('authorId')
    })
    if (claimed !== null) return claimed === actor.account.id
    const author = await this.#store.atelierWall.findAuthor(record.id, noteId)
    return author?.accountId === actor.account.id
  }

  async #audit(
    actor: Actor,
    action: AuditAction,
    record: DocumentRecord,
    details: Record<string, string>,
  ): Promise<void> {
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action,
      actorId: actor.account.id,
      target: record.id,
      details,
    })
  }
}

/** Whether a note is on the wall, and shown. */
function noteState(doc: Y.Doc, noteId: string): 'shown' | 'hidden' | 'missing' {
  const note = findWallNote(doc, DocumentRoot.Wall, noteId)
  if (note === undefined) return 'missing'
  return note.get('hidden') === true ? 'hidden' : 'shown'
}

/** Why a note may not be posted now (read on the room's document, inside the change), if so. */
function refusalToPost(doc: Y.Doc, anonymous: boolean): AppError | undefined {
  if (readAtelierSession(doc).state === 'terminee') {
    return new AppError(ErrorCode.Conflict, WALL_MESSAGES.ended)
  }
  if (anonymous && !readWallSettings(doc).anonymousAllowed) {
    return new AppError(ErrorCode.Conflict, WALL_MESSAGES.anonymousClosed)
  }
  if (doc.getArray<unknown>(DocumentRoot.Wall).length >= WALL_MAX_NOTES) {
    return new AppError(ErrorCode.Conflict, WALL_MESSAGES.wallFull)
  }
  return undefined
}

/** Whether `wallGroups` has a group of id `groupId`. */
function groupExists(doc: Y.Doc, groupId: string): boolean {
  return doc
    .getArray<unknown>(DocumentRoot.WallGroups)
    .toArray()
    .some((entry) => entry instanceof Y.Map && entry.get('id') === groupId)
}
