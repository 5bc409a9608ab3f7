/**
 * A decoded y-websocket v1 message, inbound or outbound. Payloads returned by `decodeMessage` are
 * views over the decoded frame: copy them to keep them past the frame's lifetime.
 */
export type Message =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'auth-denied'; reason: string }
  | { type: 'query-awareness' }
