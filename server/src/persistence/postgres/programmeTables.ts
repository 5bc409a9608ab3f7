import { programmeLineSchema, type ProgrammeLine } from '../records/ProgrammeLine.ts'
import { programmeLinkSchema, type ProgrammeLink } from '../records/ProgrammeLink.ts'
import { programmeVersionSchema, type ProgrammeVersion } from '../records/ProgrammeVersion.ts'
import type { PostgresTable } from './postgresRows.ts'

// The tables of 012_programme.sql, as postgresRows.ts reads and writes them.

/** Versions of the programme, unique by number (kept as text: columns are text or boolean). */
export const PROGRAMME_VERSIONS: PostgresTable<ProgrammeVersion> = {
  name: 'metadata_programme_versions',
  what: 'programme version',
  schema: programmeVersionSchema,
  columns: {
    id: (version) => version.id,
    number: (version) => String(version.number),
  },
  key: ['id'],
}

/** Lines of the versions, looked up by version; a line key is unique within its version. */
export const PROGRAMME_LINES: PostgresTable<ProgrammeLine> = {
  name: 'metadata_programme_lines',
  what: 'programme line',
  schema: programmeLineSchema,
  columns: {
    id: (line) => line.id,
    version_id: (line) => line.versionId,
    line_key: (line) => line.lineKey,
  },
  key: ['id'],
}

/** Links of ateliers, tools and documents to line keys, one per (line key, target). */
export const PROGRAMME_LINKS: PostgresTable<ProgrammeLink> = {
  name: 'metadata_programme_links',
  what: 'programme link',
  schema: programmeLinkSchema,
  columns: {
    id: (link) => link.id,
    line_key: (link) => link.lineKey,
    target: (link) => `${link.target.kind}:${link.target.id}`,
  },
  key: ['id'],
}
