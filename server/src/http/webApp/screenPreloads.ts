import { z } from 'zod'
import { PAGE_SOCKET_SCRIPT } from './pageSocketScript.ts'

/** A screen of the web app whose code the page names at once, so that it downloads with the entry. */
export interface Screen {
  readonly name: string
  /** Addresses of the screen (a URL path, without its query). */
  readonly path: RegExp
  /** The modules its route loads, as Vite's manifest names them (`apps/web/src/app/router.tsx`). */
  readonly modules: readonly string[]
  /** A script the page runs before the app's own, inline (its hash is in the page's CSP). */
  readonly inlineScript: string | null
}

/**
 * The screens worth naming in the page: a document's, the one people open most, often from a link
 * (its history is another screen). Without this the browser learns of its code only once the
 * entry has run, then asks for some thirty files.
 */
export const SCREENS: readonly Screen[] = [
  {
    name: 'document',
    path: /^\/documents\/[^/]+\/?$/,
    modules: [
      'src/features/document/DocumentPage.tsx',
      'src/features/comments/useDocumentCommentsBinding.tsx',
      'src/features/suggestions/useDocumentSuggestionsBinding.tsx',
      // The pieces the screen shows beside the text as soon as it is there.
      'src/features/gouvernance/programme/ProgrammeLineMention.tsx',
      'src/features/exports/DocumentExportMenu.tsx',
      'src/app/DocumentKindPanel.tsx',
    ],
    // The document's websocket opens as the page is parsed, not once the app has run.
    inlineScript: PAGE_SOCKET_SCRIPT,
  },
]

/** The screen whose addresses include `path`, if any. */
export function screenOf(path: string): Screen | null {
  return SCREENS.find((screen) => screen.path.test(path)) ?? null
}

// What the server reads of `.vite/manifest.json` (Vite's backend integration format).
const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    isEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
  }),
)

/**
 * The `<link>` tags that name `screen`'s code in the page: a `modulepreload` for each JavaScript
 * file its modules import (directly or not) and a stylesheet for each of their CSS files, except
 * those of the entry, which the page names already. Vite's loader finds them in the page and does
 * not add them again. Empty when the manifest does not know the screen's modules (an older build).
 */
export function preloadTags(manifestJson: unknown, screen: Screen): string {
  const manifest = manifestSchema.parse(manifestJson)
  const entryChunks = new Set<string>()
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry === true) collectImports(manifest, key, entryChunks)
  }
  const screenChunks = new Set<string>()
  for (const module of screen.modules) collectImports(manifest, module, screenChunks)
  const entryCss = new Set([...entryChunks].flatMap((key) => manifest[key]?.css ?? []))
  const scripts: string[] = []
  const styles = new Set<string>()
  for (const key of screenChunks) {
    if (entryChunks.has(key)) continue
    const chunk = manifest[key]
    if (chunk === undefined) continue
    scripts.push(chunk.file)
    for (const css of chunk.css ?? []) if (!entryCss.has(css)) styles.add(css)
  }
  return [
    ...scripts.map(
      (file) => `<link rel="modulepreload" crossorigin href="/${escapeAttribute(file)}">`,
    ),
    ...[...styles].map(
      (file) => `<link rel="stylesheet" crossorigin href="/${escapeAttribute(file)}">`,
    ),
  ].join('')
}

/** `html` with `tags` at the end of its head. */
export function withTagsInHead(html: string, tags: string): string {
  const end = html.indexOf('</head>')
  return end === -1 || tags === '' ? html : `${html.slice(0, end)}${tags}${html.slice(end)}`
}

/**
 * `html` with `script` run first: an inline `<script>` before the head's first script, or at the
 * end of the head if it has none. Before the stylesheets, which would make it wait for them.
 */
export function withInlineScriptInHead(html: string, script: string): string {
  const end = html.indexOf('</head>')
  if (end === -1) return html
  const firstScript = html.indexOf('<script')
  const at = firstScript !== -1 && firstScript < end ? firstScript : end
  return `${html.slice(0, at)}<script>${script}</script>${html.slice(at)}`
}

function collectImports(
  manifest: z.infer<typeof manifestSchema>,
  key: string,
  into: Set<string>,
): void {
  if (into.has(key) || manifest[key] === undefined) return
  into.add(key)
  for (const imported of manifest[key].imports ?? []) collectImports(manifest, imported, into)
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}
