/** A link of a mail: its French text and absolute address. */
export interface MailLink {
  readonly label: string
  readonly url: string
}

/** One event of a section (a digest lists several per kind). */
export interface MailItem {
  readonly heading: string
  readonly paragraphs: readonly string[]
  readonly action?: MailLink
}

/**
 * What `renderMail` turns into the HTML and text parts: plain text everywhere (escaped when
 * rendered), links absolute. A mail about one event has no sections; a digest has one per kind.
 */
export interface MailDocument {
  readonly subject: string
  readonly heading: string
  readonly paragraphs: readonly string[]
  readonly action?: MailLink
  readonly sections: readonly { readonly title: string; readonly items: readonly MailItem[] }[]
  readonly footer: MailFooter
}

/** Why the person gets the mail, and how to get fewer. */
export interface MailFooter {
  readonly reason: string
  readonly preferences: MailLink
  /** One-click unsubscribe of the mail's kind(s), through the web page. */
  readonly unsubscribe: MailLink
}
