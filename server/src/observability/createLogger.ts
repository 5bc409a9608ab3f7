import { pino, type Logger, type LevelWithSilent } from 'pino'

/** Creates the structured (JSON lines) logger of the process. */
export function createLogger(level: LevelWithSilent): Logger {
  return pino({ level, base: { service: 'maillage' } })
}
