/** The servers the bench compares. `floor` is the Yjs-free relay that gives the transport's cost. */
export const ServerKind = {
  Maillage: 'maillage',
  Reference: 'reference',
  Hocuspocus: 'hocuspocus',
  Floor: 'floor',
} as const
export type ServerKind = (typeof ServerKind)[keyof typeof ServerKind]

/** The Yjs servers Maillage is compared with. */
export const PEER_KINDS = [ServerKind.Reference, ServerKind.Hocuspocus] as const

/** The Yjs servers, Maillage first. */
export const YJS_SERVER_KINDS = [ServerKind.Maillage, ...PEER_KINDS] as const

/** Names used in reports. */
export const SERVER_LABELS: { readonly [K in ServerKind]: string } = {
  maillage: 'Maillage',
  reference: '@y/websocket-server',
  hocuspocus: 'Hocuspocus',
  floor: 'ws relay (floor)',
}

/** Which client talks to which server: the stock provider of each, raw `ws` for the relay. */
export const ClientKind = {
  YWebsocket: 'y-websocket',
  Hocuspocus: 'hocuspocus',
  Raw: 'raw',
} as const
export type ClientKind = (typeof ClientKind)[keyof typeof ClientKind]

/** The client of a server kind. */
export function clientKindOf(server: ServerKind): ClientKind {
  switch (server) {
    case 'maillage':
    case 'reference':
      return ClientKind.YWebsocket
    case 'hocuspocus':
      return ClientKind.Hocuspocus
    case 'floor':
      return ClientKind.Raw
    default: {
      const unknown: never = server
      throw new Error(`unknown server kind ${String(unknown)}`)
    }
  }
}

/**
 * The server URL a client of `server` is given: the provider appends `/<room>` (y-websocket, raw)
 * or sends the room name in each message (Hocuspocus).
 */
export function clientServerUrl(server: ServerKind, port: number): string {
  const base = `ws://127.0.0.1:${port}`
  return server === ServerKind.Maillage ? `${base}/sync` : base
}
