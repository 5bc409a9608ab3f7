import { readFileSync } from 'node:fs'

/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) the summary reads. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number
    readonly callFrame: {
      readonly functionName: string
      readonly url: string
      readonly lineNumber: number
    }
    readonly children?: readonly number[]
  }[]
  /** Microseconds of the system's monotonic clock, the one of `process.hrtime`. */
  readonly startTime: number
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
}

/** Self time of one function, or of one package, in a profile. */
export interface SelfTime {
  readonly name: string
  readonly ms: number
  /** Share of the busy time (everything but `(idle)`), in percent. */
  readonly percent: number
}

/** What a profile's busy time went to, heaviest first. */
export interface ProfileSummary {
  readonly busyMs: number
  readonly idleMs: number
  readonly functions: readonly SelfTime[]
  readonly packages: readonly SelfTime[]
  /**
   * Busy time by the innermost Maillage function (server/src) on the stack, callees included:
   * which part of the server the time of Yjs, ws and the system calls was spent for.
   */
  readonly serverCallers: readonly SelfTime[]
}

/**
 * Sums self time per function and per package (node_modules package, server/src, node:*), counting
 * only the samples taken from `fromUs` on (monotonic µs, as `process.hrtime`): start-up is left out.
 */
export function summarizeCpuProfile(
  path: string,
  options: { fromUs?: number; top?: number } = {},
): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile
  const top = options.top ?? 25
  const selfByNode = new Map<number, number>()
  let sampledAt = profile.startTime
  profile.samples.forEach((nodeId, index) => {
    const delta = profile.timeDeltas[index] ?? 0
    sampledAt += delta
    if (sampledAt < (options.fromUs ?? 0)) return
    selfByNode.set(nodeId, (selfByNode.get(nodeId) ?? 0) + delta / 1000)
  })
  const byFunction = new Map<string, number>()
  const byPackage = new Map<string, number>()
  const byServerCaller = new Map<string, number>()
  const parentOf = new Map<number, number>()
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]))
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id)
  }
  let idleMs = 0
  let busyMs = 0
  for (const node of profile.nodes) {
    const ms = selfByNode.get(node.id) ?? 0
    if (ms === 0) continue
    const { functionName, url, lineNumber } = node.callFrame
    if (functionName === '(idle)') {
      idleMs += ms
      continue
    }
    busyMs += ms
    const where = url === '' ? '' : ` ${shortenUrl(url)}:${lineNumber + 1}`
    const name = `${functionName === '' ? '(anonymous)' : functionName}${where}`
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms)
    const owner = packageOf(url, functionName)
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + ms)
    const caller = serverCallerOf(node.id, nodeById, parentOf)
    byServerCaller.set(caller, (byServerCaller.get(caller) ?? 0) + ms)
  }
  const rank = (totals: Map<string, number>): SelfTime[] =>
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, percent: (100 * ms) / busyMs }))
  return {
    busyMs,
    idleMs,
    functions: rank(byFunction),
    packages: rank(byPackage),
    serverCallers: rank(byServerCaller),
  }
}

/** True for the profile of a process's main thread (`CPU.<date>.<time>.<pid>.0.<n>.cpuprofile`). */
export function isMainThreadProfile(fileName: string): boolean {
  return /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(fileName)
}

/** The pid in a profile's file name. */
export function profilePid(fileName: string): number {
  return Number(fileName.split('.')[3])
}

function serverCallerOf(
  nodeId: number,
  nodeById: ReadonlyMap<number, CpuProfile['nodes'][number]>,
  parentOf: ReadonlyMap<number, number>,
): string {
  for (let id: number | undefined = nodeId; id !== undefined; id = parentOf.get(id)) {
    const frame = nodeById.get(id)?.callFrame
    if (frame?.url.includes('/server/src/') === true) {
      return `${frame.functionName === '' ? '(anonymous)' : frame.functionName} ${shortenUrl(frame.url)}`
    }
  }
  return '(outside Maillage code: start-up, ws, timers, GC)'
}

function shortenUrl(url: string): string {
  const modules = url.lastIndexOf('/node_modules/')
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length)
  const server = url.indexOf('/server/src/')
  return server >= 0 ? url.slice(server + 1) : url.replace(/^file:\/\//, '')
}

function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)'
  if (url.startsWith('node:')) return 'node internals'
  const modules = url.lastIndexOf('/node_modules/')
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/')
    return parts[0]?.startsWith('@') === true ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? url)
  }
  if (url.includes('/server/src/')) return 'maillage server/src'
  if (url.includes('/packages/protocol/')) return '@maillage/protocol'
  return url
}
