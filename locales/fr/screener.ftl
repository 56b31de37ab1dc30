# Messages du questionnaire (français). Traduit depuis locales/en/screener.ftl.
#
# Chaque message reçoit la variable $who :
#   "self"          le lecteur répond pour lui-même (« vous »)
#   "someone_else"  le lecteur répond pour une autre personne (« la personne »)
# Quand le texte change, le message utilise un sélecteur :
#   { $who ->
#       [someone_else] La personne est-elle ... ?
#      *[self] Êtes-vous ... ?
#   }
# Traducteurs : gardez le sélecteur même si votre langue n'en a pas besoin, ou retirez-le si les
# deux formes sont identiques. Ne traduisez jamais les identifiants des messages (la partie avant « = »).
#
# Écrivez à un niveau de lecture simple (environ 6e année d'école). Les résultats disent toujours
# « peut-être » : jamais « vous remplissez les conditions » ni « vous n'avez pas droit ».
# Posez des questions sur des faits, pas sur des conclusions juridiques.
# Les identifiants suivent le schéma de screener-wasm/src/engine/ids.rs.

## Page des résultats

screener-result-intro =
    { $who ->
        [someone_else] D'après les réponses, la personne a peut-être besoin d'aide pour les points ci-dessous.
       *[self] D'après vos réponses, vous avez peut-être besoin d'aide pour les points ci-dessous.
    }
screener-result-disclaimer =
    { $who ->
        [someone_else] Ce ne sont pas des conseils juridiques. Seul un avocat ou un représentant accrédité par le ministère de la Justice (DOJ) peut vous dire ce que la personne doit faire. Les réponses n'ont été ni enregistrées ni envoyées nulle part.
       *[self] Ce ne sont pas des conseils juridiques. Seul un avocat ou un représentant accrédité par le ministère de la Justice (DOJ) peut vous dire ce que vous devez faire. Vos réponses n'ont été ni enregistrées ni envoyées nulle part.
    }

## Boutons de réponse communs à beaucoup de questions

screener-answer-yes = Oui
screener-answer-no = Non
screener-answer-unsure = Je ne sais pas

## Questions : qui et où

screener-question-answering_for = Pour qui répondez-vous ?
screener-choice-answering_for-self = Pour moi
screener-choice-answering_for-someone_else = Pour une autre personne, par exemple un membre de ma famille qui est détenu

screener-question-in_us =
    { $who ->
        [someone_else] La personne est-elle aux États-Unis en ce moment ?
       *[self] Êtes-vous aux États-Unis en ce moment ?
    }

screener-question-age =
    { $who ->
        [someone_else] Quel âge a la personne ?
       *[self] Quel âge avez-vous ?
    }
screener-help-age = Si vous n'êtes pas sûr, choisissez l'âge le plus proche. Certaines solutions existent seulement pour les enfants et les jeunes.

## Questions : détention, tribunal, ordres et lettres (les urgences d'abord)

screener-question-detained =
    { $who ->
        [someone_else] La personne est-elle gardée par l'immigration en ce moment, par exemple dans un centre de détention, une prison, ou par la police des frontières (Border Patrol) ?
       *[self] Êtes-vous gardé par l'immigration en ce moment, par exemple dans un centre de détention, une prison, ou par la police des frontières (Border Patrol) ?
    }
screener-help-detained = Cela veut dire que des agents de l'immigration (ICE ou Border Patrol) gardent la personne dans un lieu qu'elle n'a pas le droit de quitter.

screener-question-recent_border_stop =
    { $who ->
        [someone_else] Cette arrestation a-t-elle eu lieu à la frontière, ou dans les deux semaines après que la personne l'a traversée ?
       *[self] Cette arrestation a-t-elle eu lieu à la frontière, ou dans les deux semaines après que vous l'avez traversée ?
    }
screener-help-recent_border_stop = À la frontière, les agents peuvent parfois renvoyer une personne très vite, sans juge. Cela s'appelle l'expulsion accélérée. Ils l'utilisent maintenant aussi ailleurs, pour les personnes arrivées depuis moins de deux ans.

screener-question-court_papers =
    { $who ->
        [someone_else] La personne a-t-elle déjà reçu des papiers du tribunal de l'immigration ? Par exemple, un « avis de comparution » (Notice to Appear) ou un papier avec une date d'audience.
       *[self] Avez-vous déjà reçu des papiers du tribunal de l'immigration ? Par exemple, un « avis de comparution » (Notice to Appear) ou un papier avec une date d'audience.
    }
