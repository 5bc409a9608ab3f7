import type { EnvironmentInfo } from '../environmentInfo.ts'
import { formatMarkdownTable } from '../report/markdownTable.ts'
import { DOCUMENT_JS_BUDGET_BYTES, type DocumentJavaScript } from './documentJavaScript.ts'
import { BACKGROUND_WRITERS, WRITER_INTERVAL_MS } from './backgroundWriters.ts'
import { SYNCED_STATUS } from './latencyProbe.ts'
import {
  KEY_GAP_MS,
  KEYSTROKE_P95_BUDGET_MS,
  MEASURED_KEYSTROKES,
  WARM_UP_KEYSTROKES,
  type KeystrokeLatency,
} from './keystrokeLatency.ts'
import {
  LARGE_OPEN_BUDGET_MS,
  MEASURED_OPENS,
  SMALL_OPEN_BUDGET_MS,
  type OpenTimes,
} from './openTime.ts'

/** Everything one run of `npm run bench:web` found. */
export interface WebBenchResult {
  readonly startedAt: Date
  readonly durationSeconds: number
  readonly environment: EnvironmentInfo
  readonly chromium: string
  readonly javaScript: DocumentJavaScript
  /** Opening the one-paragraph document, cold and warm. */
  readonly openSmall: OpenTimes
  /** Opening the large document, cold and warm. */
  readonly openLarge: OpenTimes
  /** Typing in a bare contenteditable: the browser's own cost, frame wait included. */
  readonly latencyFloor: KeystrokeLatency
  /** Typing alone in a document of one paragraph: the app's cost without the document's size. */
  readonly latencySmall: KeystrokeLatency
  /** Typing with nobody else in the document, for comparison. */
  readonly latencyAlone: KeystrokeLatency
  /** Typing while the background writers edit: the figure of the target. */
  readonly latency: KeystrokeLatency
  readonly documentCharacters: number
  readonly documentParagraphs: number
  /** Characters the background writers inserted while the page was open. */
  readonly writerEdits: number
  /** How long the page was open, from navigation to the last sample. */
  readonly pageOpenSeconds: number
}

/** One target: what was measured, its budget, and whether it is met. */
export interface TargetRow {
  readonly name: string
  readonly measured: string
  readonly budget: string
  readonly pass: boolean
}

/** The targets of the run with their verdicts, in the report's order. */
export function targetRows(result: WebBenchResult): TargetRow[] {
  const { javaScript, latency, openSmall, openLarge } = result
  const open = (name: string, medianMs: number, budgetMs: number): TargetRow => ({
    name: `open ${name}, median of ${MEASURED_OPENS}`,
    measured: `${medianMs.toFixed(0)} ms`,
    budget: `${budgetMs} ms`,
    pass: medianMs <= budgetMs,
  })
  return [
    {
      name: 'JavaScript to open a document (gzip -9)',
      measured: kb(javaScript.totalGzipBytes),
      budget: kb(DOCUMENT_JS_BUDGET_BYTES),
      pass: javaScript.totalGzipBytes <= DOCUMENT_JS_BUDGET_BYTES,
    },
    open('one-paragraph document, cold cache', openSmall.coldMedianMs, SMALL_OPEN_BUDGET_MS),
    open('one-paragraph document, warm cache', openSmall.warmMedianMs, SMALL_OPEN_BUDGET_MS),
    open('large document, cold cache', openLarge.coldMedianMs, LARGE_OPEN_BUDGET_MS),
    open('large document, warm cache', openLarge.warmMedianMs, LARGE_OPEN_BUDGET_MS),
    {
      name: `keystroke to screen, p95, large document with ${BACKGROUND_WRITERS} writers`,
      measured: `${ms(latency.summary.p95)} ms`,
      budget: `< ${KEYSTROKE_P95_BUDGET_MS} ms`,
      pass: latency.summary.p95 < KEYSTROKE_P95_BUDGET_MS,
    },
  ]
}

