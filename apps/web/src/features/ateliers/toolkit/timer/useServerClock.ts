import { useEffect, useState } from 'react'
import { estimateClockOffset, type ClockSample } from '@maillage/schema'
import { useApi } from '../../../../api/ApiProvider.tsx'
import { getServerTime } from './timerApi.ts'

/** Requests made to measure the offset: the one of the shortest round trip is kept. */
const SAMPLES = 5

/** How often the offset is measured again (the browser's clock may drift or be set meanwhile). */
const REMEASURE_MS = 10 * 60 * 1000

/**
 * How far the server's clock is ahead of this browser's (ms), measured at mount and every
 * {@link REMEASURE_MS} by {@link SAMPLES} requests to `GET /api/time` (NTP-like: half the round
 * trip, shortest trip kept, `estimateClockOffset`). 0 until measured or if every request failed:
 * the countdown then trusts the browser's clock.
 */
export function useServerClockOffset(): number {
  const api = useApi()
  const [offset, setOffset] = useState(0)
  useEffect(() => {
    let cancelled = false
    const measure = async (): Promise<void> => {
      const samples: ClockSample[] = []
      for (let index = 0; index < SAMPLES && !cancelled; index += 1) {
        const sentAt = Date.now()
        try {
          const { now } = await getServerTime(api)
          samples.push({ sentAt, serverNow: now, receivedAt: Date.now() })
        } catch {
          // A lost sample only makes the estimate rest on the others (or keep the last one).
        }
      }
      const estimate = estimateClockOffset(samples)
      if (!cancelled && estimate !== null) setOffset(estimate)
    }
    void measure()
    const interval = setInterval(() => void measure(), REMEASURE_MS)
    return () => {
      cancelled = true
      clearInterval(interval)
    }
  }, [api])
  return offset
}
