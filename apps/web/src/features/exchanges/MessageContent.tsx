import { renderToReactElement } from '@tiptap/static-renderer/pm/react'
import { memo, type ReactNode } from 'react'
import { createMessageExtensions } from '@maillage/editor'
import type { RichTextJson } from '@maillage/protocol'
import { threadTexts } from './texts.ts'

// The schema the server checks every message against; no suggestion: nothing is edited here.
const MESSAGE_EXTENSIONS = createMessageExtensions()

/**
 * The rich text of a message rendered as React elements with the message schema (never as HTML
 * strings): links keep `rel="noopener noreferrer nofollow"`, a mention shows « @Nom » highlighted,
 * more strongly when it names the reader. A document that does not fit the schema shows a notice.
 */
export const MessageContent = memo(function MessageContent(props: {
  content: RichTextJson
  readerId: string
}): ReactNode {
  const rendered = renderMessage(props.content, props.readerId)
  return (
    <div className="contenu-message">
      {rendered ?? <p className="aide">{threadTexts.unreadable}</p>}
    </div>
  )
})

function renderMessage(content: RichTextJson, readerId: string): ReactNode {
  try {
    return renderToReactElement({
      content: content as Parameters<typeof renderToReactElement>[0]['content'],
      extensions: MESSAGE_EXTENSIONS,
      options: {
        nodeMapping: {
          mention: ({ node }) => {
            const attrs = node.attrs as { id?: unknown; label?: unknown }
            const label = typeof attrs.label === 'string' ? attrs.label : ''
            const isReader = attrs.id === readerId
            return (
              <span
                className={isReader ? 'mention mention-lecteur' : 'mention'}
                data-type="mention"
              >
                @{label}
              </span>
            )
          },
        },
      },
    })
  } catch {
    // A message that does not fit the schema (it never should: the server checks it) is not
    // shown rather than shown wrongly.
    return null
  }
}
