/**
 * A colour for a suggestion's author, derived from their account id so that every reader sees the
 * same one without asking anyone: a hue from a hash of the id, dark enough (22 % lightness) for its
 * text to keep a contrast of 4.5:1 (RGAA 3.2) whatever the hue — yellow, the lightest, included — on
 * white, on the page's grey and on the text's highlights. At 30 % yellows and greens fell to 3.2:1.
 */
export function authorColour(authorId: string): string {
  let hash = 0
  for (let index = 0; index < authorId.length; index++) {
    hash = (hash * 31 + authorId.charCodeAt(index)) | 0
  }
  const hue = Math.abs(hash) % 360
  return `hsl(${hue} 70% 22%)`
}
