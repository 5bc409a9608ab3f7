import { conflictError } from '../recordCollection.ts'
import type { ProgrammeRecords } from '../ProgrammeRecords.ts'
import type { ProgrammeLine } from '../records/ProgrammeLine.ts'
import type { ProgrammeLink } from '../records/ProgrammeLink.ts'
import type { ProgrammeVersion } from '../records/ProgrammeVersion.ts'
import {
  deleteRows,
  insertRow,
  parseRow,
  selectRow,
  selectRows,
  updateRow,
  upsertRow,
} from './postgresRows.ts'
import type { PostgresScope, SqlRunner } from './PostgresScope.ts'
import { PROGRAMME_LINES, PROGRAMME_LINKS, PROGRAMME_VERSIONS } from './programmeTables.ts'

/**
 * The programme's records of `PostgresMetadataStore` (`012_programme.sql`). A change that depends
 * on a version's step locks the version's row (`FOR UPDATE`) for its read, check and write, so
 * that it is atomic across processes.
 */
export class PostgresProgrammeRecords implements ProgrammeRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async createVersion(version: ProgrammeVersion, lines: readonly ProgrammeLine[]): Promise<void> {
    await this.#scope.atomically(async (runner) => {
      await insertRow(runner, PROGRAMME_VERSIONS, version)
      for (const line of lines) await insertRow(runner, PROGRAMME_LINES, line)
    })
  }

  findVersion(id: string): Promise<ProgrammeVersion | null> {
    return selectRow(this.#scope, PROGRAMME_VERSIONS, { where: 'id = $1', values: [id] })
  }

  async listVersions(): Promise<ProgrammeVersion[]> {
    const versions = await selectRows(this.#scope, PROGRAMME_VERSIONS)
    return versions.sort((a, b) => a.number - b.number)
  }

  changeVersion(
    id: string,
    change: (current: ProgrammeVersion) => Partial<Omit<ProgrammeVersion, 'id'>>,
  ): Promise<ProgrammeVersion | null> {
    return updateRow(this.#scope, PROGRAMME_VERSIONS, { id, patchOf: change })
  }

  findLine(id: string): Promise<ProgrammeLine | null> {
    return selectRow(this.#scope, PROGRAMME_LINES, { where: 'id = $1', values: [id] })
  }

  async listLines(versionId: string): Promise<ProgrammeLine[]> {
    const lines = await selectRows(this.#scope, PROGRAMME_LINES, {
      where: 'version_id = $1',
      values: [versionId],
    })
    return lines.sort((a, b) => a.position - b.position)
  }

  putLine(
    line: ProgrammeLine,
    check: (version: ProgrammeVersion | null, lineCount: number) => void,
  ): Promise<ProgrammeLine> {
    return this.#scope.atomically(async (runner) => {
      const version = await lockVersion(runner, line.versionId)
      const count = await runner.query<{ count: string }>(
        `SELECT count(*) AS count FROM ${PROGRAMME_LINES.name} WHERE version_id = $1`,
        [line.versionId],
      )
      check(version, Number(count.rows[0]?.count ?? 0))
      const previous = await selectRow(runner, PROGRAMME_LINES, {
        where: 'id = $1',
        values: [line.id],
      })
      if (previous !== null && previous.versionId !== line.versionId) {
        throw conflictError(PROGRAMME_LINES.what, 'id')
      }
      return upsertRow(runner, PROGRAMME_LINES, line)
    })
  }

  deleteLine(id: string, check: (version: ProgrammeVersion | null) => void): Promise<boolean> {
    return this.#scope.atomically(async (runner) => {
      const line = await selectRow(runner, PROGRAMME_LINES, { where: 'id = $1', values: [id] })
      if (line === null) return false
      check(await lockVersion(runner, line.versionId))
      const deleted = await deleteRows(runner, PROGRAMME_LINES, { where: 'id = $1', values: [id] })
      return deleted > 0
    })
  }

  async createLink(link: ProgrammeLink): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, PROGRAMME_LINKS, link))
  }

  findLink(id: string): Promise<ProgrammeLink | null> {
    return selectRow(this.#scope, PROGRAMME_LINKS, { where: 'id = $1', values: [id] })
  }

  listLinks(): Promise<ProgrammeLink[]> {
    return selectRows(this.#scope, PROGRAMME_LINKS)
  }

  async deleteLink(id: string): Promise<boolean> {
    return (await deleteRows(this.#scope, PROGRAMME_LINKS, { where: 'id = $1', values: [id] })) > 0
  }
}

/** The version of id `id`, its row locked until the transaction ends; null if none. */
async function lockVersion(runner: SqlRunner, id: string): Promise<ProgrammeVersion | null> {
  const result = await runner.query<{ data: unknown }>(
    `SELECT data FROM ${PROGRAMME_VERSIONS.name} WHERE id = $1 FOR UPDATE`,
    [id],
  )
  const row = result.rows[0]
  return row === undefined ? null : parseRow(PROGRAMME_VERSIONS, row.data)
}
