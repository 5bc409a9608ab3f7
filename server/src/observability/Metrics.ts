import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/** Live counts the metrics read when scraped. */
export interface MetricSources {
  connections(): number
  rooms(): number
  /** Whether Redis is reachable; absent when no Redis is configured (no gauge then). */
  readonly redisConnected?: () => boolean
}

/**
 * The Prometheus metrics of one server, in a registry of its own (no process-global state), served
 * as text by `GET /metrics`. Names are prefixed `maillage_`; process and heap metrics are included.
 */
export class Metrics {
  readonly registry = new Registry()
  readonly framesReceived: Counter
  readonly bytesReceived: Counter
  readonly framesSent: Counter
  readonly bytesSent: Counter
  readonly closes: Counter<'code'>
  readonly upgradesRefused: Counter<'status'>
  readonly readOnlyUpdatesDropped: Counter
  readonly forbiddenRootUpdates: Counter
  readonly saveDuration: Histogram
  readonly saveFailures: Counter

  /**
   * Starts the registry; `sources`, when given, are observed at once (else call {@link observe}
   * once what they read exists).
   */
  constructor(sources?: MetricSources) {
    const registers = [this.registry]
    collectDefaultMetrics({ register: this.registry })
    this.framesReceived = counter('maillage_frames_received_total', 'Websocket frames received.')
    this.bytesReceived = counter(
      'maillage_bytes_received_total',
      'Websocket payload bytes received.',
    )
    this.framesSent = counter('maillage_frames_sent_total', 'Websocket frames sent.')
    this.bytesSent = counter('maillage_bytes_sent_total', 'Websocket payload bytes sent.')
    this.readOnlyUpdatesDropped = counter(
      'maillage_read_only_updates_dropped_total',
      'Document updates sent by read-only connections and dropped.',
    )
    this.forbiddenRootUpdates = counter(
      'maillage_forbidden_root_updates_total',
      'Document updates that touched roots their connection may not write (connection closed).',
    )
    this.saveFailures = counter('maillage_save_failures_total', 'Document saves that failed.')
    this.closes = new Counter({
      name: 'maillage_closes_total',
      help: 'Websocket connections closed, by close code.',
      labelNames: ['code'],
      registers,
    })
    this.upgradesRefused = new Counter({
      name: 'maillage_upgrades_refused_total',
      help: 'Websocket upgrades refused, by HTTP status.',
      labelNames: ['status'],
      registers,
    })
    this.saveDuration = new Histogram({
      name: 'maillage_save_duration_seconds',
      help: 'Time to save a document to the store.',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    })

    function counter(name: string, help: string): Counter {
      return new Counter({ name, help, registers })
    }
    if (sources !== undefined) this.observe(sources)
  }

  /**
   * Adds the gauges read from `sources` when scraped (connections, rooms, Redis). Called once:
   * after the sync server and the rooms are built, since they count into this registry.
   */
  observe(sources: MetricSources): void {
    const registers = [this.registry]
    new Gauge({
      name: 'maillage_connections',
      help: 'Open websocket connections.',
      registers,
      collect() {
        this.set(sources.connections())
      },
    })
    new Gauge({
      name: 'maillage_rooms',
      help: 'Documents loaded in memory.',
      registers,
      collect() {
        this.set(sources.rooms())
      },
    })
    const { redisConnected } = sources
    if (redisConnected !== undefined) {
      new Gauge({
        name: 'maillage_redis_connected',
        help: '1 while the shared Redis is reachable, 0 while this process coordinates alone.',
        registers,
        collect() {
          this.set(redisConnected() ? 1 : 0)
        },
      })
    }
  }

  /** The metrics in Prometheus text exposition format. */
  render(): Promise<string> {
    return this.registry.metrics()
  }
}
