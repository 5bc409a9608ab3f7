// The instruments of Maillage's own metrics, each a number or a few kept in memory and written in
// the Prometheus text exposition format (version 0.0.4) when scraped. Counting is an addition:
// the sync server counts every frame in and out, so this stays off its path.

/** What every instrument gives when scraped: its lines of the exposition text. */
export interface Instrument {
  /** The `# HELP`, `# TYPE` and sample lines, each ending in a newline. */
  render(): string
}

/** A counter without labels: `maillage_…_total value`. */
export class CounterInstrument implements Instrument {
  readonly #name: string
  readonly #help: string
  #value = 0

  constructor(name: string, help: string) {
    this.#name = name
    this.#help = help
  }

  /** Adds `amount` (1 by default); a counter never goes down, so a negative amount throws. */
  inc(amount = 1): void {
    if (!(amount >= 0)) throw new RangeError(`${this.#name}: cannot add ${amount} to a counter`)
    this.#value += amount
  }

  render(): string {
    return `${header(this.#name, this.#help, 'counter')}${this.#name} ${this.#value}\n`
  }
}

/** A counter with one label (a close code, an HTTP status): one sample per value seen. */
export class LabelledCounterInstrument<Label extends string> implements Instrument {
  readonly #name: string
  readonly #help: string
  readonly #label: Label
  readonly #values = new Map<string, number>()

  constructor(name: string, help: string, label: Label) {
    this.#name = name
    this.#help = help
    this.#label = label
  }

  /** Adds `amount` (1 by default) to the sample of `labels`. */
  inc(labels: Readonly<Record<Label, string>>, amount = 1): void {
    if (!(amount >= 0)) throw new RangeError(`${this.#name}: cannot add ${amount} to a counter`)
    const value = labels[this.#label]
    this.#values.set(value, (this.#values.get(value) ?? 0) + amount)
  }

  render(): string {
    let text = header(this.#name, this.#help, 'counter')
    for (const [value, count] of this.#values) {
      text += `${this.#name}{${this.#label}="${escapeLabelValue(value)}"} ${count}\n`
    }
    return text
  }
}

/** A gauge read from its source when scraped. */
export class GaugeInstrument implements Instrument {
  readonly #name: string
  readonly #help: string
  readonly #read: () => number

  constructor(name: string, help: string, read: () => number) {
    this.#name = name
    this.#help = help
    this.#read = read
  }

  render(): string {
    return `${header(this.#name, this.#help, 'gauge')}${this.#name} ${this.#read()}\n`
  }
}

/** A histogram over fixed upper bounds (`le`), with the sum and count of what it observed. */
export class HistogramInstrument implements Instrument {
  readonly #name: string
  readonly #help: string
  readonly #bounds: readonly number[]
  /** Observations per bucket, not cumulative: index `i` counts those in (bounds[i-1], bounds[i]]. */
  readonly #counts: number[]
  #sum = 0
  #count = 0

  /** `bounds`: the buckets' upper bounds, increasing; `+Inf` is added. */
  constructor(name: string, help: string, bounds: readonly number[]) {
    this.#name = name
    this.#help = help
    this.#bounds = [...bounds]
    this.#counts = bounds.map(() => 0)
  }

  /** Records one observation. */
  observe(value: number): void {
    const index = this.#bounds.findIndex((bound) => value <= bound)
    if (index >= 0) this.#counts[index] = (this.#counts[index] ?? 0) + 1
    this.#sum += value
    this.#count += 1
  }

  render(): string {
    let text = header(this.#name, this.#help, 'histogram')
    let cumulative = 0
    this.#bounds.forEach((bound, index) => {
      cumulative += this.#counts[index] ?? 0
      text += `${this.#name}_bucket{le="${bound}"} ${cumulative}\n`
    })
    text += `${this.#name}_bucket{le="+Inf"} ${this.#count}\n`
    return `${text}${this.#name}_sum ${this.#sum}\n${this.#name}_count ${this.#count}\n`
  }
}

function header(name: string, help: string, type: string): string {
  return `# HELP ${name} ${help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}\n# TYPE ${name} ${type}\n`
}

// The exposition format's escapes in a label value: backslash, double quote and line feed.
function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
}
