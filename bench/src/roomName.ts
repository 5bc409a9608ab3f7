import { isDocumentId } from '@maillage/protocol'

/**
 * The document (room) name of a scenario: its parts joined with '-'. It must be a valid Maillage
 * document id (1 to 128 of `[A-Za-z0-9_.-]`), since Maillage refuses others with HTTP 404 and the
 * stock client puts the name in the URL as is; the peers accept it too.
 */
export function roomName(...parts: readonly (string | number)[]): string {
  const name = parts.join('-')
  if (!isDocumentId(name)) throw new Error(`${JSON.stringify(name)} is not a valid document id`)
  return name
}
