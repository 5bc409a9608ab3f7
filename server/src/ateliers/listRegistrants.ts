import type { AtelierRegistrantView } from '@maillage/protocol'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { waitingPositions } from './registrationList.ts'

/**
 * Everyone registered to an atelier, seats first then the waiting list in order, with their
 * address: the facilitators' list, whose callers check who may see it. Accounts gone are left out.
 */
export async function listRegistrants(
  store: MetadataStore,
  atelierId: string,
): Promise<AtelierRegistrantView[]> {
  const registrations = await store.ateliers.listRegistrations(atelierId)
  const positions = waitingPositions(registrations)
  const ordered = [
    ...registrations.filter((entry) => entry.status === 'inscrit'),
    ...registrations.filter((entry) => entry.status === 'liste-attente'),
  ]
  const views = await Promise.all(
    ordered.map(async (entry): Promise<AtelierRegistrantView | null> => {
      const account = await store.findAccountById(entry.accountId)
      if (account === null) return null
      const position = positions.get(entry.accountId)
      return {
        person: { id: account.id, name: account.name },
        email: account.email,
        status: entry.status,
        ...(position === undefined ? {} : { position }),
        registeredAt: entry.registeredAt,
      }
    }),
  )
  return views.filter((view) => view !== null)
}
