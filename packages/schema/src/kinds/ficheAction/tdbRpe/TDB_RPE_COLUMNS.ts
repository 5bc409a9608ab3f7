/**
 * The columns of a fiche action in France Travail’s tableau de bord du Réseau pour l’emploi
 * (TDB RPE), in order. The TDB’s exact column names are not public: the order and headers follow
 * the national field model of the fiche action (guide de remplissage), so a CLPE can paste a row
 * instead of typing the fiche twice.
 */
export const TDB_RPE_COLUMNS = [
  { key: 'titre', header: 'Titre' },
  { key: 'cadre', header: 'Cadre' },
  { key: 'problematique', header: 'Problématique' },
  { key: 'description', header: 'Description' },
  { key: 'publicsCibles', header: 'Publics cibles' },
  { key: 'thematiques', header: 'Thématiques' },
  { key: 'solutionsMobilisees', header: 'Solutions mobilisées' },
  { key: 'acteurs', header: 'Acteurs et rôles' },
  { key: 'ressources', header: 'Ressources et moyens' },
  { key: 'dateDebut', header: 'Date de début' },
  { key: 'dateFin', header: 'Date de fin' },
  { key: 'etapes', header: 'Étapes' },
  { key: 'indicateursSuivi', header: 'Indicateurs de suivi' },
  { key: 'indicateursResultat', header: 'Indicateurs de résultat' },
  { key: 'nombreBeneficiaires', header: 'Nombre de bénéficiaires' },
  { key: 'pointsDeVigilance', header: 'Points de vigilance' },
  { key: 'statut', header: 'Statut' },
  { key: 'dateMiseAJour', header: 'Date de mise à jour' },
  { key: 'resultatsChiffres', header: 'Bilan — résultats' },
  { key: 'enseignements', header: 'Enseignements' },
  { key: 'efficacite', header: 'Efficacité (0-10)' },
  { key: 'reconduction', header: 'Reconduction' },
  { key: 'transposabilite', header: 'Transposabilité' },
  { key: 'valorisation', header: 'Valorisation' },
] as const

/** The key of a TDB RPE column. */
export type TdbRpeColumnKey = (typeof TDB_RPE_COLUMNS)[number]['key']

/** One fiche action as a TDB RPE row: a string per column key. */
export type TdbRpeRow = Readonly<Record<TdbRpeColumnKey, string>>
