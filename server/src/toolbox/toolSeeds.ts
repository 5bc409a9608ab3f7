import type { InitialFieldValues } from '../documents/writeInitialFields.ts'

/** A real tool of the catalogue on a new data directory: its title and fiche outil fields. */
export interface ToolSeed {
  readonly title: string
  readonly fields: InitialFieldValues
}

const ticked = (...values: string[]): Record<string, true> =>
  Object.fromEntries(values.map((value) => [value, true]))

/**
 * The existing tools DOMAIN.md lists first, with owner, type, themes, scale and a public link only
 * where the address is certain (an empty link otherwise, for the regional team to fill in).
 */
export const TOOL_SEEDS: readonly ToolSeed[] = [
  {
    title: 'TDB RPE — tableau de bord du Réseau pour l’emploi',
    fields: {
      resume:
        'Tableaux de bord de France Travail où les CLPE suivent leurs feuilles de route et fiches action.',
      porteur: 'France Travail',
      type: 'suivi-pilotage',
      thematiques: ticked('emploi', 'formation', 'insertion'),
      publics: ticked('clpe', 'france-travail', 'collectivites', 'etat'),
      echelle: 'national',
      conditionsAcces:
        'Accès réservé aux membres des comités du Réseau pour l’emploi, sur habilitation.',
      statut: 'existant',
    },
  },
  {
    title: 'DORA',
    fields: {
      resume: 'Annuaire des services d’insertion d’un territoire, pour orienter les personnes.',
      porteur: 'GIP Plateforme de l’inclusion',
      type: 'dispositif',
      thematiques: ticked('insertion', 'emploi', 'mobilite', 'logement'),
      publics: ticked('clpe', 'france-travail', 'missions-locales', 'cap-emploi', 'associations'),
      echelle: 'national',
      lien: 'https://dora.inclusion.beta.gouv.fr',
      statut: 'existant',
    },
  },
  {
    title: 'data·inclusion',
    fields: {
      resume:
        'Référentiel ouvert de l’offre d’insertion, pour cartographier les services du territoire.',
      porteur: 'GIP Plateforme de l’inclusion',
      type: 'diagnostic',
      thematiques: ticked('insertion', 'emploi'),
      publics: ticked('clpe', 'collectivites', 'etat', 'associations'),
      echelle: 'national',
      lien: 'https://www.data.inclusion.beta.gouv.fr',
      sourcesDonnees:
        'Offres de services publiées par les structures d’insertion et leurs réseaux.',
      statut: 'existant',
    },
  },
  {
    title: 'Données ouvertes et API de France Travail',
    fields: {
      resume:
        'Marché du travail, accès à l’emploi, offres et enquête BMO, en données ouvertes et par API.',
      porteur: 'France Travail',
      type: 'diagnostic',
      thematiques: ticked('emploi', 'formation'),
      publics: ticked('clpe', 'france-travail', 'collectivites', 'employeurs'),
      echelle: 'national',
      lien: 'https://francetravail.io',
      sourcesDonnees:
        'Demandeurs d’emploi inscrits, offres, besoins en main-d’œuvre (BMO), accès à l’emploi.',
      statut: 'existant',
    },
  },
  {
    title: 'INSEE — taux de chômage localisés et zonages',
    fields: {
      resume: 'Taux de chômage par zone d’emploi et zonages d’étude (zones d’emploi 2020).',
      porteur: 'INSEE',
      type: 'diagnostic',
      thematiques: ticked('emploi'),
      publics: ticked('clpe', 'collectivites', 'etat'),
      echelle: 'national',
      lien: 'https://www.insee.fr',
      sourcesDonnees:
        'Estimations trimestrielles par zone d’emploi : ne pas les redécouper par CLPE.',
      statut: 'existant',
    },
  },
  {
    title: 'DARES — indicateurs de tension sur le marché du travail',
    fields: {
      resume:
        'Indicateurs de tension par métier et par territoire, pour repérer les métiers en tension.',
      porteur: 'DARES',
      type: 'diagnostic',
      thematiques: ticked('emploi', 'formation'),
      publics: ticked('clpe', 'france-travail', 'etat', 'organismes-formation'),
      echelle: 'national',
      lien: 'https://dares.travail-emploi.gouv.fr',
      statut: 'existant',
    },
  },
  {
    title: 'Académie France Travail',
    fields: {
      resume: 'Formations proposées aux partenaires du Réseau pour l’emploi.',
      porteur: 'France Travail',
      type: 'methode',
      thematiques: ticked('emploi', 'insertion'),
      publics: ticked('clpe', 'missions-locales', 'cap-emploi', 'collectivites', 'associations'),
      echelle: 'national',
      statut: 'existant',
    },
  },
  {
    title: 'C2RP — études et glossaire',
    fields: {
      resume: 'Études régionales sur l’emploi et la formation, et glossaire des sigles du secteur.',
      porteur: 'C2RP (CARIF-OREF Hauts-de-France)',
      type: 'diagnostic',
      thematiques: ticked('emploi', 'formation', 'orientation', 'transitions'),
      publics: ticked('clpe', 'collectivites', 'etat', 'organismes-formation'),
      echelle: 'regional',
      lien: 'https://www.c2rp.fr',
      statut: 'existant',
    },
  },
  {
    title: 'La Suite numérique (Docs, Grist)',
    fields: {
      resume: 'Outils collaboratifs de l’État pour écrire à plusieurs et partager des tableaux.',
      porteur: 'DINUM',
      type: 'methode',
      thematiques: ticked('collaboration'),
      publics: ticked('clpe', 'france-travail', 'collectivites', 'etat'),
      echelle: 'national',
      lien: 'https://lasuite.numerique.gouv.fr',
      conditionsAcces: 'Réservé aux agents publics.',
      statut: 'existant',
    },
  },
  {
    title: 'Tchap',
    fields: {
      resume: 'Messagerie instantanée sécurisée des agents publics.',
      porteur: 'DINUM',
      type: 'methode',
      thematiques: ticked('collaboration'),
      publics: ticked('clpe', 'france-travail', 'collectivites', 'etat'),
      echelle: 'national',
      lien: 'https://www.tchap.gouv.fr',
      conditionsAcces: 'Réservé aux agents publics ; les partenaires y sont invités.',
      statut: 'existant',
    },
  },
]
