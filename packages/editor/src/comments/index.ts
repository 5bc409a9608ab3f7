export { CommentHighlights, commentHighlightsKey } from './CommentHighlights.ts'
export type { CommentHighlightsOptions, HighlightedThread } from './CommentHighlights.ts'
export { anchorOfSelection, resolveAnchor } from './commentAnchors.ts'
export type { RelativePositionJson, ResolvedRange, TextAnchor } from './commentAnchors.ts'
