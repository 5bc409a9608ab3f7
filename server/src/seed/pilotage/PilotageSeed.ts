// The shape of the demo fiches action and feuilles de route (`seedPilotage`). Dates are days from
// the day of the seed (negative: past), so that a new instance always shows a living dashboard.

/** One dated measurement: days from the seed day, value, and an optional comment. */
export type MeasureSeed = readonly [inDays: number, value: number, comment?: string]

/** One indicator of a fiche action. */
export interface IndicatorSeed {
  readonly niveau: 'realisation' | 'resultat' | 'impact'
  readonly libelle: string
  readonly unite: string
  readonly source: string
  readonly reference?: number
  readonly cible: number
  /** Days from the seed day of the target date. */
  readonly cibleDans: number
  /** A `NATIONAL_KPIS` value, for résultat and impact indicators. */
  readonly kpi?: string
  readonly frequence?: 'mensuelle' | 'trimestrielle' | 'semestrielle' | 'annuelle' | 'ponctuelle'
  readonly mesures: readonly MeasureSeed[]
}

/** The bilan of a closed action. */
export interface BilanSeed {
  readonly resultatsChiffres: string
  readonly enseignements: string
  readonly efficacite: number
  readonly reconduction: 'oui' | 'peut-etre' | 'non'
  readonly transposabilite?: string
  readonly valorisation?: string
}

/** One fiche action as its CLPE's members would write it. */
export interface FicheSeed {
  readonly title: string
  /** E-mail of the demo account who writes it; absent: the server's pseudo-account. */
  readonly by?: string
  readonly statut: 'en-attente-de-validation' | 'en-cours' | 'terminee' | 'abandonnee'
  /** The priority of the feuille de route it serves (its `libelle`). */
  readonly priorite?: string
  readonly debut: number
  readonly fin: number
  readonly publics: readonly string[]
  readonly thematiques: readonly string[]
  readonly typologie: 'information' | 'levee-de-freins' | 'acces-emploi'
  readonly problematique: string
  readonly description: string
  readonly solutions?: string
  readonly ressources?: string
  readonly vigilance?: string
  /** Name and role of each actor. */
  readonly acteurs: readonly (readonly [nom: string, role: string])[]
  /** Label, due day (days from the seed day) and progress of each étape. */
  readonly etapes: readonly (readonly [libelle: string, echeance: number, statut: string])[]
  readonly indicateurs: readonly IndicatorSeed[]
  readonly beneficiaires?: number
  readonly bilan?: BilanSeed
  /** « À actualiser »: its last change is this many days old (more than 30). */
  readonly staleSinceDays?: number
}

/** The feuille de route of a CLPE for the current year and the fiches it links. */
export interface ClpeSeed {
  /** Code of the CLPE (`CLPE59004`). */
  readonly code: string
  /** Absent for a CLPE whose demo has fiches only. */
  readonly feuilleDeRoute?: {
    readonly by: string
    readonly priorites: readonly (readonly [libelle: string, objectifs: string])[]
    readonly bilanAnneePrecedente: string
  }
  readonly fiches: readonly FicheSeed[]
}
