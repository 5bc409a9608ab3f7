import type { ReactNode } from 'react'
import type { RichTextJson, RichTextMarkJson } from '@maillage/protocol'

/**
 * Rich text (Tiptap JSON) shown read-only with plain HTML elements: paragraphs, headings (one
 * level below the page's own), lists, quotes, code, tables, and the marks people use. Unknown
 * nodes show their content; links keep only web and mail addresses.
 */
export function RichTextView(props: { doc: RichTextJson }): ReactNode {
  return <div className="texte-version">{childrenOf(props.doc)}</div>
}

function childrenOf(node: RichTextJson): ReactNode[] {
  return (node.content ?? []).map((child, index) => nodeOf(child, index))
}

function nodeOf(node: RichTextJson, key: number): ReactNode {
  const children = childrenOf(node)
  switch (node.type) {
    case 'text':
      return <span key={key}>{withMarks(node.text ?? '', node.marks ?? [])}</span>
    case 'paragraph':
      return <p key={key}>{children}</p>
    case 'heading':
      return headingOf(node.attrs?.level, children, key)
    case 'bulletList':
      return <ul key={key}>{children}</ul>
    case 'orderedList':
      return <ol key={key}>{children}</ol>
    case 'listItem':
    case 'taskItem':
      return <li key={key}>{children}</li>
    case 'taskList':
      return <ul key={key}>{children}</ul>
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{children}</code>
        </pre>
      )
    case 'hardBreak':
      return <br key={key} />
    case 'horizontalRule':
      return <hr key={key} />
    case 'table':
      return (
        <table key={key}>
          <tbody>{children}</tbody>
        </table>
      )
    case 'tableRow':
      return <tr key={key}>{children}</tr>
    case 'tableHeader':
      return <th key={key}>{children}</th>
    case 'tableCell':
      return <td key={key}>{children}</td>
    case 'mention':
      return <span key={key}>@{typeof node.attrs?.label === 'string' ? node.attrs.label : ''}</span>
    default:
      return <div key={key}>{children}</div>
  }
}

/** Headings of the document sit under the page's « Contenu » (h3): h2 becomes h4, and so on. */
function headingOf(level: unknown, children: ReactNode[], key: number): ReactNode {
  const shifted = typeof level === 'number' ? Math.min(6, Math.max(4, level + 2)) : 4
  if (shifted === 4) return <h4 key={key}>{children}</h4>
  if (shifted === 5) return <h5 key={key}>{children}</h5>
  return <h6 key={key}>{children}</h6>
}

function withMarks(text: string, marks: readonly RichTextMarkJson[]): ReactNode {
  return marks.reduce<ReactNode>((inner, mark) => {
    switch (mark.type) {
      case 'bold':
        return <strong>{inner}</strong>
      case 'italic':
        return <em>{inner}</em>
      case 'underline':
        return <u>{inner}</u>
      case 'strike':
        return <s>{inner}</s>
      case 'code':
        return <code>{inner}</code>
      case 'link': {
        const href = mark.attrs?.href
        return typeof href === 'string' && /^(https?:|mailto:)/iu.test(href) ? (
          <a href={href} rel="noopener noreferrer">
            {inner}
          </a>
        ) : (
          inner
        )
      }
      default:
        return inner
    }
  }, text)
}
