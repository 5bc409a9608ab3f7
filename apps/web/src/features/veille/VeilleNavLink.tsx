import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { veilleNavTexts } from './navTexts.ts'

/** The « Veille » item of the main navigation, for every signed-in person. */
export function VeilleNavLink(): ReactNode {
  return (
    <li>
      <NavLink to="/veille">{veilleNavTexts.navLabel}</NavLink>
    </li>
  )
}
