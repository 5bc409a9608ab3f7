import type { CaretUser } from './createCollaborationExtensions.ts'

/**
 * Draws another person's caret: a thin bar in their colour with their name above it, written in
 * black or white, whichever contrasts more with the colour (WCAG 1.4.3).
 */
export function renderCaret(user: CaretUser): HTMLElement {
  const caret = document.createElement('span')
  caret.classList.add('collaboration-carets__caret')
  caret.style.borderColor = user.color
  const label = document.createElement('span')
  label.classList.add('collaboration-carets__label')
  label.style.backgroundColor = user.color
  label.style.color = readableTextColor(user.color)
  // textContent, never innerHTML: names come from other people.
  label.textContent = user.name
  caret.append(label)
  return caret
}

/** `#000000` or `#ffffff`, whichever reads better on the CSS hex colour `background`. */
export function readableTextColor(background: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background)
  if (match === null) return '#000000'
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => {
    const channel = Number.parseInt(hex ?? '0', 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  // Contrast with white is 1.05 / (L + 0.05); with black (L + 0.05) / 0.05.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000'
}
