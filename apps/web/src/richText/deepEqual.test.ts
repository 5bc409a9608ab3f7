import { describe, expect, it } from 'vitest'
import { deepEqual } from './deepEqual.ts'

describe('deepEqual', () => {
  it('compares primitives by value, NaN included', () => {
    expect(deepEqual(1, 1)).toBe(true)
    expect(deepEqual('a', 'a')).toBe(true)
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true)
    expect(deepEqual(1, '1')).toBe(false)
    expect(deepEqual(null, undefined)).toBe(false)
    expect(deepEqual(null, {})).toBe(false)
  })

  it('compares nested arrays and plain objects by content', () => {
    const state = { buttons: { bold: { active: true, enabled: true } }, list: [1, [2, 3]] }
    expect(deepEqual(state, structuredClone(state))).toBe(true)
    expect(deepEqual(state, { ...state, list: [1, [2, 4]] })).toBe(false)
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false)
    expect(deepEqual([1, 2], [1, 2, 3])).toBe(false)
    expect(deepEqual([], {})).toBe(false)
  })

  it('compares dates, maps and sets by content', () => {
    expect(deepEqual(new Date(5), new Date(5))).toBe(true)
    expect(deepEqual(new Date(5), new Date(6))).toBe(false)
    expect(deepEqual(new Map([['a', { x: 1 }]]), new Map([['a', { x: 1 }]]))).toBe(true)
    expect(deepEqual(new Map([['a', 1]]), new Map([['b', 1]]))).toBe(false)
    expect(deepEqual(new Set([{ x: 1 }, 2]), new Set([2, { x: 1 }]))).toBe(true)
    expect(deepEqual(new Set([1, 2]), new Set([1, 3]))).toBe(false)
  })

  it('tells instances of different classes apart', () => {
    class Point {
      readonly x: number
      constructor(x: number) {
        this.x = x
      }
    }
    expect(deepEqual(new Point(1), new Point(1))).toBe(true)
    expect(deepEqual(new Point(1), { x: 1 })).toBe(false)
  })
})
