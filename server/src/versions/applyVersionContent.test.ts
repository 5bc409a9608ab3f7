import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyVersionContent } from './applyVersionContent.ts'

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph')
  element.insert(0, [new Y.XmlText(text)])
  return element
}

/** A document with a title, a text field, a list field and a body of paragraphs. */
function documentOf(options: { title: string; objet: string; acteurs: string[]; body: string[] }) {
  const doc = new Y.Doc()
  doc.transact(() => {
    doc.getText('title').insert(0, options.title)
    const fields = doc.getMap('fields')
    const objet = new Y.Text()
    objet.insert(0, options.objet)
    fields.set('objet', objet)
    const acteurs = new Y.Array<Y.Map<unknown>>()
    acteurs.push(
      options.acteurs.map(
        (name, index) =>
          new Y.Map<unknown>([
            ['id', `a${index}`],
            ['nom', name],
          ]),
      ),
    )
    fields.set('acteurs', acteurs)
    doc.getXmlFragment('body').insert(0, options.body.map(paragraph))
  })
  return doc
}

describe('applyVersionContent', () => {
  it('makes title, fields and body those of the version as one change the others receive', () => {
    const version = documentOf({
      title: 'Avis retenu',
      objet: 'Budget 2026',
      acteurs: ['Mission locale'],
      body: ['Texte retenu.'],
    })
    const live = new Y.Doc()
    Y.applyUpdate(live, Y.encodeStateAsUpdate(version))
    live.transact(() => {
      live.getText('title').insert(0, 'Brouillon — ')
      live.getMap('fields').set('ajout', 'valeur')
      live.getXmlFragment('body').insert(1, [paragraph('Ajout à écarter.')])
    })
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(live))
    live.on('update', (update: Uint8Array) => {
      Y.applyUpdate(peer, update)
    })

    live.transact(() => {
      applyVersionContent(live, version)
    })
    for (const doc of [live, peer]) {
      expect(doc.getText('title').toString()).toBe('Avis retenu')
      expect(doc.getMap('fields').toJSON()).toEqual(version.getMap('fields').toJSON())
      expect(doc.getXmlFragment('body').toString()).toBe(version.getXmlFragment('body').toString())
    }
  })

  it('leaves a text field that did not change as the same shared text', () => {
    const version = documentOf({ title: 'Avis', objet: 'Budget', acteurs: [], body: [] })
    const live = new Y.Doc()
    Y.applyUpdate(live, Y.encodeStateAsUpdate(version))
    const objet = live.getMap('fields').get('objet')
    live.transact(() => {
      live.getText('title').insert(4, ' modifié')
    })
    applyVersionContent(live, version)
    expect(live.getMap('fields').get('objet')).toBe(objet)
    expect(live.getText('title').toString()).toBe('Avis')
  })
})
