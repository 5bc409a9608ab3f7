import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// One root config, one project per kind of test: unit tests live beside the code, integration tests
// start the real server on port 0 and talk to it with the real y-websocket client, browser tests
// drive the built web app in headless Chromium against the real server.
//
// Where the time goes, and why the settings below:
// - Vitest's default is one worker less than the cores: one on a 2-core machine, so every file
//   waited for the one before, although integration files mostly wait (sockets, PostgreSQL, Redis,
//   child processes, the server's save delays). Two workers at least overlap those waits.
// - With isolation, each file starts a new process that imports the whole server again (about half
//   of an integration file's CPU time). Files here leave no global state behind (no module mocks,
//   stubbed globals or fake timers; each test file starts and closes its own servers on port 0,
//   with its own PostgreSQL database and Redis prefix), so a worker keeps its modules from one file
//   to the next.
const WORKERS = Math.max(2, availableParallelism())

/** The integration files run alone in a fresh process: they measure the process's own heap. */
const OWN_PROCESS_FILES = ['tests/integration/leaks.test.ts']

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'server/scripts/**/*.test.ts',
            'apps/web/scripts/**/*.test.ts',
            'apps/web/src/**/*.test.ts',
            'bench/src/**/*.test.ts',
          ],
          isolate: false,
          maxWorkers: WORKERS,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: OWN_PROCESS_FILES,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          execArgv: ['--expose-gc'],
          isolate: false,
          maxWorkers: WORKERS,
        },
      },
      {
        test: {
          name: 'integration-own-process',
          include: OWN_PROCESS_FILES,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          execArgv: ['--expose-gc'],
          maxWorkers: WORKERS,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/buildWebApp.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          isolate: false,
          // After the other projects, two files at a time: each file runs a server and a Chromium,
          // which leave about one of 2 cores idle while pages load and tests wait for what they
          // show; the timing-sensitive files (typing at speed, the timer, announcements, carets)
          // were checked two at a time on a loaded machine.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
