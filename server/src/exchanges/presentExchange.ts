import type {
  ExchangeSummaryView,
  ExchangeView,
  PersonRefView,
  TerritoryRefView,
} from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import {
  canChangeExchangeStatus,
  canPostExchanges,
  echoableSpaces,
} from '../auth/exchangeAccess.ts'
import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'
import type { Space } from '../persistence/records/Space.ts'
import { byDepartementThenName } from './groupSynergies.ts'
import { isSupraTerritorial, raisingSpaceIds } from './supraTerritorial.ts'

/** What presenting threads looks up: spaces, people's names and threads' titles, by id. */
export interface ExchangeDirectory {
  readonly spaces: ReadonlyMap<string, Space>
  readonly names: ReadonlyMap<string, string>
  /** Titles of the threads' documents; a thread without one has lost its document. */
  readonly titles: ReadonlyMap<string, string>
}

/** Shown for an account that no longer exists. */
const DELETED_ACCOUNT = 'Compte supprimé'

/** A space as shown beside a thread, its département when it is a territory. */
export function territoryRef(space: Space): TerritoryRefView {
  return {
    spaceId: space.id,
    name: space.name,
    ...(space.territory === undefined ? {} : { departement: space.territory.departement }),
  }
}

/** A person as shown beside a thread, with their current name. */
export function personRef(accountId: string, directory: ExchangeDirectory): PersonRefView {
  return { id: accountId, name: directory.names.get(accountId) ?? DELETED_ACCOUNT }
}

/**
 * A thread as lists show it: territories concerned by département then name, spaces that no
 * longer exist left out.
 */
export function presentExchangeSummary(
  thread: ExchangeThread,
  directory: ExchangeDirectory,
): ExchangeSummaryView {
  const origin =
    thread.originSpaceId === undefined ? undefined : directory.spaces.get(thread.originSpaceId)
  return {
    id: thread.id,
    title: directory.titles.get(thread.id) ?? '',
    type: thread.type,
    status: thread.status,
    themes: thread.themes,
    ...(origin === undefined ? {} : { origin: territoryRef(origin) }),
    territories: territoriesOf(thread.territorySpaceIds, directory),
    author: personRef(thread.authorId, directory),
    createdAt: thread.createdAt,
    lastMessageAt: thread.lastMessageAt,
    messageCount: thread.messageCount,
    echoCount: thread.echoes.length,
    supraTerritorial: isSupraTerritorial(thread.type, raisingSpaceIds(thread).length),
  }
}

/** A whole thread as `actor` sees it, with what they may do with it. */
export function presentExchange(
  actor: Actor,
  thread: ExchangeThread,
  directory: ExchangeDirectory,
): ExchangeView {
  const echoes = thread.echoes.flatMap((echo) => {
    const space = directory.spaces.get(echo.spaceId)
    if (space === undefined) return []
    return [
      { territory: territoryRef(space), by: personRef(echo.accountId, directory), at: echo.at },
    ]
  })
  const echoFor = echoableSpaces(actor, thread, [...directory.spaces.values()])
  return {
    ...presentExchangeSummary(thread, directory),
    echoes,
    can: {
      post: canPostExchanges(actor) && thread.status !== 'clos',
      changeStatus: canChangeExchangeStatus(actor, thread),
      echoFor: echoFor.map(territoryRef).sort(byDepartementThenName),
    },
  }
}

function territoriesOf(
  spaceIds: readonly string[],
  directory: ExchangeDirectory,
): TerritoryRefView[] {
  return spaceIds
    .flatMap((spaceId) => {
      const space = directory.spaces.get(spaceId)
      return space === undefined ? [] : [territoryRef(space)]
    })
    .sort(byDepartementThenName)
}
