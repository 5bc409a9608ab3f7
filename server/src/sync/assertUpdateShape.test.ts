import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  MAX_KEYS_PER_MAP,
  MAX_NEW_TYPES_PER_UPDATE,
  assertUpdateShape,
} from './assertUpdateShape.ts'
import { MAX_RICH_TEXT_DEPTH } from './documentShape.ts'
import { UpdateShapeErrorCode } from './UpdateShapeError.ts'

/** A server doc and a client doc in sync; `change` checks the client's next update on the server. */
function pair(setup: (doc: Y.Doc) => void = () => undefined) {
  const server = new Y.Doc()
  setup(server)
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  const change = (edit: (doc: Y.Doc) => void): (() => void) => {
    const before = Y.encodeStateVector(client)
    client.transact(() => {
      edit(client)
    })
    const update = Y.encodeStateAsUpdate(client, before)
    return () => {
      assertUpdateShape(server, update)
      Y.applyUpdate(server, update)
    }
  }
  return { server, client, change }
}

/** A fiche action's fields as the server creates them. */
function withFiche(doc: Y.Doc): void {
  const fields = doc.getMap<unknown>('fields')
  fields.set('problematique', new Y.Text())
  fields.set('publics', new Y.Map<boolean>())
  fields.set('acteurs', new Y.Array<Y.Map<unknown>>())
  fields.set('statut', 'en-projet')
}

/** Nests `levels` maps under `key` of `map`, each set once its parent is in the document. */
function nestMaps(map: Y.Map<unknown>, key: string, levels: number): void {
  let current = map
  let at = key
  for (let level = 0; level < levels; level++) {
    const child = new Y.Map<unknown>()
    current.set(at, child)
    current = child
    at = 'x'
  }
}

