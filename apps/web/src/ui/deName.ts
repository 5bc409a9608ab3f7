/**
 * « de » before a person's name as French writes it: elided before a vowel or a mute h
 * (« d’Élodie Vasseur », « d’Hugo Martin »), « de Nadia Benali » otherwise.
 */
export function deName(name: string): string {
  return /^[aeiouyhàâäéèêëîïôöùûü]/i.test(name) ? `d’${name}` : `de ${name}`
}
