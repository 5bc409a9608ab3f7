/**
 * `value` as a PostgreSQL connection URL (`postgres://` or `postgresql://`, with a host), or what
 * is wrong with it, in a sentence that follows the variable's name (`DATABASE_URL …`).
 */
export function parseDatabaseUrl(value: string): { url: string } | { problem: string } {
  const example = 'e.g. postgres://maillage:secret@db.example.fr:5432/maillage'
  if (value.trim() === '') return { problem: `is empty: set a PostgreSQL URL, ${example}` }
  if (!URL.canParse(value.trim())) return { problem: `is not a URL: ${example}` }
  const url = new URL(value.trim())
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return { problem: `must start with postgres:// or postgresql://, ${example}` }
  }
  if (url.hostname === '' && !url.searchParams.has('host')) {
    return { problem: `names no host: ${example}` }
  }
  return { url: value.trim() }
}
