export { territories, departementOf } from './territories.ts'
export type { Clpe, Departement, Territories } from './territories.ts'
export { isSpaceId, parseSpaceId } from './SpaceId.ts'
export type { SpaceId } from './SpaceId.ts'
export { SpaceKind, SPACE_KIND_LABELS } from './SpaceKind.ts'
export { SpaceRole, SPACE_ROLE_LABELS, canEdit, canManage } from './Role.ts'
export {
  DEFAULT_LECTEUR_REVIEW,
  EDITING_MODE_LABELS,
  EditingMode,
  LECTEUR_REVIEW_LABELS,
  LecteurReview,
} from './review/ReviewPolicy.ts'
export {
  DocumentKind,
  DOCUMENT_KIND_LABELS,
  KINDS_WITH_OWN_WORKFLOW,
  isDocumentKind,
} from './DocumentKind.ts'
export { seedSpaces, clpeSpaceId, REGIONAL_SPACE_IDS } from './seedSpaces.ts'
export type { SpaceSeed } from './seedSpaces.ts'
export { DocumentRoot } from './DocumentRoot.ts'
export {
  MAX_SUGGESTION_AUTHOR_NAME_LENGTH,
  MAX_SUGGESTION_ID_LENGTH,
  SuggestionMark,
  readSuggestionAttributes,
} from './SuggestionMark.ts'
export type { SuggestionAttributes, SuggestionAuthor } from './SuggestionMark.ts'
export { ANY_DOCUMENT_KIND } from './kinds/FieldDefinition.ts'
export type {
  ChoiceOption,
  TextFieldDefinition,
  ChoiceFieldDefinition,
  MultiChoiceFieldDefinition,
  DateFieldDefinition,
  TimeFieldDefinition,
  NumberFieldDefinition,
  DocumentLinkFieldDefinition,
  ListFieldDefinition,
  FieldDefinition,
  FieldSection,
} from './kinds/FieldDefinition.ts'
export type { FieldValue, FieldValues, ItemValues, FieldProblem } from './kinds/FieldValues.ts'
export type {
  TemplateBlock,
  IndexedFields,
  QualityContext,
  KindDefinition,
} from './kinds/KindDefinition.ts'
export { QUALITY_LEVEL_LABELS } from './kinds/QualityReport.ts'
export type {
  QualityLevel,
  QualityCategory,
  QualityCriterion,
  QualityReport,
} from './kinds/QualityReport.ts'
export { readFields } from './kinds/fields/readFields.ts'
export type { ReadFieldsResult } from './kinds/fields/readFields.ts'
export { emptyValueOf } from './kinds/fields/emptyValueOf.ts'
export { fieldsOf } from './kinds/fields/fieldsOf.ts'
export { stringValue, numberValue, choicesValue, itemsValue } from './kinds/fields/fieldValue.ts'
export { PROSE_MAX_LENGTH, LINE_MAX_LENGTH } from './kinds/fields/defineFields.ts'
export { KINDS, kindDefinition } from './kinds/KINDS.ts'
export { loadKindDefinition } from './kinds/loadKindDefinition.ts'
export { weakestCriteria } from './kinds/weakestCriteria.ts'
export { formatFrenchDate, formatFrenchTimestamp } from './kinds/format/formatFrenchDate.ts'
export { formatFrenchNumber } from './kinds/format/formatFrenchNumber.ts'
export { withFrenchSpacing } from './kinds/format/withFrenchSpacing.ts'
export {
  IndicatorLevel,
  INDICATOR_LEVEL_OPTIONS,
  isEffectLevel,
} from './kinds/indicators/IndicatorLevel.ts'
export {
  indicatorListField,
  INDICATOR_FREQUENCY_OPTIONS,
  MEASUREMENT_FIELDS,
  KPI_FIELD,
} from './kinds/indicators/indicatorListField.ts'
export { NATIONAL_KPIS, nationalKpiLabel } from './kinds/indicators/nationalKpis.ts'
export { measurementsOf } from './kinds/indicators/measurementsOf.ts'
export type { Measurement } from './kinds/indicators/measurementsOf.ts'
export { DIAGNOSTIC_RUBRIQUES } from './kinds/diagnostic/diagnosticRubriques.ts'
export type { DiagnosticRubrique } from './kinds/diagnostic/diagnosticRubriques.ts'
export {
  KeyFigureNature,
  KEY_FIGURE_NATURE_OPTIONS,
  MASKING_THRESHOLD,
  isMasked,
  formatKeyFigure,
} from './kinds/diagnostic/keyFigures.ts'
export { AFOM_FIELDS } from './kinds/diagnostic/diagnosticSections.ts'
export {
  FicheActionStatus,
  FICHE_ACTION_STATUS_OPTIONS,
  FICHE_ACTION_STATUS_FIELD,
  isBilanExpected,
  STALE_AFTER_DAYS,
  isStale,
} from './kinds/ficheAction/FicheActionStatus.ts'
export {
  CADRE_OPTIONS,
  PUBLIC_OPTIONS,
  THEMATIQUE_OPTIONS,
  TYPOLOGIE_IMPACT_OPTIONS,
  RECONDUCTION_OPTIONS,
  ETAPE_STATUT_OPTIONS,
  optionLabel,
} from './kinds/ficheAction/ficheActionOptions.ts'
export {
  TDC_CHAIN_FIELDS,
  TDC_HYPOTHESIS_FIELDS,
} from './kinds/ficheAction/theorieDuChangementSection.ts'
export { scoreFicheAction } from './kinds/ficheAction/quality/scoreFicheAction.ts'
export { VAGUE_JARGON, findJargon } from './kinds/ficheAction/quality/VAGUE_JARGON.ts'
export { isSmartIndicator, durationInDays } from './kinds/ficheAction/quality/impactCriteria.ts'
export { TDB_RPE_COLUMNS } from './kinds/ficheAction/tdbRpe/TDB_RPE_COLUMNS.ts'
export type { TdbRpeColumnKey, TdbRpeRow } from './kinds/ficheAction/tdbRpe/TDB_RPE_COLUMNS.ts'
export {
  ficheActionToTdbRow,
  TDB_LIST_SEPARATOR,
} from './kinds/ficheAction/tdbRpe/ficheActionToTdbRow.ts'
export { FICHE_ACTION_BILAN_SECTION } from './kinds/ficheAction/ficheActionSections.ts'
export { OUTIL_KEY_FIELDS, outilKind } from './kinds/outilKind.ts'
export { lettreKind } from './kinds/lettreKind.ts'
export { SYNTHESE_SOURCE_TYPE_OPTIONS, citationHref, syntheseKind } from './kinds/syntheseKind.ts'
export type { SyntheseSource } from './kinds/syntheseKind.ts'
export {
  OUTIL_ECHELLE_OPTIONS,
  OUTIL_PUBLIC_OPTIONS,
  OUTIL_RESUME_MAX_LENGTH,
  OUTIL_STATUS_OPTIONS,
  OUTIL_THEMATIQUE_OPTIONS,
  OUTIL_TYPE_OPTIONS,
} from './kinds/outilOptions.ts'
export {
  SurveyQuestionKind,
  SURVEY_QUESTION_KIND_LABELS,
  LIKERT_MIN,
  LIKERT_MAX,
  LIKERT_OPTIONS,
  LIKERT_HELP,
} from './survey/SurveyQuestion.ts'
export type {
  SurveyQuestion,
  SurveyDefinition,
  SurveyValue,
  SurveyValues,
} from './survey/SurveyQuestion.ts'
export {
  surveyDefinitionSchema,
  surveyQuestionSchema,
  openingProblems,
  MAX_SURVEY_QUESTIONS,
  MAX_SURVEY_OPTIONS,
} from './survey/surveyDefinitionSchema.ts'
export {
  toolQuestionBlock,
  toolQuestionId,
  TOOL_USAGE_OPTIONS,
  TOOL_QUESTION_SUFFIXES,
} from './survey/toolQuestionBlock.ts'
export type { SurveyTool } from './survey/toolQuestionBlock.ts'
export { surveyQuestionField, surveyFields } from './survey/surveyQuestionFields.ts'
export { readAnswer } from './survey/readAnswer.ts'
export { ANSWER_SUBMITTED_META_KEY, readAnswerSubmission } from './survey/answerSubmission.ts'
export type { AnswerSubmissionMeta } from './survey/answerSubmission.ts'
export type { ReadAnswerResult } from './survey/readAnswer.ts'
export { aggregateSurvey } from './survey/aggregateSurvey.ts'
export type { SubmittedAnswer, SurveyTarget, AggregateInput } from './survey/aggregateSurvey.ts'
export type {
  SurveyCount,
  SurveyOpenAnswer,
  SurveyQuestionResult,
  SurveyToolResult,
  SurveySpaceRate,
  SurveySpaceAnswers,
  SurveyLateAnswer,
  SurveyResults,
} from './survey/SurveyResults.ts'
export {
  EXCHANGE_TYPE_OPTIONS,
  ECHOABLE_EXCHANGE_TYPES,
  EXCHANGE_STATUS_OPTIONS,
  EXCHANGE_THEME_OPTIONS,
  SUPRA_TERRITORIAL_THRESHOLD,
} from './exchanges/exchangeOptions.ts'
export type { ExchangeType, ExchangeStatus, ExchangeTheme } from './exchanges/exchangeOptions.ts'
export {
  ATELIER_FORMAT_OPTIONS,
  ATELIER_THEME_OPTIONS,
  ATELIER_TIME_ZONE,
  ATELIER_SESSION_STATES,
} from './ateliers/atelierOptions.ts'
export type { AtelierFormat, AtelierTheme, AtelierSessionState } from './ateliers/atelierOptions.ts'
export { WALL_NOTE_MAX_LENGTH } from './ateliers/wallLimits.ts'
export {
  STOPPED_TIMER,
  TIMER_ACTIONS,
  TIMER_MAX_DURATION_MS,
  TIMER_MIN_DURATION_MS,
  TimerState,
  isTimeUp,
  readAtelierTimer,
  timerRemainingMs,
} from './ateliers/timer/atelierTimer.ts'
export type { AtelierTimer, TimerAction } from './ateliers/timer/atelierTimer.ts'
export { estimateClockOffset, serverNowOf } from './ateliers/timer/clockOffset.ts'
export type { ClockSample } from './ateliers/timer/clockOffset.ts'
export { MAX_RAISED_HANDS, readRaisedHands } from './ateliers/timer/raisedHands.ts'
export type { RaisedHand } from './ateliers/timer/raisedHands.ts'
export {
  REACTIONS_KEPT,
  REACTION_KINDS,
  REACTION_KIND_NAMES,
  REACTION_VISIBLE_MS,
  isReactionKind,
  readReactions,
  visibleReactions,
} from './ateliers/timer/reactions.ts'
export type { AtelierReaction, ReactionKind } from './ateliers/timer/reactions.ts'
export {
  BREAKOUT_GROUP_NAME_MAX_LENGTH,
  BREAKOUT_GROUP_NUMBERS,
  BREAKOUT_GROUP_ROOTS,
  BREAKOUT_MAX_MINUTES,
  BREAKOUT_STATES,
  MAX_BREAKOUT_GROUPS,
  MIN_BREAKOUT_GROUPS,
  groupNotesRoot,
  groupWallRoot,
} from './ateliers/breakoutGroups.ts'
export type { BreakoutGroup, BreakoutState } from './ateliers/breakoutGroups.ts'
export { ATELIER_KEY_FIELDS, atelierKind } from './kinds/atelierKind.ts'
export { atelierTimeOf, httpsUrlOf } from './kinds/atelier/atelierValues.ts'
export type {
  PilotageFilters,
  WeakCriterion,
  ActionRow,
  Trend,
  IndicatorRow,
  BilanRow,
  QuantifiedShare,
  ClpeDashboard,
  MaturitySnapshot,
  RegionalRow,
  KpiContribution,
  RegionalView,
} from './pilotage/PilotageViews.ts'
export type {
  MaturityCampaignStatus,
  MaturityCampaignSpace,
  MaturityCampaignView,
  MaturityCampaignsView,
  SpaceMaturityCampaign,
  MaturityProgressionPoint,
  SpaceMaturityView,
  MaturityDocumentView,
  MaturitySubmissionView,
} from './pilotage/maturity/MaturityViews.ts'
export {
  MATURITY_LEVELS,
  MATURITY_LEVEL_LABELS,
  isMaturityLevel,
} from './pilotage/maturity/MaturityGrid.ts'
export type { MaturityQuestion, MaturityTheme } from './pilotage/maturity/MaturityGrid.ts'
export { MATURITY_GRID } from './pilotage/maturity/MATURITY_GRID.ts'
export type {
  MaturityLevel,
  MaturityAnswers,
  ThemeProfile,
  MaturityProfile,
} from './pilotage/maturity/MaturityProfile.ts'
export {
  autoEvaluationKind,
  AUTO_EVALUATION_STATUS_FIELD,
  AUTO_EVALUATION_STATUS_OPTIONS,
} from './kinds/maturite/autoEvaluationKind.ts'
export { maturityFieldNames } from './kinds/maturite/maturityFieldNames.ts'
export type { MaturityFieldNames } from './kinds/maturite/maturityFieldNames.ts'
export { maturityAnswersOf } from './kinds/maturite/maturityAnswersOf.ts'
export {
  MATURITY_SUBMITTED_META_KEY,
  readMaturitySubmission,
  sameMaturityLevels,
} from './kinds/maturite/maturitySubmissionMeta.ts'
export type { MaturitySubmissionMeta } from './kinds/maturite/maturitySubmissionMeta.ts'
export {
  avisKind,
  AVIS_STATUS_FIELD,
  AVIS_STATUS_OPTIONS,
  AvisStatus,
} from './kinds/avis/avisKind.ts'
export {
  AVIS_ADOPTION_META_KEY,
  AVIS_IN_DRAFTING,
  AvisAdoptionState,
  AvisPosition,
  MAX_AVIS_POSITION_COMMENT,
  readAvisAdoption,
} from './kinds/avis/avisAdoption.ts'
export type { AvisAdoption, AvisPerson, AvisPositionEntry } from './kinds/avis/avisAdoption.ts'
export {
  MAX_SEANCE_AGENDA_ITEMS,
  MAX_SEANCE_DECISION_LENGTH,
  MAX_SEANCE_DECISIONS,
  MAX_SEANCE_ITEM_DOCUMENTS,
  MAX_SEANCE_ITEM_MINUTES,
  SEANCE_DECISION_SUBJECT_OPTIONS,
  SeanceField,
  seanceKind,
} from './kinds/seance/seanceKind.ts'
export {
  bilanPilotageKind,
  BILAN_PILOTAGE_STATUS_OPTIONS,
} from './kinds/bilanPilotage/bilanPilotageKind.ts'
export {
  MAX_INDEXED_INDICATORS,
  MAX_INDEXED_MEASUREMENTS,
  MAX_INDEXED_FICHE_LINKS,
  indexedMeasurementSchema,
  indicatorDigestSchema,
  fichePilotageSchema,
  feuilleDeRoutePilotageSchema,
  pilotageIndexSchema,
} from './pilotage/PilotageIndex.ts'
export type {
  IndexedMeasurement,
  IndicatorDigest,
  FichePilotage,
  FeuilleDeRoutePilotage,
  PilotageIndex,
} from './pilotage/PilotageIndex.ts'
export { pilotageIndexOf } from './pilotage/pilotageIndexOf.ts'
export { indicatorDigestOf } from './pilotage/indicatorDigestOf.ts'
export {
  latestMeasurement,
  indicatorTrend,
  indicatorProgress,
} from './pilotage/indicatorFigures.ts'
export { isQuantifiedEffectIndicator } from './pilotage/isQuantifiedEffectIndicator.ts'
export { maturityProfile } from './pilotage/maturity/profileOfAnswers.ts'
