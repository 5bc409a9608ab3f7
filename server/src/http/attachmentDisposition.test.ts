import { describe, expect, it } from 'vitest'
import { attachmentDisposition } from './attachmentDisposition.ts'

describe('attachmentDisposition', () => {
  it('names the file in ASCII and in UTF-8 after the title', () => {
    expect(attachmentDisposition('Fiche action : mobilité (2026)', 'csv')).toBe(
      'attachment; filename="Fiche-action-mobilite-2026.csv"; ' +
        "filename*=UTF-8''Fiche%20action%20mobilit%C3%A9%20%282026%29.csv",
    )
  })

  it('keeps quotes and path separators out of both names', () => {
    const header = attachmentDisposition('"../../etc/passwd"', 'csv')
    expect(header).toBe(
      'attachment; filename="etc-passwd.csv"; filename*=UTF-8\'\'..%20..%20etc%20passwd.csv',
    )
  })

  it('falls back to "export" when nothing of the title is ASCII', () => {
    expect(attachmentDisposition('———', 'csv')).toBe(
      'attachment; filename="export.csv"; filename*=UTF-8\'\'%E2%80%94%E2%80%94%E2%80%94.csv',
    )
  })

  it('removes bidirectional overrides, isolates and marks from both names', () => {
    const bidi = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c'
    const header = attachmentDisposition(`rapport${bidi}fdp.exe`, 'csv')
    expect(header).toBe(
      'attachment; filename="rapportfdp-exe.csv"; filename*=UTF-8\'\'rapportfdp.exe.csv',
    )
  })

  it('removes other invisible format and control characters but keeps the joiners of emoji', () => {
    const header = attachmentDisposition('a\u200bb\ufeffc\u0007d \u{1f469}\u200d\u{1f4bb}', 'csv')
    expect(header).toBe(
      'attachment; filename="abc-d.csv"; filename*=UTF-8\'\'abc%20d%20%F0%9F%91%A9%E2%80%8D%F0%9F%92%BB.csv',
    )
  })

  it('never cuts a character in two nor lets a lone surrogate through', () => {
    const header = attachmentDisposition(`${'a'.repeat(79)}\u{1f600}\u{1f600} \ud800`, 'csv')
    expect(header).toContain(`filename*=UTF-8''${'a'.repeat(79)}%F0%9F%98%80.csv`)
    expect(attachmentDisposition('x\udc00y', 'csv')).toContain("filename*=UTF-8''x%20y.csv")
  })
})
