/** TEMPORARY (issue #8 in progress): replaced by the helper building this screen. */
export function NewAtelierPage() {
  return null
}
