export { createServer } from './createServer.ts'
export type { CreateServerOptions, MaillageServer, RegisteredRoute } from './createServer.ts'
export { DEFAULT_WEB_DIR, loadConfig, ConfigError } from './config.ts'
export type { ServerConfig, StoreConfig } from './config.ts'
export { createLogger } from './observability/createLogger.ts'
export type { Access, AuthDecision, Authenticator, Principal } from './auth/Authenticator.ts'
export { LowdbDocumentStore } from './persistence/LowdbDocumentStore.ts'
export { MemoryDocumentStore } from './persistence/MemoryDocumentStore.ts'
export {
  createTestDatabase,
  TEST_POSTGRES_ADMIN_URL,
} from './persistence/postgres/postgresFixtures.ts'
export type { TestDatabase } from './persistence/postgres/postgresFixtures.ts'
export type { DocumentStore } from './persistence/DocumentStore.ts'
export { DEFAULT_SYNC_LIMITS } from './sync/SyncLimits.ts'
export type { SyncLimits } from './sync/SyncLimits.ts'
export { DEFAULT_LOGIN_THROTTLE } from './auth/LoginThrottle.ts'
export type { LoginThrottleLimits } from './auth/LoginThrottle.ts'
export type { DelayRule } from './auth/ProgressiveDelay.ts'
