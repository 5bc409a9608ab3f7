/**
 * Where a document's page leaves the websocket its inline script opened before the app's code
 * arrived: `window[PAGE_SOCKET_GLOBAL]` is `{ url, socket, received }`, the socket's address (as
 * y-websocket would make it), the socket (binary type `arraybuffer`, a sync step 1 with an empty
 * state vector sent once open) and the frames it received since, in order. The app takes it once
 * and deletes the entry; the page closes it if nobody took it soon.
 */
export const PAGE_SOCKET_GLOBAL = '__maillagePageSocket'
