/** HOST and PORT of a peer server child, from its environment (set by `startServer`). */
export function readListenAddress(environment: NodeJS.ProcessEnv): { host: string; port: number } {
  const host = environment.HOST ?? '127.0.0.1'
  const port = Number(environment.PORT)
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
    throw new Error(`PORT must be a TCP port, got ${JSON.stringify(environment.PORT)}`)
  }
  return { host, port }
}
