import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'

const key = new PluginKey<boolean>('maillage-remote-changes-keep-scroll')

/**
 * Keeps the page where it is when other people's edits arrive. The Yjs binding asks ProseMirror to
 * scroll the selection into view after every remote change, which forces a synchronous layout of
 * the whole document (3.7–4.9 ms per remote edit in a 600-paragraph document, measured with
 * `npm run bench:web`); the browser's scroll anchoring already keeps one's text in place.
 */
export const RemoteChangesKeepScroll = Extension.create({
  name: 'remoteChangesKeepScroll',
  addProseMirrorPlugins() {
    return [
      new Plugin<boolean>({
        key,
        state: {
          init: () => false,
          apply: (transaction) => isRemoteChange(transaction.getMeta(ySyncPluginKey)),
        },
        props: {
          handleScrollToSelection: (view) => key.getState(view.state) === true,
        },
      }),
    ]
  },
})

function isRemoteChange(meta: unknown): boolean {
  return typeof meta === 'object' && meta !== null && 'isChangeOrigin' in meta
    ? meta.isChangeOrigin === true
    : false
}