screener-help-court_papers = Un avis de comparution (formulaire I-862) ouvre un dossier devant le tribunal de l'immigration. Les papiers du tribunal peuvent porter les mots « Executive Office for Immigration Review » ou « EOIR ».

screener-question-next_hearing =
    { $who ->
        [someone_else] Quand a lieu la prochaine audience de la personne au tribunal de l'immigration ?
       *[self] Quand a lieu votre prochaine audience au tribunal de l'immigration ?
    }
screener-help-next_hearing = Cherchez la date sur le papier du tribunal le plus récent. S'il n'y a pas de date, ou si vous n'êtes pas sûr, choisissez « Je ne sais pas ». Vous pouvez vérifier un dossier en appelant le tribunal au 1-800-898-7180. Il faut le numéro A : le numéro à 9 chiffres qui commence par « A ».

screener-question-missed_hearing =
    { $who ->
        [someone_else] La personne a-t-elle déjà manqué une audience au tribunal de l'immigration ?
       *[self] Avez-vous déjà manqué une audience au tribunal de l'immigration ?
    }

screener-question-removal_order =
    { $who ->
        [someone_else] Un juge ou un agent de l'immigration a-t-il déjà ordonné que la personne soit expulsée des États-Unis ?
       *[self] Un juge ou un agent de l'immigration a-t-il déjà ordonné que vous soyez expulsé des États-Unis ?
    }
screener-help-removal_order = Cela s'appelle un ordre d'expulsion (ou « ordre de déportation »). Il a pu être donné au tribunal, ou à la frontière sans juge.

screener-question-order_date = Quand l'ordre a-t-il été donné ?
screener-help-order_date = Si vous vous souvenez seulement du mois et de l'année, cela suffit.

screener-question-ice_checkin =
    { $who ->
        [someone_else] La personne doit-elle se présenter à l'ICE (des « check-ins ») ? Ou l'ICE lui a-t-il demandé d'obtenir un passeport ou des documents de voyage ?
       *[self] Devez-vous vous présenter à l'ICE (des « check-ins ») ? Ou l'ICE vous a-t-il demandé d'obtenir un passeport ou des documents de voyage ?
    }
screener-help-ice_checkin = Les check-ins sont des rendez-vous dans un bureau de l'ICE, ou par téléphone ou par application. Certaines personnes doivent porter un bracelet électronique à la cheville. Si l'ICE demande un passeport ou des documents de voyage, il prévoit peut-être une expulsion.

screener-question-unknown_letter =
    { $who ->
        [someone_else] La personne a-t-elle reçu une lettre d'un bureau du gouvernement américain, comme l'immigration ou le tribunal, et vous ne savez pas bien ce qu'elle veut dire ?
       *[self] Avez-vous reçu une lettre d'un bureau du gouvernement américain, comme l'immigration ou le tribunal, et vous ne savez pas bien ce qu'elle veut dire ?
    }
screener-help-unknown_letter = Certaines lettres ont des délais faciles à manquer. Gardez chaque lettre et son enveloppe.

screener-question-has_agency_deadline =
    { $who ->
        [someone_else] L'immigration ou le tribunal a-t-il donné à la personne une date limite pour faire quelque chose ? Par exemple, envoyer des papiers, répondre à une lettre ou quitter le pays.
       *[self] L'immigration ou le tribunal vous a-t-il donné une date limite pour faire quelque chose ? Par exemple, envoyer des papiers, répondre à une lettre ou quitter le pays.
    }
screener-help-has_agency_deadline = Les lettres appelées « Request for Evidence » (demande de preuves) ou « Notice of Intent to Deny » (avis d'intention de refus) donnent une date limite. Un juge peut aussi en donner une.

screener-question-agency_deadline = Quelle est cette date ?

## Questions : papiers (statut d'immigration)

screener-question-status =
    { $who ->
        [someone_else] Quels papiers d'immigration la personne a-t-elle maintenant ?
       *[self] Quels papiers d'immigration avez-vous maintenant ?
    }
screener-help-status = Choisissez toutes les réponses qui correspondent. Par exemple, une personne peut avoir un permis temporaire et attendre aussi une décision d'asile. Si vous n'êtes pas sûr, choisissez seulement « Je ne sais pas ». Ce n'est pas grave.
screener-choice-status-us_citizen = Citoyen américain
screener-choice-status-lpr = Carte verte (résident permanent)
screener-choice-status-asylee = A obtenu l'asile (bénéficiaire de l'asile)
screener-choice-status-refugee = Venu comme réfugié
screener-choice-status-pending_asylum = A demandé l'asile et attend une décision
screener-choice-status-daca = DACA
screener-choice-status-tps = TPS (statut de protection temporaire)
screener-choice-status-parole = Permis temporaire (parole), par exemple entrée avec CBP One ou un programme humanitaire
screener-choice-status-visa = Un visa encore valable (étudiant, travail, visiteur ou autre)
screener-choice-status-overstayed = Un visa ou une permission qui a expiré
screener-choice-status-none = Pas de papiers

