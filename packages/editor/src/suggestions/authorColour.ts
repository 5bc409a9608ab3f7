/**
 * A colour for a suggestion's author, derived from their account id so that every reader sees the
 * same one without asking anyone: a hue from a hash of the id, dark enough (35 % lightness) for
 * text on white to keep a contrast above 4.5:1 (RGAA 3.2).
 */
export function authorColour(authorId: string): string {
  let hash = 0
  for (let index = 0; index < authorId.length; index++) {
    hash = (hash * 31 + authorId.charCodeAt(index)) | 0
  }
  const hue = Math.abs(hash) % 360
  return `hsl(${hue} 70% 30%)`
}
