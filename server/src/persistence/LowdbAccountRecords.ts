import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { MetadataStore } from './MetadataStore.ts'
import { conflictError, validateRecord } from './recordCollection.ts'
import { storedAccountSchema, type Account } from './records/Account.ts'

/** The account methods of {@link MetadataStore}. */
type AccountMethods = Pick<
  MetadataStore,
  | 'findAccountById'
  | 'findAccountByEmail'
  | 'listAccounts'
  | 'createAccount'
  | 'createFirstAccount'
  | 'updateAccount'
>

/**
 * The accounts of `LowdbMetadataStore`, with their index by lower-cased email (every sign-in looks
 * one up). The index follows the writes made through this object; whoever replaces the data
 * otherwise (a transaction's commit) must call {@link LowdbAccountRecords.index}.
 */
export class LowdbAccountRecords implements AccountMethods {
  readonly #db: LowdbDatabase<MetadataFile>
  readonly #byEmail = new Map<string, Account>()

  /** Accounts of `db`, indexed from `data`, the records `db` holds now. */
  constructor(db: LowdbDatabase<MetadataFile>, data: MetadataFile) {
    this.#db = db
    this.index(data)
  }

  /** Rebuilds the index from `data`, the records the database now holds. */
  index(data: MetadataFile): void {
    this.#byEmail.clear()
    for (const account of data.accounts) this.#byEmail.set(account.email.toLowerCase(), account)
  }

  findAccountById(id: string): Promise<Account | null> {
    return this.#db.read((data) => data.accounts.find((account) => account.id === id) ?? null)
  }

  findAccountByEmail(email: string): Promise<Account | null> {
    return this.#db.read(() => this.#byEmail.get(email.toLowerCase()) ?? null)
  }

  listAccounts(): Promise<Account[]> {
    return this.#db.read((data) => data.accounts)
  }

  createAccount(account: Account): Promise<void> {
    return this.#db.write((data) => {
      this.#insert(data, account)
    })
  }

  createFirstAccount(account: Account): Promise<boolean> {
    return this.#db.write(
      (data) => {
        if (data.accounts.length > 0) return false
        this.#insert(data, account)
        return true
      },
      (created) => created,
    )
  }

  updateAccount(id: string, patch: Partial<Omit<Account, 'id'>>): Promise<Account | null> {
    return this.#db.write((data) => {
      const index = data.accounts.findIndex((account) => account.id === id)
      const previous = data.accounts[index]
      if (previous === undefined) return null
      const next = validateRecord(storedAccountSchema, { ...previous, ...patch, id }, 'account')
      const holder = this.#byEmail.get(next.email)
      if (holder !== undefined && holder.id !== id) throw conflictError('account', 'email')
      data.accounts[index] = next
      this.#byEmail.delete(previous.email.toLowerCase())
      this.#byEmail.set(next.email, next)
      return next
    })
  }

  #insert(data: MetadataFile, account: Account): void {
    const stored = validateRecord(storedAccountSchema, account, 'account')
    const idTaken = data.accounts.some((other) => other.id === stored.id)
    if (idTaken) throw conflictError('account', 'id')
    if (this.#byEmail.has(stored.email)) throw conflictError('account', 'email')
    data.accounts.push(stored)
    this.#byEmail.set(stored.email, stored)
  }
}
