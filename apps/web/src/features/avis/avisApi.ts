import type { AvisAdoption, AvisPosition } from '@maillage/schema'
import { enc, type ApiClient } from '../../api/ApiClient.ts'

/** The formats the adopted version of an avis is downloaded in, in the order offered. */
export const ADOPTED_EXPORT_FORMATS = ['odt', 'docx', 'pdf', 'md'] as const

function adoptionPath(documentId: string): string {
  return `/api/documents/${enc(documentId)}/adoption`
}

/** Submits the avis to adoption: freezes a named version, clears the positions. */
export function submitAvis(api: ApiClient, documentId: string): Promise<AvisAdoption> {
  return api.request<AvisAdoption>('POST', `${adoptionPath(documentId)}/soumission`)
}

/** Records the signed-in member's position on the submitted version. */
export function takePosition(
  api: ApiClient,
  documentId: string,
  body: { position: AvisPosition; commentaire: string },
): Promise<AvisAdoption> {
  return api.request<AvisAdoption>('POST', `${adoptionPath(documentId)}/positions`, body)
}

/** Adopts the submitted version (animateurs of the space). */
export function adoptAvis(api: ApiClient, documentId: string): Promise<AvisAdoption> {
  return api.request<AvisAdoption>('POST', `${adoptionPath(documentId)}/adoption`)
}

/** Takes the avis back to rédaction. */
export function withdrawAvis(api: ApiClient, documentId: string): Promise<AvisAdoption> {
  return api.request<AvisAdoption>('POST', `${adoptionPath(documentId)}/retrait`)
}

/** The address of the adopted version's file in `format`. */
export function adoptedExportHref(documentId: string, format: string): string {
  return `${adoptionPath(documentId)}/export.${format}`
}
