import type * as Y from 'yjs'
import {
  DocumentRoot,
  citationHref,
  itemsValue,
  readFields,
  stringValue,
  syntheseKind,
} from '@maillage/schema'
import type { CitableSource } from './syntheseSources.ts'

/** The sources of the synthèse `doc`, as its `sources` field holds them now. */
export function readSyntheseSources(doc: Y.Doc): CitableSource[] {
  const { values } = readFields(syntheseKind, doc.getMap<unknown>(DocumentRoot.Fields).toJSON())
  return itemsValue(values, 'sources').map((item) => {
    const source = {
      libelle: stringValue(item.values, 'libelle').trim(),
      type: stringValue(item.values, 'type'),
      reference: stringValue(item.values, 'reference'),
      lien: stringValue(item.values, 'lien'),
    }
    return { id: item.id, ...source, href: citationHref(source) }
  })
}
