import type * as Linkify from 'linkifyjs'

/**
 * What the web build puts in place of `linkifyjs` (`vite.config.ts`, plugin `linkify-on-focus`):
 * the same functions, with the library (10 kB gzipped) loaded when an editor first gets the focus
 * rather than with the page. Tiptap's link extension only needs it while someone writes: it finds
 * the addresses typed or pasted, to turn them into links (`autolink`, `linkOnPaste`). Until it is
 * there, nothing is detected: a document opened to be read never loads it.
 *
 * Module state, like the library it stands for: linkify keeps its registered protocols globally.
 */
let library: typeof Linkify | null = null
let loading: Promise<typeof Linkify> | null = null
const protocolsToRegister: Parameters<typeof Linkify.registerCustomProtocol>[] = []

/**
 * Loads the library once; later calls return the same promise. If the file cannot be fetched
 * (offline, a new version deployed), the promise rejects and the next call tries again.
 */
export function loadLinkDetection(): Promise<typeof Linkify> {
  loading ??= import('linkifyjs').then(
    (loaded) => {
      for (const protocol of protocolsToRegister.splice(0)) {
        loaded.registerCustomProtocol(...protocol)
      }
      library = loaded
      return loaded
    },
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** `linkifyjs`'s `find`: the links in `text`, none while the library is not loaded. */
export function find(...args: Parameters<typeof Linkify.find>): ReturnType<typeof Linkify.find> {
  return library === null ? [] : library.find(...args)
}

/** `linkifyjs`'s `tokenize`: no tokens while the library is not loaded (no link is made). */
export function tokenize(
  ...args: Parameters<typeof Linkify.tokenize>
): ReturnType<typeof Linkify.tokenize> {
  return library === null ? [] : library.tokenize(...args)
}

/** `linkifyjs`'s `registerCustomProtocol`, kept until the library is loaded. */
export function registerCustomProtocol(
  ...args: Parameters<typeof Linkify.registerCustomProtocol>
): void {
  if (library === null) protocolsToRegister.push(args)
  else library.registerCustomProtocol(...args)
}

/** `linkifyjs`'s `reset`: forgets the registered protocols. */
export function reset(): void {
  protocolsToRegister.length = 0
  library?.reset()
}

// An editor (ProseMirror's `contenteditable`) taking the focus is the sign that someone is about
// to write; the focus comes before the first key, which leaves the time to load.
if (typeof document !== 'undefined') {
  document.addEventListener(
    'focusin',
    (event) => {
      if (event.target instanceof Element && event.target.closest('.ProseMirror') !== null) {
        // Failing, addresses are not made links until the next focus tries again: nothing to show.
        loadLinkDetection().catch(() => undefined)
      }
    },
    { capture: true },
  )
}
