import { useEffect } from 'react'
import { useQueryClient, type QueryKey } from '@tanstack/react-query'
import { pilotageKeys } from './pilotageApi.ts'
import { retryDelayMs, spaceIdOf } from './pilotageEventStream.ts'

/** The server's stream of index changes (Server-Sent Events, `event: index`). */
export const PILOTAGE_EVENTS_PATH = '/api/pilotage/evenements'
/** Events arriving within this time ask the views again once (a save burst is one refresh). */
const COALESCE_MS = 500

/**
 * Keeps the pilotage views of this page live: on each index event of the server (a document
 * saved, a maturity self-assessment changed) their react-query answers are invalidated, so the
 * open dashboard asks again without a reload. With `spaceId`, only the events of that space
 * count and only its dashboards are refreshed; without it (the regional view), every event
 * refreshes every pilotage view.
 *
 * The browser reopens a dropped stream by itself; when the server refuses it (it is closed for
 * good), the hook tries again after a growing, jittered wait, and after any interruption asks
 * the views again once the stream is back, since events may have been missed meanwhile.
 */
export function usePilotageEvents(options: { spaceId?: string } = {}): void {
  const client = useQueryClient()
  const { spaceId } = options

  useEffect(() => {
    const queryKey: QueryKey =
      spaceId === undefined ? pilotageKeys.all : pilotageKeys.clpeOf(spaceId)
    let source: EventSource | null = null
    let flushTimer: number | undefined
    let retryTimer: number | undefined
    let failures = 0
    let interrupted = false

    const refresh = (): void => {
      if (flushTimer !== undefined) return
      flushTimer = window.setTimeout(() => {
        flushTimer = undefined
        void client.invalidateQueries({ queryKey })
      }, COALESCE_MS)
    }
    const handleIndex = (event: MessageEvent<string>): void => {
      if (spaceId === undefined || spaceIdOf(event.data) === spaceId) refresh()
    }
    const connect = (): void => {
      const opened = new EventSource(PILOTAGE_EVENTS_PATH, { withCredentials: true })
      source = opened
      opened.addEventListener('index', handleIndex)
      opened.addEventListener('open', () => {
        failures = 0
        if (interrupted) refresh()
        interrupted = false
      })
      opened.addEventListener('error', () => {
        interrupted = true
        if (opened.readyState !== EventSource.CLOSED) return
        opened.close()
        failures += 1
        retryTimer = window.setTimeout(connect, retryDelayMs(failures, Math.random()))
      })
    }

    connect()
    return () => {
      source?.close()
      window.clearTimeout(flushTimer)
      window.clearTimeout(retryTimer)
    }
  }, [client, spaceId])
}
