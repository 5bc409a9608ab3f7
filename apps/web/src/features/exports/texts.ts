/** The French text of the « Exporter » menu of a document. */
export const exportTexts = {
  toggle: 'Exporter',
  documentGroup: 'Ce document',
  dossierGroup: 'Dossier complet (la feuille de route et ses fiches action)',
  formats: {
    odt: 'ODT (LibreOffice)',
    docx: 'DOCX (Word)',
    pdf: 'PDF',
    md: 'Markdown',
  },
  dossierFormat: (label: string) => `Dossier complet en ${label}`,
  preparing: (label: string) => `Préparation du fichier ${label}…`,
  downloaded: (fileName: string) => `Le fichier « ${fileName} » est téléchargé.`,
} as const
