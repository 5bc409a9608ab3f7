import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { veilleTexts } from './texts.ts'

/** The « Veille » item of the main navigation, for every signed-in person. */
export function VeilleNavLink(): ReactNode {
  return (
    <li>
      <NavLink to="/veille">{veilleTexts.navLabel}</NavLink>
    </li>
  )
}
