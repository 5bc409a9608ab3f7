import type {
  AtelierWallModerationBody,
  AtelierWallNoteBody,
  AtelierWallNoteView,
  AtelierWallSettingsBody,
  AtelierWallStateView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../../../api/ApiClient.ts'

function wallPath(atelierId: string): string {
  return `/api/ateliers/${enc(atelierId)}/mur`
}

function notePath(atelierId: string, noteId: string): string {
  return `${wallPath(atelierId)}/notes/${enc(noteId)}`
}

/** The wall's settings and the signed-in person's dots. */
export function getWallState(api: ApiClient, atelierId: string): Promise<AtelierWallStateView> {
  return api.request<AtelierWallStateView>('GET', wallPath(atelierId))
}

/** Opens or closes anonymous posting, sets the dots per participant (facilitators). */
export function configureWall(
  api: ApiClient,
  atelierId: string,
  body: AtelierWallSettingsBody,
): Promise<AtelierWallStateView> {
  return api.request<AtelierWallStateView>('PUT', `${wallPath(atelierId)}/reglages`, body)
}

/** Posts a note, named or anonymous. */
export function postWallNote(
  api: ApiClient,
  atelierId: string,
  body: AtelierWallNoteBody,
): Promise<AtelierWallNoteView> {
  return api.request<AtelierWallNoteView>('POST', `${wallPath(atelierId)}/notes`, body)
}

/** Places (1) or takes back (-1) one of the signed-in person's dots on a note. */
export function placeDot(
  api: ApiClient,
  atelierId: string,
  noteId: string,
  delta: 1 | -1,
): Promise<AtelierWallStateView> {
  return api.request<AtelierWallStateView>('POST', `${notePath(atelierId, noteId)}/points`, {
    delta,
  })
}

/** Hides, shows or moves a note (facilitators). */
export async function moderateNote(
  api: ApiClient,
  atelierId: string,
  noteId: string,
  body: AtelierWallModerationBody,
): Promise<void> {
  await api.request('PATCH', notePath(atelierId, noteId), body)
}

/** Deletes a note (its author, or a facilitator). */
export async function deleteNote(api: ApiClient, atelierId: string, noteId: string): Promise<void> {
  await api.request('DELETE', notePath(atelierId, noteId))
}

/** The address of the wall's export, for a download link. */
export function wallExportPath(atelierId: string, format: 'csv' | 'svg'): string {
  return `/api/ateliers/${enc(atelierId)}/mur.${format}`
}
