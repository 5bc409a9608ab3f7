// Child process: @hocuspocus/server 4.x with its defaults, in memory (no extension), quiet. It
// stops itself on SIGTERM (`stopOnSignals`). The bench spawns it with HOST and PORT.
import { Server } from '@hocuspocus/server'
import { readListenAddress } from './readListenAddress.ts'

const { host, port } = readListenAddress(process.env)
const server = new Server({ port, address: host, quiet: true })
await server.listen()
