/**
 * The form of a word for `count` things, as French writes it: singular for 0 and 1 (« 0 échange »,
 * « 1,5 heure »), plural from 2 on. The caller gives both forms, since French plurals are not
 * all an added « s » (« 2 journaux »).
 */
export function plural(count: number, singular: string, pluralForm: string): string {
  return Math.abs(count) < 2 ? singular : pluralForm
}

/** A count followed by its word in the right form: « 0 échange », « 1 234 échanges ». */
export function formatCount(count: number, singular: string, pluralForm: string): string {
  return `${count.toLocaleString('fr-FR')} ${plural(count, singular, pluralForm)}`
}