describe('assertUpdateShape', () => {
  it('passes what the web app writes: text, options, list items with their texts', () => {
    const { change } = pair(withFiche)
    change((doc) => {
      const fields = doc.getMap<unknown>('fields')
      ;(fields.get('problematique') as Y.Text).insert(0, 'Des jeunes sans solution')
      ;(fields.get('publics') as Y.Map<boolean>).set('jeunes', true)
      const item = new Y.Map<unknown>()
      item.set('id', 'a1')
      item.set('order', 1)
      item.set('nom', new Y.Text('Mission locale'))
      item.set('role', new Y.Text('Pilote'))
      ;(fields.get('acteurs') as Y.Array<Y.Map<unknown>>).push([item])
      doc.getText('title').insert(0, 'Fiche')
    })()
  })

  it('passes a field replaced by a new shared type, whose key travels with its neighbour', () => {
    const { change } = pair(withFiche)
    change((doc) => {
      doc.getMap<unknown>('fields').set('problematique', new Y.Text('Autre'))
    })()
  })

  it('passes rich text nested as deep as people write it', () => {
    const { change } = pair()
    change((doc) => {
      let parent: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment('body')
      for (let level = 0; level < 20; level++) {
        const list = new Y.XmlElement('bulletList')
        const item = new Y.XmlElement('listItem')
        list.insert(0, [item])
        parent.insert(0, [list])
        parent = item
      }
      parent.insert(0, [new Y.XmlText('au fond')])
    })()
  })

  it('refuses 20,000 nested maps under fields, without overflowing the stack', () => {
    const { change } = pair(withFiche)
    const apply = change((doc) => {
      nestMaps(doc.getMap<unknown>('fields'), 'poison', 20_000)
    })
    expect(apply).toThrow(expect.objectContaining({ code: UpdateShapeErrorCode.TooDeep }))
  })

  it('refuses nesting built one level per update', () => {
    const { client, change } = pair(withFiche)
    change((doc) => {
      doc.getMap<unknown>('fields').set('poison', new Y.Map())
    })()
    const apply = change(() => {
      ;(client.getMap<unknown>('fields').get('poison') as Y.Map<unknown>).set('x', new Y.Map())
    })
    expect(apply).toThrow(expect.objectContaining({ code: UpdateShapeErrorCode.TooDeep }))
  })

  it('refuses a shared type inside a list item field that the kind keeps as text', () => {
    const { client, change } = pair(withFiche)
    change((doc) => {
      const item = new Y.Map<unknown>()
      item.set('nom', new Y.Text('Mission locale'))
      ;(doc.getMap<unknown>('fields').get('acteurs') as Y.Array<Y.Map<unknown>>).push([item])
    })()
    const apply = change(() => {
      const acteurs = client.getMap<unknown>('fields').get('acteurs') as Y.Array<Y.Map<unknown>>
      nestMaps(acteurs.get(0), 'nom', 2)
    })
    expect(apply).toThrow(expect.objectContaining({ code: UpdateShapeErrorCode.TooDeep }))
  })

  it('refuses rich text nested deeper than the limit', () => {
    const { change } = pair()
    const apply = change((doc) => {
      let parent: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment('body')
      for (let level = 0; level <= MAX_RICH_TEXT_DEPTH; level++) {
        const element = new Y.XmlElement('blockquote')
        parent.insert(0, [element])
        parent = element
      }
    })
    expect(apply).toThrow(expect.objectContaining({ code: UpdateShapeErrorCode.TooDeep }))
  })

  it('refuses shared types in the title and the meta map', () => {
    const { change } = pair()
    const apply = change((doc) => {
      doc.getMap<unknown>('meta').set('kind', new Y.Map())
    })
    expect(apply).toThrow(expect.objectContaining({ code: UpdateShapeErrorCode.TooDeep }))
  })

  it('refuses an update creating too many shared types', () => {
    const { change } = pair()
    const apply = change((doc) => {
      const notes = Array.from({ length: MAX_NEW_TYPES_PER_UPDATE + 1 }, () => new Y.Map())
      doc.getArray<Y.Map<unknown>>('wall').push(notes)
    })
    expect(apply).toThrow(expect.objectContaining({ code: UpdateShapeErrorCode.TooManyTypes }))
  })

  it('refuses a map growing beyond its number of keys, across updates', () => {
    const { client, change } = pair(withFiche)
    const publics = (): Y.Map<boolean> =>
      client.getMap<unknown>('fields').get('publics') as Y.Map<boolean>
    change(() => {
      for (let key = 0; key < MAX_KEYS_PER_MAP - 10; key++) publics().set(`k${key}`, true)
    })()
    change(() => {
      publics().set('k0', false)
    })()
    const apply = change(() => {
      for (let key = 0; key < 20; key++) publics().set(`autre${key}`, true)
    })
    expect(apply).toThrow(expect.objectContaining({ code: UpdateShapeErrorCode.TooManyKeys }))
  })

  it('refuses a new type hanging from content the server does not have', () => {
    const { client, change } = pair(withFiche)
    change((doc) => {
      doc.getArray<Y.Map<unknown>>('wall').push([new Y.Map()])
    })
    // The first update never reaches the server: the second builds on it.
    const apply = change(() => {
      client.getArray<Y.Map<unknown>>('wall').get(0).set('votes', new Y.Map())
    })
    expect(apply).toThrow(expect.objectContaining({ code: UpdateShapeErrorCode.Unresolved }))
  })

  it('ignores what the server already holds, as in a reconnecting client’s sync step 2', () => {
    const { server, client, change } = pair(withFiche)
    change((doc) => {
      ;(doc.getMap<unknown>('fields').get('problematique') as Y.Text).insert(0, 'Texte')
    })()
    const whole = Y.encodeStateAsUpdate(client)
    expect(() => {
      assertUpdateShape(server, whole)
    }).not.toThrow()
  })

  it('refuses subdocuments', () => {
    const { change } = pair()
    const apply = change((doc) => {
      doc.getMap<unknown>('fields').set('annexe', new Y.Doc())
    })
    expect(apply).toThrow(expect.objectContaining({ code: UpdateShapeErrorCode.Subdocument }))
  })
})
