import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { gouvernanceTexts } from './texts.ts'

/** The « Gouvernance » item of the main navigation, for every signed-in person. */
export function GouvernanceNavLink(): ReactNode {
  return (
    <li>
      <NavLink to="/gouvernance">{gouvernanceTexts.navLabel}</NavLink>
    </li>
  )
}
