import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { usePageTitle } from '../../ui/usePageTitle.ts'

const texts = {
  pageTitle: 'Compte supprimé',
  done: 'Votre compte Maillage est supprimé et toutes vos sessions sont fermées.',
  kept: 'Les documents auxquels vous avez contribué restent à leurs espaces, signés « Ancien membre ».',
  again:
    'Pour revenir un jour, demandez un nouveau lien d’invitation à l’animateur de votre comité local pour l’emploi.',
  signIn: 'Page de connexion',
} as const

/** Where the browser lands once one's account is deleted (no session any more). */
export function AccountDeletedPage(): ReactNode {
  usePageTitle(texts.pageTitle)
  return (
    <div className="page-etroite">
      <h1 tabIndex={-1}>{texts.pageTitle}</h1>
      <p className="succes" role="status">
        {texts.done}
      </p>
      <p>{texts.kept}</p>
      <p>{texts.again}</p>
      <p>
        <Link to="/connexion">{texts.signIn}</Link>
      </p>
    </div>
  )
}
