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
  suggest: 'Suggérer',
  suggestingNote:
    'Mode suggestion\u00a0: vos ajouts et suppressions de texte sont proposés. La mise en forme et les nouveaux paragraphes se font en mode édition.',
  suggestOnlyNote:
    'Vous pouvez suggérer des ajouts et des suppressions de texte\u00a0: les personnes qui modifient le document les acceptent ou les rejettent.',
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
