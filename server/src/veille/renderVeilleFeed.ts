import { THEMATIQUE_OPTIONS } from '@maillage/schema'
import type { VeilleItem } from '../persistence/records/VeilleItem.ts'
import { veilleItemPath } from './veillePaths.ts'
import { veilleTerritoryLabel } from './veilleTerritories.ts'

/** The formats of the veille's feed: Atom 1.0 (RFC 4287) and RSS 2.0. */
export type VeilleFeedFormat = 'atom' | 'rss'

/** The media type of each format. */
export const VEILLE_FEED_MEDIA_TYPES: Readonly<Record<VeilleFeedFormat, string>> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
}

/**
 * The veille's feed of `items` (published ones, newest first) in `format`. Every element RFC 4287
 * requires is there: the feed's id, title, updated and author; each entry's id (the item's
 * address on this server, stable), title, updated (its last change), link to the page it is
 * about, and author (its source). `selfUrl` is the feed's own address, without its secret.
 */
export async function renderVeilleFeed(
  items: readonly VeilleItem[],
  options: { format: VeilleFeedFormat; origin: string; selfUrl: string; now: Date },
): Promise<string> {
  // feed (with xml-js and sax) is loaded at the first feed asked for, not with the server: most
  // processes never serve one, and its modules stay resident once loaded.
  const { Feed } = await import('feed')
  const dates = items.map(changedAt)
  const updated = dates.length === 0 ? options.now : new Date(Math.max(...dates.map(Number)))
  const feed = new Feed({
    id: `${options.origin}/veille`,
    title: 'Veille du Réseau pour l’emploi — Hauts-de-France',
    description:
      'Études, notes et actualités sur l’emploi, la formation et les territoires, choisies par l’équipe régionale.',
    link: `${options.origin}/veille`,
    language: 'fr',
    updated,
    generator: 'Maillage',
    copyright: 'Chaque élément appartient à sa source.',
    author: { name: 'Équipe régionale d’animation des CLPE' },
    feedLinks: options.format === 'atom' ? { atom: options.selfUrl } : { rss: options.selfUrl },
  })
  for (const [index, item] of items.entries()) {
    feed.addItem({
      id: `${options.origin}${veilleItemPath(item.id)}`,
      guid: `${options.origin}${veilleItemPath(item.id)}`,
      title: item.title,
      link: item.url,
      date: dates[index] ?? options.now,
      published: new Date(`${item.publishedOn}T00:00:00Z`),
      description: item.summary === '' ? item.title : item.summary,
      author: [{ name: item.source }],
      category: [
        ...item.thematiques.map((value) => ({
          name: THEMATIQUE_OPTIONS.find((option) => option.value === value)?.label ?? value,
          term: value,
        })),
        ...item.territories.map((token) => ({ name: veilleTerritoryLabel(token), term: token })),
      ],
    })
  }
  return options.format === 'atom' ? feed.atom1() : feed.rss2()
}

function changedAt(item: VeilleItem): Date {
  return new Date(item.curatedAt ?? item.updatedAt ?? item.addedAt)
}