screener-question-status_expires = Quand ces papiers (DACA, TPS, permis temporaire ou visa) expirent-ils ? S'il y a plus d'une date, donnez la première.
screener-help-status_expires = Cherchez la date de fin sur le permis de travail, l'avis d'approbation ou le document I-94. S'ils ont déjà expiré, indiquez cette date.

## Questions : peur de retourner

screener-question-fear_return =
    { $who ->
        [someone_else] La personne a-t-elle peur d'être blessée ou tuée si elle retourne dans son pays d'origine ?
       *[self] Avez-vous peur d'être blessé ou tué si vous retournez dans votre pays d'origine ?
    }

screener-question-harm_because_of_who =
    { $who ->
        [someone_else] Ce mal est-il dû à ce qu'est la personne ou à ce qu'elle croit ? Par exemple : sa race, sa religion, sa nationalité, ses opinions politiques, ou un groupe dont elle fait partie.
       *[self] Ce mal est-il dû à ce que vous êtes ou à ce que vous croyez ? Par exemple : votre race, votre religion, votre nationalité, vos opinions politiques, ou un groupe dont vous faites partie.
    }
screener-help-harm_because_of_who = Un groupe peut être une famille, un groupe ethnique, le fait d'être LGBTQ+, et d'autres choses. Il n'y a pas de mauvaise réponse. Un avocat posera d'autres questions sur ce qui s'est passé et pourquoi.

screener-question-fear_torture_by_officials =
    { $who ->
        [someone_else] La personne a-t-elle peur que la police, des soldats ou d'autres agents de l'État la torturent, ou laissent quelqu'un d'autre le faire ?
       *[self] Avez-vous peur que la police, des soldats ou d'autres agents de l'État vous torturent, ou laissent quelqu'un d'autre le faire ?
    }

screener-question-arrival_date =
    { $who ->
        [someone_else] Quand la personne est-elle entrée aux États-Unis la dernière fois ?
       *[self] Quand êtes-vous entré aux États-Unis la dernière fois ?
    }
screener-help-arrival_date = La date de l'arrivée la plus récente. Si vous vous souvenez seulement du mois et de l'année, cela suffit.

screener-question-asylum_filed =
    { $who ->
        [someone_else] La personne a-t-elle déjà demandé l'asile ?
       *[self] Avez-vous déjà demandé l'asile ?
    }
screener-help-asylum_filed = On demande l'asile avec le formulaire I-589, envoyé à l'USCIS ou remis au tribunal de l'immigration.

screener-question-asylum_denied_before =
    { $who ->
        [someone_else] Un juge ou l'USCIS a-t-il déjà refusé une demande d'asile de la personne ?
       *[self] Un juge ou l'USCIS a-t-il déjà refusé une de vos demandes d'asile ?
    }

screener-question-arrived_as_child_alone =
    { $who ->
        [someone_else] Quand la personne est arrivée aux États-Unis, avait-elle moins de 18 ans et était-elle sans parent ni tuteur légal ?
       *[self] Quand vous êtes arrivé aux États-Unis, aviez-vous moins de 18 ans et étiez-vous sans parent ni tuteur légal ?
    }
screener-help-arrived_as_child_alone = On dit parfois « enfant non accompagné ». Les enfants qui viennent seuls ont des protections en plus.

## Questions : famille

screener-question-wants_family_help =
    { $who ->
        [someone_else] Y a-t-il un membre de la famille qui pourrait aider la personne à obtenir des papiers, ou que la personne veut aider à obtenir des papiers ?
       *[self] Y a-t-il un membre de votre famille qui pourrait vous aider à obtenir des papiers, ou que vous voulez aider à obtenir des papiers ?
    }
screener-help-wants_family_help = Par exemple un mari ou une femme, un père ou une mère, un enfant, un frère ou une sœur. Cela marche dans les deux sens : le membre de la famille peut aider, ou peut avoir besoin d'aide.

screener-question-status_grant_date =
    { $who ->
        [someone_else] Quand la personne a-t-elle obtenu l'asile, ou quand est-elle arrivée comme réfugiée ?
       *[self] Quand avez-vous obtenu l'asile, ou quand êtes-vous arrivé comme réfugié ?
    }
screener-help-status_grant_date = Regardez l'avis d'approbation ou le document I-94. Si vous vous souvenez seulement du mois et de l'année, cela suffit.

