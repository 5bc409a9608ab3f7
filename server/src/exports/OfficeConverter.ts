import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { ExportUnavailableError } from './ExportUnavailableError.ts'

/** What LibreOffice makes of a DOCX file. */
export type OfficeTarget = 'odt' | 'pdf'

/** Limits and command of an {@link OfficeConverter}. */
export interface OfficeConverterOptions {
  /** The LibreOffice command (`soffice` on the PATH by default). */
  readonly command?: string
  /** A conversion still running after this long is killed (default 60 s). */
  readonly timeoutMs?: number
  /** Conversions running at once (default 2: each is a LibreOffice process of ~150 MiB). */
  readonly maxRunning?: number
  /** Conversions waiting for a turn; beyond, `EXPORT_BUSY` (default 8). */
  readonly maxQueued?: number
}

const DEFAULT_TIMEOUT_MS = 60_000
const DEFAULT_MAX_RUNNING = 2
const DEFAULT_MAX_QUEUED = 8

/**
 * Converts DOCX files to ODT or PDF with LibreOffice headless, one process per conversion in a
 * temporary directory of its own (its own user profile too: two LibreOffice processes sharing a
 * profile wait for each other's lock), removed afterwards whatever happens. At most `maxRunning`
 * run at once and `maxQueued` wait; beyond, `EXPORT_BUSY`. The command is run with its arguments,
 * never through a shell. Rejects with `ExportUnavailableError` when the command is not installed
 * and `EXPORT_FAILED` when it fails or times out.
 */
export class OfficeConverter {
  readonly #command: string
  readonly #timeoutMs: number
  readonly #maxRunning: number
  readonly #maxQueued: number
  readonly #waiting: (() => void)[] = []
  readonly #running = new Set<Promise<unknown>>()
  /** Conversions holding a turn: running, or handed a turn and about to start. */
  #active = 0
  #closed = false

  constructor(options: OfficeConverterOptions = {}) {
    this.#command = options.command ?? 'soffice'
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    this.#maxRunning = options.maxRunning ?? DEFAULT_MAX_RUNNING
    this.#maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED
  }

  /** The file `docx` converted to `target`. */
  async convert(docx: Uint8Array, target: OfficeTarget): Promise<Uint8Array> {
    if (this.#closed) throw busyError()
    await this.#turn()
    const conversion = convertInTemporaryDirectory(
      { command: this.#command, timeoutMs: this.#timeoutMs },
      docx,
      target,
    )
    this.#running.add(conversion)
    try {
      return await conversion
    } finally {
      this.#running.delete(conversion)
      this.#release()
    }
  }

  /** Refuses new conversions and waits for those under way (each ends within its timeout). */
  async close(): Promise<void> {
    this.#closed = true
    await Promise.allSettled([...this.#running])
  }

  async #turn(): Promise<void> {
    if (this.#active < this.#maxRunning) {
      this.#active += 1
      return
    }
    if (this.#waiting.length >= this.#maxQueued) throw busyError()
    // The turn is handed over by #release: #active stays as it is.
    await new Promise<void>((resolve) => {
      this.#waiting.push(resolve)
    })
  }

  #release(): void {
    const next = this.#waiting.shift()
    if (next === undefined) this.#active -= 1
    else next()
  }
}

function busyError(): AppError {
  return new AppError(
    ErrorCode.ExportBusy,
    'Trop d’exports sont en cours de préparation sur le serveur. Réessayez dans une minute.',
    { retryAfterSeconds: 60 },
  )
}

async function convertInTemporaryDirectory(
  run: { command: string; timeoutMs: number },
  docx: Uint8Array,
  target: OfficeTarget,
): Promise<Uint8Array> {
  const directory = await mkdtemp(join(tmpdir(), 'maillage-export-'))
  try {
    const input = join(directory, 'document.docx')
    await writeFile(input, docx)
    await runOffice(run, [
      `-env:UserInstallation=${pathToFileURL(join(directory, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--convert-to',
      target,
      '--outdir',
      directory,
      input,
    ])
    try {
      return new Uint8Array(await readFile(join(directory, `document.${target}`)))
    } catch (error) {
      throw failedError(`LibreOffice n’a pas produit de fichier ${target}`, error)
    }
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/** Runs LibreOffice in a process group of its own, so that a timeout kills its children too. */
function runOffice(run: { command: string; timeoutMs: number }, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(run.command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-2000)
    })
    const timer = setTimeout(() => {
      killGroup(child.pid)
      reject(failedError(`LibreOffice n’a pas fini en ${run.timeoutMs} ms`, undefined))
    }, run.timeoutMs)
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      reject(error.code === 'ENOENT' ? new ExportUnavailableError(run.command, error) : error)
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(failedError(`LibreOffice a échoué (${String(code ?? signal)})`, stderr))
    })
  })
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // The group has already exited between the timeout and the kill: nothing left to stop.
  }
}

function failedError(reason: string, cause: unknown): AppError {
  return new AppError(
    ErrorCode.ExportFailed,
    'L’export n’a pas pu être produit : le convertisseur de documents a échoué. Réessayez ; si ' +
      'l’erreur revient, exportez en DOCX et prévenez l’équipe régionale.',
    { details: { reason }, cause },
  )
}
