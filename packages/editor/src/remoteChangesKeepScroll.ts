import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'

const key = new PluginKey<boolean>('maillage-remote-changes-keep-scroll')

/**
 * Keeps the page where it is when other people's edits arrive, and keeps them as they are. The Yjs
 * binding asks ProseMirror to scroll the selection into view after every remote change, which
 * forces a synchronous layout of the whole document (3.7–4.9 ms per remote edit in a
 * 600-paragraph document, measured with `npm run bench:web`); the browser's scroll anchoring
 * already keeps one's text in place. And the plugins that react to one's own typing (links made
 * from typed addresses, emptying the document) leave others' edits alone: their author's editor
 * already did that work, and looking for it again scanned the whole document at every remote edit
 * (the binding replaces the whole document in its transaction).
 */
export const RemoteChangesKeepScroll = Extension.create({
  name: 'remoteChangesKeepScroll',
  dispatchTransaction({ transaction, next }) {
    if (isRemoteChange(transaction)) {
      transaction.setMeta('preventAutolink', true).setMeta('preventClearDocument', true)
    }
    next(transaction)
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<boolean>({
        key,
        state: {
          init: () => false,
          apply: (transaction) => isRemoteChange(transaction),
        },
        props: {
          handleScrollToSelection: (view) => key.getState(view.state) === true,
        },
      }),
    ]
  },
})

function isRemoteChange(transaction: Transaction): boolean {
  const meta: unknown = transaction.getMeta(ySyncPluginKey)
  return typeof meta === 'object' && meta !== null && 'isChangeOrigin' in meta
    ? meta.isChangeOrigin === true
    : false
}
