import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { useSession } from '../../api/useSession.ts'
import { canSeeRegionalPilotage } from './canSeeRegionalPilotage.ts'
import { regionalNavTexts } from './navTexts.ts'

/** The « Pilotage régional » item of the main navigation, for the region's people only. */
export function RegionalPilotageLink(): ReactNode {
  const { session } = useSession()
  if (session == null || !canSeeRegionalPilotage(session)) return null
  return (
    <li>
      <NavLink to="/pilotage">{regionalNavTexts.navLabel}</NavLink>
    </li>
  )
}
