/** The French text of the document screen. */
export const documentTexts = {
  loading: 'Chargement du document…',
  loadingFields: 'Chargement des champs…',
  titleLabel: 'Titre du document',
  untitled: 'Document sans titre',
  skipToText: 'Aller au texte du document',
  skipToFiche: 'Aller au texte de la fiche',
  sidePanelLabel: 'Présence et qualité',
  bodyHeading: 'Contenu libre',
  readOnlyNotice:
    'Vous consultez ce document en lecture seule : vous voyez les modifications des autres en direct, mais vous ne pouvez pas le modifier.',
  commentOnlyNotice:
    'Vous consultez ce document en lecture : vous voyez les modifications des autres en direct et pouvez le commenter (sélectionnez un passage, puis « Commenter la sélection »), mais pas le modifier.',
  suggestOnlyNotice:
    'Vous relisez ce document : vos ajouts et suppressions dans le texte deviennent des suggestions, que ses contributeurs acceptent ou rejettent. Vous pouvez aussi le commenter.',
  archivedNotice: 'Ce document est archivé : il reste consultable mais ne peut plus être modifié.',
  sharedNotice: 'Partagé avec tous les territoires',
  staleNotice:
    'À actualiser : cette fiche n’a pas changé depuis plus de 30 jours. Mettez à jour son statut, ses étapes et les mesures de ses indicateurs.',
  backToSpace: 'Retour à l’espace',
  backToProgramme: 'Programme des ateliers',
  lastChange: 'Dernière modification',
  exportCsv: 'Exporter pour le tableau de bord (CSV)',
  exportJson: 'Exporter (JSON)',
  history: 'Historique des versions',
} as const
