import { createHash, randomBytes } from 'node:crypto'

/** A new random secret (256 bits), URL-safe: session tokens, invitation links, access tokens. */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url')
}

/** The SHA-256 of a secret, hex: what the store keeps instead of the secret itself. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}
