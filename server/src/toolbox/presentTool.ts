import type { ToolView } from '@maillage/protocol'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { Space } from '../persistence/records/Space.ts'
import type { ToolUsage } from '../persistence/records/ToolUsage.ts'

/** What {@link presentTool} needs beside the fiche's index record. */
export interface ToolPresentation {
  /** Every usage record of this tool. */
  readonly usages: readonly ToolUsage[]
  readonly spaceNames: ReadonlyMap<string, string>
  /** The CLPE space whose usage is `myUsage`, if the person may mark usage somewhere. */
  readonly mySpace: Space | undefined
}

/** A fiche outil's index record and its usage, as the catalogue shows it (no Y.Doc opened). */
export function presentTool(record: DocumentRecord, context: ToolPresentation): ToolView {
  const key = record.keyFields ?? {}
  const used = context.usages.filter((usage) => usage.used)
  const mine = context.usages.find((usage) => usage.spaceId === context.mySpace?.id)
  return {
    documentId: record.id,
    title: record.title,
    porteur: key['porteur'] ?? '',
    type: key['type'] ?? '',
    thematiques: listOf(key['thematiques']),
    publics: listOf(key['publics']),
    echelle: key['echelle'] ?? '',
    statut: statutOf(record.status),
    lien: key['lien'] ?? '',
    description: key['resume'] ?? '',
    usedBy: used
      .map((usage) => ({
        spaceId: usage.spaceId,
        spaceName: context.spaceNames.get(usage.spaceId) ?? usage.spaceId,
      }))
      .sort((a, b) => a.spaceName.localeCompare(b.spaceName, 'fr')),
    ratings: {
      count: used.length,
      usefulness: averageOf(used.flatMap((usage) => usage.usefulness ?? [])),
      ease: averageOf(used.flatMap((usage) => usage.ease ?? [])),
    },
    comments: used
      .filter((usage) => usage.comment.trim() !== '')
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((usage) => ({
        spaceId: usage.spaceId,
        spaceName: context.spaceNames.get(usage.spaceId) ?? usage.spaceId,
        comment: usage.comment,
        updatedAt: usage.updatedAt,
      })),
    myUsage:
      mine === undefined
        ? null
        : {
            spaceId: mine.spaceId,
            used: mine.used,
            usefulness: mine.usefulness ?? null,
            ease: mine.ease ?? null,
            comment: mine.comment,
          },
  }
}

/** Average to one decimal, null for none. */
export function averageOf(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sum = values.reduce((total, value) => total + value, 0)
  return Math.round((sum / values.length) * 10) / 10
}

function listOf(indexed: string | undefined): string[] {
  return indexed === undefined || indexed === '' ? [] : indexed.split(',')
}

function statutOf(status: string | undefined): ToolView['statut'] {
  return status === 'existant' || status === 'a-adapter' || status === 'nouveau' ? status : ''
}
