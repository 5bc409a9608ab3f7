import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { gouvernanceTexts } from './texts.ts'
import '../../styles/gouvernance.css'

/**
 * The sub-navigation of the Gouvernance section, shown above each of its pages by
 * `GouvernanceLayout`. One line per section, in this order: Instances, Séances, Registre des
 * décisions, Programme d’accompagnement, Calendrier — each section adds its own line below.
 */
export function GouvernanceNav(): ReactNode {
  return (
    <nav aria-label={gouvernanceTexts.subNavLabel} className="sous-navigation-gouvernance">
      <ul>
        <li>
          <NavLink to="/gouvernance/instances">{gouvernanceTexts.instances}</NavLink>
        </li>
        <li>
          <NavLink to="/gouvernance/seances">{gouvernanceTexts.seances}</NavLink>
        </li>
        <li>
          <NavLink to="/gouvernance/decisions">{gouvernanceTexts.decisions}</NavLink>
        </li>
        <li>
          <NavLink to="/gouvernance/calendrier">{gouvernanceTexts.calendrier}</NavLink>
        </li>
        <li>
          <NavLink to="/gouvernance/programme">{gouvernanceTexts.programme}</NavLink>
        </li>
        {/* Séances, Registre des décisions, Programme d’accompagnement, Calendrier: one line each. */}
      </ul>
    </nav>
  )
}
