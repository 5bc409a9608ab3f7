/**
 * What « Mes données » hands a person about themself (`GET /api/me/donnees`): their profile, their
 * memberships, what they contributed, with links, and what the platform keeps about them. Nothing
 * of another person: spaces are named, documents and threads titled, people never (a mention in
 * one of their messages reads « @personne mentionnée », an audit entry about another account says
 * « autre compte »). Field names are French, as the file is read by the person.
 */
export interface PersonalData {
  readonly format: 'maillage-donnees-personnelles/1'
  readonly genereLe: string
  /** The account as stored, without its password hash. */
  readonly profil: Readonly<Record<string, string | boolean>>
  readonly espaces: readonly { espace: string; role: string; depuis: string; lien: string }[]
  readonly contributions: Contributions
  readonly notifications: readonly {
    type: string
    le: string
    lueLe?: string
    lien: string
  }[]
  /** Browser sessions: dates only, never their secrets. */
  readonly sessions: readonly { ouverteLe: string; expireLe: string }[]
  readonly jetonsAcces: readonly {
    nom: string
    creeLe: string
    expireLe?: string
    revoqueLe?: string
  }[]
  readonly abonnementsCalendrier: readonly { creeLe: string; revoqueLe?: string }[]
  /** Their secret addresses of the veille's feeds: dates only, never the secret. */
  readonly abonnementsVeille: readonly { creeLe: string; revoqueLe?: string }[]
  readonly courriels: {
    /** Frequency chosen per kind of mail (kinds left out take their default). */
    readonly preferences: Readonly<Record<string, string>>
    /** Mails of the outbox addressed to them (kept 7 days once sent): kind and dates. */
    readonly envois: readonly { type: string; creeLe: string; envoyeLe?: string }[]
    /** Events waiting for their daily digest. */
    readonly resumeEnAttente: number
  }
  /** Entries of the audit trail where they acted or were acted on. */
  readonly journal: readonly AuditLine[]
}

/** A document, thread or other item they contributed to, with where it is and its link. */
export interface ContributionLine {
  readonly titre: string
  readonly le: string
  readonly lien: string
  /** What it is or what they did, in French (kind of document, status, values…). */
  readonly precisions?: string
  readonly espace?: string
}

/** A message they posted in the échanges, in plain text. */
export interface MessageLine {
  readonly discussion: string
  readonly le: string
  readonly texte: string
  readonly lien: string
}

/**
 * A comment they wrote on a document, in plain text: a mention of someone reads
 * « @personne mentionnée ».
 */
export interface CommentLine {
  readonly document: string
  readonly le: string
  readonly modifieLe?: string
  readonly texte: string
  readonly lien: string
}

export interface Contributions {
  readonly documentsCrees: readonly ContributionLine[]
  readonly documentsModifies: readonly ContributionLine[]
  readonly echangesOuverts: readonly ContributionLine[]
  readonly messages: readonly MessageLine[]
  readonly nousAussi: readonly ContributionLine[]
  readonly reponsesEnquetes: readonly ContributionLine[]
  readonly propositionsOutils: readonly ContributionLine[]
  readonly decisionsPropositions: readonly ContributionLine[]
  readonly usagesOutils: readonly ContributionLine[]
  readonly inscriptionsAteliers: readonly ContributionLine[]
  readonly presencesAteliers: readonly ContributionLine[]
  readonly autoEvaluations: readonly ContributionLine[]
  readonly mesures: readonly ContributionLine[]
  readonly commentaires: readonly CommentLine[]
  /** Their positions on avis submitted to adoption, and the avis they submitted or adopted. */
  readonly adoptionsAvis: readonly ContributionLine[]
  /** The named versions of documents they made (or a step of theirs made, like a submission). */
  readonly versionsNommees: readonly ContributionLine[]
  /** The items of the veille they proposed or last curated. */
  readonly veille: readonly ContributionLine[]
}

export interface AuditLine {
  readonly le: string
  readonly action: string
  readonly parVous: boolean
  readonly cible?: string
  readonly ip?: string
  readonly precisions?: Readonly<Record<string, string>>
}