screener-question-relationship =
    { $who ->
        [someone_else] Quel est le lien entre ce membre de la famille et la personne ?
       *[self] Quel est le lien entre ce membre de la famille et vous ?
    }
screener-help-relationship = Par exemple, si c'est la mère, choisissez « Parent ». S'il y a plusieurs membres de la famille, répondez pour le plus proche.
screener-choice-relationship-spouse = Mari ou femme
screener-choice-relationship-parent = Parent (mère ou père)
screener-choice-relationship-child_under_21 = Enfant de moins de 21 ans
screener-choice-relationship-son_daughter_21_plus = Fils ou fille de 21 ans ou plus
screener-choice-relationship-sibling = Frère ou sœur
screener-choice-relationship-fiance = Fiancé ou fiancée (va se marier)
screener-choice-relationship-other = Un autre membre de la famille, par exemple un cousin, une tante ou un grand-parent

screener-question-relative_status = Quels papiers d'immigration ce membre de la famille a-t-il ?
screener-choice-relative_status-us_citizen = Citoyen américain
screener-choice-relative_status-lpr = Carte verte (résident permanent)
screener-choice-relative_status-asylee = A obtenu l'asile (bénéficiaire de l'asile)
screener-choice-relative_status-refugee = Venu comme réfugié
screener-choice-relative_status-none = D'autres papiers, ou pas de papiers

screener-question-relative_location = Où vit ce membre de la famille maintenant ?
screener-choice-relative_location-in_us = Aux États-Unis
screener-choice-relative_location-abroad = Dans un autre pays

screener-question-entry_manner =
    { $who ->
        [someone_else] Comment la personne est-elle entrée aux États-Unis la dernière fois ?
       *[self] Comment êtes-vous entré aux États-Unis la dernière fois ?
    }
screener-help-entry_manner = C'est important pour certains dossiers de famille. Un aéroport ou un poste-frontière où un agent contrôle les papiers compte comme « laissé entrer par un agent ».
screener-choice-entry_manner-inspected = Par un aéroport ou un poste-frontière, laissé entrer par un agent
screener-choice-entry_manner-without_inspection = Passé la frontière sans être vu par un agent
screener-choice-entry_manner-parole = Entré avec un permis temporaire (parole), par exemple avec CBP One ou un programme humanitaire

## Questions : autres solutions et sécurité

screener-question-crime_victim =
    { $who ->
        [someone_else] La personne a-t-elle été victime d'un crime aux États-Unis ? Par exemple, une agression, des violences conjugales ou familiales, une agression sexuelle ou des menaces.
       *[self] Avez-vous été victime d'un crime aux États-Unis ? Par exemple, une agression, des violences conjugales ou familiales, une agression sexuelle ou des menaces.
    }
screener-help-crime_victim = Cela compte aussi si le crime n'a jamais été signalé à la police.

screener-question-trafficked =
    { $who ->
        [someone_else] Quelqu'un a-t-il forcé ou trompé la personne pour la faire travailler ou avoir des relations sexuelles ? Ou l'a-t-il gardée dans un travail par des menaces, des dettes, ou en prenant ses papiers ?
       *[self] Quelqu'un vous a-t-il forcé ou trompé pour vous faire travailler ou avoir des relations sexuelles ? Ou vous a-t-il gardé dans un travail par des menaces, des dettes, ou en prenant vos papiers ?
    }

screener-question-abused_by_family =
    { $who ->
        [someone_else] Le mari ou la femme, le père ou la mère, ou un fils ou une fille adulte de la personne lui a-t-il fait du mal, l'a-t-il menacée ou contrôlée, à un moment où ce membre de la famille était citoyen américain ou avait une carte verte ?
       *[self] Votre mari ou votre femme, votre père ou votre mère, ou un fils ou une fille adulte vous a-t-il fait du mal, menacé ou contrôlé, à un moment où ce membre de la famille était citoyen américain ou avait une carte verte ?
    }
screener-help-abused_by_family = La violence, ce n'est pas seulement frapper. Ce peut être des menaces, le contrôle de l'argent ou des papiers, ou des mots cruels qui font peur.

screener-question-child_abused_neglected =
    { $who ->
        [someone_else] Son père ou sa mère a-t-il fait du mal à la personne, l'a-t-il négligée ou abandonnée ?
       *[self] Votre père ou votre mère vous a-t-il fait du mal, négligé ou abandonné ?
    }

screener-question-unsafe_now =
    { $who ->
        [someone_else] Quelqu'un fait-il du mal à la personne, la menace-t-il ou la contrôle-t-il en ce moment ?
       *[self] Quelqu'un vous fait-il du mal, vous menace-t-il ou vous contrôle-t-il en ce moment ?
    }

