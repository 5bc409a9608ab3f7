import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'

/** Clock ticks per second of `/proc/<pid>/stat` times (`getconf CLK_TCK`, 100 on Linux). */
export const CLOCK_TICKS_PER_SECOND = readClockTicks()

/** What one process (with its descendants) has used so far, read from outside through /proc. */
export interface ProcessSample {
  /** Clock time of the reading (see `now()`), ms. */
  readonly at: number
  /** utime + stime + cutime + cstime of the process and of every live descendant, in seconds. */
  readonly cpuSeconds: number
  /** VmRSS of the process plus its live descendants, in KiB. */
  readonly rssKiB: number
  /** `write_bytes` of /proc/<pid>/io: bytes the process caused to be sent to storage. */
  readonly writeBytes: number
}

/**
 * Reads the CPU time, resident memory and storage writes of `pid` and its descendants. Children
 * that exited and were waited for are in `cutime`/`cstime`; live ones are found through
 * `/proc/<pid>/task/<tid>/children`. `alone` reads the process by itself (utime + stime, no
 * child): the bench's own threads, without the servers it started. Throws if `pid` is gone.
 */
export function sampleProcess(
  pid: number,
  at: number,
  options: { alone: boolean } = { alone: false },
): ProcessSample {
  let ticks = 0
  let rssKiB = 0
  let writeBytes = 0
  for (const member of options.alone ? [pid] : [pid, ...descendantsOf(pid)]) {
    try {
      ticks += readCpuTicks(member, !options.alone)
      rssKiB += readRssKiB(member)
      writeBytes += readWriteBytes(member)
    } catch (error) {
      // A descendant may exit between listing and reading; only the root process must be there.
      if (member === pid) throw error
    }
  }
  return { at, cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND, rssKiB, writeBytes }
}

function readCpuTicks(pid: number, withWaitedChildren: boolean): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name (field 2) is in parentheses and may hold spaces: split after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // fields[0] is field 3 (state); utime, stime, cutime, cstime are fields 14 to 17.
  const indexes = withWaitedChildren ? [11, 12, 13, 14] : [11, 12]
  return indexes.reduce((sum, index) => sum + Number(fields[index]), 0)
}

function readRssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status)
  return match === null ? 0 : Number(match[1])
}

function readWriteBytes(pid: number): number {
  const io = readFileSync(`/proc/${pid}/io`, 'utf8')
  const match = /^write_bytes: (\d+)$/m.exec(io)
  return match === null ? 0 : Number(match[1])
}

function descendantsOf(pid: number): number[] {
  const found: number[] = []
  const pending = [pid]
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const child of childrenOf(current)) {
      found.push(child)
      pending.push(child)
    }
  }
  return found
}

function childrenOf(pid: number): number[] {
  const children: number[] = []
  let tasks: string[]
  try {
    tasks = readdirSync(`/proc/${pid}/task`)
  } catch {
    // The process exited meanwhile: it has no children to count.
    return children
  }
  for (const task of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim()
      if (text !== '') children.push(...text.split(' ').map(Number))
    } catch {
      // The thread exited between readdir and read; its children, if any, are listed elsewhere.
    }
  }
  return children
}

function readClockTicks(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim())
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100
  } catch {
    // getconf missing: 100 Hz is the value of every Linux build Node supports.
    return 100
  }
}

/** Busy CPU time of the whole machine so far (all cores, every process), in seconds. */
export function sampleMachineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? ''
  // cpu user nice system idle iowait irq softirq steal ...: busy is everything but idle and iowait.
  const ticks = line.trim().split(/\s+/).slice(1).map(Number)
  const total = ticks.reduce((sum, value) => sum + value, 0)
  return (total - (ticks[3] ?? 0) - (ticks[4] ?? 0)) / CLOCK_TICKS_PER_SECOND
}

/**
 * CPU seconds so far (utime + stime) of every process whose command name (`/proc/<pid>/comm`) is
 * one of `names`, by pid: the engines S7 runs on (`redis-server`, `postgres`), found from outside
 * like the servers, whoever started them. `withWaitedChildren` adds cutime + cstime: a PostgreSQL
 * backend that exited is then still counted, in the postmaster's (over a whole scenario, the
 * backends of the server's pool are gone by its end).
 */
export function sampleCommandsCpu(
  names: readonly string[],
  options: { withWaitedChildren: boolean } = { withWaitedChildren: false },
): ReadonlyMap<number, number> {
  const found = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const pid = Number(entry)
    try {
      if (!names.includes(readFileSync(`/proc/${pid}/comm`, 'utf8').trim())) continue
      found.set(pid, readCpuTicks(pid, options.withWaitedChildren) / CLOCK_TICKS_PER_SECOND)
    } catch {
      // The process exited between the listing and the reading: not there to count.
    }
  }
  return found
}

/**
 * CPU used between two {@link sampleCommandsCpu} samples: the growth of every process in both,
 * plus the whole time of those that appeared in between (a process that exited is not counted).
 */
export function commandsCpuBetween(
  before: ReadonlyMap<number, number>,
  after: ReadonlyMap<number, number>,
): number {
  let seconds = 0
  for (const [pid, cpu] of after) seconds += Math.max(0, cpu - (before.get(pid) ?? 0))
  return seconds
}
