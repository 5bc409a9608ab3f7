import type { ProgrammeLine } from './records/ProgrammeLine.ts'
import type { ProgrammeLink } from './records/ProgrammeLink.ts'
import type { ProgrammeVersion } from './records/ProgrammeVersion.ts'

/**
 * The records of the programme d'accompagnement in the metadata store: its versions, their lines,
 * and the links of ateliers, tools and documents to the lines they carry out. Same contract as
 * {@link MetadataStore} (validated, copies, `METADATA_CONFLICT` on a taken key: versions by id and
 * number, lines by id and by (versionId, lineKey), links by id and by (lineKey, target)).
 *
 * The changes that depend on a version's step read it and write in one atomic step, so that a
 * line cannot be edited in a version that a concurrent request has just moved on, and two moves
 * of one version cannot both succeed.
 */
export interface ProgrammeRecords {
  /** Creates a version and its lines together (all or nothing). */
  createVersion(version: ProgrammeVersion, lines: readonly ProgrammeLine[]): Promise<void>
  findVersion(id: string): Promise<ProgrammeVersion | null>
  /** Every version, by number. */
  listVersions(): Promise<ProgrammeVersion[]>
  /**
   * Changes a version in one atomic step: `change` receives the version as stored at that moment
   * (a copy) and returns the patch; whatever it throws rejects with nothing written. Null when
   * there is no such version (`change` not called).
   */
  changeVersion(
    id: string,
    change: (current: ProgrammeVersion) => Partial<Omit<ProgrammeVersion, 'id'>>,
  ): Promise<ProgrammeVersion | null>

  findLine(id: string): Promise<ProgrammeLine | null>
  /** The lines of one version, by position (then insertion order). */
  listLines(versionId: string): Promise<ProgrammeLine[]>
  /**
   * Creates the line or replaces the one of its id, after `check` accepted its version as stored
   * at that moment (a copy; whatever it throws rejects with nothing written). `check` also receives
   * how many lines the version holds, and null for a missing version.
   */
  putLine(
    line: ProgrammeLine,
    check: (version: ProgrammeVersion | null, lineCount: number) => void,
  ): Promise<ProgrammeLine>
  /** Deletes a line after `check` accepted its version (as {@link putLine}); false if none. */
  deleteLine(id: string, check: (version: ProgrammeVersion | null) => void): Promise<boolean>

  createLink(link: ProgrammeLink): Promise<void>
  findLink(id: string): Promise<ProgrammeLink | null>
  /** Every link, oldest first. */
  listLinks(): Promise<ProgrammeLink[]>
  /** False if there was none. */
  deleteLink(id: string): Promise<boolean>
}
