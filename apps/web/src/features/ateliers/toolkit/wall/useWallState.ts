import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  AtelierWallModerationBody,
  AtelierWallNoteBody,
  AtelierWallSettingsBody,
  AtelierWallStateView,
} from '@maillage/protocol'
import { useApi } from '../../../../api/ApiProvider.tsx'
import {
  configureWall,
  deleteNote,
  getWallState,
  moderateNote,
  placeDot,
  postWallNote,
} from './wallApi.ts'

const stateKey = (atelierId: string) => ['ateliers', 'one', atelierId, 'mur'] as const

/** The wall's settings and the signed-in person's dots (what the Y.Doc does not say). */
export function useWallState(atelierId: string) {
  const api = useApi()
  return useQuery({ queryKey: stateKey(atelierId), queryFn: () => getWallState(api, atelierId) })
}

/**
 * What a person does on the wall through the API: every answer carrying the wall's state
 * replaces it, so « Il vous reste N points » follows each dot at once.
 */
export function useWallActions(atelierId: string) {
  const api = useApi()
  const client = useQueryClient()
  const remember = (state: AtelierWallStateView): void => {
    client.setQueryData(stateKey(atelierId), state)
  }
  return {
    configure: useMutation({
      mutationFn: (body: AtelierWallSettingsBody) => configureWall(api, atelierId, body),
      onSuccess: remember,
    }),
    post: useMutation({
      mutationFn: (body: AtelierWallNoteBody) => postWallNote(api, atelierId, body),
    }),
    dot: useMutation({
      mutationFn: (input: { noteId: string; delta: 1 | -1 }) =>
        placeDot(api, atelierId, input.noteId, input.delta),
      onSuccess: remember,
    }),
    moderate: useMutation({
      mutationFn: (input: { noteId: string; body: AtelierWallModerationBody }) =>
        moderateNote(api, atelierId, input.noteId, input.body),
    }),
    remove: useMutation({
      mutationFn: (noteId: string) => deleteNote(api, atelierId, noteId),
      onSuccess: () => client.invalidateQueries({ queryKey: stateKey(atelierId) }),
    }),
  }
}

/** The wall's actions, as {@link useWallActions} gives them. */
export type WallActionMutations = ReturnType<typeof useWallActions>
