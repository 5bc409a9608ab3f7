import { describe, expect, it } from 'vitest'
import { isSearchable, readSearchAddress, searchAddressParams } from './searchAddress.ts'

describe('searchAddress', () => {
  it('reads the query, filters and page of the address', () => {
    const search = readSearchAddress(
      new URLSearchParams('q=%20emploi%20&type=outil&espace=clpe-59004&page=3'),
    )
    expect(search).toEqual({ q: 'emploi', type: 'outil', espace: 'clpe-59004', page: 3 })
  })

  it('reads an unknown type as none and a bad page as the first', () => {
    expect(readSearchAddress(new URLSearchParams('q=a&type=courriel&page=-2'))).toEqual({
      q: 'a',
      type: '',
      espace: '',
      page: 1,
    })
    expect(readSearchAddress(new URLSearchParams('page=deux')).page).toBe(1)
  })

  it('writes back only what differs from the defaults', () => {
    const params = searchAddressParams({ q: 'Pôle emploi', type: '', espace: '', page: 1 })
    expect(params.toString()).toBe('q=P%C3%B4le+emploi')
    const filtered = searchAddressParams({ q: 'x', type: 'echange', espace: 'core', page: 2 })
    expect(filtered.toString()).toBe('q=x&type=echange&espace=core&page=2')
  })

  it('runs a query of 2 characters or more once trimmed', () => {
    expect(isSearchable(' a ')).toBe(false)
    expect(isSearchable('ab')).toBe(true)
  })
})
