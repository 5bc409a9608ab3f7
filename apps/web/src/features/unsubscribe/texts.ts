/** The French text of the unsubscribe page, reached from the link at the foot of every mail. */
export const unsubscribeTexts = {
  pageTitle: 'Se désabonner',
  loading: 'Vérification du lien de désabonnement…',
  intro: (label: string, email: string) =>
    `Vous recevez les e-mails « ${label} » à l’adresse ${email}.`,
  consequence:
    'Après votre clic, Maillage ne vous enverra plus d’e-mail de cette sorte, ni immédiatement ni dans le résumé quotidien. Les autres e-mails et les notifications dans l’application ne changent pas.',
  submit: 'Ne plus recevoir ces e-mails',
  submitting: 'Désabonnement…',
  done: (label: string, email: string) =>
    `C’est fait : vous ne recevrez plus les e-mails « ${label} » à l’adresse ${email}.`,
  preferences: 'Choisir les e-mails que vous recevez, dans votre profil',
  invalid:
    'Ce lien de désabonnement n’est pas valide : il a peut-être été coupé ou mal copié depuis l’e-mail. Vous pouvez choisir les e-mails que vous recevez dans votre profil, une fois connecté.',
} as const
