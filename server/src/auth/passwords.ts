import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/** Shortest password accepted, in characters. */
export const MIN_PASSWORD_LENGTH = 12

/**
 * scrypt cost: one of OWASP's equivalent minimum settings (N=2^14, r=8, p=5), chosen over N=2^17
 * for its 16 MiB of memory per hash instead of 128 MiB; about 0.25 s per hash on this hardware.
 */
const COST = { N: 2 ** 14, r: 8, p: 5 } as const
const KEY_BYTES = 32
const SALT_BYTES = 16

function deriveKey(password: string, salt: Buffer, cost: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const maxmem = 256 * (cost.N ?? 1) * (cost.r ?? 1)
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...cost, maxmem }, (error, key) => {
      if (error === null) resolve(key)
      else reject(error)
    })
  })
}

/** Hashes a password with scrypt and a random salt: `scrypt$N$r$p$<salt b64>$<key b64>`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await deriveKey(password, salt, COST)
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join(
    '$',
  )
}

/**
 * A well-formed hash at the current cost that no password matches (its key is all zeros): checking
 * a password against it takes as long as against a real hash, so that the login of an unknown
 * address is not answered faster than a wrong password, which would tell which addresses exist.
 */
export const UNMATCHABLE_PASSWORD_HASH = [
  'scrypt',
  COST.N,
  COST.r,
  COST.p,
  Buffer.alloc(SALT_BYTES).toString('base64'),
  Buffer.alloc(KEY_BYTES).toString('base64'),
].join('$')

/**
 * Tells whether `password` matches a hash made by {@link hashPassword}, in constant time.
 * A malformed hash never matches.
 */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = hash.split('$')
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return false
  const expected = Buffer.from(key, 'base64')
  const cost = { N: Number(n), r: Number(r), p: Number(p) }
  if (![cost.N, cost.r, cost.p].every(Number.isSafeInteger)) return false
  const actual = await deriveKey(password, Buffer.from(salt, 'base64'), cost)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/**
 * The `passwordHash` of an account without a password (made by an OpenID sign-in): no password
 * matches it, and checking one takes as long as against a real hash.
 */
export const NO_PASSWORD_HASH = UNMATCHABLE_PASSWORD_HASH

/** Whether some password opens an account of this hash (false for {@link NO_PASSWORD_HASH}). */
export function hasPassword(passwordHash: string): boolean {
  return passwordHash !== NO_PASSWORD_HASH
}
