import type { Logger } from 'pino'
import type { AccountService } from '../../accounts/AccountService.ts'
import type { SignInService } from '../../accounts/SignInService.ts'
import type { EventWindows } from '../../coordination/EventWindows.ts'
import type { MetadataStore } from '../../persistence/MetadataStore.ts'
import type { Timers } from '../../time/Timers.ts'
import { OidcAccounts } from './OidcAccounts.ts'
import { OidcDiscovery } from './OidcDiscovery.ts'
import { OidcLogin } from './OidcLogin.ts'
import type { OidcSettings } from './OidcSettings.ts'
import { PendingLoginSeal } from './PendingLogin.ts'
import { UsedStates } from './UsedStates.ts'

/** Builds the sign-in through the OpenID provider of `settings`, with its parts. */
export function createOidcLogin(options: {
  settings: OidcSettings
  store: MetadataStore
  accounts: AccountService
  signIn: SignInService
  timers: Timers
  logger: Logger
  /** The event windows that make each login under way serve once (namespace of its own). */
  usedStates: EventWindows
}): OidcLogin {
  const { settings, store, timers, logger } = options
  return new OidcLogin({
    discovery: new OidcDiscovery(settings, logger),
    seal: new PendingLoginSeal(settings.clientSecret),
    usedStates: new UsedStates(options.usedStates, timers),
    accounts: new OidcAccounts({ store, accounts: options.accounts }),
    signIn: options.signIn,
    store,
    timers,
    logger,
  })
}
