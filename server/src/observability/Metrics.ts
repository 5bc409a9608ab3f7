import type { Registry } from 'prom-client'
import {
  CounterInstrument,
  GaugeInstrument,
  HistogramInstrument,
  LabelledCounterInstrument,
  type Instrument,
} from './instruments.ts'

/** Live counts the metrics read when scraped. */
export interface MetricSources {
  connections(): number
  rooms(): number
  /** Whether Redis is reachable; absent when no Redis is configured (no gauge then). */
  readonly redisConnected?: () => boolean
}

/** The content type of the Prometheus text exposition format that {@link Metrics.render} writes. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'

/**
 * The Prometheus metrics of one server (no process-global state), served as text by
 * `GET /metrics`. Maillage's own are prefixed `maillage_` and counted from the start; the process
 * and heap metrics of Node come from prom-client, loaded at the first scrape (its module graph and
 * its garbage-collection observer cost memory and time to a server nobody scrapes): its event
 * loop lag and garbage-collection histograms count from that scrape on.
 */
export class Metrics {
  readonly framesReceived = counter('maillage_frames_received_total', 'Websocket frames received.')
  readonly bytesReceived = counter(
    'maillage_bytes_received_total',
    'Websocket payload bytes received.',
  )
  readonly framesSent = counter('maillage_frames_sent_total', 'Websocket frames sent.')
  readonly bytesSent = counter('maillage_bytes_sent_total', 'Websocket payload bytes sent.')
  readonly closes = new LabelledCounterInstrument(
    'maillage_closes_total',
    'Websocket connections closed, by close code.',
    'code',
  )
  readonly upgradesRefused = new LabelledCounterInstrument(
    'maillage_upgrades_refused_total',
    'Websocket upgrades refused, by HTTP status.',
    'status',
  )
  readonly readOnlyUpdatesDropped = counter(
    'maillage_read_only_updates_dropped_total',
    'Document updates sent by read-only connections and dropped.',
  )
  readonly forbiddenRootUpdates = counter(
    'maillage_forbidden_root_updates_total',
    'Document updates that touched roots their connection may not write (connection closed).',
  )
  readonly saveDuration = new HistogramInstrument(
    'maillage_save_duration_seconds',
    'Time to save a document to the store.',
    [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  )
  readonly saveFailures = counter('maillage_save_failures_total', 'Document saves that failed.')
  readonly #gauges: Instrument[] = []
  #processMetrics: Promise<Registry> | undefined

  /**
   * `sources`, when given, are observed at once (else call {@link observe} once what they read
   * exists).
   */
  constructor(sources?: MetricSources) {
    if (sources !== undefined) this.observe(sources)
  }

  /**
   * Adds the gauges read from `sources` when scraped (connections, rooms, Redis). Called once:
   * after the sync server and the rooms are built, since they count into these metrics.
   */
  observe(sources: MetricSources): void {
    this.#gauges.push(
      new GaugeInstrument('maillage_connections', 'Open websocket connections.', () =>
        sources.connections(),
      ),
      new GaugeInstrument('maillage_rooms', 'Documents loaded in memory.', () => sources.rooms()),
    )
    const { redisConnected } = sources
    if (redisConnected !== undefined) {
      this.#gauges.push(
        new GaugeInstrument(
          'maillage_redis_connected',
          '1 while the shared Redis is reachable, 0 while this process coordinates alone.',
          () => (redisConnected() ? 1 : 0),
        ),
      )
    }
  }

  /** The metrics in Prometheus text exposition format ({@link PROMETHEUS_CONTENT_TYPE}). */
  async render(): Promise<string> {
    const own = [
      this.framesReceived,
      this.bytesReceived,
      this.framesSent,
      this.bytesSent,
      this.readOnlyUpdatesDropped,
      this.forbiddenRootUpdates,
      this.saveFailures,
      this.closes,
      this.upgradesRefused,
      this.saveDuration,
      ...this.#gauges,
    ]
    this.#processMetrics ??= collectProcessMetrics()
    const processText = await (await this.#processMetrics).metrics()
    return `${processText}\n${own.map((instrument) => instrument.render()).join('\n')}`
  }
}

function counter(name: string, help: string): CounterInstrument {
  return new CounterInstrument(name, help)
}

/**
 * A registry of Node's process metrics (CPU, memory, heap, handles, event loop, GC). prom-client's
 * CPU counters count from their creation: they start at the CPU the process spent until then, so
 * that they are totals since the process started whenever the first scrape comes.
 */
async function collectProcessMetrics(): Promise<Registry> {
  const { Counter, Registry, collectDefaultMetrics } = await import('prom-client')
  const registry = new Registry()
  const spentBefore = process.cpuUsage()
  collectDefaultMetrics({ register: registry })
  const startAt = (name: string, micros: number): void => {
    const metric = registry.getSingleMetric(name)
    if (metric instanceof Counter) metric.inc(micros / 1e6)
  }
  startAt('process_cpu_user_seconds_total', spentBefore.user)
  startAt('process_cpu_system_seconds_total', spentBefore.system)
  startAt('process_cpu_seconds_total', spentBefore.user + spentBefore.system)
  return registry
}
