import type { FieldValues } from './FieldValues.ts'
import type { KindDefinition } from './KindDefinition.ts'
import { choiceField, dateField, lineField, listField } from './fields/defineFields.ts'
import { indexValues } from './fields/indexValues.ts'

/** What a source of a synthèse is: a document of Maillage, an item of the veille, a web page. */
export const SYNTHESE_SOURCE_TYPE_OPTIONS = [
  { value: 'document', label: 'Document de Maillage' },
  { value: 'veille', label: 'Élément de veille' },
  { value: 'lien', label: 'Page web' },
] as const

/** Longest address of a source, in characters. */
const SOURCE_LINK_MAX_LENGTH = 2000

/**
 * A synthèse de rapports: a reading of several reports, notes and documents whose every passage
 * cites its sources. The sources are a list field (label, type, reference); the body cites them as
 * ordinary links (`citationHref`), so exports and plain text carry them like any link.
 */
export const syntheseKind: KindDefinition = {
  kind: 'synthese',
  label: 'Synthèse de rapports',
  description:
    'La synthèse de plusieurs rapports ou documents, dont chaque passage cite ses sources avec un lien.',
  sections: [
    {
      title: 'Synthèse',
      fields: [
        dateField('date', 'Date'),
        listField('sources', 'Sources', {
          itemLabel: 'Source',
          addLabel: 'une source',
          hint: 'Chaque source se cite dans le texte avec « Citer une source ».',
          fields: [
            lineField('libelle', 'Libellé', { hint: 'Ex. : Rapport de la DARES, mars 2026' }),
            choiceField('type', 'Type de source', SYNTHESE_SOURCE_TYPE_OPTIONS),
            lineField('reference', 'Document ou élément de veille', {
              hint: 'L’identifiant ou l’adresse du document de Maillage (/documents/…), ou l’identifiant de l’élément de veille.',
              maxLength: SOURCE_LINK_MAX_LENGTH,
            }),
            lineField('lien', 'Adresse web', {
              hint: 'Pour une page web ou un élément de veille : https://…',
              maxLength: SOURCE_LINK_MAX_LENGTH,
            }),
          ],
        }),
      ],
    },
  ],
  statusField: null,
  statuses: [],
  template: [
    { type: 'heading', level: 2, text: 'En bref' },
    { type: 'paragraph', text: 'Les conclusions communes des sources, en quelques lignes.' },
    { type: 'heading', level: 2, text: 'Ce que disent les sources' },
    { type: 'paragraph', text: 'Chaque constat, suivi du lien vers la source qui l’établit.' },
    { type: 'heading', level: 2, text: 'Ce que cela change pour les CLPE' },
    { type: 'paragraph', text: 'Les conséquences pour les territoires et les pistes d’action.' },
  ],
  index: (values: FieldValues) => indexValues(values, { statusField: null, keyFields: ['date'] }),
  quality: null,
}

/** One source of a synthèse as its list item holds it. */
export interface SyntheseSource {
  readonly libelle: string
  /** `document`, `veille`, `lien`, or '' while not chosen. */
  readonly type: string
  readonly reference: string
  readonly lien: string
}

const DOCUMENT_PATH = /^\/documents\/([A-Za-z0-9_-]{1,128})$/u
const BARE_ID = /^[A-Za-z0-9_-]{1,128}$/u

function httpsOrHttp(value: string): string | null {
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    // Not an address: the source cannot be cited until one is given.
    return null
  }
}

function documentHref(reference: string): string | null {
  const trimmed = reference.trim()
  const path = DOCUMENT_PATH.exec(trimmed)?.[1]
  if (path !== undefined) return `/documents/${path}`
  if (BARE_ID.test(trimmed)) return `/documents/${trimmed}`
  // A full address of a document of this workspace (copied from the browser).
  const url = httpsOrHttp(trimmed)
  const fromUrl = url === null ? undefined : DOCUMENT_PATH.exec(new URL(url).pathname)?.[1]
  return fromUrl === undefined ? null : `/documents/${fromUrl}`
}

/**
 * The address a citation of `source` links to: a document opens in the app (`/documents/<id>`),
 * a veille item and a web page at their address; null while the source lacks what it needs.
 */
export function citationHref(source: SyntheseSource): string | null {
  switch (source.type) {
    case 'document':
      return documentHref(source.reference)
    case 'veille':
    case 'lien':
      return httpsOrHttp(source.lien)
    default:
      return null
  }
}
