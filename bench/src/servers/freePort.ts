import { createServer } from 'node:net'

/** A TCP port free on 127.0.0.1 right now (the OS picks it; another process could take it later). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      probe.close(() => {
        if (port === 0) reject(new Error('could not find a free port'))
        else resolve(port)
      })
    })
  })
}
