import type { ReactNode } from 'react'
import { usePageTitle } from '../ui/usePageTitle.ts'

/** The accessibility statement that RGAA 4.1 requires of a public-sector service. */
export function AccessibilityPage(): ReactNode {
  usePageTitle('Déclaration d’accessibilité')
  return (
    <div className="page-etroite texte-long">
      <h1 tabIndex={-1}>Déclaration d’accessibilité</h1>
      <p>
        Le réseau pour l’emploi des Hauts-de-France s’engage à rendre Maillage accessible
        conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.
      </p>
      <h2>État de conformité</h2>
      <p>
        Maillage est <strong>partiellement conforme</strong> au référentiel général d’amélioration
        de l’accessibilité (RGAA), version 4.1 : aucun audit complet n’a encore été réalisé. Chaque
        écran (connexion, accueil, espace, document) est vérifié automatiquement avec axe-core à
        chaque modification du code, et conçu pour être utilisable entièrement au clavier, avec un
        lecteur d’écran et un agrandissement à 200 %.
      </p>
      <h2>Utilisation au clavier</h2>
      <ul>
        <li>
          Dans l’éditeur de texte d’un document, Tab passe d’une cellule de tableau à la suivante
          sans jamais modifier le document ; après la dernière cellule, il sort de l’éditeur. Échap
          sort de l’éditeur à tout moment et place le focus sur l’élément qui le suit.
        </li>
        <li>
          En haut de chaque document, un lien d’évitement « Aller au texte du document » (« Aller au
          texte de la fiche » pour une fiche action) mène directement à l’éditeur.
        </li>
        <li>
          Dans les échanges, la liste des personnes proposées après @ se parcourt avec les flèches
          haut et bas, Entrée choisit la personne annoncée, Échap ferme la liste.
        </li>
      </ul>
      <h2>Limites connues</h2>
      <ul>
        <li>
          Les curseurs des autres personnes dans l’éditeur sont signalés visuellement ; la liste «
          Personnes présentes » donne la même information aux lecteurs d’écran.
        </li>
        <li>
          Le graphique des mesures d’un indicateur est doublé d’un tableau de données, seul lu par
          les technologies d’assistance.
        </li>
      </ul>
      <h2>Retour d’information et contact</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez à l’équipe régionale
        d’animation (C2RP) pour être orienté vers une alternative accessible ou obtenir le contenu
        sous une autre forme.
      </p>
      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une
        fonctionnalité, que vous nous l’avez signalé et que vous n’avez pas obtenu de réponse
        satisfaisante, vous pouvez écrire au Défenseur des droits, contacter son délégué dans votre
        région ou lui écrire gratuitement : Défenseur des droits, Libre réponse 71120, 75342 Paris
        CEDEX 07.
      </p>
    </div>
  )
}