screener-question-criminal_history =
    { $who ->
        [someone_else] La personne a-t-elle déjà été arrêtée, accusée d'une infraction, ou déclarée coupable, dans n'importe quel pays ?
       *[self] Avez-vous déjà été arrêté, accusé d'une infraction, ou déclaré coupable, dans n'importe quel pays ?
    }
screener-help-criminal_history = Indiquez aussi les choses qui semblent petites, et les affaires abandonnées. Un avocat doit le savoir pour protéger la personne.

## Domaines : titre, ce que cela veut dire, prochaine étape

screener-area-asylum = Asile et protection
screener-area-asylum-text =
    { $who ->
        [someone_else] La personne a peut-être peur de retourner dans son pays. L'asile et d'autres protections proches peuvent permettre de rester aux États-Unis.
       *[self] Vous avez peut-être peur de retourner dans votre pays. L'asile et d'autres protections proches peuvent permettre de rester aux États-Unis.
    }
screener-area-asylum-next = Parlez vite à un avocat de l'asile. Il y a un délai d'un an, alors n'attendez pas.

screener-area-removal_defense = Se défendre contre l'expulsion
screener-area-removal_defense-text =
    { $who ->
        [someone_else] La personne a peut-être un dossier devant le tribunal de l'immigration ou avec l'ICE. Un avocat peut chercher des moyens pour qu'elle reste.
       *[self] Vous avez peut-être un dossier devant le tribunal de l'immigration ou avec l'ICE. Un avocat peut chercher des moyens pour que vous restiez.
    }
screener-area-removal_defense-next = Ne manquez jamais une audience ou un check-in à l'ICE. Trouvez maintenant une aide juridique gratuite, et gardez tous les papiers ensemble dans un endroit sûr.

screener-area-family = Requêtes pour la famille
screener-area-family-text =
    { $who ->
        [someone_else] Un membre de la famille peut peut-être demander des papiers pour la personne, ou la personne peut peut-être demander des papiers pour un membre de sa famille.
       *[self] Un membre de votre famille peut peut-être demander des papiers pour vous, ou vous pouvez peut-être demander des papiers pour un membre de votre famille.
    }
screener-area-family-next = Parlez à un avocat ou à un représentant accrédité avant de déposer un document ou de voyager. Certaines erreurs peuvent entraîner de longues interdictions.

screener-area-other_help = Parler de la situation avec quelqu'un
screener-area-other_help-text = Les réponses ne montrent pas un domaine précis. Cela ne veut pas dire qu'il n'y a pas de solution : les lois changent, et un avocat peut voir quelque chose que ce questionnaire ne voit pas.
screener-area-other_help-next = Contactez un service juridique gratuit près de chez vous, et apportez tous les papiers que vous avez.

## Points à vérifier : solutions qu'un avocat devrait regarder (titre, ce que cela veut dire, prochaine étape)

screener-flag-withholding_cat = Protection contre le renvoi et protection contre la torture
screener-flag-withholding_cat-text = Ces protections ressemblent à l'asile mais ont d'autres règles. Elles n'ont pas de délai d'un an. Elles peuvent aider quand l'asile n'est pas possible, ou quand quelqu'un risque d'être envoyé dans un pays tiers dangereux.
screener-flag-withholding_cat-next = Demandez à un avocat ce qu'il en est de la « protection contre le renvoi » (withholding of removal) et de la « Convention contre la torture » (CAT).

screener-flag-credible_fear = Entretien de crainte crédible
screener-flag-credible_fear-text = Les agents peuvent renvoyer très vite, sans juge, certaines personnes : celles arrêtées à la frontière, et celles trouvées n'importe où dans le pays et arrivées depuis moins de deux ans. Une personne qui a peur de retourner peut demander à parler d'abord à un agent de l'asile.
screener-flag-credible_fear-next =
    { $who ->
        [someone_else] La personne doit dire clairement aux agents qu'elle a peur de retourner dans son pays, et demander un avocat.
       *[self] Dites clairement aux agents que vous avez peur de retourner dans votre pays, et demandez un avocat.
    }

screener-flag-one_year_deadline_exception = Exceptions au délai d'un an pour l'asile
screener-flag-one_year_deadline_exception-text = Le délai pour demander l'asile est peut-être passé. Il y a des exceptions, par exemple en cas de grands changements dans le pays d'origine, de maladie grave, ou pour les enfants venus seuls.
screener-flag-one_year_deadline_exception-next = N'abandonnez pas, mais n'attendez pas : même avec une exception, il faut faire la demande peu de temps après. Parlez à un avocat maintenant.

