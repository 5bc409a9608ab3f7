import { DocumentKind, DocumentRoot } from '@maillage/schema'
import type { RoomExtension } from '../sync/RoomHooks.ts'
import { readAtelierDetails } from './atelierDetails.ts'
import type { AtelierScheduleWatch } from './AtelierScheduleWatch.ts'

/**
 * The room extension that notices moved dates of ateliers: after each save that stored a
 * person's edits of a document whose content says it is an atelier, its details are read from
 * the live Y.Doc at once (it may be destroyed right after) and handed to
 * `AtelierScheduleWatch.noticeSaved`, which checks the document's record (the kind in the content
 * is only a quick filter). `watch` is asked at each save, since the service is built after the
 * rooms. A failure is logged by the rooms' hooks.
 */
export function createScheduleChangeExtension(
  watch: () => Pick<AtelierScheduleWatch, 'noticeSaved'>,
): RoomExtension {
  return {
    name: 'atelier-schedule',
    onStored: ({ room, editorId, doc }) => {
      // `share.has` first: `getMap` would add an empty root to every other document saved.
      if (!doc.share.has(DocumentRoot.Meta)) return
      if (doc.getMap(DocumentRoot.Meta).get('kind') !== DocumentKind.Atelier) return
      return watch().noticeSaved(room.id, editorId, readAtelierDetails(doc, ''))
    },
  }
}
