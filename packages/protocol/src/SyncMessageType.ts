/**
 * The sub-type that follows {@link MessageType.Sync}; the values are those of `y-protocols/sync`
 * (`messageYjsSyncStep1`, `messageYjsSyncStep2`, `messageYjsUpdate`).
 */
export const SyncMessageType = {
  /** The sender's state vector: "send me what I am missing". */
  Step1: 0,
  /** The update that answers a step 1: everything the asker was missing. */
  Step2: 1,
  /** An incremental document update. */
  Update: 2,
} as const

/** One of the values of {@link SyncMessageType}. */
export type SyncMessageType = (typeof SyncMessageType)[keyof typeof SyncMessageType]

const syncMessageTypes: ReadonlySet<number> = new Set(Object.values(SyncMessageType))

/** Tells whether a decoded varUint is one of the known {@link SyncMessageType} values. */
export function isSyncMessageType(value: number): value is SyncMessageType {
  return syncMessageTypes.has(value)
}
