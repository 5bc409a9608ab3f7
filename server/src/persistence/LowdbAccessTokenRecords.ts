import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { MetadataStore } from './MetadataStore.ts'
import { insertRecord, replaceRecord } from './recordCollection.ts'
import { ACCESS_TOKEN } from './recordKinds.ts'
import type { AccessToken } from './records/AccessToken.ts'

/** The personal access token methods of {@link MetadataStore}. */
type AccessTokenMethods = Pick<
  MetadataStore,
  'createAccessToken' | 'findAccessTokenByHash' | 'listAccessTokensOf' | 'updateAccessToken'
>

/** The personal access tokens of `LowdbMetadataStore`, unique by id and by token hash. */
export class LowdbAccessTokenRecords implements AccessTokenMethods {
  readonly #db: LowdbDatabase<MetadataFile>

  /** Access tokens of `db`. */
  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createAccessToken(token: AccessToken): Promise<void> {
    await this.#db.write((data) => insertRecord(data.accessTokens, token, ACCESS_TOKEN))
  }

  findAccessTokenByHash(tokenHash: string): Promise<AccessToken | null> {
    return this.#db.read(
      (data) => data.accessTokens.find((token) => token.tokenHash === tokenHash) ?? null,
    )
  }

  listAccessTokensOf(accountId: string): Promise<AccessToken[]> {
    return this.#db.read((data) =>
      data.accessTokens.filter((token) => token.accountId === accountId),
    )
  }

  updateAccessToken(
    id: string,
    patch: Partial<Omit<AccessToken, 'id'>>,
  ): Promise<AccessToken | null> {
    return this.#db.write((data) => replaceRecord(data.accessTokens, { id, patch }, ACCESS_TOKEN))
  }
}
