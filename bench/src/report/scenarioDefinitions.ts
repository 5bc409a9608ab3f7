import type { BenchSizes } from '../benchSizes.ts'
import type { ScenarioId } from '../scenarios/BenchContext.ts'
import { SCALE_OUT_RATIO_PREFIX, SCALE_OUT_SETUPS } from '../scenarios/scaleOutSetups.ts'

/** Which way a metric is better; `none` for context figures that have no ratio. */
export type Better = 'lower' | 'higher' | 'none'

/** One row of a scenario's table. */
export interface MetricDefinition {
  readonly key: string
  readonly label: string
  readonly better: Better
  readonly digits: number
}

/**
 * A column of a table that compares setups of Maillage (S7) instead of servers: the column shows
 * the record's metrics whose key starts with `prefix`; `ratio` columns show them as `1.23×`.
 */
export interface SetupColumn {
  readonly label: string
  readonly prefix: string
  readonly ratio: boolean
}

/** A scenario as the report shows it. */
export interface ScenarioDefinition {
  readonly id: ScenarioId
  readonly title: (sizes: BenchSizes) => string
  readonly summary: string
  readonly metrics: readonly MetricDefinition[]
  /** Set for a scenario run against Maillage alone in several setups: one column per setup. */
  readonly setupColumns?: readonly SetupColumn[]
}

const metric = (key: string, label: string, better: Better, digits: number): MetricDefinition => ({
  key,
  label,
  better,
  digits,
})

const FAN_OUT_METRICS = [
  metric('clients', 'clients', 'none', 0),
  metric('latencyP50Ms', 'latency p50 (ms)', 'lower', 2),
  metric('latencyP95Ms', 'latency p95 (ms)', 'lower', 2),
  metric('latencyP99Ms', 'latency p99 (ms)', 'lower', 2),
  metric('latencyMaxMs', 'latency max (ms)', 'lower', 1),
  metric('deliveriesPerSecond', 'deliveries/s', 'none', 0),
  metric('serverCpuPercent', 'server CPU (% of a core)', 'lower', 1),
  metric('serverCpuUsPerDelivery', 'server CPU per delivery (µs)', 'lower', 2),
  metric('serverRssMiB', 'server RSS (MiB)', 'lower', 1),
  metric('clientCpuPercent', 'client workers CPU (% of a core)', 'none', 0),
  metric('clientLoopDelayP99Ms', 'client event-loop delay p99 (ms)', 'none', 0),
  metric('otherCpuPercent', 'other processes CPU (% of a core)', 'none', 0),
  metric('missingDeliveries', 'deliveries lost', 'none', 0),
]

