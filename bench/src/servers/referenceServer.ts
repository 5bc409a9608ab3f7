// Child process: the reference server, @y/websocket-server 0.1.1, wired exactly as its own
// `src/server.js` does (node http server + ws WebSocketServer + setupWSConnection), in memory
// (no YPERSISTENCE) with its defaults. The bench spawns it with HOST and PORT.
import { createServer } from 'node:http'
import { WebSocketServer } from 'ws'
import { setupWSConnection } from '@y/websocket-server/utils'
import { readListenAddress } from './readListenAddress.ts'

const { host, port } = readListenAddress(process.env)
const wss = new WebSocketServer({ noServer: true })
const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' })
  response.end('okay')
})
wss.on('connection', setupWSConnection)
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => {
    wss.emit('connection', ws, request)
  })
})
server.listen(port, host)
process.once('SIGTERM', () => {
  process.exit(0)
})
