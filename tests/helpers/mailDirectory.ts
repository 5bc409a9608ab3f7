import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'

/**
 * The token of the unsubscribe page linked from a mail to `address` among the `.eml` files the
 * server wrote to `directory` (no SMTP configured); throws while there is none, for `waitFor`.
 */
export async function unsubscribeTokenOfMailTo(
  directory: string,
  address: string,
): Promise<string> {
  const names = (await readdir(directory).catch(() => [])).filter((name) => name.endsWith('.eml'))
  for (const name of names) {
    const parsed = await simpleParser(await readFile(join(directory, name)))
    const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to]
    if (!to.some((entry) => entry?.text.includes(address) === true)) continue
    const token = /\/desabonnement\/([A-Za-z0-9_.-]+)/.exec(parsed.text ?? '')?.[1]
    if (token !== undefined) return token
  }
  throw new Error(`no mail to ${address} with an unsubscribe link in ${directory}`)
}
