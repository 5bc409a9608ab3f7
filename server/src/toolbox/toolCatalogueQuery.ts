import { z } from 'zod'
import type { ToolView } from '@maillage/protocol'
import { normalizeSearchText } from './normalizeSearchText.ts'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

/** `GET /api/toolbox/tools` query: filters (each optional) and sort (`title` by default). */
export const toolCatalogueQuerySchema = z.lazy(() =>
  z.object({
    type: z.string().max(100).optional(),
    theme: z.string().max(100).optional(),
    porteur: z.string().max(300).optional(),
    echelle: z.string().max(100).optional(),
    statut: z.string().max(100).optional(),
    q: z.string().max(300).optional(),
    sort: z
      .enum(['usage', 'title'], { error: 'Le tri est « usage » ou « title ».' })
      .default('title'),
  }),
)
export type ToolCatalogueQuery = z.infer<typeof toolCatalogueQuerySchema>

/**
 * True when a tool passes every filter of `query`: type, theme, échelle and statut by option value;
 * porteur and the text search `q` compared without case or accents, `q` over title, porteur and
 * one-line description.
 */
export function matchesToolQuery(tool: ToolView, query: ToolCatalogueQuery): boolean {
  if (isSet(query.type) && tool.type !== query.type) return false
  if (isSet(query.theme) && !tool.thematiques.includes(query.theme)) return false
  if (isSet(query.echelle) && tool.echelle !== query.echelle) return false
  if (isSet(query.statut) && tool.statut !== query.statut) return false
  if (isSet(query.porteur)) {
    if (normalizeSearchText(tool.porteur) !== normalizeSearchText(query.porteur)) return false
  }
  if (isSet(query.q)) {
    const haystack = normalizeSearchText(`${tool.title} ${tool.porteur} ${tool.description}`)
    if (!haystack.includes(normalizeSearchText(query.q))) return false
  }
  return true
}

/** Sorts tools in place: by number of CLPE using them (most first) then title, or by title. */
export function sortTools(tools: ToolView[], sort: ToolCatalogueQuery['sort']): ToolView[] {
  const byTitle = (a: ToolView, b: ToolView): number => a.title.localeCompare(b.title, 'fr')
  if (sort === 'title') return tools.sort(byTitle)
  return tools.sort((a, b) => b.ratings.count - a.ratings.count || byTitle(a, b))
}

function isSet(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== ''
}
