# Textes de l'interface sur chaque page. Traducteurs : ne changez pas les identifiants des messages
# (à gauche de `=`) et gardez les { $variables } telles quelles.

site-name = Connaissez vos droits
site-description = Des guides en langage simple sur les droits des immigrés aux États-Unis, en plusieurs langues. Information générale, pas un avis juridique.
skip-to-content = Aller au contenu principal
quick-exit = Sortie rapide
language-switcher = Langue
nav-sections = Rubriques
all-languages = Toutes les langues
choose-language = Lire en français
footer-not-legal-advice = Ce site donne des informations générales, pas des conseils juridiques. Pour des conseils sur votre dossier, parlez à un avocat ou à un représentant accrédité par le ministère de la Justice (DOJ).
footer-hotline = Ligne d'information du tribunal de l'immigration (automatique, gratuite) : { $phone }

## Avis sur une page
fallback-notice = Cette page n'existe pas encore en { $reader }. La voici en { $language }.
fallback-help = Trouver une aide juridique gratuite en { $reader }
outdated-notice = Cette page a été modifiée en anglais après sa traduction. Certains détails ici ne sont peut-être plus à jour.
outdated-read-original = Lire la page en anglais.
not-translated-badge = Pas encore traduit
last-reviewed = Dernière vérification :
on-this-page = Sur cette page
sources-heading = Sources officielles
# Après un lien vers un autre site web, pour les lecteurs d'écran.
external-link = ouvre un autre site web

## Le chemin vers les questions, sur la page d'accueil et les guides
screener-cta = Répondez à quelques questions pour voir de quelle aide vous avez peut-être besoin
screener-cta-note = Cela prend environ cinq minutes. Vos réponses restent sur votre téléphone.

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
directory-find = Trouver la bonne aide
directory-by-language = De l'aide dans votre langue
directory-by-state = De l'aide dans votre État
directory-where = Où :
directory-national = Partout aux États-Unis
directory-none-in-language = Aucune organisation de cette liste ne dit qu'elle parle { $language }. Quand vous appelez, demandez un interprète.
directory-see-national = Les services pour tout le pays aident aussi les personnes de cet État.
# Entre les éléments d'une liste ; gardez les guillemets.
list-separator = { ", " }
directory-notario-warning = Seul un avocat ou un représentant accrédité par le ministère de la Justice (DOJ) a le droit de vous donner des conseils juridiques en immigration. Un « notario » ou un « consultant » n'en a pas le droit. Ne payez jamais une personne qui promet un résultat.

## Noms des langues, dans cette langue (avis et annuaire). Ne changez pas les codes entre [crochets].
language-name = { $code ->
        [en] anglais
        [es] espagnol
        [ar] arabe
        [zh] chinois
        [zh-Hans] chinois
        [zh-Hant] chinois
        [fr] français
        [ht] créole haïtien
        [prs] dari
        [fa] persan (farsi)
        [ps] pachto
        [pt] portugais
        [ru] russe
        [uk] ukrainien
        [vi] vietnamien
        [ko] coréen
        [so] somali
        [ur] ourdou
        [tl] tagalog
        [am] amharique
        [ti] tigrigna
        [sw] swahili
        [hi] hindi
       *[other] { $name }
    }

## États et territoires, dans cette langue (annuaire). Ne changez pas les codes entre [crochets].
state-name = { $code ->
        [AL] Alabama
        [AK] Alaska
        [AS] Samoa américaines
        [AZ] Arizona
        [AR] Arkansas
        [CA] Californie
        [CO] Colorado
        [CT] Connecticut
        [DE] Delaware
        [DC] District de Columbia
        [FL] Floride
        [GA] Géorgie
        [GU] Guam
        [HI] Hawaï
        [ID] Idaho
        [IL] Illinois
        [IN] Indiana
        [IA] Iowa
        [KS] Kansas
        [KY] Kentucky
        [LA] Louisiane
        [ME] Maine
        [MD] Maryland
        [MA] Massachusetts
        [MI] Michigan
        [MN] Minnesota
        [MS] Mississippi
        [MO] Missouri
        [MT] Montana
        [NE] Nebraska
        [NV] Nevada
        [NH] New Hampshire
        [NJ] New Jersey
        [NM] Nouveau-Mexique
        [NY] État de New York
        [NC] Caroline du Nord
        [ND] Dakota du Nord
        [MP] Îles Mariannes du Nord
        [OH] Ohio
        [OK] Oklahoma
        [OR] Oregon
        [PA] Pennsylvanie
        [PR] Porto Rico
        [RI] Rhode Island
        [SC] Caroline du Sud
        [SD] Dakota du Sud
        [TN] Tennessee
        [TX] Texas
        [UT] Utah
        [VT] Vermont
        [VI] Îles Vierges des États-Unis
        [VA] Virginie
        [WA] État de Washington
        [WV] Virginie-Occidentale
        [WI] Wisconsin
        [WY] Wyoming
       *[other] { $code }
    }

