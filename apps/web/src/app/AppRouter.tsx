import { useLayoutEffect, useState, useTransition, type ReactNode } from 'react'
import { Router, UNSAFE_createBrowserHistory } from 'react-router'
import { retryFailedPages } from './lazyPage.tsx'
import { PageLoadingContext } from './pageLoading.ts'

/**
 * The router of the app on the browser's address and history: React Router's declarative router,
 * without its data router (loaders, actions, fetchers, forms), which no screen uses and which was a
 * third of the library downloaded with the app. Each change of address is a transition: a screen
 * whose code is still loading (`lazyPage`) leaves the previous one shown, and `usePageLoading()`
 * says it meanwhile, as the data router's navigation state did; a screen whose code could not be
 * downloaded is tried again.
 */
export function AppRouter(props: { children: ReactNode }): ReactNode {
  const [history] = useState(() => UNSAFE_createBrowserHistory({ v5Compat: true }))
  const [current, setCurrent] = useState({ action: history.action, location: history.location })
  const [loading, startTransition] = useTransition()
  useLayoutEffect(
    () =>
      history.listen(({ action, location }) => {
        retryFailedPages()
        startTransition(() => {
          setCurrent({ action, location })
        })
      }),
    [history],
  )
  return (
    <PageLoadingContext value={loading}>
      <Router location={current.location} navigationType={current.action} navigator={history}>
        {props.children}
      </Router>
    </PageLoadingContext>
  )
}
