/** The document screen's status once in sync with the server (the web app's DOM contract). */
export const SYNCED_STATUS = 'Synchronisé'

/** Where the probe keeps its figures in the page. */
export const PROBE_GLOBAL = '__maillageLatencyProbe'

/**
 * In-page script (plain JavaScript, run by `page.evaluate`, so no bundler helper can leak into it)
 * that measures keystroke-to-screen latency in the editor's first paragraph. On `keydown` of a
 * printable key (window, capture phase: before any handler of the app) it records
 * `performance.now()` and the length the paragraph will have once the character is in; a
 * `MutationObserver` on the editor sees that length reached, then the next `requestAnimationFrame`
 * callback (the frame that paints it) closes the sample. Other people's edits touch other
 * paragraphs only, so they never close a sample.
 */
export const LATENCY_PROBE_SCRIPT = `(() => {
  const editor = document.querySelector('.ProseMirror')
  if (editor === null) throw new Error('no .ProseMirror editor on the page')
  const lengthOfTarget = () => (editor.firstElementChild?.textContent ?? '').length
  const probe = { samples: [], pending: [], expected: 0 }
  window.addEventListener('keydown', (event) => {
    if (event.key.length !== 1) return
    probe.expected = Math.max(probe.expected, lengthOfTarget()) + 1
    probe.pending.push({ start: performance.now(), expected: probe.expected })
  }, true)
  new MutationObserver(() => {
    const length = lengthOfTarget()
    while (probe.pending.length > 0 && probe.pending[0].expected <= length) {
      const { start } = probe.pending.shift()
      requestAnimationFrame(() => { probe.samples.push(performance.now() - start) })
    }
  }).observe(editor, { subtree: true, childList: true, characterData: true })
  window.${PROBE_GLOBAL} = probe
})()`

/** Reads the probe's samples (ms) and how many keystrokes still wait for their character. */
export const READ_PROBE_SCRIPT = `(() => {
  const probe = window.${PROBE_GLOBAL}
  return { samples: probe.samples.slice(), pending: probe.pending.length }
})()`

/** Forgets the samples so far (after the warm-up). */
export const RESET_PROBE_SCRIPT = `(() => { window.${PROBE_GLOBAL}.samples.length = 0 })()`

/** What {@link READ_PROBE_SCRIPT} returns, checked. */
export interface ProbeReading {
  readonly samples: readonly number[]
  readonly pending: number
}

/** Checks what the page returned for {@link READ_PROBE_SCRIPT}. */
export function parseProbeReading(value: unknown): ProbeReading {
  if (typeof value !== 'object' || value === null) throw new Error('latency probe returned nothing')
  const samples = 'samples' in value ? value.samples : undefined
  const pending = 'pending' in value ? value.pending : undefined
  if (!Array.isArray(samples) || typeof pending !== 'number') {
    throw new Error('latency probe returned an unexpected value')
  }
  return {
    samples: samples.filter((sample): sample is number => typeof sample === 'number'),
    pending,
  }
}
