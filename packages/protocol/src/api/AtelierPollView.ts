/** What a poll asks: one option, several, a level from 1 to 5, a short text. */
export type AtelierPollKindName = 'single' | 'multiple' | 'scale' | 'open'

/** Where a poll is: prepared, open to answers, closed. */
export type AtelierPollStateName = 'draft' | 'open' | 'closed'

/** An option of a choice poll; `correct` marks a quiz's right answer(s). */
export interface AtelierPollOptionView {
  readonly id: string
  readonly label: string
  readonly correct?: boolean
}

/** `POST /api/ateliers/:id/sondages`: a poll prepared by a facilitator. */
export interface AtelierPollCreateBody {
  readonly kind: AtelierPollKindName
  /** 1–300 characters. */
  readonly question: string
  /** Choice polls: 2–10 options of 1–120 characters; none for the others. */
  readonly options?: readonly { readonly label: string; readonly correct?: boolean }[]
  readonly anonymous: boolean
}

/** `PATCH /api/ateliers/:id/sondages/:pollId`: its text while never launched, its place anytime. */
export interface AtelierPollPatchBody extends Partial<AtelierPollCreateBody> {
  readonly position?: number
}

/** `POST /api/ateliers/:id/sondages/:pollId/etat`: launch, close, reveal or hide the results. */
export interface AtelierPollActionBody {
  readonly action: 'lancer' | 'cloturer' | 'reveler' | 'masquer'
}

/** A poll as its facilitators see it in their list. */
export interface AtelierPollView {
  readonly id: string
  readonly kind: AtelierPollKindName
  readonly question: string
  readonly options: readonly AtelierPollOptionView[]
  readonly anonymous: boolean
  readonly position: number
  readonly state: AtelierPollStateName
  readonly revealed: boolean
  readonly launchedAt?: string
  readonly closedAt?: string
  readonly answerCount: number
}

/**
 * One bar of results: an option, or a level 1–5 of a scale. `names` (named polls only) are the
 * people who chose it.
 */
export interface AtelierPollBarView {
  readonly key: string
  readonly label: string
  readonly count: number
  readonly correct?: boolean
  readonly names?: readonly string[]
}

/** The results of a poll: bars (choices, scale) or texts (open question), names if named. */
export interface AtelierPollResultsView {
  readonly answerCount: number
  readonly bars: readonly AtelierPollBarView[]
  readonly texts: readonly { readonly text: string; readonly name?: string }[]
}

/**
 * A launched poll as every participant sees it (value of the `polls` root of the atelier's
 * Y.Doc): no correct answer, no result, no name before the results are revealed.
 */
export interface AtelierPollLiveView {
  readonly id: string
  readonly kind: AtelierPollKindName
  readonly question: string
  readonly options: readonly { readonly id: string; readonly label: string }[]
  readonly anonymous: boolean
  readonly state: 'open' | 'closed'
  readonly launchedAt: string
  readonly answerCount: number
  readonly revealed: boolean
  readonly results?: AtelierPollResultsView
}

/** `PUT /api/ateliers/:id/sondages/:pollId/reponse`: the field of the poll's kind only. */
export interface AtelierPollAnswerBody {
  readonly choices?: readonly string[]
  readonly value?: number
  readonly text?: string
}

/** One's own answer to a poll (`GET …/reponse`), null before answering. */
export interface AtelierPollAnswerView {
  readonly answer: AtelierPollAnswerBody | null
}

/** `POST /api/ateliers/:id/nuages`: a word cloud opened by a facilitator. */
export interface AtelierWordCloudCreateBody {
  /** 1–300 characters. */
  readonly prompt: string
}

/** `POST /api/ateliers/:id/nuages/:cloudId/etat`. */
export interface AtelierWordCloudActionBody {
  readonly action: 'cloturer' | 'rouvrir'
}

/** `POST /api/ateliers/:id/nuages/:cloudId/moderation`, words named by their `key`. */
export type AtelierWordModerationBody =
  | { readonly action: 'fusionner'; readonly from: string; readonly into: string }
  | { readonly action: 'masquer'; readonly word: string }
  | { readonly action: 'afficher'; readonly word: string }

/** `PUT /api/ateliers/:id/nuages/:cloudId/mots`: one to three words, each 1–40 characters. */
export interface AtelierWordsBody {
  readonly words: readonly string[]
}

/** One's own words sent to a cloud (`GET …/mots`), null before sending. */
export interface AtelierWordsView {
  readonly words: readonly string[] | null
}

/** A word of a cloud: its normalised `key`, the form shown (most frequent spelling), its count. */
export interface AtelierCountedWordView {
  readonly key: string
  readonly word: string
  readonly count: number
}

/** A word cloud as every participant sees it (value of the `wordClouds` root): no names. */
export interface AtelierWordCloudLiveView {
  readonly id: string
  readonly prompt: string
  readonly state: 'open' | 'closed'
  readonly launchedAt: string
  readonly submissionCount: number
  readonly words: readonly AtelierCountedWordView[]
}

/** A word cloud as its facilitators see it: also the hidden words and the merges. */
export interface AtelierWordCloudView extends AtelierWordCloudLiveView {
  readonly hidden: readonly AtelierCountedWordView[]
  readonly merges: readonly { readonly from: string; readonly into: string }[]
}

/** `GET /api/ateliers/:id/sondages`: the facilitators' list, in their order. */
export interface AtelierPollListView {
  readonly polls: readonly AtelierPollView[]
  readonly clouds: readonly AtelierWordCloudView[]
}
