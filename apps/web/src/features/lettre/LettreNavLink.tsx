import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { lettreNavTexts } from './navTexts.ts'

/** The « Lettre » item of the main navigation: the archive, for every signed-in member. */
export function LettreNavLink(): ReactNode {
  return (
    <li>
      <NavLink to="/lettre">{lettreNavTexts.navLabel}</NavLink>
    </li>
  )
}
