/** The French text of the rich-text editor and its formatting toolbar. */
export const richTextTexts = {
  editorLabel: 'Contenu du document',
  keyboardHint:
    'Au clavier : dans un tableau, Tab passe à la cellule suivante ; Échap sort de l’éditeur.',
  toolbarLabel: 'Mise en forme',
  linkLabel: 'Adresse du lien',
  linkApply: 'Appliquer le lien',
  linkRemove: 'Retirer le lien',
  linkCancel: 'Annuler',
  linkInvalid: 'Saisissez une adresse commençant par https://, http:// ou mailto:.',
  comment: 'Commenter',
  cite: 'Citer une source',
  citeLabel: 'Source à citer',
  citeApply: 'Insérer la citation',
  citeNone:
    'Aucune source n’est prête à être citée : ajoutez-en une dans « Sources » avec son libellé et son document, son élément de veille ou son adresse.',
  sourcesHeading: 'Sources citées',
  sourcesNone: 'Aucune source pour le moment : ajoutez-les dans le champ « Sources ».',
  sourceUntitled: 'Source sans libellé',
  sourceIncomplete: '(à compléter : document, élément de veille ou adresse manquant)',
} as const