/** Every scenario's table, in run order. */
export const SCENARIO_DEFINITIONS: readonly ScenarioDefinition[] = [
  {
    id: 'S0',
    title: () => 'S0 servers at rest: ready, idle, no connection',
    summary:
      'Each server is started as for every scenario and read from /proc once it is ready and idle, before any client connects.',
    metrics: [
      metric('rssAtRestMiB', 'RSS at rest (MiB)', 'lower', 1),
      metric('startCpuSeconds', 'CPU used to start and settle (s)', 'lower', 2),
      metric('otherCpuPercentRun', 'other processes CPU over the run (% of a core)', 'none', 0),
    ],
  },
  {
    id: 'S1a',
    title: (sizes) => `S1a fan-out latency, ${fanOutShape(sizes, 'S1a')}`,
    summary:
      'Each client appends a short timestamped string to the document at a fixed rate; every other client of the document records the edit-to-arrival latency.',
    metrics: FAN_OUT_METRICS,
  },
  {
    id: 'S1b',
    title: (sizes) => `S1b fan-out latency, ${fanOutShape(sizes, 'S1b')}`,
    summary: 'Same load, all clients on one document.',
    metrics: FAN_OUT_METRICS,
  },
  {
    id: 'S2',
    title: (sizes) =>
      `S2 throughput, 1 document, ${sizes.s2.writers} writers + ${sizes.s2.readers} readers`,
    summary:
      'Writers send as fast as a window of 16 edits not yet seen by their pacing reader allows, so a writer’s rate is at most 16 / round-trip time: stalls and latency cost throughput directly.',
    metrics: [
      metric('perReaderUpdatesPerSecond', 'updates/s per reader (mean)', 'higher', 0),
      metric('slowestReaderUpdatesPerSecond', 'updates/s, slowest reader', 'higher', 0),
      metric('deliveriesPerSecond', 'deliveries/s (all receivers)', 'higher', 0),
      metric('latencyP50Ms', 'latency under load p50 (ms)', 'lower', 1),
      metric('latencyP99Ms', 'latency under load p99 (ms)', 'lower', 1),
      metric('longestStallMs', 'longest time with no delivery (ms)', 'lower', 1),
      metric('serverCpuPercent', 'server CPU (% of a core)', 'none', 1),
      metric('serverCpuUsPerDelivery', 'server CPU per delivery (µs)', 'lower', 2),
      metric('serverRssMiB', 'server RSS (MiB)', 'lower', 1),
      metric('clientCpuPercent', 'client workers CPU (% of a core)', 'none', 0),
      metric('clientLoopDelayP99Ms', 'client event-loop delay p99 (ms)', 'none', 0),
      metric('otherCpuPercent', 'other processes CPU (% of a core)', 'none', 0),
      metric('missingDeliveries', 'deliveries lost', 'none', 0),
    ],
  },
  {
    id: 'S3',
    title: (sizes) => `S3 ${sizes.s3.connections} idle connections, each on its own small document`,
    summary:
      'N clients open at once (a few in flight per worker), each writes a few bytes into its own document, then everything idles.',
    metrics: [
      metric('connections', 'connections', 'none', 0),
      metric('kibPerConnection', 'KiB per connection + document', 'lower', 2),
      metric('openSeconds', 'time to open all (s)', 'lower', 2),
      metric('connectionsPerSecond', 'connections opened/s', 'higher', 0),
      metric('serverCpuMsPerConnection', 'server CPU per connection (ms)', 'lower', 3),
      metric('rssBeforeMiB', 'RSS before (MiB)', 'none', 1),
      metric('rssAfterMiB', 'RSS after (MiB)', 'lower', 1),
      metric('otherCpuPercentRun', 'other processes CPU over the run (% of a core)', 'none', 0),
    ],
  },
  {
    id: 'S4',
    title: () =>
      'S4 big document (editing trace): Maillage loads it from disk, the peers serve it from memory',
    summary:
      'One client replays the trace, 100 edits per transaction; fresh clients then sync it one at a time. Maillage is restarted and loads the document from disk for every fresh client; the peers keep it in memory.',
    metrics: [
      metric('edits', 'edits replayed', 'none', 0),
      metric('replaySeconds', 'replay until a second client has it (s)', 'lower', 2),
      metric('replayServerCpuSeconds', 'server CPU during replay (s)', 'lower', 2),
      metric('rssAddedByReplayMiB', 'RSS added by the replayed document (MiB)', 'lower', 1),
      metric('freshSyncP50Ms', 'fresh-client sync p50 (ms)', 'lower', 1),
      metric('freshSyncFirstMs', 'first fresh-client sync (ms)', 'lower', 1),
      metric('freshSyncMaxMs', 'fresh-client sync max (ms)', 'lower', 1),
      metric('serverCpuMsPerLoad', 'server CPU per fresh sync (ms)', 'lower', 1),
      metric('rssAddedByLoadMiB', 'RSS added by loading it from disk (MiB)', 'lower', 1),
      metric('textLength', 'text length checked (characters)', 'none', 0),
      metric('otherCpuPercentRun', 'other processes CPU over the run (% of a core)', 'none', 0),
    ],
  },
  {
    id: 'S5',
    title: (sizes) =>
      `S5 persistence cost (Maillage only), ${sizes.s5.clients} clients editing the big document`,
    summary:
      'Clients make 5 edits/s each at random positions of the stored trace document; every number covers the whole editing period plus the last save.',
    metrics: [
      metric('clients', 'clients', 'none', 0),
      metric('edits', 'edits', 'none', 0),
      metric('saves', 'saves', 'none', 0),
      metric(
        'storageWriteBytesPerEdit',
        'storage bytes written per edit (write_bytes)',
        'lower',
        0,
      ),
      metric('logicalBytesPerEdit', 'file bytes written per edit (log + snapshots)', 'lower', 1),
      metric('snapshotBytes', 'snapshot file (bytes)', 'none', 0),
      metric('compactionsDuringLoad', 'compactions during the load', 'none', 0),
      metric('amortizedCompactionBytesPerEdit', 'compaction bytes per edit, amortized', 'lower', 1),
      metric('saveMeanMs', 'save latency mean (ms)', 'lower', 2),
      metric('saveP50Ms', 'save latency p50 (ms, histogram estimate)', 'lower', 2),
      metric('saveP95Ms', 'save latency p95 (ms, histogram estimate)', 'lower', 2),
      metric('latencyP50Ms', 'edit latency p50 (ms)', 'lower', 2),
      metric('serverCpuPercent', 'server CPU (% of a core)', 'lower', 1),
      metric('otherCpuPercentRun', 'other processes CPU over the run (% of a core)', 'none', 0),
    ],
  },
  {
    id: 'S6',
    title: (sizes) =>
      `S6 responsiveness under large updates (Maillage only, default limits), ${sizes.s6.frames} frames of small items pushed by one client`,
    summary:
      'One client pushes frames just under the 1 MiB limit, each tens of thousands of small Yjs items, as fast as its socket takes them; /healthz is asked one request at a time meanwhile. Maillage runs here with its default byte budget (256 KiB/s per connection).',
    metrics: [
      metric('frameKiB', 'frame (KiB)', 'none', 0),
      metric('itemsPerFrame', 'items per frame', 'none', 0),
      metric('idleHealthzP50Ms', '/healthz p50 before (ms)', 'lower', 2),
      metric('healthzP50Ms', '/healthz p50 during (ms)', 'lower', 2),
      metric('healthzP95Ms', '/healthz p95 during (ms)', 'lower', 1),
      metric('healthzMaxMs', '/healthz max during (ms)', 'lower', 1),
      metric('mibReadPerSecond', 'MiB read from the client per second', 'none', 2),
      metric('serverCpuPercent', 'server CPU (% of a core)', 'none', 1),
      metric('otherCpuPercentRun', 'other processes CPU over the run (% of a core)', 'none', 0),
    ],
  },
  {
    id: 'S7',
    title: (sizes) =>
      `S7 scale-out: S1a's load (${fanOutShape(sizes, 'S1a')}) on 1 Maillage process, then on 2 behind Redis`,
    summary:
      'Both setups run on PostgreSQL (`DATABASE_URL`, a new database each) and Redis (`REDIS_URL`, a key prefix of their own), so the number of processes is the only difference. With 2 processes, half the clients of every document are on each, so a delivery to a client of the other process crosses Redis. Server CPU and RSS are the sums over the processes.',
    setupColumns: [
      ...SCALE_OUT_SETUPS.map(({ label, prefix }) => ({ label, prefix, ratio: false })),
      { label: '2 processes / 1', prefix: SCALE_OUT_RATIO_PREFIX, ratio: true },
    ],
    metrics: [
      metric('clients', 'clients', 'none', 0),
      metric('crossProcessPercent', 'sender–receiver pairs on different processes (%)', 'none', 0),
      metric('latencyP50Ms', 'latency p50 (ms)', 'lower', 2),
      metric('latencyP95Ms', 'latency p95 (ms)', 'lower', 2),
      metric('latencyP99Ms', 'latency p99 (ms)', 'lower', 2),
      metric('latencyMaxMs', 'latency max (ms)', 'lower', 1),
      metric('deliveriesPerSecond', 'deliveries/s', 'higher', 0),
      metric('serverCpuPercent', 'server CPU, all processes (% of a core)', 'lower', 1),
      metric('serverCpuUsPerDelivery', 'server CPU per delivery, all processes (µs)', 'lower', 2),
      metric('serverRssMiB', 'server RSS, all processes (MiB)', 'lower', 1),
      metric('engineCpuPercent', 'Redis + PostgreSQL CPU (% of a core)', 'lower', 1),
      metric('engineCpuUsPerDelivery', 'Redis + PostgreSQL CPU per delivery (µs)', 'lower', 2),
      metric('clientCpuPercent', 'client workers CPU (% of a core)', 'none', 0),
      metric('clientLoopDelayP99Ms', 'client event-loop delay p99 (ms)', 'none', 0),
      metric('otherCpuPercent', 'other processes CPU (% of a core)', 'none', 0),
      metric('missingDeliveries', 'deliveries lost', 'none', 0),
    ],
  },
  {
    id: 'S8',
    title: (sizes) =>
      `S8 regional view (Maillage only): GET /api/pilotage/region over 26 CLPE × 200 fiches action, ${sizes.s8.requests} requests one at a time`,
    summary:
      'The 26 CLPE × 200 fiches action with two indicators each, and a feuille de route per CLPE linking 150 of them, are written into the lowdb index while Maillage is stopped; the regional team then asks the regional view one request at a time (after a warm-up), each answer checked. Times are absolute, in ms: no peer has this view.',
    metrics: [
      metric('clpe', 'CLPE', 'none', 0),
      metric('fichesIndexed', 'fiches action in the index', 'none', 0),
      metric('regionP50Ms', 'GET /api/pilotage/region p50 (ms)', 'lower', 1),
      metric('regionP95Ms', 'GET /api/pilotage/region p95 (ms)', 'lower', 1),
      metric('regionMaxMs', 'GET /api/pilotage/region max (ms)', 'lower', 1),
      metric('answerKiB', 'answer (KiB)', 'none', 0),
      metric('serverCpuMsPerRequest', 'server CPU per request (ms)', 'lower', 1),
      metric('serverRssMiB', 'server RSS (MiB)', 'lower', 1),
      metric('otherCpuPercentRun', 'other processes CPU over the run (% of a core)', 'none', 0),
    ],
  },
  {
    id: 'S9',
    title: (sizes) =>
      `S9 version history (Maillage only): a document of ${sizes.s9.updates} updates and ${sizes.s9.namedVersions + 1} versions, ${sizes.s9.requests} listings one at a time`,
    summary:
      'One real client writes a page in one-word transactions (one Yjs update each, a paragraph every 20 words), naming a version every tenth of the way; leaving makes the session’s automatic version. The listing reads the versions’ records only, so it is timed beside a page of 10 updates; the newest named version is then viewed (title, fields, body as JSON) and the first one compared with the current state (word diff). Times are absolute, in ms: no peer keeps a history.',
    metrics: [
      metric('updates', 'updates of the document', 'none', 0),
      metric('versions', 'versions', 'none', 0),
      metric('listP50Ms', 'GET …/versions p50 (ms)', 'lower', 2),
      metric('listP95Ms', 'GET …/versions p95 (ms)', 'lower', 2),
      metric('smallListP50Ms', 'GET …/versions of a 10-update page p50 (ms)', 'lower', 2),
      metric('smallListP95Ms', 'GET …/versions of a 10-update page p95 (ms)', 'lower', 2),
      metric('viewP50Ms', 'GET …/versions/:id p50 (ms)', 'lower', 1),
      metric('viewP95Ms', 'GET …/versions/:id p95 (ms)', 'lower', 1),
      metric('diffP50Ms', 'GET …/comparaison/actuelle p50 (ms)', 'lower', 1),
      metric('diffP95Ms', 'GET …/comparaison/actuelle p95 (ms)', 'lower', 1),
      metric('serverCpuMsPerList', 'server CPU per listing (ms)', 'lower', 2),
      metric('serverRssMiB', 'server RSS (MiB)', 'lower', 1),
    ],
  },
  {
    id: 'S10',
    title: (sizes) =>
      `S10 search (Maillage only): GET /api/recherche over ${sizes.s10.documents} documents of French text, ${sizes.s10.rounds} rounds of 5 queries by 2 people, one at a time`,
    summary:
      'Documents of French text (titles and ten paragraphs each, dealt over the 26 CLPE, one in ten shared with all) are written into the lowdb directory while Maillage is stopped; at start the search backfill indexes them from their stored content (timed until the last is found). Then five queries (a word in most documents, two words, accents left out, stems) are asked one at a time by the regional team, who may read every document, and by a contributeur of a CLPE, whose every result is checked against the access rules. Times are absolute, in ms: no peer has a search. Then the same data is copied to PostgreSQL (migrate:postgres) and measured again on its French full-text search, with a quarter of the rounds (pg. rows).',
    metrics: [
      metric('documents', 'documents indexed', 'none', 0),
      metric('indexSeconds', 'start-up backfill, to the last document found (s)', 'lower', 1),
      metric('indexDocumentsPerSecond', 'backfill documents per second', 'higher', 0),
      metric('adminP50Ms', 'GET /api/recherche, regional team, p50 (ms)', 'lower', 1),
      metric('adminP95Ms', 'GET /api/recherche, regional team, p95 (ms)', 'lower', 1),
      metric('memberP50Ms', 'GET /api/recherche, CLPE member, p50 (ms)', 'lower', 1),
      metric('memberP95Ms', 'GET /api/recherche, CLPE member, p95 (ms)', 'lower', 1),
      metric(
        'commonWordP95Ms',
        '« emploi » (in most documents), regional team, p95 (ms)',
        'lower',
        1,
      ),
      metric('serverCpuMsPerSearch', 'server CPU per search (ms)', 'lower', 2),
      metric('serverRssMiB', 'server RSS (MiB)', 'lower', 1),
      metric('pg.indexSeconds', 'PostgreSQL: start-up backfill (s)', 'lower', 1),
      metric(
        'pg.indexDocumentsPerSecond',
        'PostgreSQL: backfill documents per second',
        'higher',
        0,
      ),
      metric('pg.adminP50Ms', 'PostgreSQL: regional team p50 (ms)', 'lower', 1),
      metric('pg.adminP95Ms', 'PostgreSQL: regional team p95 (ms)', 'lower', 1),
      metric('pg.memberP50Ms', 'PostgreSQL: CLPE member p50 (ms)', 'lower', 1),
      metric('pg.memberP95Ms', 'PostgreSQL: CLPE member p95 (ms)', 'lower', 1),
      metric('pg.commonWordP95Ms', 'PostgreSQL: « emploi », regional team, p95 (ms)', 'lower', 1),
      metric('pg.serverCpuMsPerSearch', 'PostgreSQL: server CPU per search (ms)', 'lower', 2),
    ],
  },
  {
    id: 'S11',
    title: (sizes) =>
      `S11 live polls (Maillage only): ${sizes.s11.participants} participants connected to a live session, ${sizes.s11.polls} polls answered one at a time, then one poll answered by all at once`,
    summary:
      'An atelier’s live session with its participants (seat holders signed in, each a stock y-websocket client of the atelier’s document) and the facilitator’s client. Each participant answers a launched poll through the API, one after the other: the latency is from the answer’s PUT returning to the facilitator’s Y.Doc showing the answer count it makes (the server writes the poll’s live view at most every 150 ms, the first after a quiet spell at once). Then everyone answers a last poll at once: the time until the facilitator sees every answer, and how many updates of the poll’s view it took. Times are absolute: no peer has polls.',
    metrics: [
      metric('participants', 'participants connected', 'none', 0),
      metric('answers', 'answers timed', 'none', 0),
      metric('answerSeenP50Ms', 'answer to facilitator’s count, p50 (ms)', 'lower', 1),
      metric('answerSeenP95Ms', 'answer to facilitator’s count, p95 (ms)', 'lower', 1),
      metric('answerSeenMaxMs', 'answer to facilitator’s count, max (ms)', 'lower', 1),
      metric('burstAllSeenMs', 'all answering at once, until all seen (ms)', 'lower', 0),
      metric('burstViewUpdates', 'poll view updates for the burst', 'lower', 0),
      metric('serverCpuMsPerAnswer', 'server CPU per answer (ms)', 'lower', 2),
      metric('serverRssMiB', 'server RSS (MiB)', 'lower', 1),
    ],
  },
]

function fanOutShape(sizes: BenchSizes, scenario: 'S1a' | 'S1b'): string {
  const shape = sizes.s1.shapes.find((candidate) => candidate.scenario === scenario)
  if (shape === undefined) return ''
  return `${shape.documents} document(s) × ${shape.clientsPerDocument} clients, ${sizes.s1.rateHz} edits/s each`
}
