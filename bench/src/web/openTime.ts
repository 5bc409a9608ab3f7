import type { BrowserContext, Page } from 'playwright-core'
import { percentile } from '../percentiles.ts'
import { startOtherCpuMeter } from '../waitForQuietMachine.ts'
import { TYPING_PARAGRAPH_TEXT } from './largeDocument.ts'
import { SYNCED_STATUS } from './latencyProbe.ts'

/** Opens measured per document and cache state. */
export const MEASURED_OPENS = 10
/** Budgets of the median open: a one-paragraph document, and the large one. */
export const SMALL_OPEN_BUDGET_MS = 400
export const LARGE_OPEN_BUDGET_MS = 1_000

/** Where the probe keeps the moment the document showed synchronised. */
const OPEN_PROBE_GLOBAL = '__maillageOpenProbe'

/**
 * In-page script (plain JavaScript, installed before the page's own scripts) that records, in
 * milliseconds since the navigation started (`performance.now()`), the first moment the status
 * says « Synchronisé » and the editor's first paragraph shows the document's first text: the
 * document is on screen and in sync. Read in the page, so that no round trip to the bench counts.
 */
const OPEN_PROBE_SCRIPT = `(() => {
  const check = () => {
    if (window.${OPEN_PROBE_GLOBAL} !== undefined) return
    const synced = [...document.querySelectorAll('[role="status"]')]
      .some((element) => element.textContent.includes(${JSON.stringify(SYNCED_STATUS)}))
    const first = document.querySelector('.ProseMirror > :first-child')
    if (synced && first !== null && first.textContent.includes(${JSON.stringify(TYPING_PARAGRAPH_TEXT)})) {
      window.${OPEN_PROBE_GLOBAL} = performance.now()
      observer.disconnect()
    }
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { subtree: true, childList: true, characterData: true })
})()`

/** The medians of {@link MEASURED_OPENS} opens of one document, with an empty and a warm cache. */
export interface OpenTimes {
  /** A new browser context each time: empty HTTP cache, no local copy of the document. */
  readonly coldMs: readonly number[]
  /** A second page of the same context: the app's files cached, the local copy present. */
  readonly warmMs: readonly number[]
  readonly coldMedianMs: number
  readonly warmMedianMs: number
  /** CPU other processes used meanwhile, in % of a core (the bench, its server and browser excluded). */
  readonly otherCpuPercent: number
}

/**
 * Opens `/documents/<documentId>` {@link MEASURED_OPENS} times in a new signed-in context (cold),
 * then once more in a new page of that context (warm), and times each from navigation to the
 * document shown synchronised.
 */
export async function measureOpenTimes(
  newContext: () => Promise<BrowserContext>,
  documentId: string,
): Promise<OpenTimes> {
  const coldMs: number[] = []
  const warmMs: number[] = []
  const meter = startOtherCpuMeter()
  for (let open = 0; open < MEASURED_OPENS; open++) {
    const context = await newContext()
    try {
      await context.addInitScript(OPEN_PROBE_SCRIPT)
      coldMs.push(await timeOpen(await context.newPage(), documentId))
      warmMs.push(await timeOpen(await context.newPage(), documentId))
    } finally {
      await context.close()
    }
  }
  const median = (values: readonly number[]): number =>
    percentile(
      [...values].sort((a, b) => a - b),
      0.5,
    )
  return {
    coldMs,
    warmMs,
    coldMedianMs: median(coldMs),
    warmMedianMs: median(warmMs),
    otherCpuPercent: meter.stop(),
  }
}

async function timeOpen(page: Page, documentId: string): Promise<number> {
  await page.goto(`/documents/${documentId}`)
  // A function, not a string: the page's CSP forbids evaluating strings.
  const handle = await page.waitForFunction(
    (name) => (globalThis as unknown as Record<string, unknown>)[name],
    OPEN_PROBE_GLOBAL,
    { timeout: 60_000 },
  )
  const openMs = Number(await handle.jsonValue())
  await page.close()
  return openMs
}
