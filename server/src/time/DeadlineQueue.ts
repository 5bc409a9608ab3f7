import type { TimerHandle, Timers } from './Timers.ts'

/** How often a {@link DeadlineQueue} looks for what is due, by default (one second). */
export const DEFAULT_DEADLINE_SWEEP_MS = 1000

/**
 * Things that end at a given instant (the connections and event streams of a session that
 * expires), handed to `onDue` once `timers.now()` has passed their deadline. Deadlines are kept
 * by whole second, each second a set, the seconds in a min-heap: adding or removing costs a map
 * look-up (a heap push for a new second), and one sweep every `sweepMs` while anything waits
 * reads the heap's top. The sweep compares with `timers.now()` rather than trusting a timer armed
 * for the deadline, so a clock moved forward (a test's, or the wall clock after a suspend) is
 * honoured at the next sweep. Due items are handed over at most `sweepMs` after their deadline,
 * never before it.
 */
export class DeadlineQueue<T> {
  readonly #timers: Timers
  readonly #onDue: (items: T[]) => void
  readonly #sweepMs: number
  readonly #bySecond = new Map<number, Set<T>>()
  readonly #secondOf = new Map<T, number>()
  readonly #seconds: number[] = []
  #sweep: TimerHandle | undefined

  constructor(options: { timers: Timers; onDue: (items: T[]) => void; sweepMs?: number }) {
    this.#timers = options.timers
    this.#onDue = options.onDue
    this.#sweepMs = options.sweepMs ?? DEFAULT_DEADLINE_SWEEP_MS
  }

  /** Number of items waiting. */
  get size(): number {
    return this.#secondOf.size
  }

  /** Waits for `deadlineMs` (epoch milliseconds) for `item`; replaces its earlier deadline. */
  add(item: T, deadlineMs: number): void {
    this.delete(item)
    const second = Math.ceil(deadlineMs / 1000)
    let items = this.#bySecond.get(second)
    if (items === undefined) {
      items = new Set()
      this.#bySecond.set(second, items)
      pushHeap(this.#seconds, second)
    }
    items.add(item)
    this.#secondOf.set(item, second)
    this.#arm()
  }

  /** Forgets `item` (it ended otherwise); nothing happens if it is not waiting. */
  delete(item: T): void {
    const second = this.#secondOf.get(item)
    if (second === undefined) return
    this.#secondOf.delete(item)
    // An emptied second stays in the heap until it is due: it costs one number, and is dropped then.
    this.#bySecond.get(second)?.delete(item)
    if (this.#secondOf.size === 0) this.#disarm()
  }

  /** Forgets everything and stops sweeping. */
  clear(): void {
    this.#bySecond.clear()
    this.#secondOf.clear()
    this.#seconds.length = 0
    this.#disarm()
  }

  #arm(): void {
    if (this.#sweep !== undefined) return
    this.#sweep = this.#timers.setTimeout(() => {
      this.#sweep = undefined
      this.#handDue()
      if (this.#secondOf.size > 0) this.#arm()
    }, this.#sweepMs)
    // Waiting deadlines never keep a process alive on their own.
    this.#sweep.unref()
  }

  #disarm(): void {
    if (this.#sweep === undefined) return
    this.#timers.clearTimeout(this.#sweep)
    this.#sweep = undefined
    this.#seconds.length = 0
    this.#bySecond.clear()
  }

  #handDue(): void {
    const now = this.#timers.now()
    const due: T[] = []
    for (
      let top = this.#seconds[0];
      top !== undefined && top * 1000 <= now;
      top = this.#seconds[0]
    ) {
      popHeap(this.#seconds)
      for (const item of this.#bySecond.get(top) ?? []) {
        this.#secondOf.delete(item)
        due.push(item)
      }
      this.#bySecond.delete(top)
    }
    if (due.length > 0) this.#onDue(due)
  }
}

function pushHeap(heap: number[], value: number): void {
  heap.push(value)
  let index = heap.length - 1
  while (index > 0) {
    const parent = (index - 1) >> 1
    const parentValue = heap[parent] as number
    if (parentValue <= value) break
    heap[index] = parentValue
    index = parent
  }
  heap[index] = value
}

function popHeap(heap: number[]): void {
  const last = heap.pop()
  if (last === undefined || heap.length === 0) return
  let index = 0
  for (;;) {
    const left = 2 * index + 1
    if (left >= heap.length) break
    const right = left + 1
    const child =
      right < heap.length && (heap[right] as number) < (heap[left] as number) ? right : left
    if ((heap[child] as number) >= last) break
    heap[index] = heap[child] as number
    index = child
  }
  heap[index] = last
}
