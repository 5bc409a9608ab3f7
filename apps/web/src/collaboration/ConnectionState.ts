/**
 * Where a document's connection to the server stands, as shown in the status line:
 * - `connecting`: first connection, not yet synchronised;
 * - `synced`: connected and up to date with the server;
 * - `reconnecting`: the connection dropped, retrying;
 * - `offline`: the device is offline; edits are kept on this device;
 * - `session-expired`: the server no longer knows this session;
 * - `forbidden`: access to this document was withdrawn;
 * - `refused`: the server closed the connection for a bad message or a burst of messages.
 */
export type ConnectionState =
  'connecting' | 'synced' | 'reconnecting' | 'offline' | 'session-expired' | 'forbidden' | 'refused'
