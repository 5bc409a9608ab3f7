import { describe, expect, it } from 'vitest'
import { parseDatabaseUrl } from './parseDatabaseUrl.ts'

describe('parseDatabaseUrl', () => {
  it('accepts postgres:// and postgresql:// URLs with a host', () => {
    for (const url of [
      'postgres://maillage:secret@db.example.fr:5432/maillage',
      'postgresql://127.0.0.1/maillage?sslmode=require',
    ]) {
      expect(parseDatabaseUrl(url)).toEqual({ url })
    }
  })

  it('says what is wrong with an empty value, another scheme, a non-URL or no host', () => {
    expect(parseDatabaseUrl(' ')).toMatchObject({
      problem: expect.stringContaining('empty') as unknown,
    })
    expect(parseDatabaseUrl('mysql://db/maillage')).toMatchObject({
      problem: expect.stringContaining('postgres://') as unknown,
    })
    expect(parseDatabaseUrl('db.example.fr')).toMatchObject({
      problem: expect.stringContaining('not a URL') as unknown,
    })
    expect(parseDatabaseUrl('postgres:///maillage')).toMatchObject({
      problem: expect.stringContaining('no host') as unknown,
    })
  })
})
