/** Prefix of the IndexedDB databases that keep documents on this device for offline work. */
const LOCAL_COPY_PREFIX = 'maillage:'

/** Name of the local copy of one document for one account (accounts never share a copy). */
export function localCopyName(accountId: string, documentId: string): string {
  return `${LOCAL_COPY_PREFIX}${accountId}:${documentId}`
}

/**
 * Deletes every local copy of documents on this device (at sign-out, so that the next person on a
 * shared computer finds nothing). Browsers without `indexedDB.databases()` keep their copies,
 * which only their account can open again.
 */
export async function clearLocalCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return
  const databases = await indexedDB.databases()
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((name): name is string => name?.startsWith(LOCAL_COPY_PREFIX) === true)
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name)
            // A copy another tab still holds open is deleted once that tab closes it.
            request.onsuccess =
              request.onerror =
              request.onblocked =
                () => {
                  resolve()
                }
          }),
      ),
  )
}