screener-flag-i730_follow_to_join = Faire venir un mari, une femme ou un enfant après l'asile ou le statut de réfugié
screener-flag-i730_follow_to_join-text = Les personnes qui ont obtenu l'asile ou le statut de réfugié peuvent demander que leur mari ou leur femme et leurs enfants non mariés les rejoignent. Un fils ou une fille qui avait moins de 21 ans quand son père ou sa mère a fait sa demande peut encore compter comme enfant. C'est le formulaire I-730, et il faut en général le déposer dans les deux ans.
screener-flag-i730_follow_to_join-next = Rassemblez les actes de mariage et de naissance, et parlez à un avocat du formulaire I-730.

screener-flag-u_visa = Visa U pour les victimes de crimes
screener-flag-u_visa-text = Certaines victimes de crimes aux États-Unis qui aident la police peuvent obtenir un visa U.
screener-flag-u_visa-next = Demandez à un avocat ce qu'il en est du visa U. Gardez les rapports de police et les dossiers médicaux.

screener-flag-t_visa = Visa T pour les victimes de la traite des êtres humains
screener-flag-t_visa-text = Les personnes forcées ou trompées pour travailler ou avoir des relations sexuelles peuvent peut-être obtenir un visa T.
screener-flag-t_visa-next = Pour une aide gratuite et confidentielle, appelez la ligne d'aide nationale contre la traite des êtres humains (National Human Trafficking Hotline) au 1-888-373-7888, ou envoyez un SMS au 233733.

screener-flag-vawa = VAWA : protection contre un membre de la famille violent
screener-flag-vawa-text = Les personnes maltraitées par un mari, une femme, un parent ou un enfant adulte qui est citoyen américain ou a une carte verte peuvent peut-être faire la demande elles-mêmes. L'agresseur n'a pas besoin d'aider, ni d'être au courant.
screener-flag-vawa-next = Parlez de VAWA à un avocat ou à un programme d'aide aux victimes de violences conjugales ou familiales.

screener-flag-sijs = Statut spécial de mineur immigrant (SIJS)
screener-flag-sijs-text = Les jeunes de moins de 21 ans qui ont été maltraités, négligés ou abandonnés par un parent peuvent peut-être obtenir une carte verte de cette façon. Il faut d'abord une décision d'un tribunal d'État.
screener-flag-sijs-next = Faites vite : les tribunaux d'État ont des limites d'âge, souvent 18 ou 21 ans. Parlez à un avocat maintenant.

screener-flag-tps = Statut de protection temporaire (TPS)
screener-flag-tps-text = Le TPS protège de l'expulsion les personnes de certains pays et donne un permis de travail. La liste des pays change souvent, et le TPS de certains pays a pris fin.
screener-flag-tps-next =
    { $who ->
        [someone_else] Demandez à un avocat si le TPS couvre encore le pays de la personne, et quoi faire s'il prend fin.
       *[self] Demandez à un avocat si le TPS couvre encore votre pays, et quoi faire s'il prend fin.
    }

screener-flag-daca = DACA
screener-flag-daca-text = Le DACA protège certaines personnes venues aux États-Unis avant 16 ans et qui vivent ici depuis juin 2007. Des procès décident qui peut le demander pour la première fois.
screener-flag-daca-next = Demandez à un avocat quelles sont les règles du DACA aujourd'hui. Si le DACA a déjà été obtenu, envoyez le renouvellement entre 150 et 120 jours avant la fin.

screener-flag-motion_to_reopen = Rouvrir un ancien dossier
screener-flag-motion_to_reopen-text = Après une audience manquée ou un ancien ordre, le dossier peut parfois être rouvert. Dans certains cas, on a 180 jours pour le demander. Si l'avis d'audience n'est jamais arrivé, il n'y a peut-être pas de délai.
screener-flag-motion_to_reopen-next = Trouvez l'ordre et parlez tout de suite à un avocat. Vous pouvez vérifier un dossier en appelant le 1-800-898-7180.

screener-flag-cancellation_of_removal = Annulation de l'expulsion
screener-flag-cancellation_of_removal-text = Un juge peut parfois permettre à une personne de rester : par exemple une personne qui a une carte verte, ou une personne aux États-Unis depuis 10 ans ou plus dont la famille proche souffrirait.
screener-flag-cancellation_of_removal-next = Rassemblez des preuves des années passées aux États-Unis, comme des reçus de loyer, des papiers d'école ou des fiches de paie, et parlez à un avocat.

