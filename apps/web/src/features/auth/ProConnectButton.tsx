import type { ReactNode } from 'react'
import '../../styles/proconnect.css'
import { authTexts } from './texts.ts'

/**
 * The button of the sign-in through ProConnect, in its usual wording, and the link that explains
 * ProConnect. A link, not a form: the server starts the login and sends the browser to ProConnect;
 * `returnPath` is opened once signed in (an invitation link opened before signing in).
 */
export function ProConnectButton(props: { returnPath: string }): ReactNode {
  const query = props.returnPath === '/' ? '' : `?retour=${encodeURIComponent(props.returnPath)}`
  return (
    <div className="proconnect">
      <p>{authTexts.proConnectIntro}</p>
      <a className="bouton-principal bouton-proconnect" href={`/api/oidc/connexion${query}`}>
        {authTexts.proConnect}
      </a>
      <p className="aide">
        <a href="https://www.proconnect.gouv.fr/" target="_blank" rel="noopener noreferrer">
          {authTexts.whatIsProConnect}
        </a>
      </p>
    </div>
  )
}
