import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { ProgrammeRecords } from './ProgrammeRecords.ts'
import {
  conflictError,
  insertRecord,
  replaceRecord,
  validateRecord,
  type RecordKind,
} from './recordCollection.ts'
import { programmeLineSchema, type ProgrammeLine } from './records/ProgrammeLine.ts'
import { programmeLinkSchema, type ProgrammeLink } from './records/ProgrammeLink.ts'
import { programmeVersionSchema, type ProgrammeVersion } from './records/ProgrammeVersion.ts'

const VERSION: RecordKind<ProgrammeVersion> = {
  name: 'programme version',
  schema: programmeVersionSchema,
  unique: ['id', 'number'],
}
const LINE: RecordKind<ProgrammeLine> = {
  name: 'programme line',
  schema: programmeLineSchema,
  unique: ['id'],
}
const LINK: RecordKind<ProgrammeLink> = {
  name: 'programme link',
  schema: programmeLinkSchema,
  unique: ['id'],
}

/** The programme's records of `LowdbMetadataStore`, in the same file and writes. */
export class LowdbProgrammeRecords implements ProgrammeRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createVersion(version: ProgrammeVersion, lines: readonly ProgrammeLine[]): Promise<void> {
    await this.#db.write((data) => {
      const stored = validateRecord(programmeVersionSchema, version, VERSION.name)
      const storedLines = lines.map((line) => validateRecord(programmeLineSchema, line, LINE.name))
      // Checked on copies first: a refusal leaves the data as it was.
      const versions = [...data.programmeVersions]
      insertRecord(versions, stored, VERSION)
      const allLines = [...data.programmeLines]
      for (const line of storedLines) insertLine(allLines, line)
      data.programmeVersions = versions
      data.programmeLines = allLines
      return true
    })
  }

  findVersion(id: string): Promise<ProgrammeVersion | null> {
    return this.#db.read((data) => data.programmeVersions.find((found) => found.id === id) ?? null)
  }

  listVersions(): Promise<ProgrammeVersion[]> {
    return this.#db.read((data) => [...data.programmeVersions].sort((a, b) => a.number - b.number))
  }

  changeVersion(
    id: string,
    change: (current: ProgrammeVersion) => Partial<Omit<ProgrammeVersion, 'id'>>,
  ): Promise<ProgrammeVersion | null> {
    return this.#db.write((data) => {
      const current = data.programmeVersions.find((found) => found.id === id)
      if (current === undefined) return null
      // A copy, so that a `change` mutating its argument cannot alter the data if it then throws.
      const patch = change(structuredClone(current))
      return replaceRecord(data.programmeVersions, { id, patch }, VERSION)
    })
  }

  findLine(id: string): Promise<ProgrammeLine | null> {
    return this.#db.read((data) => data.programmeLines.find((found) => found.id === id) ?? null)
  }

  listLines(versionId: string): Promise<ProgrammeLine[]> {
    return this.#db.read((data) => linesOf(data, versionId))
  }

  putLine(
    line: ProgrammeLine,
    check: (version: ProgrammeVersion | null, lineCount: number) => void,
  ): Promise<ProgrammeLine> {
    return this.#db.write((data) => {
      const stored = validateRecord(programmeLineSchema, line, LINE.name)
      const version = data.programmeVersions.find((found) => found.id === stored.versionId)
      check(
        version === undefined ? null : structuredClone(version),
        linesOf(data, stored.versionId).length,
      )
      const index = data.programmeLines.findIndex((found) => found.id === stored.id)
      if (index === -1) {
        insertLine(data.programmeLines, stored)
        return stored
      }
      const others = data.programmeLines.filter((_, at) => at !== index)
      const previous = data.programmeLines[index]
      if (previous?.versionId !== stored.versionId) throw conflictError(LINE.name, 'id')
      assertLineKeyFree(others, stored)
      data.programmeLines[index] = stored
      return stored
    })
  }

  deleteLine(id: string, check: (version: ProgrammeVersion | null) => void): Promise<boolean> {
    return this.#db.write(
      (data) => {
        const index = data.programmeLines.findIndex((found) => found.id === id)
        const line = data.programmeLines[index]
        if (line === undefined) return false
        const version = data.programmeVersions.find((found) => found.id === line.versionId)
        check(version === undefined ? null : structuredClone(version))
        return data.programmeLines.splice(index, 1).length === 1
      },
      (deleted) => deleted,
    )
  }

  async createLink(link: ProgrammeLink): Promise<void> {
    await this.#db.write((data) => {
      const stored = validateRecord(programmeLinkSchema, link, LINK.name)
      const taken = data.programmeLinks.some(
        (found) =>
          found.lineKey === stored.lineKey &&
          found.target.kind === stored.target.kind &&
          found.target.id === stored.target.id,
      )
      if (taken) throw conflictError(LINK.name, 'lineKey and target')
      return insertRecord(data.programmeLinks, stored, LINK)
    })
  }

  findLink(id: string): Promise<ProgrammeLink | null> {
    return this.#db.read((data) => data.programmeLinks.find((found) => found.id === id) ?? null)
  }

  listLinks(): Promise<ProgrammeLink[]> {
    return this.#db.read((data) => data.programmeLinks)
  }

  deleteLink(id: string): Promise<boolean> {
    return this.#db.write(
      (data) => {
        const index = data.programmeLinks.findIndex((found) => found.id === id)
        return index !== -1 && data.programmeLinks.splice(index, 1).length === 1
      },
      (deleted) => deleted,
    )
  }
}

function linesOf(data: MetadataFile, versionId: string): ProgrammeLine[] {
  return data.programmeLines
    .filter((line) => line.versionId === versionId)
    .sort((a, b) => a.position - b.position)
}

function insertLine(lines: ProgrammeLine[], line: ProgrammeLine): void {
  assertLineKeyFree(lines, line)
  insertRecord(lines, line, LINE)
}

function assertLineKeyFree(lines: readonly ProgrammeLine[], line: ProgrammeLine): void {
  const taken = lines.some(
    (other) => other.versionId === line.versionId && other.lineKey === line.lineKey,
  )
  if (taken) throw conflictError(LINE.name, 'versionId and lineKey')
}
