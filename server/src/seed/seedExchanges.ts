import { randomUUID } from 'node:crypto'
import type { RichTextJson } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import type { ExchangeService } from '../exchanges/ExchangeService.ts'
import {
  EXCHANGE_DEMO_COLLEAGUES,
  EXCHANGE_SEEDS,
  type SeedMessage,
} from '../exchanges/exchangeSeeds.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { PlatformRole, type Account } from '../persistence/records/Account.ts'

/** Password hash of the demo colleagues: not a scrypt hash, so no password ever matches it. */
const NO_PASSWORD = '-'

/**
 * Fills the échanges of a new demo data directory: the demo colleagues of other CLPE and of the
 * CoRE ({@link EXCHANGE_DEMO_COLLEAGUES}, who cannot sign in), then the threads of
 * {@link EXCHANGE_SEEDS}, each written through `ExchangeService` as its people would (so the rules,
 * mirrored fields and notifications are those of real use, except that the threads' authors are
 * not told of the seeded replies and « nous aussi »). Call once, after the demo accounts.
 */
export async function seedExchanges(
  exchanges: ExchangeService,
  store: MetadataStore,
  now: string,
): Promise<void> {
  for (const colleague of EXCHANGE_DEMO_COLLEAGUES) {
    if ((await store.findAccountByEmail(colleague.email)) !== null) continue
    const account: Account = {
      id: randomUUID(),
      email: colleague.email,
      name: colleague.name,
      organisation: colleague.organisation,
      color: colleague.color,
      passwordHash: NO_PASSWORD,
      platformRole: PlatformRole.Membre,
      createdAt: now,
    }
    await store.createAccount(account)
    await store.putMembership({
      spaceId: colleague.spaceId,
      accountId: account.id,
      role: colleague.role,
      createdAt: now,
    })
  }
  const actorOf = actorFinder(store)
  for (const seed of EXCHANGE_SEEDS) {
    const author = await actorOf(seed.opening.by)
    const thread = await exchanges.create(author, {
      type: seed.type,
      title: seed.title,
      themes: [...seed.themes],
      territorySpaceIds: [...seed.territories],
      ...(seed.origin === undefined ? {} : { originSpaceId: seed.origin }),
      content: await contentOf(seed.opening, store),
    })
    for (const echo of seed.echoes) {
      await exchanges.echo(await actorOf(echo.by), thread.id, echo.spaceId, { tellAuthor: false })
    }
    for (const reply of seed.replies) {
      const content = await contentOf(reply, store)
      // The demo's history is no news: the threads' authors are not told of its replies.
      await exchanges.post(await actorOf(reply.by), thread.id, content, { tellAuthor: false })
    }
    if (seed.status !== undefined) {
      await exchanges.changeStatus(await actorOf(seed.status.by), thread.id, seed.status.to)
    }
  }
}

/** Finds a seeded person by e-mail as an actor with their roles; throws if they are missing. */
function actorFinder(store: MetadataStore): (email: string) => Promise<Actor> {
  return async (email) => {
    const account = await store.findAccountByEmail(email)
    if (account === null) throw new Error(`the demo account ${email} is missing`)
    const memberships = await store.listMembershipsOfAccount(account.id)
    return {
      account,
      roles: new Map(memberships.map((membership) => [membership.spaceId, membership.role])),
      via: 'token',
    }
  }
}

/** A seeded message as the composer would send it: paragraphs of text and mentions. */
async function contentOf(message: SeedMessage, store: MetadataStore): Promise<RichTextJson> {
  const paragraphs: RichTextJson[] = []
  for (const parts of message.paragraphs) {
    const content: RichTextJson[] = []
    for (const part of parts) {
      if (typeof part === 'string') {
        content.push({ type: 'text', text: part })
        continue
      }
      const mentioned = await store.findAccountByEmail(part.mention)
      if (mentioned === null) throw new Error(`the demo account ${part.mention} is missing`)
      content.push({ type: 'mention', attrs: { id: mentioned.id, label: mentioned.name } })
    }
    paragraphs.push({ type: 'paragraph', content })
  }
  return { type: 'doc', content: paragraphs }
}
