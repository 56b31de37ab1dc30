# Textes de l'interface sur chaque page. Traducteurs : ne changez pas les identifiants des messages
# (à gauche de `=`) et gardez les { $variables } telles quelles.

site-name = Connaissez vos droits
skip-to-content = Aller au contenu principal
quick-exit = Sortie rapide
language-switcher = Langue
nav-sections = Rubriques
all-languages = Toutes les langues
choose-language = Lire en français
footer-not-legal-advice = Ce site donne des informations générales, pas des conseils juridiques. Pour des conseils sur votre dossier, parlez à un avocat ou à un représentant accrédité par le ministère de la Justice (DOJ).
footer-hotline = Ligne d'information du tribunal de l'immigration (automatique, gratuite) : { $phone }

## Avis sur une page
fallback-notice = Cette page n'est pas encore traduite dans votre langue. Elle est affichée dans cette langue : { $language }.
outdated-notice = Cette page a été modifiée en anglais après sa traduction. Certains détails ici ne sont peut-être plus à jour.
outdated-read-original = Lire la page en anglais.
not-translated-badge = Pas encore traduit
last-reviewed = Dernière vérification :
on-this-page = Sur cette page
sources-heading = Sources officielles
# Après un lien vers un autre site web, pour les lecteurs d'écran.
external-link = ouvre un autre site web

## Encadrés dans les guides
admonition-note = Remarque
admonition-tip = Conseil
admonition-important = Important
admonition-warning = Avertissement
admonition-caution = Attention

## Page introuvable (404)
not-found-title = Page introuvable
not-found-body = Aller aux guides en français.

## La page de l'annuaire d'aide juridique
directory-title = Trouver une aide juridique gratuite
directory-summary = Aide juridique gratuite ou peu chère et lignes d'aide, classées selon le type d'aide dont vous avez besoin.
directory-intro = Ce sont des services nationaux. Beaucoup d'entre eux peuvent vous indiquer une aide gratuite près de chez vous. Appelez-les ou allez sur leur site web. Cette liste est une information, pas une recommandation.
directory-jump = Choisissez le type d'aide
directory-phone = Téléphone :
directory-detained = Aide les personnes détenues par l'immigration.
directory-languages = Langues :
directory-notario-warning = Seul un avocat ou un représentant accrédité par le ministère de la Justice (DOJ) a le droit de vous donner des conseils juridiques en immigration. Un « notario » ou un « consultant » n'en a pas le droit. Ne payez jamais une personne qui promet un résultat.

## Types d'aide (l'annuaire et le questionnaire utilisent les mêmes noms)
area-removal_defense = Tribunal de l'immigration et expulsion
area-asylum = Asile et protection
area-family = Famille
area-general = Aide générale et lignes d'aide
