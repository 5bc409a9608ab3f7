import type { RecordKind } from './recordCollection.ts'
import { accessTokenSchema, type AccessToken } from './records/AccessToken.ts'
import { documentRecordSchema, type DocumentRecord } from './records/DocumentRecord.ts'
import { invitationSchema, type Invitation } from './records/Invitation.ts'
import { notificationSchema, type Notification } from './records/Notification.ts'
import { spaceSchema, type Space } from './records/Space.ts'
import { toolProposalSchema, type ToolProposal } from './records/ToolProposal.ts'

// The records kept in plain lists, created and patched by the functions of recordCollection.ts.
// Accounts (unique email, compared lower-cased), sessions (indexed) and memberships (keyed by a
// pair) have their own code in LowdbAccountRecords, LowdbSessionRecords and LowdbSpaceRecords.

/** Spaces, unique by id. */
export const SPACE: RecordKind<Space> = { name: 'space', schema: spaceSchema, unique: ['id'] }
/** Invitations, unique by id and by token hash. */
export const INVITATION: RecordKind<Invitation> = {
  name: 'invitation',
  schema: invitationSchema,
  unique: ['id', 'tokenHash'],
}
/** Personal access tokens, unique by id and by token hash. */
export const ACCESS_TOKEN: RecordKind<AccessToken> = {
  name: 'access token',
  schema: accessTokenSchema,
  unique: ['id', 'tokenHash'],
}
/** Entries of the document index, unique by id. */
export const DOCUMENT: RecordKind<DocumentRecord> = {
  name: 'document',
  schema: documentRecordSchema,
  unique: ['id'],
}
/** Proposals of new tools, unique by id. */
export const TOOL_PROPOSAL: RecordKind<ToolProposal> = {
  name: 'tool proposal',
  schema: toolProposalSchema,
  unique: ['id'],
}
/** In-app notifications, unique by id. */
export const NOTIFICATION: RecordKind<Notification> = {
  name: 'notification',
  schema: notificationSchema,
  unique: ['id'],
}
