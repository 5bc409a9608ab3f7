/** Path of a thread in the web app, the link of the notifications about it. */
export function exchangePath(id: string): string {
  return `/echanges/${id}`
}
