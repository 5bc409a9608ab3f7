/** The keys of the API's cached answers, so that mutations invalidate exactly what they change. */
export const queryKeys = {
  session: ['session'] as const,
  home: ['home'] as const,
  spaces: ['spaces'] as const,
  space: (spaceId: string) => ['spaces', spaceId] as const,
  documents: (spaceId: string) => ['spaces', spaceId, 'documents'] as const,
  members: (spaceId: string) => ['spaces', spaceId, 'members'] as const,
  invitations: (spaceId: string) => ['spaces', spaceId, 'invitations'] as const,
  document: (documentId: string) => ['documents', documentId] as const,
  invitation: (token: string) => ['invitation', token] as const,
  notifications: ['notifications'] as const,
  exchanges: ['exchanges'] as const,
  exchangeList: (filters: Readonly<Record<string, string>>) =>
    ['exchanges', 'list', filters] as const,
  exchange: (threadId: string) => ['exchanges', 'thread', threadId] as const,
  synergies: ['exchanges', 'synergies'] as const,
  /** Every pilotage view (dashboards of the CLPE, regional view): what a new measurement changes. */
  pilotage: ['pilotage'] as const,
}
