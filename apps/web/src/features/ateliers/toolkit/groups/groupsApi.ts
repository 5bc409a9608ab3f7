import type {
  AtelierBreakoutAssignBody,
  AtelierBreakoutStartBody,
  AtelierBreakoutStatusView,
  AtelierBreakoutView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../../../api/ApiClient.ts'

/** The groups and the seat holders a facilitator may place (facilitators). */
export function getBreakout(api: ApiClient, atelierId: string): Promise<AtelierBreakoutStatusView> {
  return api.request<AtelierBreakoutStatusView>('GET', `/api/ateliers/${enc(atelierId)}/groupes`)
}

/** Starts the breakout groups (facilitators). */
export function startBreakout(
  api: ApiClient,
  atelierId: string,
  body: AtelierBreakoutStartBody,
): Promise<AtelierBreakoutView> {
  return api.request<AtelierBreakoutView>('POST', `/api/ateliers/${enc(atelierId)}/groupes`, body)
}

/** Places a seat holder in a group of those running (facilitators). */
export function assignToGroup(
  api: ApiClient,
  atelierId: string,
  body: AtelierBreakoutAssignBody,
): Promise<AtelierBreakoutView> {
  return api.request<AtelierBreakoutView>(
    'POST',
    `/api/ateliers/${enc(atelierId)}/groupes/membres`,
    body,
  )
}

/** Brings everyone back to the plenary (facilitators). */
export function endBreakout(api: ApiClient, atelierId: string): Promise<AtelierBreakoutView> {
  return api.request<AtelierBreakoutView>('POST', `/api/ateliers/${enc(atelierId)}/groupes/fin`)
}
