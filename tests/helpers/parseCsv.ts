/**
 * Parses CSV text as RFC 4180 defines it: fields separated by commas, records by CRLF (or LF),
 * fields in double quotes may hold commas, line breaks and doubled quotes. Throws on a stray quote
 * or an unterminated quoted field, so that malformed CSV fails the test that reads it.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let index = 0
  const endField = (): void => {
    record.push(field)
    field = ''
  }
  while (index < text.length) {
    const char = text.charAt(index)
    if (char === '"') {
      if (field !== '') throw new Error(`stray quote at ${index}`)
      const closing = findClosingQuote(text, index + 1)
      field = text.slice(index + 1, closing).replaceAll('""', '"')
      index = closing + 1
      if (index < text.length && !',\r\n'.includes(text.charAt(index))) {
        throw new Error(`text after a quoted field at ${index}`)
      }
    } else if (char === ',') {
      endField()
      index += 1
    } else if (char === '\r' || char === '\n') {
      endField()
      records.push(record)
      record = []
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1
    } else {
      field += char
      index += 1
    }
  }
  if (field !== '' || record.length > 0) {
    endField()
    records.push(record)
  }
  return records
}

function findClosingQuote(text: string, from: number): number {
  let index = from
  for (;;) {
    const quote = text.indexOf('"', index)
    if (quote === -1) throw new Error(`unterminated quoted field from ${from - 1}`)
    if (text[quote + 1] !== '"') return quote
    index = quote + 2
  }
}
