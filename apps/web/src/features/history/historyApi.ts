import type {
  VersionContentView,
  VersionDiffView,
  VersionRestoreView,
  VersionSummaryView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../api/ApiClient.ts'

/** The side of a comparison that stands for the document as it is now. */
export const CURRENT_VERSION = 'actuelle'

function versionsPath(documentId: string): string {
  return `/api/documents/${enc(documentId)}/versions`
}

/** The versions of a document, newest first. */
export async function listVersions(
  api: ApiClient,
  documentId: string,
): Promise<readonly VersionSummaryView[]> {
  return (await api.request<{ versions: VersionSummaryView[] }>('GET', versionsPath(documentId)))
    .versions
}

/** Names the current state of the document. */
export async function nameVersion(
  api: ApiClient,
  documentId: string,
  nom: string,
): Promise<VersionSummaryView> {
  const path = versionsPath(documentId)
  return (await api.request<{ version: VersionSummaryView }>('POST', path, { nom })).version
}

/** The content of one version, read-only. */
export function getVersion(
  api: ApiClient,
  documentId: string,
  versionId: string,
): Promise<VersionContentView> {
  return api.request<VersionContentView>('GET', `${versionsPath(documentId)}/${enc(versionId)}`)
}

/** What changed from version `from` to version `to` (either may be {@link CURRENT_VERSION}). */
export function compareVersions(
  api: ApiClient,
  documentId: string,
  from: string,
  to: string,
): Promise<VersionDiffView> {
  const path = `${versionsPath(documentId)}/${enc(from)}/comparaison/${enc(to)}`
  return api.request<VersionDiffView>('GET', path)
}

/** Restores a version as a new change of the document. */
export function restoreVersion(
  api: ApiClient,
  documentId: string,
  versionId: string,
): Promise<VersionRestoreView> {
  const path = `${versionsPath(documentId)}/${enc(versionId)}/restauration`
  return api.request<VersionRestoreView>('POST', path)
}
