import { DocumentKind, REGIONAL_SPACE_IDS } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import { SERVER_AUTHOR_ID } from '../documents/serverAuthor.ts'
import { PlatformRole } from '../persistence/records/Account.ts'
import { TOOL_SEEDS } from '../toolbox/toolSeeds.ts'

/**
 * Fills the catalogue of the boîte à outils of a new data directory: one fiche outil per real tool
 * of {@link TOOL_SEEDS} in the espace régional, fields filled, statut « existant ». Call once, when
 * the directory is new (the catalogue is real content, seeded in production too).
 */
export async function seedToolbox(documents: DocumentService, now: string): Promise<void> {
  const actor: Actor = {
    account: {
      id: SERVER_AUTHOR_ID,
      email: 'maillage@maillage.invalid',
      name: 'Maillage',
      organisation: 'Maillage',
      color: '#555555',
      passwordHash: '-',
      platformRole: PlatformRole.Admin,
      createdAt: now,
    },
    roles: new Map(),
    via: 'token',
  }
  for (const tool of TOOL_SEEDS) {
    await documents.create(actor, {
      spaceId: REGIONAL_SPACE_IDS.regional,
      kind: DocumentKind.Outil,
      title: tool.title,
      fields: tool.fields,
    })
  }
}
