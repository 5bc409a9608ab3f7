import { enc, type ApiClient } from './ApiClient.ts'

/** A new measurement of an indicator, as a person enters it. */
export interface MeasurementInput {
  /** `YYYY-MM-DD`. */
  readonly date: string
  readonly valeur: number
  readonly commentaire?: string
}

/** A measurement as the server wrote it into the fiche, with who entered it and when. */
export interface SavedMeasurement {
  readonly id: string
  readonly date: string
  readonly valeur: number
  readonly commentaire: string
  readonly saisiePar: string
  readonly saisieLe: string
}

/**
 * Adds a dated measurement to the indicator `indicatorId` of the fiche action `documentId`: the
 * server writes it into the fiche's co-edited indicator list, so every open copy sees it.
 */
export async function addMeasurement(
  api: ApiClient,
  target: { readonly documentId: string; readonly indicatorId: string },
  input: MeasurementInput,
): Promise<SavedMeasurement> {
  const path = `/api/documents/${enc(target.documentId)}/indicateurs/${enc(target.indicatorId)}/mesures`
  return (await api.request<{ measurement: SavedMeasurement }>('POST', path, input)).measurement
}
