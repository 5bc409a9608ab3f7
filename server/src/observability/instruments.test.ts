import { describe, expect, it } from 'vitest'
import {
  CounterInstrument,
  GaugeInstrument,
  HistogramInstrument,
  LabelledCounterInstrument,
} from './instruments.ts'

describe('instruments', () => {
  it('writes a counter with its help and type, and refuses to count down', () => {
    const frames = new CounterInstrument('maillage_frames_total', 'Frames.')
    frames.inc()
    frames.inc(41)
    expect(frames.render()).toBe(
      '# HELP maillage_frames_total Frames.\n# TYPE maillage_frames_total counter\nmaillage_frames_total 42\n',
    )
    expect(() => {
      frames.inc(-1)
    }).toThrow(RangeError)
  })

  it('writes one sample per label value, escaping quotes, backslashes and line feeds', () => {
    const closes = new LabelledCounterInstrument('maillage_closes_total', 'Closes.', 'code')
    closes.inc({ code: '1000' })
    closes.inc({ code: '1000' })
    closes.inc({ code: 'a"b\\c\nd' }, 3)
    expect(closes.render().split('\n').slice(2)).toEqual([
      'maillage_closes_total{code="1000"} 2',
      'maillage_closes_total{code="a\\"b\\\\c\\nd"} 3',
      '',
    ])
  })

  it('reads a gauge when written', () => {
    let rooms = 1
    const gauge = new GaugeInstrument('maillage_rooms', 'Rooms.', () => rooms)
    expect(gauge.render()).toContain('\nmaillage_rooms 1\n')
    rooms = 5
    expect(gauge.render()).toContain('# TYPE maillage_rooms gauge\nmaillage_rooms 5\n')
  })

  it('writes cumulative buckets, +Inf, the sum and the count of a histogram', () => {
    const saves = new HistogramInstrument('maillage_save_seconds', 'Saves.', [0.01, 0.1, 1])
    for (const seconds of [0.005, 0.01, 0.05, 2]) saves.observe(seconds)
    expect(saves.render().split('\n').slice(1)).toEqual([
      '# TYPE maillage_save_seconds histogram',
      'maillage_save_seconds_bucket{le="0.01"} 2',
      'maillage_save_seconds_bucket{le="0.1"} 3',
      'maillage_save_seconds_bucket{le="1"} 3',
      'maillage_save_seconds_bucket{le="+Inf"} 4',
      'maillage_save_seconds_sum 2.065',
      'maillage_save_seconds_count 4',
      '',
    ])
  })
})
