import type {
  ProgrammeComparisonView,
  ProgrammeFollowUpView,
  ProgrammeLineBody,
  ProgrammeOverviewView,
  ProgrammeStepName,
  ProgrammeTargetLinesView,
  ProgrammeVersionView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../../api/ApiClient.ts'

const BASE = '/api/gouvernance/programme'

/** The versions and the current one. */
export function getProgramme(api: ApiClient): Promise<ProgrammeOverviewView> {
  return api.request<ProgrammeOverviewView>('GET', BASE)
}

/** One version with its lines. */
export async function getVersion(api: ApiClient, id: string): Promise<ProgrammeVersionView> {
  return (
    await api.request<{ version: ProgrammeVersionView }>('GET', `${BASE}/versions/${enc(id)}`)
  ).version
}

/** Creates the next version, a copy of the latest. */
export async function createVersion(api: ApiClient, title: string): Promise<ProgrammeVersionView> {
  return (
    await api.request<{ version: ProgrammeVersionView }>('POST', `${BASE}/versions`, { title })
  ).version
}

/** Adds a line to a version « proposé ». */
export async function addLine(
  api: ApiClient,
  versionId: string,
  body: ProgrammeLineBody,
): Promise<ProgrammeVersionView> {
  const path = `${BASE}/versions/${enc(versionId)}/lignes`
  return (await api.request<{ version: ProgrammeVersionView }>('POST', path, body)).version
}

/** Changes a line. */
export async function editLine(
  api: ApiClient,
  lineId: string,
  body: ProgrammeLineBody,
): Promise<ProgrammeVersionView> {
  const path = `${BASE}/lignes/${enc(lineId)}`
  return (await api.request<{ version: ProgrammeVersionView }>('PUT', path, body)).version
}

/** Removes a line. */
export async function deleteLine(api: ApiClient, lineId: string): Promise<ProgrammeVersionView> {
  const path = `${BASE}/lignes/${enc(lineId)}`
  return (await api.request<{ version: ProgrammeVersionView }>('DELETE', path)).version
}

/** Moves a version to its next step. */
export async function moveStep(
  api: ApiClient,
  versionId: string,
  to: ProgrammeStepName,
): Promise<ProgrammeVersionView> {
  const path = `${BASE}/versions/${enc(versionId)}/etape`
  return (await api.request<{ version: ProgrammeVersionView }>('POST', path, { to })).version
}

/** Sends a version back to « proposé » with a reason. */
export async function sendBack(
  api: ApiClient,
  versionId: string,
  reason: string,
): Promise<ProgrammeVersionView> {
  const path = `${BASE}/versions/${enc(versionId)}/renvoi`
  return (await api.request<{ version: ProgrammeVersionView }>('POST', path, { reason })).version
}

/** Lines added, removed and changed from version `from` to version `to`. */
export function compareVersions(
  api: ApiClient,
  from: string,
  to: string,
): Promise<ProgrammeComparisonView> {
  return api.request<ProgrammeComparisonView>('GET', `${BASE}/comparaison/${enc(from)}/${enc(to)}`)
}

/** The suivi of a version's lines. */
export function getFollowUp(api: ApiClient, versionId: string): Promise<ProgrammeFollowUpView> {
  return api.request<ProgrammeFollowUpView>('GET', `${BASE}/versions/${enc(versionId)}/suivi`)
}

/** The lines an atelier, fiche outil or document carries out. */
export function getTargetLines(
  api: ApiClient,
  kind: 'atelier' | 'outil' | 'document',
  id: string,
): Promise<ProgrammeTargetLinesView> {
  return api.request<ProgrammeTargetLinesView>('GET', `${BASE}/cibles/${kind}/${enc(id)}`)
}
