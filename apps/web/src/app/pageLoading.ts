import { createContext, useContext } from 'react'

/**
 * True while the app goes to another screen whose code is still on its way (`AppRouter`): the
 * screen shown stays until the next one can replace it, and the frame says it is loading.
 */
export const PageLoadingContext = createContext(false)

/** Whether another screen is loading (see `PageLoadingContext`). */
export function usePageLoading(): boolean {
  return useContext(PageLoadingContext)
}
