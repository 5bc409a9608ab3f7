/**
 * A change of what the index says about a space, that open dashboards must reflect: a document of
 * the space was indexed again (`document`, with its id), or its maturity self-assessment changed
 * (`maturite`, with the document's id when there is one).
 */
export interface IndexEvent {
  readonly topic: IndexTopic
  readonly spaceId: string
  readonly documentId: string | null
}

/** What an {@link IndexEvent} is about. */
export type IndexTopic = 'document' | 'maturite'

/**
 * The port through which the index announces its changes and the open dashboards hear them, in
 * this process and (with a shared adapter) in every other process serving the same workspace.
 * Delivery is best effort: a dashboard that missed an event is only late until the next one.
 */
export interface IndexEvents {
  /** Announces an event to every process; resolves once sent (locally: once every listener ran). */
  publish(event: IndexEvent): Promise<void>
  /** Calls `listener` for every event published by any process; returns the unsubscribe. */
  subscribe(listener: (event: IndexEvent) => void): () => void
  close(): Promise<void>
}