screener-flag-criminal_history_review = Vérifier les arrestations et les condamnations avec un avocat
screener-flag-criminal_history_review-text = Une arrestation ou une condamnation peut changer les solutions qui sont sans danger. Même les petites affaires ou les affaires anciennes comptent.
screener-flag-criminal_history_review-next = Avant de faire une demande, quelle qu'elle soit, montrez à un avocat les papiers du tribunal pour chaque affaire.

screener-flag-unlawful_presence_review = Vérifier les problèmes liés aux voyages et au temps passé sans papiers
screener-flag-unlawful_presence_review-text = Quitter les États-Unis après un temps sans papiers, ou après être entré sans avoir été laissé entrer par un agent, peut entraîner une interdiction de 3 ou 10 ans.
screener-flag-unlawful_presence_review-next = Ne quittez pas les États-Unis et n'allez pas à un entretien au consulat avant d'avoir parlé à un avocat.

## Délais calculés à partir des réponses (la date est affichée à côté du titre)

screener-deadline-one_year_asylum = Délai d'un an pour l'asile
screener-deadline-one_year_asylum-text = En général, il faut demander l'asile dans l'année qui suit la dernière arrivée aux États-Unis.

screener-deadline-follow_to_join = Délai pour le formulaire I-730
screener-deadline-follow_to_join-text = En général, le formulaire I-730 doit être déposé dans les deux ans qui suivent l'obtention de l'asile ou l'arrivée comme réfugié. Un formulaire en retard peut parfois être accepté pour des raisons humanitaires.

screener-deadline-reopen_in_absentia = 180 jours pour demander la réouverture
screener-deadline-reopen_in_absentia-text = Après un ordre donné parce qu'une audience a été manquée, on a 180 jours pour demander la réouverture du dossier pour des raisons graves. Si l'avis d'audience n'est jamais arrivé, il n'y a peut-être pas de délai.

screener-deadline-appeal = Délai pour faire appel
screener-deadline-appeal-text = Un appel contre la décision d'un juge doit arriver à la Commission d'appel de l'immigration dans les 30 jours après la décision. Trouvez un avocat maintenant : il reste peu de temps.

screener-deadline-hearing_date = Prochaine audience au tribunal
screener-deadline-hearing_date-text = Allez à chaque audience, même si vous n'avez pas encore d'avocat. Manquer une audience peut entraîner un ordre d'expulsion.

screener-deadline-agency_date = Date dans une lettre
screener-deadline-agency_date-text = Faites ce que la lettre demande avant cette date, ou demandez tout de suite l'aide d'un avocat.

screener-deadline-status_end = Fin des papiers
screener-deadline-status_end-text = Renouveler avant cette date peut aider à garder la protection et le permis de travail.

## Avis urgent

screener-urgent = C'est peut-être urgent
screener-urgent-text =
    { $who ->
        [someone_else] Certaines réponses montrent que le temps est peut-être court pour la personne. Si vous le pouvez, demandez de l'aide aujourd'hui.
       *[self] Certaines réponses montrent que le temps est peut-être court. Si vous le pouvez, demandez de l'aide aujourd'hui.
    }
screener-urgent-next = Appelez maintenant un service juridique gratuit. Si quelqu'un est détenu, notez son numéro A et le lieu où il est détenu. Vous pouvez vérifier un dossier au tribunal en appelant le 1-800-898-7180.

## Avis de sécurité (numéros de téléphone : à vérifier avant chaque mise en ligne)

screener-safety = Votre sécurité passe d'abord
screener-safety-text = Si vous êtes en danger maintenant, appelez le 911. Ligne d'aide nationale contre la violence conjugale (National Domestic Violence Hotline) : 1-800-799-7233, ou envoyez START par SMS au 88788. Ligne d'aide nationale contre la traite des êtres humains (National Human Trafficking Hotline) : 1-888-373-7888, ou envoyez un SMS au 233733.
screener-safety-next = Si quelqu'un peut voir cet écran, utilisez le bouton Sortie rapide. Il fait quitter cette page tout de suite, mais il n'efface pas votre historique. Quand vous êtes en sécurité, effacez votre historique ou utilisez la navigation privée.

## Nouveau en décembre 2026

screener-question-third_country_notice =
    { $who ->
        [someone_else] L'immigration a-t-elle dit à la personne qu'elle pourrait être envoyée dans un pays qui n'est pas le sien ?
       *[self] L'immigration vous a-t-elle dit que vous pourriez être envoyé dans un pays qui n'est pas le vôtre ?
    }
