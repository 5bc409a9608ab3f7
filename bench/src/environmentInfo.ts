import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, release, totalmem } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from './paths.ts'

/** Packages whose versions the report names, read from their installed package.json. */
const REPORTED_PACKAGES = [
  'yjs',
  'y-protocols',
  'lib0',
  'ws',
  'y-websocket',
  '@y/websocket-server',
  '@hocuspocus/server',
  '@hocuspocus/provider',
  'tsx',
] as const

/** Where and with what a run happened. */
export interface EnvironmentInfo {
  readonly cpuModel: string
  readonly cores: number
  readonly memoryGiB: number
  readonly kernel: string
  readonly node: string
  readonly maillageCommit: string
  readonly packages: Readonly<Record<string, string>>
}

/** Reads the machine, Node and package versions of this run. */
export function readEnvironment(): EnvironmentInfo {
  const processors = cpus()
  const packages: Record<string, string> = {
    '@maillage/server': readVersion(join(REPO_ROOT, 'server', 'package.json')),
  }
  for (const name of REPORTED_PACKAGES) {
    packages[name] = readVersion(join(REPO_ROOT, 'node_modules', name, 'package.json'))
  }
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: totalmem() / 1024 ** 3,
    kernel: release(),
    node: process.version,
    maillageCommit: readCommit(),
    packages,
  }
}

function readVersion(packageJson: string): string {
  try {
    const parsed: unknown = JSON.parse(readFileSync(packageJson, 'utf8'))
    if (typeof parsed === 'object' && parsed !== null && 'version' in parsed) {
      return String(parsed.version)
    }
    return 'unknown'
  } catch {
    // Not installed where expected: say so in the report rather than fail the run.
    return 'not found'
  }
}

function readCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT })
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: REPO_ROOT }).length > 0
    return `${commit.toString().trim()}${dirty ? ' (with uncommitted changes)' : ''}`
  } catch {
    // No git (an exported tree): the package versions still identify the run.
    return 'unknown'
  }
}
