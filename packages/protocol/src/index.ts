export { AuthMessageType } from './AuthMessageType.ts'
export { CloseCode } from './CloseCode.ts'
export { describeCloseCode } from './closeReason.ts'
export { decodeMessage } from './decodeMessage.ts'
export { isDocumentId, MAX_DOCUMENT_ID_LENGTH, parseDocumentId } from './DocumentId.ts'
export type { DocumentId } from './DocumentId.ts'
export { encodeAuthDenied } from './encodeAuthDenied.ts'
export { encodeAwareness, encodeQueryAwareness } from './encodeAwareness.ts'
export { encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './encodeSync.ts'
export { InvalidDocumentIdError } from './InvalidDocumentIdError.ts'
export type { Message } from './Message.ts'
export { MessageType } from './MessageType.ts'
export { PAGE_SOCKET_GLOBAL } from './pageSocket.ts'
export { ProtocolError, ProtocolErrorCode } from './ProtocolError.ts'
export { readVarString, readVarUint, readVarUint8Array } from './boundedDecoding.ts'
export { SyncMessageType } from './SyncMessageType.ts'
export type {
  AccountView,
  LoginView,
  PlatformRoleName,
  SessionView,
  SpaceRoleName,
} from './api/AccountView.ts'
export type { ApiErrorBody } from './api/ApiErrorBody.ts'
export type {
  LettreDraftView,
  LettreEditionView,
  LettreListView,
  LettrePrepareBody,
  LettrePreparedView,
  LettrePublishedView,
  LettreSummaryView,
} from './api/LettreView.ts'
export type {
  CommentAnchorView,
  CommentCreateBody,
  CommentMessageView,
  CommentReplyBody,
  CommentStatusBody,
  CommentStatusName,
  CommentThreadView,
  RelativePositionJsonView,
} from './api/CommentView.ts'
export type {
  AvisDeadlineView,
  DocumentAccessName,
  DocumentQualityView,
  DocumentView,
  FicheActionExportView,
  HomeView,
  ReviewRightsView,
} from './api/DocumentView.ts'
export type {
  CreatedInvitationView,
  InvitationPreviewView,
  InvitationView,
  MemberView,
  SpaceView,
} from './api/SpaceView.ts'
export type {
  ConsideredToolView,
  NotificationListView,
  NotificationView,
  PersonRefView,
  ToolCatalogueView,
  ToolProposalBody,
  ToolProposalStatusName,
  ToolProposalStepView,
  ToolProposalTransitionBody,
  ToolProposalView,
  ToolRatingsView,
  ToolCommentView,
  ToolStatusName,
  ToolUsageBody,
  ToolUsageListView,
  ToolUsageView,
  ToolView,
} from './api/ToolboxView.ts'
export type {
  SurveyAnswerView,
  SurveyCountView,
  SurveyDraftBody,
  SurveyModeName,
  SurveyOpenAnswerView,
  SurveyOpenBody,
  SurveyOptionView,
  SurveyPatchBody,
  SurveyQuestionInput,
  SurveyQuestionKindName,
  SurveyQuestionResultView,
  SurveyQuestionView,
  SurveyResultsView,
  SurveySpaceRateView,
  SurveyStatusName,
  SurveySubmissionView,
  SurveyToolResultView,
  SurveyValueView,
  SurveyView,
} from './api/SurveyView.ts'
export type { RichTextJson, RichTextMarkJson } from './api/RichTextJson.ts'
export type {
  ExchangeCreateBody,
  ExchangeEchoBody,
  ExchangeEchoView,
  ExchangeMessageBody,
  ExchangeMessageView,
  ExchangeStatusBody,
  ExchangeStatusName,
  ExchangeSummaryView,
  ExchangeTypeName,
  ExchangeView,
  SynergiesView,
  SynergySubjectView,
  SynergyThemeView,
  TerritoryRefView,
} from './api/ExchangeView.ts'
export type {
  AtelierAttendanceView,
  AtelierCreateBody,
  AtelierFormatName,
  AtelierPatchBody,
  AtelierRegistrantView,
  AtelierRegistrationStatusName,
  AtelierRegistrationView,
  AtelierSessionBody,
  AtelierSessionStateName,
  AtelierSessionView,
  AtelierSummaryView,
  AtelierView,
  CalendarFeedStatusView,
  CalendarFeedView,
} from './api/AtelierView.ts'
export type {
  AtelierWallAuthorView,
  AtelierWallDotBody,
  AtelierWallModerationBody,
  AtelierWallNoteBody,
  AtelierWallNoteView,
  AtelierWallSettingsBody,
  AtelierWallStateView,
} from './api/AtelierWallView.ts'
export type {
  AtelierCountedWordView,
  AtelierPollActionBody,
  AtelierPollAnswerBody,
  AtelierPollAnswerView,
  AtelierPollBarView,
  AtelierPollCreateBody,
  AtelierPollKindName,
  AtelierPollListView,
  AtelierPollLiveView,
  AtelierPollOptionView,
  AtelierPollPatchBody,
  AtelierPollResultsView,
  AtelierPollStateName,
  AtelierPollView,
  AtelierWordCloudActionBody,
  AtelierWordCloudCreateBody,
  AtelierWordCloudLiveView,
  AtelierWordCloudView,
  AtelierWordModerationBody,
  AtelierWordsBody,
  AtelierWordsView,
} from './api/AtelierPollView.ts'
export type {
  AtelierFloorBody,
  AtelierHandsView,
  AtelierReactionBody,
  AtelierTimerBody,
  AtelierTimerView,
  ServerTimeView,
} from './api/AtelierTimerView.ts'
export type {
  AtelierBreakoutAssignBody,
  AtelierBreakoutGroupView,
  AtelierBreakoutParticipantView,
  AtelierBreakoutStartBody,
  AtelierBreakoutStatusView,
  AtelierBreakoutView,
} from './api/AtelierGroupsView.ts'
export type {
  SearchPassageSegmentView,
  SearchResultTypeName,
  SearchResultView,
  SearchSpaceFacetView,
  SearchTypeFacetView,
  SearchView,
} from './api/SearchView.ts'
export type {
  MeetingAgendaItemView,
  MeetingAttachmentView,
  MeetingAttendanceBody,
  MeetingAttendanceStatusName,
  MeetingAttendanceView,
  MeetingCloseView,
  MeetingConvocationView,
  MeetingCreateBody,
  MeetingInstanceChoiceView,
  MeetingListView,
  MeetingQuorumView,
  MeetingStatusName,
  MeetingSummaryView,
  MeetingUpdateBody,
  MeetingView,
} from './api/MeetingView.ts'
export type {
  VeilleCurationBody,
  VeilleFeedStatusView,
  VeilleFeedView,
  VeilleImportBody,
  VeilleImportRejectionView,
  VeilleImportView,
  VeilleItemBody,
  VeilleItemView,
  VeilleListView,
  VeilleStatusName,
} from './api/VeilleView.ts'
export type {
  ClpeProfileBody,
  ClpeProfileName,
  ClpeRuleView,
  CollegeName,
  EndMandateBody,
  InstanceDetailView,
  InstanceKindName,
  InstanceListView,
  InstanceSummaryView,
  MandateChangeView,
  MandateStatusName,
  MandateView,
  MemberBody,
  RuleClpeView,
} from './api/InstanceView.ts'
export type {
  ProgrammeComparisonView,
  ProgrammeFollowUpView,
  ProgrammeLineBody,
  ProgrammeLineChangeView,
  ProgrammeLineFollowUpView,
  ProgrammeLineKindName,
  ProgrammeLineView,
  ProgrammeLinkBody,
  ProgrammeLinkKindName,
  ProgrammeLinkView,
  ProgrammeOverviewView,
  ProgrammeRightsView,
  ProgrammeSendBackBody,
  ProgrammeStepBody,
  ProgrammeStepEntryView,
  ProgrammeStepName,
  ProgrammeSurveySignalView,
  ProgrammeTargetLinesView,
  ProgrammeVersionCreateBody,
  ProgrammeVersionSummaryView,
  ProgrammeVersionView,
} from './api/ProgrammeView.ts'
export type {
  DecisionCreateBody,
  DecisionFollowUpBody,
  DecisionFollowUpView,
  DecisionListView,
  DecisionSourceView,
  DecisionStatusName,
  DecisionSubjectKindName,
  DecisionSubjectView,
  DecisionView,
} from './api/DecisionView.ts'
export type {
  GovernanceCalendarEntryView,
  GovernanceCalendarKindName,
  GovernanceCalendarView,
} from './api/GovernanceCalendarView.ts'
export type {
  BlockDiffView,
  DiffPartView,
  DiffStatusName,
  FieldDiffView,
  TextDiffView,
  VersionAuthorView,
  VersionContentView,
  VersionCreateBody,
  VersionDiffView,
  VersionFieldView,
  VersionKindName,
  VersionRestoreView,
  VersionSideView,
  VersionSummaryView,
} from './api/VersionView.ts'
