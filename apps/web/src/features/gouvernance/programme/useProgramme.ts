import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ProgrammeLineBody, ProgrammeStepName } from '@maillage/protocol'
import { useApi } from '../../../api/ApiProvider.tsx'
import {
  addLine,
  compareVersions,
  createVersion,
  deleteLine,
  editLine,
  getFollowUp,
  getProgramme,
  getTargetLines,
  getVersion,
  moveStep,
  sendBack,
} from './programmeApi.ts'

const keys = {
  all: ['programme'] as const,
  overview: ['programme', 'overview'] as const,
  version: (id: string) => ['programme', 'version', id] as const,
  followUp: (id: string) => ['programme', 'suivi', id] as const,
  comparison: (from: string, to: string) => ['programme', 'comparaison', from, to] as const,
  target: (kind: string, id: string) => ['programme', 'cible', kind, id] as const,
}

/** The versions and the current one. */
export function useProgramme() {
  const api = useApi()
  return useQuery({ queryKey: keys.overview, queryFn: () => getProgramme(api) })
}

/** One version (`null`: none chosen). */
export function useProgrammeVersion(id: string | null) {
  const api = useApi()
  return useQuery({
    queryKey: keys.version(id ?? ''),
    queryFn: () => getVersion(api, id ?? ''),
    enabled: id !== null,
  })
}

/** The suivi of a version. */
export function useFollowUp(versionId: string) {
  const api = useApi()
  return useQuery({
    queryKey: keys.followUp(versionId),
    queryFn: () => getFollowUp(api, versionId),
  })
}

/** The comparison of two versions (`null`: none asked). */
export function useComparison(pair: { from: string; to: string } | null) {
  const api = useApi()
  return useQuery({
    queryKey: keys.comparison(pair?.from ?? '', pair?.to ?? ''),
    queryFn: () => compareVersions(api, pair?.from ?? '', pair?.to ?? ''),
    enabled: pair !== null,
  })
}

/** The lines a target carries out. */
export function useTargetLines(kind: 'atelier' | 'outil' | 'document', id: string) {
  const api = useApi()
  return useQuery({ queryKey: keys.target(kind, id), queryFn: () => getTargetLines(api, kind, id) })
}

/** The register's queries (`decisions/useDecisions.ts`): a step records a decision there. */
const DECISION_QUERIES = ['decisions'] as const

/**
 * Every change of the programme reads it all again (steps, lines, versions move together), and
 * the decisions shown about it.
 */
function useProgrammeMutation<T>(run: (input: T) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.all }),
        client.invalidateQueries({ queryKey: DECISION_QUERIES }),
      ]),
  })
}

/** Creates a new version. */
export function useCreateVersion() {
  const api = useApi()
  return useProgrammeMutation((title: string) => createVersion(api, title))
}

/** Adds a line (no `lineId`) or changes one. */
export function useSaveLine(versionId: string) {
  const api = useApi()
  return useProgrammeMutation((input: { lineId?: string; body: ProgrammeLineBody }) =>
    input.lineId === undefined
      ? addLine(api, versionId, input.body)
      : editLine(api, input.lineId, input.body),
  )
}

/** Removes a line. */
export function useDeleteLine() {
  const api = useApi()
  return useProgrammeMutation((lineId: string) => deleteLine(api, lineId))
}

/** Moves a version to its next step. */
export function useMoveStep(versionId: string) {
  const api = useApi()
  return useProgrammeMutation((to: ProgrammeStepName) => moveStep(api, versionId, to))
}

/** Sends a version back with a reason. */
export function useSendBack(versionId: string) {
  const api = useApi()
  return useProgrammeMutation((reason: string) => sendBack(api, versionId, reason))
}
