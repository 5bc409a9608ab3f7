import { describe, expect, it } from 'vitest'
import { identityOf } from './oidcIdentity.ts'

const ISSUER = 'https://auth.proconnect.gouv.fr/api/v2'

describe('identityOf', () => {
  it('reads ProConnect’s claims: lower-cased address, given and usual names, SIRET', () => {
    expect(
      identityOf(ISSUER, {
        sub: 'abc',
        email: 'Agnes.Martin@Travail.Gouv.fr',
        given_name: 'Agnès',
        usual_name: 'Martin',
        siret: '11000201100044',
      }),
    ).toEqual({
      issuer: ISSUER,
      subject: 'abc',
      email: 'agnes.martin@travail.gouv.fr',
      name: 'Agnès Martin',
      siret: '11000201100044',
    })
  })

  it('falls back on the family name, then the address; drops a malformed SIRET', () => {
    const family = identityOf(ISSUER, {
      sub: 'a',
      email: 'a@b.fr',
      family_name: 'Dupont',
      siret: '12',
    })
    expect(family).toEqual({ issuer: ISSUER, subject: 'a', email: 'a@b.fr', name: 'Dupont' })
    expect(identityOf(ISSUER, { sub: 'a', email: 'a@b.fr' })).toMatchObject({ name: 'a@b.fr' })
  })

  it('refuses an identity without address, or whose address is said unverified', () => {
    expect(identityOf(ISSUER, { sub: 'a' })).toEqual({ problem: 'adresse-manquante' })
    expect(identityOf(ISSUER, { sub: 'a', email: 'a@b.fr', email_verified: false })).toEqual({
      problem: 'adresse-non-verifiee',
    })
    expect(identityOf(ISSUER, { sub: 'a', email: 'a@b.fr', email_verified: 'false' })).toEqual({
      problem: 'adresse-non-verifiee',
    })
    expect(identityOf(ISSUER, { sub: 'a', email: 'a@b.fr', email_verified: true })).toMatchObject({
      email: 'a@b.fr',
    })
  })
})
