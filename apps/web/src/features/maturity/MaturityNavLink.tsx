import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { REGIONAL_SPACE_IDS } from '@maillage/schema'
import { useSession } from '../../api/useSession.ts'
import { CAMPAIGNS_PAGE_PATH } from './maturityPaths.ts'
import { maturityNavTexts } from './navTexts.ts'

/**
 * The « Démarche de progression » item of the main navigation, for the regional team (platform
 * admins and members of the espace régional), who open and follow the campaigns. CLPE members
 * reach their grid from their space. Only a comfort of the menu: the server decides who manages.
 */
export function MaturityNavLink(): ReactNode {
  const { session } = useSession()
  const regional =
    session != null &&
    (session.account.platformRole === 'admin' ||
      session.memberships.some((membership) => membership.spaceId === REGIONAL_SPACE_IDS.regional))
  if (!regional) return null
  return (
    <li>
      <NavLink to={CAMPAIGNS_PAGE_PATH}>{maturityNavTexts.navLabel}</NavLink>
    </li>
  )
}
