import { ConfigError, loadConfig } from './config.ts'
import { createServer } from './createServer.ts'
import { createLogger } from './observability/createLogger.ts'

// Entry point of `npm start`: read the environment, start, and stop cleanly on SIGTERM/SIGINT.
let config
try {
  config = loadConfig(process.env)
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  process.stderr.write(`Maillage cannot start: ${error.message}\n`)
  process.exit(1)
}
const logger = createLogger(config.logLevel)
const server = await createServer({ config, logger })
const { url } = await server.listen()
logger.info(
  { url, dataDir: config.store.kind === 'lowdb' ? config.store.dataDir : null },
  'Maillage is ready',
)

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down: saving every document')
    server.close().then(
      () => {
        logger.info('stopped cleanly')
        process.exit(0)
      },
      (error: unknown) => {
        logger.fatal({ err: error }, 'shutdown failed')
        process.exit(1)
      },
    )
  })
}
