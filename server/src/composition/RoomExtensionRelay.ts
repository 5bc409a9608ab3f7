import type { HookResult, RoomExtension } from '../sync/RoomHooks.ts'

type HookName = Exclude<keyof RoomExtension, 'name'>
type HookEvent<K extends HookName> = Parameters<NonNullable<RoomExtension[K]>>[0]

/**
 * A room extension that relays every hook to extensions subscribed after the rooms were built.
 * The rooms take their extensions when constructed, yet some subscribers are services built on
 * the rooms' own content port (the attendance of ateliers): the relay breaks that cycle without
 * referring to anything before it exists. Subscribers are called in subscription order; one that
 * throws or rejects does not keep the others from being called, and the relay then fails with its
 * error (the rooms log it).
 */
export class RoomExtensionRelay implements RoomExtension {
  readonly name = 'relay'
  readonly #subscribers: RoomExtension[] = []

  /** Relays the hooks to `extension` from now on; returns the unsubscribe. */
  subscribe(extension: RoomExtension): () => void {
    this.#subscribers.push(extension)
    return () => {
      const index = this.#subscribers.indexOf(extension)
      if (index !== -1) this.#subscribers.splice(index, 1)
    }
  }

  readonly onLoaded = (event: HookEvent<'onLoaded'>): HookResult => this.#relay('onLoaded', event)
  readonly onChanged = (event: HookEvent<'onChanged'>): HookResult =>
    this.#relay('onChanged', event)
  readonly onAwarenessChanged = (event: HookEvent<'onAwarenessChanged'>): HookResult =>
    this.#relay('onAwarenessChanged', event)
  readonly onStored = (event: HookEvent<'onStored'>): HookResult => this.#relay('onStored', event)
  readonly onJoined = (event: HookEvent<'onJoined'>): HookResult => this.#relay('onJoined', event)
  readonly onLeft = (event: HookEvent<'onLeft'>): HookResult => this.#relay('onLeft', event)
  readonly onUnloaded = (event: HookEvent<'onUnloaded'>): HookResult =>
    this.#relay('onUnloaded', event)

  #relay<K extends HookName>(hook: K, event: HookEvent<K>): HookResult {
    const errors: unknown[] = []
    const pending: Promise<void>[] = []
    for (const subscriber of [...this.#subscribers]) {
      const handler = subscriber[hook] as ((event: HookEvent<K>) => HookResult) | undefined
      if (handler === undefined) continue
      try {
        const result = handler(event)
        if (result !== undefined) pending.push(result)
      } catch (error) {
        errors.push(error)
      }
    }
    if (errors.length > 0) return Promise.reject(toError(errors))
    if (pending.length === 0) return undefined
    return Promise.all(pending).then(() => undefined)
  }
}

function toError(errors: readonly unknown[]): Error {
  const [first] = errors
  return errors.length === 1 && first instanceof Error
    ? first
    : new AggregateError(errors, 'some relayed room hooks failed')
}
