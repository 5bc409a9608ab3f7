// The option types of the extensions in use. Re-exporting them also brings each extension's
// augmentation of Tiptap's `Commands` into the programs that import this package, so that
// `editor.chain().toggleBold()` and the like type-check in the web app.
export type { CollaborationOptions } from '@tiptap/extension-collaboration'
export type { HighlightOptions } from '@tiptap/extension-highlight'
export type { TaskItemOptions, TaskListOptions } from '@tiptap/extension-list'
export type { TableKitOptions } from '@tiptap/extension-table'
export type { StarterKitOptions } from '@tiptap/starter-kit'
