import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { RichTextJson } from '@maillage/protocol'

/** A link's target: a path of the app, an http(s) address, or null for anything else. */
function hrefOf(node: RichTextJson): string | null {
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.['href']
  if (typeof href !== 'string') return null
  if (href.startsWith('/') && !href.startsWith('//')) return href
  return /^https?:\/\//iu.test(href) ? href : null
}

function Inline(props: { nodes: readonly RichTextJson[] }): ReactNode {
  return props.nodes.map((node, index) => {
    if (node.type === 'hardBreak') return <br key={index} />
    if (node.type !== 'text') return <Inline key={index} nodes={node.content ?? []} />
    const types = new Set(node.marks?.map((mark) => mark.type))
    let content: ReactNode = node.text ?? ''
    if (types.has('bold')) content = <strong>{content}</strong>
    if (types.has('italic')) content = <em>{content}</em>
    const href = hrefOf(node)
    if (href === null) return <span key={index}>{content}</span>
    return href.startsWith('/') ? (
      <Link key={index} to={href}>
        {content}
      </Link>
    ) : (
      <a key={index} href={href}>
        {content}
      </a>
    )
  })
}

function Block(props: { node: RichTextJson }): ReactNode {
  const { node } = props
  const children = node.content ?? []
  switch (node.type) {
    case 'heading':
      // The page's title is the h1: the numéro's sections are h2, their sub-sections h3.
      return node.attrs?.['level'] === 3 ? (
        <h3>
          <Inline nodes={children} />
        </h3>
      ) : (
        <h2>
          <Inline nodes={children} />
        </h2>
      )
    case 'paragraph':
      return (
        <p>
          <Inline nodes={children} />
        </p>
      )
    case 'bulletList':
      return (
        <ul>
          {children.map((item, index) => (
            <li key={index}>
              <Blocks nodes={item.content ?? []} />
            </li>
          ))}
        </ul>
      )
    case 'orderedList':
      return (
        <ol>
          {children.map((item, index) => (
            <li key={index}>
              <Blocks nodes={item.content ?? []} />
            </li>
          ))}
        </ol>
      )
    case 'blockquote':
      return (
        <blockquote>
          <Blocks nodes={children} />
        </blockquote>
      )
    default:
      return <Blocks nodes={children} />
  }
}

/** Blocks of rich text, read-only: headings, paragraphs, lists and links (app paths as links). */
export function Blocks(props: { nodes: readonly RichTextJson[] }): ReactNode {
  return props.nodes.map((node, index) =>
    node.type === 'text' ? (
      <p key={index}>
        <Inline nodes={[node]} />
      </p>
    ) : (
      <Block key={index} node={node} />
    ),
  )
}