/** Other processes' CPU above which a row is flagged, as in the main bench's report. */
const DISTURBED_CPU_PERCENT = 20

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`
const ms = (value: number): string => value.toFixed(1)
const verdict = (pass: boolean): string => (pass ? 'PASS' : 'MISS')

function latencyRow(label: string, latency: KeystrokeLatency): string[] {
  const { summary } = latency
  return [
    label,
    String(summary.count),
    ms(summary.p50),
    ms(summary.p95),
    ms(summary.p99),
    ms(summary.max),
    ms(summary.mean),
    ms(latency.openMs),
    `${latency.otherCpuPercent.toFixed(0)}%${latency.otherCpuPercent > DISTURBED_CPU_PERCENT ? ' (disturbed)' : ''}`,
  ]
}

function openRow(label: string, open: OpenTimes): string[] {
  const list = (values: readonly number[]): string => values.map((v) => v.toFixed(0)).join(', ')
  return [
    label,
    open.coldMedianMs.toFixed(0),
    list(open.coldMs),
    open.warmMedianMs.toFixed(0),
    list(open.warmMs),
    `${open.otherCpuPercent.toFixed(0)}%${open.otherCpuPercent > DISTURBED_CPU_PERCENT ? ' (disturbed)' : ''}`,
  ]
}

/** The markdown of `bench/RESULTS-web.md`, formatted as Prettier would. */
export function renderWebReport(result: WebBenchResult): string {
  const { environment: env, javaScript } = result
  return `# Web app benchmark

Run of \`npm run bench:web\` on ${result.startedAt.toISOString()} (${result.durationSeconds.toFixed(0)} s).
How it measures: [README.md](README.md#web-app-benchmark-npm-run-benchweb).

- Machine: ${env.cpuModel}, ${env.cores} cores, ${env.memoryGiB.toFixed(1)} GiB, Linux ${env.kernel}
- Node ${env.node}, ${result.chromium} (headless), Maillage ${env.maillageCommit}

## Targets

${formatMarkdownTable(
  ['target', 'measured', 'budget', 'verdict'],
  ['left', 'right', 'right', 'left'],
  targetRows(result).map((target) => [
    target.name,
    target.measured,
    target.budget,
    verdict(target.pass),
  ]),
)}

## JavaScript loaded to open a document

${javaScript.scripts.length} scripts, ${kb(javaScript.totalBytes)} uncompressed, ${kb(javaScript.totalGzipBytes)} gzipped.

${formatMarkdownTable(
  ['script', 'bytes', 'gzip -9'],
  ['left', 'right', 'right'],
  javaScript.scripts.map((script) => [
    `\`${script.path}\``,
    kb(script.bytes),
    kb(script.gzipBytes),
  ]),
)}

## Time to open a document

From navigation to the document shown synchronised (the status says « ${SYNCED_STATUS} » and the editor shows the first paragraph), read in the page (\`performance.now()\`). Each document is opened ${MEASURED_OPENS} times in a new signed-in browser context (cold: empty HTTP cache, no local copy), each time followed by a second page of that context (warm: the app's files cached, the document's local copy in IndexedDB). The server and the browser run on this machine: no network latency.

${formatMarkdownTable(
  [
    'document',
    'cold median (ms)',
    'cold opens (ms)',
    'warm median (ms)',
    'warm opens (ms)',
    'other processes CPU',
  ],
  ['left', 'right', 'left', 'right', 'left', 'right'],
  [
    openRow('one paragraph', result.openSmall),
    openRow(`large (${result.documentParagraphs} paragraphs)`, result.openLarge),
  ],
)}

## Keystroke-to-screen latency

${MEASURED_KEYSTROKES} letters typed ${KEY_GAP_MS} ms apart at the end of a first paragraph, after ${WARM_UP_KEYSTROKES} not measured, in four places: a bare \`contenteditable\` (the floor: the browser and the frame wait alone); a document of one paragraph; the large document (${result.documentCharacters.toLocaleString('en')} characters in ${result.documentParagraphs} paragraphs) alone; and the large document while ${BACKGROUND_WRITERS} other clients each inserted a letter every ~${WRITER_INTERVAL_MS} ms at random places (${result.writerEdits} edits during the ${result.pageOpenSeconds.toFixed(1)} s that page was open). Each sample runs from \`keydown\` to the first animation frame after the letter is in the DOM.

${formatMarkdownTable(
  [
    'typing',
    'samples',
    'p50 (ms)',
    'p95 (ms)',
    'p99 (ms)',
    'max (ms)',
    'mean (ms)',
    'open (ms)',
    'other processes CPU',
  ],
  ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  [
    latencyRow('floor: bare contenteditable', result.latencyFloor),
    latencyRow('alone, one-paragraph document', result.latencySmall),
    latencyRow('alone, large document', result.latencyAlone),
    latencyRow(`large document, ${BACKGROUND_WRITERS} writers`, result.latency),
  ],
)}

"Open" is the time from navigation to the document shown synchronised. "Other processes CPU" is what the rest of the machine used while typing, in % of a core: above ${DISTURBED_CPU_PERCENT}% the row is disturbed. A sample includes the wait for the next frame, up to one frame interval (16.7 ms at 60 Hz): the floor row shows what that and the browser alone cost.
`
}