screener-help-third_country_notice = On appelle cela une expulsion vers un « pays tiers ». L'avertissement peut arriver seulement un jour avant, ou quelques heures avant. S'il y a une peur d'être maltraité dans ce pays, il faut le dire tout de suite.
screener-question-tps_country =
    { $who ->
        [someone_else] La personne est-elle citoyenne de l'un de ces pays : { $tps } ?
       *[self] Êtes-vous citoyen de l'un de ces pays : { $tps } ?
    }
screener-help-tps_country = Ces pays ont le statut de protection temporaire (TPS). Cette liste date du { $tps_as_of }. La liste change souvent : un avocat doit la vérifier de nouveau.
screener-question-has_uscis_appointment =
    { $who ->
        [someone_else] La personne a-t-elle un entretien ou un rendez-vous pour les empreintes digitales avec l'USCIS ?
       *[self] Avez-vous un entretien ou un rendez-vous pour les empreintes digitales avec l'USCIS ?
    }
screener-help-has_uscis_appointment = L'USCIS envoie une lettre avec la date. Le rendez-vous des empreintes s'appelle aussi « biométrie ». Manquer un rendez-vous peut arrêter la demande.
screener-question-uscis_appointment = Quelle est la date du rendez-vous ?
screener-question-asylum_fee_notice =
    { $who ->
        [someone_else] La personne a-t-elle reçu une lettre qui dit qu'elle doit payer des frais chaque année pour garder sa demande d'asile ouverte ?
       *[self] Avez-vous reçu une lettre qui dit que vous devez payer des frais chaque année pour garder votre demande d'asile ouverte ?
    }
screener-help-asylum_fee_notice = Depuis 2025, il faut payer des frais pour chaque année où la demande d'asile attend. La lettre dit combien et comment payer. Si ce n'est pas payé dans les 30 jours après la lettre, l'USCIS rejette la demande.
screener-question-first_arrival_date =
    { $who ->
        [someone_else] Quand la personne est-elle venue vivre aux États-Unis pour la première fois ?
       *[self] Quand êtes-vous venu vivre aux États-Unis pour la première fois ?
    }
screener-help-first_arrival_date = La toute première fois, même s'il y a très longtemps. Si vous vous souvenez seulement du mois et de l'année, cela suffit.
screener-question-birth_date =
    { $who ->
        [someone_else] Quelle est la date de naissance de la personne ?
       *[self] Quelle est votre date de naissance ?
    }
screener-help-birth_date = Certaines options dépendent de l'âge exact. Votre réponse reste sur ce téléphone.
screener-question-child_under_21_at_filing = Le fils ou la fille avait-il moins de 21 ans et n'était-il pas marié le jour où le parent a demandé l'asile ou le statut de réfugié ?
screener-flag-check_i94 = Vérifiez la date de fin du visa
screener-flag-check_i94-text = La date où finit un séjour avec visa est sur le document I-94, pas sur le visa. Vous pouvez le trouver gratuitement sur le site de la police des douanes et des frontières (CBP).
screener-flag-check_i94-next = Trouvez le document I-94 et vérifiez la date. S'il reste moins de 90 jours, ou si la date est passée, parlez à un avocat.
screener-deadline-daca_renewal = Commencer le renouvellement du DACA
screener-deadline-daca_renewal-text = L'USCIS demande le renouvellement entre 150 et 120 jours avant la fin du DACA. L'envoyer à ce moment aide à éviter une période sans protection.
screener-deadline-uscis_appointment_date = Rendez-vous à l'USCIS
screener-deadline-uscis_appointment_date-text = Allez au rendez-vous avec la lettre et une pièce d'identité. Si vous ne pouvez pas y aller, demandez une nouvelle date à l'USCIS avant ce jour-là.

## La page des résultats et la liste à lire

screener-what-now = Que faire maintenant
screener-call = Appeler { $name }
screener-call-hotline = Pour la détention et le tribunal : { $name }
screener-no-phone = Trouver un service juridique gratuit près de chez vous
screener-areas-heading = Pour quoi vous avez peut-être besoin d'aide
screener-dates-heading = Dates à connaître
screener-why-details = Pourquoi nous affichons ceci
screener-choose-all = Vous pouvez en choisir plusieurs.
screener-choose-some = Veuillez choisir au moins une réponse.
screener-list-separator = {", "}
screener-date-day = { $day } { $month } { $year }
screener-date-month = { $month } { $year }
screener-static-skip = Si vous avez répondu « { $answer } », allez à la question { $number }.
screener-static-skip-results = Si vous avez répondu « { $answer } », allez à « Ce que les réponses peuvent vouloir dire ».
screener-static-urgent = Cherchez de l'aide vite si l'un de ces cas correspond
screener-static-choose-all = (plusieurs réponses possibles)
