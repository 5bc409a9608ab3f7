// Child process: the floor. A websocket relay with no Yjs at all: the room is the URL path and each
// message is sent as is to every other connection of the room. Whatever a Yjs server costs above
// this is the price of Yjs and of its own design. The bench spawns it with HOST and PORT.
import { createServer } from 'node:http'
import { WebSocketServer, type WebSocket } from 'ws'
import { readListenAddress } from './readListenAddress.ts'

const { host, port } = readListenAddress(process.env)
const rooms = new Map<string, Set<WebSocket>>()
const wss = new WebSocketServer({ noServer: true })
const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' })
  response.end('ok')
})

server.on('upgrade', (request, socket, head) => {
  const room = (request.url ?? '/').split('?', 1)[0] ?? '/'
  wss.handleUpgrade(request, socket, head, (ws) => {
    join(room, ws)
  })
})

function join(room: string, ws: WebSocket): void {
  let members = rooms.get(room)
  if (members === undefined) {
    members = new Set()
    rooms.set(room, members)
  }
  const peers = members
  peers.add(ws)
  ws.on('error', () => {
    // The close event follows and removes the socket; nothing else to do for a relay.
  })
  ws.on('message', (data, isBinary) => {
    for (const peer of peers) {
      if (peer !== ws && peer.readyState === peer.OPEN) peer.send(data, { binary: isBinary })
    }
  })
  ws.on('close', () => {
    peers.delete(ws)
    if (peers.size === 0) rooms.delete(room)
  })
}

server.listen(port, host)
process.once('SIGTERM', () => {
  process.exit(0)
})
