import type { DocumentId } from '@maillage/protocol'
import { PLENARY_SEAT, type BreakoutSeat, type BreakoutSeats } from '../../../auth/BreakoutSeat.ts'
import type { DocumentContent } from '../../../documents/DocumentContent.ts'
import { groupNumberOf, readBreakoutRun } from './breakoutRun.ts'

/**
 * The {@link BreakoutSeats} of the access policy, read from the atelier's Y.Doc through the
 * `DocumentContent` port (the loaded room when there is one: unsaved server changes included).
 */
export class ContentBreakoutSeats implements BreakoutSeats {
  readonly #content: DocumentContent

  constructor(content: DocumentContent) {
    this.#content = content
  }

  async seatOf(documentId: DocumentId, accountId: string): Promise<BreakoutSeat> {
    const run = await this.#content.read(documentId, readBreakoutRun)
    if (run?.state !== 'en-cours') return PLENARY_SEAT
    return { running: true, group: groupNumberOf(run, accountId) }
  }
}
