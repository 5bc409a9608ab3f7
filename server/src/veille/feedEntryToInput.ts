import { VEILLE_LIMITS } from '../persistence/records/VeilleItem.ts'
import type { FeedEntry } from './parseVeilleFeed.ts'
import { isHttpUrl, type VeilleItemInput } from './veilleInput.ts'

/** An entry turned into an item to propose, or the French reason it cannot be one. */
export type MappedEntry =
  | { readonly ok: true; readonly input: VeilleItemInput }
  | { readonly ok: false; readonly reason: string }

/**
 * The item an entry of an external feed becomes: its title, link, day of publication and plain
 * summary (shortened to fit), its source (the entry's, else the feed's title, else the feed's
 * host); no thématique nor territory (the curators add them). Refused: no title, no http(s) link
 * or one too long, no readable date.
 */
export function feedEntryToInput(
  entry: FeedEntry,
  feed: { title: string; url: string },
): MappedEntry {
  if (entry.title === '') return { ok: false, reason: 'Entrée sans titre.' }
  if (entry.link === '' || !isHttpUrl(entry.link)) {
    return { ok: false, reason: 'Entrée sans lien vers une page web (http ou https).' }
  }
  if (entry.link.length > VEILLE_LIMITS.urlLength) {
    return { ok: false, reason: 'Lien trop long (plus de 2 000 caractères).' }
  }
  const time = Date.parse(entry.date)
  if (entry.date === '' || Number.isNaN(time)) {
    return { ok: false, reason: 'Date de publication absente ou illisible.' }
  }
  const source = entry.source || feed.title || new URL(feed.url).hostname
  return {
    ok: true,
    input: {
      title: shorten(entry.title, VEILLE_LIMITS.titleLength),
      url: entry.link,
      source: shorten(source, VEILLE_LIMITS.sourceLength),
      publishedOn: new Date(time).toISOString().slice(0, 10),
      summary: shorten(entry.summary, VEILLE_LIMITS.summaryLength),
      thematiques: [],
      territories: [],
    },
  }
}

/** `text` cut to `max` characters, an ellipsis marking the cut. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}
