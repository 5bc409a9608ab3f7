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
})
