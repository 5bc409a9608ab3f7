import type { Credential } from './apiClient.ts'

/** A file the API answered, as bytes (text decoding would hide a byte order mark). */
export interface DownloadedFile {
  readonly status: number
  readonly headers: Headers
  readonly bytes: Uint8Array
}

/** GETs `path` of the API at `baseUrl` as `as` and resolves with the raw bytes of the answer. */
export async function downloadFile(
  baseUrl: string,
  path: string,
  as: Credential | null,
): Promise<DownloadedFile> {
  const headers: Record<string, string> = {}
  if (as?.kind === 'session') headers.cookie = as.cookie
  if (as?.kind === 'token') headers.authorization = `Bearer ${as.secret}`
  const response = await fetch(`${baseUrl}${path}`, { headers })
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  }
}
