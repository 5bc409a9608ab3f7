import { describe, expect, it } from 'vitest'
import { formatTdbCsv } from './tdbCsv.ts'

describe('formatTdbCsv', () => {
  const columns = [
    { key: 'titre', header: 'Titre' },
    { key: 'statut', header: 'Statut' },
  ]

  it('writes a BOM, the headers, then one CRLF record per row with ; between fields', () => {
    const csv = formatTdbCsv({ columns, rows: [{ statut: 'En cours', titre: 'Forum emploi' }] })
    expect(csv).toBe('\uFEFFTitre;Statut\r\nForum emploi;En cours\r\n')
  })

  it('quotes fields holding ; quotes or line breaks, and defuses formulas', () => {
    const csv = formatTdbCsv({
      columns,
      rows: [{ titre: 'Un; deux "trois"\nquatre', statut: '=HYPERLINK("x")' }],
    })
    expect(csv).toBe('\uFEFFTitre;Statut\r\n"Un; deux ""trois""\nquatre";"\'=HYPERLINK(""x"")"\r\n')
  })

  it('leaves a missing value empty', () => {
    expect(formatTdbCsv({ columns, rows: [{ titre: 'Seul' }] })).toBe(
      '\uFEFFTitre;Statut\r\nSeul;\r\n',
    )
  })
})