## Types d'aide (l'annuaire et le questionnaire utilisent les mêmes noms)
area-removal_defense = Tribunal de l'immigration et expulsion
area-asylum = Asile et protection
area-family = Famille
area-general = Aide générale et lignes d'aide

## La page du questionnaire (les questions elles-mêmes sont dans screener.ftl)
screener-title = Des questions pour trouver la bonne aide
screener-summary = Répondez à des questions, une par une, pour savoir de quel type d'aide juridique vous avez peut-être besoin. Vos réponses restent sur votre téléphone.
screener-intro = Le nombre de questions dépend de vos réponses : la plupart des gens répondent à 15 à 30 questions. Les réponses montrent de quel type d'aide juridique vous avez peut-être besoin, à quel point c'est urgent, et où trouver une aide gratuite.
screener-privacy = Vos réponses restent sur ce téléphone. Elles ne sont jamais envoyées, jamais enregistrées, et jamais mises dans l'adresse web. Quand vous fermez ou quittez cette page, elles disparaissent.
screener-quick-exit-note = Le bouton rouge « Sortie rapide » fait quitter cette page tout de suite et efface vos réponses. Il n'efface pas l'historique de votre navigateur.
screener-start = Commencer
screener-next = Suivant
screener-back = Retour
screener-start-over = Recommencer
screener-print = Imprimer ou enregistrer un résumé
screener-progress = Question { $number } sur environ { $total }
screener-choose-one = Choisissez une réponse, s'il vous plaît.
screener-enter-number = Écrivez un nombre, ou choisissez « Je ne sais pas ».
screener-enter-date = Choisissez un mois et écrivez l'année, ou choisissez « Je ne sais pas ».
screener-month = Mois
screener-year = Année
screener-day = Jour (si vous le savez)
screener-number = Nombre
screener-loading = Chargement des questions…
screener-failed = Les questions n'ont pas pu démarrer sur ce téléphone. Vous pouvez quand même lire les questions et ce qu'elles veulent dire ci-dessous.
screener-why = Pourquoi nous affichons ceci :
screener-your-answers = Vos réponses
screener-guides = En savoir plus :
screener-directory = Trouver une aide juridique gratuite pour cela
screener-deadline-date = Date : { $date }
screener-deadline-approximate = Vers { $date } (nous connaissons seulement le mois)
screener-deadline-passed = Cette date est passée. Parlez vite à un avocat.
screener-flags-heading = À demander aussi à un avocat
screener-court-line = Ligne d'information du tribunal de l'immigration (automatique, gratuite) : 1-800-898-7180
screener-static-heading = Les questions, si cette page ne peut pas les faire fonctionner
screener-static-intro = D'habitude, cette page pose une question à la fois. Voici toutes les questions et ce que les réponses peuvent vouloir dire. Lisez-les et notez vos réponses pour les apporter à un avocat.
screener-static-outcomes = Ce que les réponses peuvent vouloir dire

## Glossary page
glossary-title = Les mots juridiques expliqués
glossary-summary = Des explications simples des mots juridiques utilisés dans ces guides. Les liens des guides mènent ici.
glossary-sections = Rubriques

## Noms des mois du calendrier grégorien, pour toutes les dates du site.
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Search page
search-title = Chercher dans les guides
search-summary = Trouvez un guide en tapant quelques mots. Ce que vous tapez reste sur votre téléphone.
search-label = Mots à chercher
search-privacy = Ce que vous tapez reste sur votre téléphone : rien n'est envoyé ni enregistré.
search-found = Guides trouvés :
search-none = Aucun guide trouvé. Essayez d'autres mots, ou regardez la liste ci-dessous.
search-all-guides = Tous les guides, de A à Z
