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
} as const
