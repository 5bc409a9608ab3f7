import { Extension } from '@tiptap/core'

// What sequential keyboard navigation can reach (inert, hidden and disabled elements are skipped).
const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, [contenteditable="true"], [tabindex]'

/**
 * Escape moves the focus from the editor to the next control after it on the page, so that
 * keyboard users always have a way out of the rich text (RGAA 12.13: no keyboard trap) even where
 * Tab means something inside it. Nothing in the document changes.
 */
export const EscapeLeavesEditor = Extension.create({
  name: 'escapeLeavesEditor',
  addKeyboardShortcuts() {
    return {
      Escape: () => {
        const next = nextFocusableAfter(this.editor.view.dom)
        if (next === undefined) return false
        next.focus()
        return true
      },
    }
  },
})

/** The first element after `element` (outside it) in document order that Tab would reach. */
export function nextFocusableAfter(element: HTMLElement): HTMLElement | undefined {
  const candidates = element.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)
  for (const candidate of candidates) {
    if (element.contains(candidate)) continue
    if (!(element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue
    if (isTabbable(candidate)) return candidate
  }
  return undefined
}

function isTabbable(element: HTMLElement): boolean {
  if (element.tabIndex < 0) return false
  if ('disabled' in element && element.disabled === true) return false
  if (element.closest('[inert]') !== null) return false
  return element.getClientRects().length > 0
}
