import type { Logger } from 'pino'
import type { RedisConnection } from './RedisConnection.ts'
import {
  deleteKeys,
  openTestConnection,
  randomRedisPrefix,
  recordingLogger,
} from './redisFixtures.ts'

/** Adapters opened as separate processes would hold them, and their closing. */
export interface RedisEventsHarness<Events> {
  instances(count: number): Promise<Events[]>
  close(): Promise<void>
}

/**
 * A contract suite's harness for a Redis events adapter: each instance is a process of its own,
 * with its own connections to the one Redis, under a prefix of the suite's.
 */
export function redisEventsHarness<Events extends { close(): Promise<void> }>(
  open: (connection: RedisConnection, logger: Logger) => Promise<Events>,
): RedisEventsHarness<Events> {
  const prefix = randomRedisPrefix()
  const opened: { events: Events; connection: RedisConnection }[] = []
  return {
    async instances(count) {
      const events: Events[] = []
      for (let index = 0; index < count; index += 1) {
        const { logger } = recordingLogger()
        const connection = await openTestConnection(prefix, { logger })
        const instance = await open(connection, logger)
        opened.push({ events: instance, connection })
        events.push(instance)
      }
      return events
    },
    async close() {
      for (const { events, connection } of opened) {
        await events.close()
        await connection.close()
      }
      await deleteKeys(prefix)
    },
  }
}
