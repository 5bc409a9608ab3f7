// An editor taking the focus, the pointer or a drag coming over it: the sign that someone is about
// to edit, each before the first key, click or drop, which leaves the time to load.
const APPROACHES = ['focusin', 'pointerover', 'dragenter'] as const

/**
 * Calls `load` (a library's loader, which returns the same promise while it loads) each time an
 * editor of the page is approached, until a call succeeds; a failed load (offline) is tried
 * again at the next approach. Does nothing outside a browser.
 */
export function loadWhenEditorApproached(load: () => Promise<unknown>): void {
  if (typeof document === 'undefined') return
  const handleApproach = (event: Event): void => {
    if (!(event.target instanceof Element) || event.target.closest('.ProseMirror') === null) return
    load().then(stopListening, () => undefined)
  }
  const stopListening = (): void => {
    for (const type of APPROACHES) document.removeEventListener(type, handleApproach, true)
  }
  for (const type of APPROACHES) {
    document.addEventListener(type, handleApproach, { capture: true, passive: true })
  }
}
