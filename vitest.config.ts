import { defineConfig } from 'vitest/config'

// One root config, one project per kind of test: unit tests live beside the code, integration tests
// start the real server on port 0 and talk to it with the real y-websocket client.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'server/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          execArgv: ['--expose-gc'],
        },
      },
    ],
  },
})
