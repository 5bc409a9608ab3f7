export { AtelierWallService, WALL_MAX_NOTES } from './AtelierWallService.ts'
export { ANONYMOUS_AUTHOR, shownWall, wallNoteAuthor, wallNoteVotes } from './compteRenduWall.ts'
export { formatWallCsv } from './wallCsv.ts'
export {
  deleteWallNote,
  findWallNote,
  insertWallNote,
  voteTotalOf,
  writeVoteTotal,
  type NewWallNote,
} from './wallDoc.ts'
export { wallExportColumns, type WallExportColumn, type WallExportNote } from './wallExportRows.ts'
export {
  wallDotSchema,
  wallModerationSchema,
  wallNoteIdSchema,
  wallNoteSchema,
  wallSettingsSchema,
} from './wallInput.ts'
export { readWallSettings, DEFAULT_WALL_VOTE_BUDGET, type WallSettings } from './wallSettings.ts'
export { formatWallSvg } from './wallSvg.ts'
