import type { AtelierWallRecords, WallVoteChange, WallVoteOutcome } from './AtelierWallRecords.ts'
import { decideWallVote } from './decideWallVote.ts'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import { conflictError, validateRecord } from './recordCollection.ts'
import { atelierWallAuthorSchema, type AtelierWallAuthor } from './records/AtelierWallAuthor.ts'
import { atelierWallVoteSchema, type AtelierWallVote } from './records/AtelierWallVote.ts'

/**
 * The wall's records of `LowdbMetadataStore`, in the same file and writes. A vote is decided and
 * written in one synchronous `write`: changes of one store never interleave.
 */
export class LowdbAtelierWallRecords implements AtelierWallRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async recordAuthor(author: AtelierWallAuthor): Promise<void> {
    const record = validateRecord(atelierWallAuthorSchema, author, 'atelier wall author')
    await this.#db.write((data) => {
      const taken = data.atelierWallAuthors.some(
        (found) => found.atelierId === record.atelierId && found.noteId === record.noteId,
      )
      if (taken) throw conflictError('atelier wall author', 'note')
      data.atelierWallAuthors.push(record)
      return record
    })
  }

  findAuthor(atelierId: string, noteId: string): Promise<AtelierWallAuthor | null> {
    return this.#db.read(
      (data) =>
        data.atelierWallAuthors.find(
          (found) => found.atelierId === atelierId && found.noteId === noteId,
        ) ?? null,
    )
  }

  listAuthors(atelierId: string): Promise<AtelierWallAuthor[]> {
    return this.#db.read((data) =>
      data.atelierWallAuthors.filter((found) => found.atelierId === atelierId),
    )
  }

  deleteAuthor(atelierId: string, noteId: string): Promise<boolean> {
    return this.#db.write(
      (data) => {
        const index = data.atelierWallAuthors.findIndex(
          (found) => found.atelierId === atelierId && found.noteId === noteId,
        )
        return index !== -1 && data.atelierWallAuthors.splice(index, 1).length === 1
      },
      (deleted) => deleted,
    )
  }

  changeVote(change: WallVoteChange): Promise<WallVoteOutcome> {
    return this.#db.write(
      (data) => {
        const mine = data.atelierWallVotes.filter(
          (vote) => vote.atelierId === change.atelierId && vote.accountId === change.accountId,
        )
        const decision = decideWallVote(mine, change)
        if (decision.accepted) writeCount(data.atelierWallVotes, change, decision.count)
        const noteTotal = data.atelierWallVotes
          .filter((vote) => vote.atelierId === change.atelierId && vote.noteId === change.noteId)
          .reduce((sum, vote) => sum + vote.count, 0)
        return { accepted: decision.accepted, spent: decision.spent, noteTotal }
      },
      (outcome) => outcome.accepted,
    )
  }

  listVotes(atelierId: string): Promise<AtelierWallVote[]> {
    return this.#db.read((data) =>
      data.atelierWallVotes.filter((vote) => vote.atelierId === atelierId),
    )
  }

  listVotesOf(atelierId: string, accountId: string): Promise<AtelierWallVote[]> {
    return this.#db.read((data) =>
      data.atelierWallVotes.filter(
        (vote) => vote.atelierId === atelierId && vote.accountId === accountId,
      ),
    )
  }

  async deleteVotesOfNote(atelierId: string, noteId: string): Promise<void> {
    await this.#db.write(
      (data) => {
        const before = data.atelierWallVotes.length
        data.atelierWallVotes = data.atelierWallVotes.filter(
          (vote) => vote.atelierId !== atelierId || vote.noteId !== noteId,
        )
        return data.atelierWallVotes.length !== before
      },
      (changed) => changed,
    )
  }
}

/** Sets the participant's dots on the note to `count` (0 removes the record). */
function writeCount(votes: AtelierWallVote[], change: WallVoteChange, count: number): void {
  const index = votes.findIndex(
    (vote) =>
      vote.atelierId === change.atelierId &&
      vote.accountId === change.accountId &&
      vote.noteId === change.noteId,
  )
  if (count === 0) {
    if (index !== -1) votes.splice(index, 1)
    return
  }
  const record = validateRecord(
    atelierWallVoteSchema,
    { atelierId: change.atelierId, noteId: change.noteId, accountId: change.accountId, count },
    'atelier wall vote',
  )
  if (index === -1) votes.push(record)
  else votes[index] = record
}
