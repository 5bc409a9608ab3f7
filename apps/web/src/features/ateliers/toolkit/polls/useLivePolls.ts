import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { AtelierPollLiveView, AtelierWordCloudLiveView } from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'
import { useYDeepVersion } from '../../../../collaboration/index.ts'

// The server alone writes these roots (plain JSON values); they are read defensively all the same.
// `version` is only there to say when to read again: the shared types are mutable.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function isLivePoll(value: unknown): value is AtelierPollLiveView {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.question === 'string' &&
    Array.isArray(value.options) &&
    typeof value.answerCount === 'number' &&
    typeof value.launchedAt === 'string'
  )
}

function isLiveCloud(value: unknown): value is AtelierWordCloudLiveView {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.prompt === 'string' &&
    Array.isArray(value.words) &&
    typeof value.launchedAt === 'string'
  )
}

/** The launched polls, latest launched first, following the `polls` root. */
export function useLivePolls(doc: Y.Doc): AtelierPollLiveView[] {
  const map = useMemo(() => doc.getMap<unknown>(DocumentRoot.Polls), [doc])
  const version = useYDeepVersion(map)
  return useMemo(() => readPolls(map, version), [map, version])
}

/** The word clouds, latest first, following the `wordClouds` root. */
export function useLiveClouds(doc: Y.Doc): AtelierWordCloudLiveView[] {
  const map = useMemo(() => doc.getMap<unknown>(DocumentRoot.WordClouds), [doc])
  const version = useYDeepVersion(map)
  return useMemo(() => readClouds(map, version), [map, version])
}

function readPolls(map: Y.Map<unknown>, _version: number): AtelierPollLiveView[] {
  return [...map.values()]
    .filter(isLivePoll)
    .sort((a, b) => b.launchedAt.localeCompare(a.launchedAt))
}

function readClouds(map: Y.Map<unknown>, _version: number): AtelierWordCloudLiveView[] {
  return [...map.values()]
    .filter(isLiveCloud)
    .sort((a, b) => b.launchedAt.localeCompare(a.launchedAt))
}
