/**
 * Parses CSV as French spreadsheets write it: fields separated by `;`, records by CRLF, fields in
 * double quotes may hold `;`, line breaks and doubled quotes. The text must not start with a byte
 * order mark (check and strip it first). Throws on a stray or unterminated quote.
 */
export function parseSemicolonCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let index = 0
  while (index < text.length) {
    const char = text.charAt(index)
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        field += '"'
        index += 2
        continue
      }
      if (char === '"') quoted = false
      else field += char
      index += 1
      continue
    }
    if (char === '"') {
      if (field !== '') throw new Error(`stray quote at ${index}`)
      quoted = true
    } else if (char === ';') {
      record.push(field)
      field = ''
    } else if (char === '\r' && text.charAt(index + 1) === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      index += 1
    } else {
      field += char
    }
    index += 1
  }
  if (quoted) throw new Error('unterminated quoted field')
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}
