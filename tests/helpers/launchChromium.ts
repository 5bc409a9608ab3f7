import { chromium, type Browser } from 'playwright-core'

/** Debian's `chromium` package; `.ci/run` installs it on a fresh machine. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

// No sandbox: CI runs as root. No GPU, QUIC or background services: nothing but the page under test
// uses the network or the 2 cores.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Launches headless Chromium for one test file; the caller closes it in `afterAll`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}
