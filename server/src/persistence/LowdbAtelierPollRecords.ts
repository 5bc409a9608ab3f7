import type { AtelierPollRecords } from './AtelierPollRecords.ts'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import { insertRecord, replaceRecord, validateRecord, type RecordKind } from './recordCollection.ts'
import { atelierPollSchema, type AtelierPoll } from './records/AtelierPoll.ts'
import { atelierPollAnswerSchema, type AtelierPollAnswer } from './records/AtelierPollAnswer.ts'
import { atelierWordEntrySchema, type AtelierWordEntry } from './records/AtelierWordEntry.ts'

const POLL: RecordKind<AtelierPoll> = {
  name: 'atelier poll',
  schema: atelierPollSchema,
  unique: ['id'],
}

/**
 * Puts `record` in place of the one `sameKey` finds, or at the end: one synchronous change of
 * the data, so two saves of one key never both append.
 */
function upsert<T>(records: T[], record: T, sameKey: (other: T) => boolean): void {
  const index = records.findIndex(sameKey)
  if (index === -1) records.push(record)
  else records[index] = record
}

/** The polls' records of `LowdbMetadataStore`, in the same file and writes. */
export class LowdbAtelierPollRecords implements AtelierPollRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createPoll(poll: AtelierPoll): Promise<void> {
    await this.#db.write((data) => insertRecord(data.atelierPolls, poll, POLL))
  }

  findPoll(id: string): Promise<AtelierPoll | null> {
    return this.#db.read((data) => data.atelierPolls.find((found) => found.id === id) ?? null)
  }

  listPollsOf(atelierId: string): Promise<AtelierPoll[]> {
    return this.#db.read((data) =>
      data.atelierPolls.filter((found) => found.atelierId === atelierId),
    )
  }

  updatePoll(id: string, patch: Partial<Omit<AtelierPoll, 'id'>>): Promise<AtelierPoll | null> {
    return this.#db.write((data) => replaceRecord(data.atelierPolls, { id, patch }, POLL))
  }

  deletePoll(id: string): Promise<boolean> {
    return this.#db.write(
      (data) => {
        const index = data.atelierPolls.findIndex((found) => found.id === id)
        if (index === -1) return false
        data.atelierPolls.splice(index, 1)
        data.atelierPollAnswers = data.atelierPollAnswers.filter((found) => found.pollId !== id)
        data.atelierWordEntries = data.atelierWordEntries.filter((found) => found.cloudId !== id)
        return true
      },
      (deleted) => deleted,
    )
  }

  async saveAnswer(answer: AtelierPollAnswer): Promise<void> {
    const record = validateRecord(atelierPollAnswerSchema, answer, 'atelier poll answer')
    await this.#db.write((data) => {
      upsert(
        data.atelierPollAnswers,
        record,
        (other) => other.pollId === record.pollId && other.accountId === record.accountId,
      )
      return true
    })
  }

  findAnswer(pollId: string, accountId: string): Promise<AtelierPollAnswer | null> {
    return this.#db.read(
      (data) =>
        data.atelierPollAnswers.find(
          (found) => found.pollId === pollId && found.accountId === accountId,
        ) ?? null,
    )
  }

  listAnswersOf(pollId: string): Promise<AtelierPollAnswer[]> {
    return this.#db.read((data) =>
      data.atelierPollAnswers.filter((found) => found.pollId === pollId),
    )
  }

  async saveWordEntry(entry: AtelierWordEntry): Promise<void> {
    const record = validateRecord(atelierWordEntrySchema, entry, 'atelier word entry')
    await this.#db.write((data) => {
      upsert(
        data.atelierWordEntries,
        record,
        (other) => other.cloudId === record.cloudId && other.accountId === record.accountId,
      )
      return true
    })
  }

  findWordEntry(cloudId: string, accountId: string): Promise<AtelierWordEntry | null> {
    return this.#db.read(
      (data) =>
        data.atelierWordEntries.find(
          (found) => found.cloudId === cloudId && found.accountId === accountId,
        ) ?? null,
    )
  }

  listWordEntriesOf(cloudId: string): Promise<AtelierWordEntry[]> {
    return this.#db.read((data) =>
      data.atelierWordEntries.filter((found) => found.cloudId === cloudId),
    )
  }
}
