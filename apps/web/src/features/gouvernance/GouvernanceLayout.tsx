import type { ReactNode } from 'react'
import { Outlet } from 'react-router'
import { GouvernanceNav } from './GouvernanceNav.tsx'

/**
 * The frame of the Gouvernance section's pages (the routes under `/gouvernance` in
 * `app/router.tsx`): its sub-navigation, then the page.
 */
export function GouvernanceLayout(): ReactNode {
  return (
    <div className="section-gouvernance">
      <GouvernanceNav />
      <Outlet />
    </div>
  )
}
