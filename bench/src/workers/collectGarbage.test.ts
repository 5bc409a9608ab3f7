import { describe, expect, it } from 'vitest'
import { collectGarbage } from './collectGarbage.ts'

describe('collectGarbage', () => {
  it('frees what nothing references any more before returning', () => {
    collectGarbage()
    const holder: { rows: number[][] | null } = {
      rows: Array.from({ length: 200 }, (_, row) =>
        Array.from({ length: 5_000 }, (_, column) => row + column + 0.5),
      ),
    }
    const withGarbage = collectGarbage()
    expect(holder.rows).toHaveLength(200)
    holder.rows = null
    const after = collectGarbage()
    // 10^6 doubles, 8 bytes each in their arrays: about 7.6 MiB, gone once collected.
    expect(withGarbage - after).toBeGreaterThan(6 * 1024 * 1024)
  })
})
