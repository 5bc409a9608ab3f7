import type {
  ClpeProfileName,
  InstanceDetailView,
  InstanceListView,
  MandateChangeView,
  MemberBody,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../../api/ApiClient.ts'

/** The instances one may read. */
export function listInstances(api: ApiClient): Promise<InstanceListView> {
  return api.request<InstanceListView>('GET', '/api/gouvernance/instances')
}

/** One instance with its mandates, rule and rotation history. */
export function getInstance(api: ApiClient, id: string): Promise<InstanceDetailView> {
  return api.request<InstanceDetailView>('GET', `/api/gouvernance/instances/${enc(id)}`)
}

/** Adds a member's mandate. */
export function addMember(
  api: ApiClient,
  id: string,
  body: MemberBody,
): Promise<MandateChangeView> {
  return api.request<MandateChangeView>(
    'POST',
    `/api/gouvernance/instances/${enc(id)}/membres`,
    body,
  )
}

/** Ends a mandate on `endsOn`. */
export function endMandate(
  api: ApiClient,
  id: string,
  change: { mandateId: string; endsOn: string },
): Promise<MandateChangeView> {
  return api.request<MandateChangeView>(
    'POST',
    `/api/gouvernance/instances/${enc(id)}/membres/${enc(change.mandateId)}/fin`,
    { endsOn: change.endsOn },
  )
}

/** Sets the profile of the CLPE whose plénière is `id`. */
export function setClpeProfile(
  api: ApiClient,
  id: string,
  profile: ClpeProfileName,
): Promise<InstanceDetailView> {
  return api.request<InstanceDetailView>(
    'PUT',
    `/api/gouvernance/instances/${enc(id)}/profil-clpe`,
    {
      profile,
    },
  )
}
