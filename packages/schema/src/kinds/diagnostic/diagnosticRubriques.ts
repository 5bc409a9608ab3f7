/** One usual section of a diagnostic territorial partagé, with the prompt of its template. */
export interface DiagnosticRubrique {
  readonly value: string
  readonly label: string
  readonly prompt: string
}

/** The usual sections of a diagnostic territorial partagé, in their usual order. */
export const DIAGNOSTIC_RUBRIQUES: readonly DiagnosticRubrique[] = [
  {
    value: 'territoire',
    label: 'Territoire et population',
    prompt:
      'Communes et EPCI du périmètre, population, évolution démographique, QPV, zones rurales.',
  },
  {
    value: 'tissu-economique',
    label: 'Tissu économique',
    prompt: 'Emploi salarié par secteur, principaux employeurs, projets REV3 et de transition.',
  },
  {
    value: 'demande-emploi',
    label: 'Demande d’emploi',
    prompt:
      'Inscrits à France Travail par catégorie (A, B, C, D, E, F, G), DELD, jeunes de moins de 26 ans, seniors, BRSA, BOETH.',
  },
  {
    value: 'chomage',
    label: 'Chômage',
    prompt: 'Taux de chômage localisé (INSEE) de la ou des zones d’emploi, et son évolution.',
  },
  {
    value: 'besoins-employeurs',
    label: 'Besoins des employeurs',
    prompt:
      'Enquête BMO : projets de recrutement, part difficile, saisonniers ; offres, taux et délai de pourvoi.',
  },
  {
    value: 'metiers-en-tension',
    label: 'Métiers en tension',
    prompt: 'Métiers en tension du territoire (indicateurs DARES, BMO) et leurs causes.',
  },
  {
    value: 'acces-emploi',
    label: 'Accès à l’emploi',
    prompt: 'Taux d’accès et de présence en emploi à 6 mois des demandeurs d’emploi.',
  },
  {
    value: 'formation',
    label: 'Formation',
    prompt:
      'Entrées et sorties de formation, part des publics prioritaires, offre de formation locale.',
  },
  {
    value: 'freins-peripheriques',
    label: 'Freins périphériques',
    prompt: 'Mobilité, logement, garde d’enfants, santé, numérique : ce qui éloigne de l’emploi.',
  },
  {
    value: 'jeunes',
    label: 'Jeunes',
    prompt: 'NEET, jeunes suivis par la mission locale, entrées en CEJ et en PACEA.',
  },
  {
    value: 'rsa',
    label: 'RSA',
    prompt: 'Allocataires du RSA, leur accompagnement et leur orientation.',
  },
  {
    value: 'offre-de-services',
    label: 'Offre de services',
    prompt: 'Cartographie des acteurs et des services d’insertion, de formation et d’emploi.',
  },
  {
    value: 'signaux-faibles',
    label: 'Signaux faibles',
    prompt: 'Ce que les acteurs observent avant que les chiffres ne le montrent.',
  },
]
