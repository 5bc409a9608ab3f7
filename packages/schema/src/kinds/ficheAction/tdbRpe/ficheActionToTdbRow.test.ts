import { describe, expect, it } from 'vitest'
import {
  JOB_DATING_CLOSED_RAW,
  JOB_DATING_RAW,
  JOB_DATING_TITLE,
  ficheValues,
} from '../ficheActionFixtures.ts'
import { TDB_RPE_COLUMNS } from './TDB_RPE_COLUMNS.ts'
import { ficheActionToTdbRow } from './ficheActionToTdbRow.ts'

const meta = { title: JOB_DATING_TITLE, updatedAt: '2025-09-30T22:30:00.000Z' }

describe('TDB_RPE_COLUMNS', () => {
  it('follows the order of the national field model', () => {
    expect(TDB_RPE_COLUMNS.map((column) => column.header)).toEqual([
      'Titre',
      'Cadre',
      'Problématique',
      'Description',
      'Publics cibles',
      'Thématiques',
      'Solutions mobilisées',
      'Acteurs et rôles',
      'Ressources et moyens',
      'Date de début',
      'Date de fin',
      'Étapes',
      'Indicateurs de suivi',
      'Indicateurs de résultat',
      'Nombre de bénéficiaires',
      'Points de vigilance',
      'Statut',
      'Date de mise à jour',
      'Bilan — résultats',
      'Enseignements',
      'Efficacité (0-10)',
      'Reconduction',
      'Transposabilité',
      'Valorisation',
    ])
  })
})

describe('ficheActionToTdbRow', () => {
  const row = ficheActionToTdbRow(ficheValues(JOB_DATING_CLOSED_RAW), meta)

  it('has exactly one string per column, in column order', () => {
    expect(Object.keys(row)).toEqual(TDB_RPE_COLUMNS.map((column) => column.key))
    expect(Object.values(row).every((cell) => typeof cell === 'string')).toBe(true)
  })

  it('writes labels rather than codes, and dates as JJ/MM/AAAA', () => {
    expect(row.titre).toBe('Job dating saisonnier sur le littoral')
    expect(row.cadre).toBe(
      'Feuille de route du CLPE : Priorité 2 : répondre aux besoins de recrutement saisonnier',
    )
    expect(row.publicsCibles).toBe('Demandeurs d’emploi, Jeunes de moins de 26 ans')
    expect(row.thematiques).toBe('Recrutement et métiers en tension, Mobilité')
    expect(row.dateDebut).toBe('01/03/2025')
    expect(row.dateFin).toBe('30/06/2025')
    expect(row.statut).toBe('Terminée')
    expect(row.reconduction).toBe('Oui')
    expect(row.efficacite).toBe('8')
    expect(row.nombreBeneficiaires).toBe('180')
  })

  it('dates the last update on its day in Paris', () => {
    expect(row.dateMiseAJour).toBe('01/10/2025')
  })

  it('flattens lists readably, in their order', () => {
    expect(row.acteurs).toBe(
      'France Travail Boulogne-sur-Mer (co-pilote, sourcing des candidats) ; ' +
        'Mission locale du Boulonnais (co-pilote, préparation des jeunes) ; ' +
        'Communauté d’agglomération du Boulonnais (salles et communication) ; ' +
        'UMIH Côte d’Opale (mobilisation des employeurs) ; ' +
        'Office de tourisme (relais auprès des commerces) ; ' +
        'Département du Pas-de-Calais (covoiturage, BRSA) ; Cap emploi 62',
    )
    expect(row.etapes).toBe(
      'Mobilisation des employeurs (15/03/2025) ; Préparation des candidats (30/04/2025) ; ' +
        'Job datings (15/05/2025) ; Bilan à trois mois (30/06/2025)',
    )
  })

  it('splits indicators into suivi (réalisation) and résultat, with target and date', () => {
    expect(row.indicateursSuivi).toBe(
      'Job datings organisés : 3 sessions au 31/05/2025 ; Candidats présents : 180 personnes',
    )
    expect(row.indicateursResultat).toBe('Recrutements à trois mois : 60 personnes au 30/06/2025')
  })

  it('leaves the bilan columns empty for a fiche under way, and everything empty for nothing', () => {
    const ongoing = ficheActionToTdbRow(ficheValues(JOB_DATING_RAW), meta)
    expect([ongoing.resultatsChiffres, ongoing.efficacite, ongoing.reconduction]).toEqual([
      '',
      '',
      '',
    ])
    const empty = ficheActionToTdbRow(ficheValues({}), { title: '', updatedAt: 'hier' })
    expect(Object.values(empty).every((cell) => cell === '')).toBe(true)
  })
})
