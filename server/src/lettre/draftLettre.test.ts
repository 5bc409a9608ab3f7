import { describe, expect, it } from 'vitest'
import type { RichTextJson } from '@maillage/protocol'
import { draftLettre } from './draftLettre.ts'
import type { LettreFacts } from './LettreFacts.ts'

const EMPTY: LettreFacts = {
  since: '2026-10-08',
  sinceLastNumero: false,
  tools: [],
  ateliersToCome: [],
  ateliersPast: [],
  subjects: [],
  veille: [],
  fiches: [],
}

const FULL: LettreFacts = {
  ...EMPTY,
  since: '2026-11-02',
  sinceLastNumero: true,
  tools: [{ title: 'Carte des freins', href: '/documents/outil-1', detail: 'validé' }],
  ateliersToCome: [{ title: 'Webinaire COP', href: '/ateliers/a1', detail: 'le 9 décembre 2026' }],
  ateliersPast: [
    {
      title: 'Atelier BMO',
      href: '/ateliers/a0',
      detail: 'tenu le 3 novembre 2026',
      extra: { label: 'Revoir le replay', href: 'https://video.example/bmo' },
    },
  ],
  subjects: [{ title: 'Mobilité du Bassin minier', href: '/echanges/t1', detail: '3 CLPE' }],
  veille: [{ title: 'Note DARES', href: 'https://dares.example/n', detail: 'DARES' }],
  fiches: [{ title: 'Job dating Roubaix', href: '/documents/f1', detail: 'CLPE Lille' }],
}

/** Every block's plain text, and every link as `label -> href`. */
function read(doc: RichTextJson): { texts: string[]; links: string[] } {
  const texts: string[] = []
  const links: string[] = []
  const visit = (node: RichTextJson): string => {
    if (node.type === 'text') {
      const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.['href']
      if (typeof href === 'string') links.push(`${node.text ?? ''} -> ${href}`)
      return node.text ?? ''
    }
    const text = (node.content ?? []).map(visit).join('')
    if (node.type === 'heading' || node.type === 'paragraph') texts.push(text)
    return text
  }
  visit(doc)
  return { texts, links }
}

describe('draftLettre', () => {
  it('writes one section per category, each entry linked to its source', () => {
    const { texts, links } = read(draftLettre(FULL))
    expect(texts).toEqual(
      expect.arrayContaining([
        'Nouveaux outils validés par le comité de pilotage',
        'Ateliers à venir',
        'Ateliers passés et replays',
        'Sujets supra-territoriaux',
        'Veille',
        'Fiches action mises en avant par les CLPE',
      ]),
    )
    expect(links).toEqual([
      'Carte des freins -> /documents/outil-1',
      'Webinaire COP -> /ateliers/a1',
      'Atelier BMO -> /ateliers/a0',
      'Revoir le replay -> https://video.example/bmo',
      'Mobilité du Bassin minier -> /echanges/t1',
      'Note DARES -> https://dares.example/n',
      'Job dating Roubaix -> /documents/f1',
    ])
    expect(texts[0]).toBe(
      'Ce qui s’est passé dans le réseau depuis le numéro précédent, paru le 2 novembre 2026.',
    )
  })

  it('says in French that a category is empty, and from when the first numéro looks', () => {
    const { texts, links } = read(draftLettre(EMPTY))
    expect(links).toEqual([])
    expect(texts[0]).toBe('Ce qui s’est passé dans le réseau depuis le 8 octobre 2026.')
    expect(texts).toContain('Aucun atelier n’est programmé pour le moment.')
    expect(texts).toContain('Aucun élément de veille n’a été retenu pour ce numéro.')
    expect(texts.filter((text) => text.startsWith('Aucun'))).toHaveLength(6)
  })
})
