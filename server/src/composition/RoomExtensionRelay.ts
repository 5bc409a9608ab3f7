import type { HookResult, RoomExtension, RoomHookName } from '../sync/RoomHooks.ts'

// A record, so that a hook added to `RoomExtension` must be named here too.
const ROOM_HOOKS: Record<RoomHookName, true> = {
  onLoaded: true,
  onChanged: true,
  onAwarenessChanged: true,
  onStored: true,
  onJoined: true,
  onLeft: true,
  onUnloaded: true,
}
const ROOM_HOOK_NAMES = Object.keys(ROOM_HOOKS) as RoomHookName[]

type HookEvent<K extends RoomHookName> = Parameters<NonNullable<RoomExtension[K]>>[0]
type Hook<K extends RoomHookName> = (event: HookEvent<K>) => HookResult

/**
 * A room extension that relays every hook to extensions subscribed after the rooms were built.
 * The rooms take their extensions when constructed, yet some subscribers are services built on
 * the rooms' own content port (the attendance of ateliers): the relay breaks that cycle without
 * referring to anything before it exists. Subscribers are called in subscription order; one that
 * throws or rejects does not keep the others from being called, and the relay then fails with its
 * error (the rooms log it). A hook that no subscriber has is absent from the relay too, so that
 * the rooms skip building its event (`RoomHooks.has`).
 */
export class RoomExtensionRelay implements RoomExtension {
  readonly name = 'relay'
  /**
   * Replaced on each (un)subscription, never changed in place: a relay under way goes on over the
   * list it started with, without copying it for every call.
   */
  #subscribers: readonly RoomExtension[] = []
  /** The hooks some subscriber has, kept with the list (asked before every hook call). */
  #hooks = new Set<RoomHookName>()

  /** Relays the hooks to `extension` from now on; returns the unsubscribe. */
  subscribe(extension: RoomExtension): () => void {
    this.#setSubscribers([...this.#subscribers, extension])
    return () => {
      const index = this.#subscribers.indexOf(extension)
      if (index !== -1) this.#setSubscribers(this.#subscribers.toSpliced(index, 1))
    }
  }

  #setSubscribers(subscribers: readonly RoomExtension[]): void {
    this.#subscribers = subscribers
    this.#hooks = new Set(
      subscribers.flatMap((subscriber) =>
        ROOM_HOOK_NAMES.filter((hook) => subscriber[hook] !== undefined),
      ),
    )
  }

  readonly #onLoaded: Hook<'onLoaded'> = (event) => this.#relay('onLoaded', event)
  readonly #onChanged: Hook<'onChanged'> = (event) => this.#relay('onChanged', event)
  readonly #onAwarenessChanged: Hook<'onAwarenessChanged'> = (event) =>
    this.#relay('onAwarenessChanged', event)
  readonly #onStored: Hook<'onStored'> = (event) => this.#relay('onStored', event)
  readonly #onJoined: Hook<'onJoined'> = (event) => this.#relay('onJoined', event)
  readonly #onLeft: Hook<'onLeft'> = (event) => this.#relay('onLeft', event)
  readonly #onUnloaded: Hook<'onUnloaded'> = (event) => this.#relay('onUnloaded', event)

  get onLoaded(): Hook<'onLoaded'> | undefined {
    return this.#ifSubscribed('onLoaded', this.#onLoaded)
  }
  get onChanged(): Hook<'onChanged'> | undefined {
    return this.#ifSubscribed('onChanged', this.#onChanged)
  }
  get onAwarenessChanged(): Hook<'onAwarenessChanged'> | undefined {
    return this.#ifSubscribed('onAwarenessChanged', this.#onAwarenessChanged)
  }
  get onStored(): Hook<'onStored'> | undefined {
    return this.#ifSubscribed('onStored', this.#onStored)
  }
  get onJoined(): Hook<'onJoined'> | undefined {
    return this.#ifSubscribed('onJoined', this.#onJoined)
  }
  get onLeft(): Hook<'onLeft'> | undefined {
    return this.#ifSubscribed('onLeft', this.#onLeft)
  }
  get onUnloaded(): Hook<'onUnloaded'> | undefined {
    return this.#ifSubscribed('onUnloaded', this.#onUnloaded)
  }

  #ifSubscribed<K extends RoomHookName>(hook: K, relay: Hook<K>): Hook<K> | undefined {
    return this.#hooks.has(hook) ? relay : undefined
  }

  #relay<K extends RoomHookName>(hook: K, event: HookEvent<K>): HookResult {
    const errors: unknown[] = []
    const pending: Promise<void>[] = []
    for (const subscriber of this.#subscribers) {
      const handler = subscriber[hook] as Hook<K> | undefined
      if (handler === undefined) continue
      try {
        const result = handler.call(subscriber, event)
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
