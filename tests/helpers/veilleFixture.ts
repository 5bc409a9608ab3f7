import { XMLParser } from 'fast-xml-parser'
import type { VeilleItemBody, VeilleItemView } from '@maillage/protocol'
import type { ApiClient, SessionCredential } from './apiClient.ts'

/** A veille item to propose, at an address no demo item uses. */
export function veilleBody(slug: string, overrides: Partial<VeilleItemBody> = {}): VeilleItemBody {
  return {
    title: `Note de conjoncture ${slug}`,
    url: `https://etudes.exemple.fr/notes/${slug}`,
    source: 'Observatoire de test',
    publishedOn: '2026-10-01',
    summary: 'Une note pour les tests de la veille.',
    thematiques: ['recrutement'],
    territories: ['region'],
    ...overrides,
  }
}

/** Proposes `body` as `as`; throws unless the server answers 201. */
export async function proposeVeille(
  api: ApiClient,
  as: SessionCredential,
  body: VeilleItemBody,
): Promise<VeilleItemView> {
  const response = await api.request<{ item: VeilleItemView }>('POST', '/api/veille', {
    as,
    body,
  })
  if (response.status !== 201) {
    throw new Error(`proposal refused: ${response.status} ${response.text}`)
  }
  return response.body.item
}

/** Parses a feed back (attributes as `@_name`, repeated elements always arrays). */
export function parseFeedXml(text: string): Record<string, unknown> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    isArray: (name) => ['entry', 'item', 'link', 'category', 'author'].includes(name),
  })
  return parser.parse(text) as Record<string, unknown>
}

/** The text of a parsed element, whether it has attributes (`#text`) or not. */
export function textOf(element: unknown): string {
  if (typeof element === 'string') return element
  if (typeof element === 'object' && element !== null && '#text' in element) {
    return String(element['#text'])
  }
  return ''
}
