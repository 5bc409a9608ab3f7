/** Path of an item in the web app: the veille page, scrolled to it. */
export function veilleItemPath(id: string): string {
  return `/veille?element=${encodeURIComponent(id)}`
}
