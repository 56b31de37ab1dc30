# Mesaj kesyonè a (kreyòl ayisyen). Tradui soti nan locales/en/screener.ftl.
#
# Chak mesaj resevwa varyab $who:
#   "self"          moun k ap li a reponn pou tèt li ("ou")
#   "someone_else"  moun k ap li a reponn pou yon lòt moun ("moun nan")
# Lè fraz la chanje, mesaj la sèvi ak yon seleksyon:
#   { $who ->
#       [someone_else] Èske moun nan ...?
#      *[self] Èske ou ...?
#   }
# Tradiktè yo: kenbe seleksyon an menm si lang ou pa bezwen l, oswa retire l si de fòm yo menm.
# Pa janm tradui idantifyan mesaj yo (pati ki anvan " =").
#
# Ekri nan yon nivo lekti 6yèm ane. Rezilta yo toujou di "ka" (may): pa janm "ou kalifye", pa janm
# "ou pa elijib". Poze kesyon sou fè yo, pa sou konklizyon legal.
# Idantifyan yo swiv plan ki nan screener-wasm/src/engine/ids.rs.

## Paj rezilta a

screener-result-intro =
    { $who ->
        [someone_else] Dapre repons yo, moun nan ka bezwen èd pou bagay ki ekri anba a yo.
       *[self] Dapre repons ou yo, ou ka bezwen èd pou bagay ki ekri anba a yo.
    }
screener-result-disclaimer =
    { $who ->
        [someone_else] Sa a se pa konsèy legal. Se sèlman yon avoka oswa yon reprezantan ki akredite pa DOJ ki ka di w sa moun nan ta dwe fè. Sit la pa t sere repons yo, ni li pa t voye yo okenn kote.
       *[self] Sa a se pa konsèy legal. Se sèlman yon avoka oswa yon reprezantan ki akredite pa DOJ ki ka di w sa pou w fè. Sit la pa t sere repons ou yo, ni li pa t voye yo okenn kote.
    }

## Bouton repons anpil kesyon sèvi ak yo

screener-answer-yes = Wi
screener-answer-no = Non
screener-answer-unsure = Mwen pa konnen

## Kesyon: kiyès ak ki kote

screener-question-answering_for = Pou kiyès w ap reponn?
screener-choice-answering_for-self = Pou tèt mwen
screener-choice-answering_for-someone_else = Pou yon lòt moun, pa egzanp yon moun nan fanmi mwen ki nan detansyon

screener-question-in_us =
    { $who ->
        [someone_else] Èske moun nan Ozetazini kounye a?
       *[self] Èske ou Ozetazini kounye a?
    }

screener-question-age =
    { $who ->
        [someone_else] Ki laj moun nan genyen?
       *[self] Ki laj ou genyen?
    }
screener-help-age = Si ou pa sèten, chwazi laj ki pi pre a. Gen kèk chwa ki se sèlman pou timoun ak jèn moun.

## Kesyon: detansyon, tribinal, lòd ak lèt (sa ki ijan yo an premye)

screener-question-detained =
    { $who ->
        [someone_else] Èske imigrasyon ap kenbe moun nan fèmen kounye a? Pa egzanp nan yon sant detansyon, nan yon prizon, oswa nan men Patwouy Fwontyè (Border Patrol)?
       *[self] Èske imigrasyon ap kenbe w fèmen kounye a? Pa egzanp nan yon sant detansyon, nan yon prizon, oswa nan men Patwouy Fwontyè (Border Patrol)?
    }
screener-help-detained = Sa vle di ofisye imigrasyon (ICE oswa Border Patrol) ap kenbe moun nan yon kote li pa ka soti.

screener-question-recent_border_stop =
    { $who ->
        [someone_else] Èske yo te arete moun nan sou fwontyè a, oswa nan de premye semèn apre li te travèse l?
       *[self] Èske yo te arete w sou fwontyè a, oswa nan de premye semèn apre ou te travèse l?
    }
screener-help-recent_border_stop = Sou fwontyè a, ofisye yo ka voye yon moun tounen byen vit, san jij. Yo rele sa depòtasyon rapid. Kounye a yo sèvi ak li lòt kote tou, pou moun ki rive sa gen mwens pase dezan.

screener-question-court_papers =
    { $who ->
        [someone_else] Èske moun nan te janm resevwa papye nan men tribinal imigrasyon? Pa egzanp, yon "Avi pou Konparèt" (Notice to Appear) oswa yon papye ki gen yon dat odyans.
       *[self] Èske ou te janm resevwa papye nan men tribinal imigrasyon? Pa egzanp, yon "Avi pou Konparèt" (Notice to Appear) oswa yon papye ki gen yon dat odyans.
    }
screener-help-court_papers = Yon Avi pou Konparèt (Fòm I-862) kòmanse yon ka nan tribinal imigrasyon. Sou papye tribinal yo, ou ka wè "Executive Office for Immigration Review" oswa "EOIR".

screener-question-next_hearing =
    { $who ->
        [someone_else] Ki lè pwochen odyans moun nan nan tribinal imigrasyon?
       *[self] Ki lè pwochen odyans ou nan tribinal imigrasyon?
    }
screener-help-next_hearing = Chèche dat la sou papye tribinal ki pi nouvo a. Si pa gen dat, oswa si ou pa sèten, chwazi "Mwen pa konnen". Ou ka tcheke yon ka si ou rele tribinal la nan 1-800-898-7180. Ou bezwen Nimewo A a: nimewo 9 chif ki kòmanse ak "A" a.

screener-question-missed_hearing =
    { $who ->
        [someone_else] Èske moun nan te janm rate yon odyans nan tribinal imigrasyon?
       *[self] Èske ou te janm rate yon odyans nan tribinal imigrasyon?
    }

screener-question-removal_order =
    { $who ->
        [someone_else] Èske yon jij oswa yon ofisye imigrasyon te janm bay lòd pou yo depòte moun nan (voye l soti Ozetazini)?
       *[self] Èske yon jij oswa yon ofisye imigrasyon te janm bay lòd pou yo depòte w (voye w soti Ozetazini)?
    }
screener-help-removal_order = Yo rele sa yon lòd depòtasyon (removal order oswa deportation order). Sa ka te fèt nan tribinal, oswa sou fwontyè a san jij.

screener-question-order_date = Ki lè yo te bay lòd la?
screener-help-order_date = Si ou sonje sèlman mwa a ak ane a, sa ase.

screener-question-ice_checkin =
    { $who ->
        [someone_else] Èske moun nan dwe al prezante devan ICE (check-in)? Oswa èske ICE te mande moun nan pou l jwenn yon paspò oswa papye pou vwayaje?
       *[self] Èske ou dwe al prezante devan ICE (check-in)? Oswa èske ICE te mande w pou w jwenn yon paspò oswa papye pou vwayaje?
    }
screener-help-ice_checkin = Yon check-in se yon randevou nan yon biwo ICE, oswa pa telefòn oswa pa yon aplikasyon. Gen moun ki oblije mete yon braslè nan cheviy (ankle monitor). Si ICE mande yon paspò oswa papye pou vwayaje, li ka ap prepare yon depòtasyon.

screener-question-unknown_letter =
    { $who ->
        [someone_else] Èske moun nan te resevwa yon lèt nan men yon biwo gouvènman ameriken, tankou imigrasyon oswa tribinal la, epi ou pa sèten sa li vle di?
       *[self] Èske ou te resevwa yon lèt nan men yon biwo gouvènman ameriken, tankou imigrasyon oswa tribinal la, epi ou pa sèten sa li vle di?
    }
screener-help-unknown_letter = Gen kèk lèt ki gen dat limit ki fasil pou rate. Kenbe chak lèt ak anvlòp li.

screener-question-has_agency_deadline =
    { $who ->
        [someone_else] Èske imigrasyon oswa tribinal la te bay moun nan yon dat limit pou l fè yon bagay? Pa egzanp, pou l voye papye, pou l reponn yon lèt, oswa pou l kite peyi a.
       *[self] Èske imigrasyon oswa tribinal la te ba w yon dat limit pou w fè yon bagay? Pa egzanp, pou w voye papye, pou w reponn yon lèt, oswa pou w kite peyi a.
    }
screener-help-has_agency_deadline = Lèt ki rele "Request for Evidence" (Demann pou Prèv) oswa "Notice of Intent to Deny" (Avi sou Entansyon pou Refize) bay yon dat limit. Yon jij ka bay youn tou.

screener-question-agency_deadline = Ki dat sa a?

## Kesyon: papye (estati imigrasyon)

screener-question-status =
    { $who ->
        [someone_else] Ki papye imigrasyon moun nan genyen kounye a?
       *[self] Ki papye imigrasyon ou genyen kounye a?
    }
screener-help-status = Chwazi tout sa ki koresponn. Pa egzanp, yon moun ka gen parole epi l ap tann yon desizyon sou azil tou. Si ou pa sèten, chwazi "Mwen pa konnen" sèlman. Pa gen pwoblèm.
screener-choice-status-us_citizen = Sitwayen ameriken
screener-choice-status-lpr = Kat vèt (rezidan pèmanan)
screener-choice-status-asylee = Te resevwa azil (moun ki gen azil)
screener-choice-status-refugee = Te vini kòm refijye
screener-choice-status-pending_asylum = Te fè demann azil epi ap tann yon desizyon
screener-choice-status-daca = DACA
screener-choice-status-tps = TPS (Estati Pwoteksyon Tanporè)
screener-choice-status-parole = Parole (pèmisyon tanporè), pa egzanp antre ak CBP One oswa ak yon pwogram imanitè
screener-choice-status-visa = Yon viza ki poko ekspire (etidyan, travay, vizitè, oswa lòt)
screener-choice-status-overstayed = Yon viza oswa yon pèmisyon ki deja ekspire
screener-choice-status-none = Pa gen papye

screener-question-status_expires = Ki lè papye sa yo (DACA, TPS, parole oswa viza) ap ekspire? Si gen plis pase yon dat, bay premye a.
screener-help-status_expires = Chèche dat li fini an sou pèmi travay la, sou avi apwobasyon an, oswa sou dosye I-94 la. Si li deja ekspire, mete dat sa a.

## Kesyon: krent pou retounen

screener-question-fear_return =
    { $who ->
        [someone_else] Èske moun nan pè pou yo fè l mal oswa touye l si li retounen nan peyi li?
       *[self] Èske ou pè pou yo fè w mal oswa touye w si ou retounen nan peyi ou?
    }

screener-question-harm_because_of_who =
    { $who ->
        [someone_else] Èske mal sa a se akoz sa moun nan ye oswa sa li kwè? Pa egzanp: ras li, relijyon li, nasyonalite li, opinyon politik li, oswa yon gwoup li fè pati.
       *[self] Èske mal sa a se akoz sa ou ye oswa sa ou kwè? Pa egzanp: ras ou, relijyon ou, nasyonalite ou, opinyon politik ou, oswa yon gwoup ou fè pati.
    }
screener-help-harm_because_of_who = Yon gwoup ka se yon fanmi, yon gwoup etnik, moun LGBTQ+, ak lòt ankò. Pa gen move repons. Yon avoka ap poze plis kesyon sou sa ki te pase ak poukisa.

screener-question-fear_torture_by_officials =
    { $who ->
        [someone_else] Èske moun nan pè pou lapolis, sòlda, oswa lòt otorite leta tòtire l, oswa kite yon lòt moun fè l?
       *[self] Èske ou pè pou lapolis, sòlda, oswa lòt otorite leta tòtire w, oswa kite yon lòt moun fè l?
    }

screener-question-arrival_date =
    { $who ->
        [someone_else] Ki lè moun nan te antre Ozetazini dènye fwa?
       *[self] Ki lè ou te antre Ozetazini dènye fwa?
    }
screener-help-arrival_date = Mete dat dènye fwa a. Si ou sonje sèlman mwa a ak ane a, sa ase.

screener-question-asylum_filed =
    { $who ->
        [someone_else] Èske moun nan deja fè demann azil?
       *[self] Èske ou deja fè demann azil?
    }
screener-help-asylum_filed = Moun fè demann azil ak Fòm I-589. Yo voye l bay USCIS, oswa yo remèt li nan tribinal imigrasyon.

screener-question-asylum_denied_before =
    { $who ->
        [someone_else] Èske yon jij oswa USCIS te janm refize yon demann azil moun nan te fè?
       *[self] Èske yon jij oswa USCIS te janm refize yon demann azil ou te fè?
    }

screener-question-arrived_as_child_alone =
    { $who ->
        [someone_else] Lè moun nan te vin Ozetazini, èske li te gen mwens pase 18 an, epi li te vini san paran l ni gadyen legal li?
       *[self] Lè ou te vin Ozetazini, èske ou te gen mwens pase 18 an, epi ou te vini san paran ou ni gadyen legal ou?
    }
screener-help-arrived_as_child_alone = Pafwa yo rele sa yon "timoun ki pa akonpaye" (unaccompanied child). Timoun ki vini pou kont yo gen plis pwoteksyon.

## Kesyon: fanmi

screener-question-wants_family_help =
    { $who ->
        [someone_else] Èske gen yon moun nan fanmi an ki ta ka ede moun nan jwenn papye, oswa moun nan vle ede l jwenn papye?
       *[self] Èske gen yon moun nan fanmi ou ki ta ka ede w jwenn papye, oswa ou vle ede l jwenn papye?
    }
screener-help-wants_family_help = Pa egzanp yon mari oswa yon madanm, yon papa oswa yon manman, yon pitit, yon frè oswa yon sè. Sa ka mache nan de sans: moun nan fanmi an ka ede, oswa li ka bezwen èd.

screener-question-status_grant_date =
    { $who ->
        [someone_else] Ki lè yo te bay moun nan azil, oswa ki lè li te rive kòm refijye?
       *[self] Ki lè yo te ba w azil, oswa ki lè ou te rive kòm refijye?
    }
screener-help-status_grant_date = Gade avi apwobasyon an oswa dosye I-94 la. Si ou sonje sèlman mwa a ak ane a, sa ase.

screener-question-relationship =
    { $who ->
        [someone_else] Moun nan fanmi sa a, se kisa li ye pou moun nan?
       *[self] Moun nan fanmi sa a, se kisa li ye pou ou?
    }
screener-help-relationship = Pa egzanp, si se manman an, chwazi "Paran". Si gen plizyè moun nan fanmi an, reponn pou sa ki pi pwòch la.
screener-choice-relationship-spouse = Mari oswa madanm
screener-choice-relationship-parent = Paran (manman oswa papa)
screener-choice-relationship-child_under_21 = Pitit ki poko gen 21 an
screener-choice-relationship-son_daughter_21_plus = Pitit gason oswa pitit fi ki gen 21 an oswa plis
screener-choice-relationship-sibling = Frè oswa sè
screener-choice-relationship-fiance = Fiyanse (moun ki pral marye ak li)
screener-choice-relationship-other = Yon lòt fanmi, pa egzanp yon kouzen, yon matant, oswa yon grann oswa yon granpapa

screener-question-relative_status = Ki papye imigrasyon moun nan fanmi sa a genyen?
screener-choice-relative_status-us_citizen = Sitwayen ameriken
screener-choice-relative_status-lpr = Kat vèt (rezidan pèmanan)
screener-choice-relative_status-asylee = Te resevwa azil (moun ki gen azil)
screener-choice-relative_status-refugee = Te vini kòm refijye
screener-choice-relative_status-none = Lòt papye, oswa pa gen papye

screener-question-relative_location = Ki kote moun nan fanmi sa a ap viv kounye a?
screener-choice-relative_location-in_us = Ozetazini
screener-choice-relative_location-abroad = Nan yon lòt peyi

screener-question-entry_manner =
    { $who ->
        [someone_else] Kijan moun nan te antre Ozetazini dènye fwa?
       *[self] Kijan ou te antre Ozetazini dènye fwa?
    }
screener-help-entry_manner = Sa enpòtan pou kèk ka fanmi. Yon ayewopò oswa yon pòs fwontyè kote yon ofisye tcheke papye konte kòm "ak pèmisyon yon ofisye".
screener-choice-entry_manner-inspected = Nan yon ayewopò oswa yon pòs fwontyè, ak pèmisyon yon ofisye
screener-choice-entry_manner-without_inspection = Te travèse fwontyè a san yon ofisye pa wè
screener-choice-entry_manner-parole = Te antre ak parole (pèmisyon tanporè), pa egzanp ak CBP One oswa ak yon pwogram imanitè

## Kesyon: lòt opsyon ak sekirite

screener-question-crime_victim =
    { $who ->
        [someone_else] Èske moun nan te viktim yon krim Ozetazini? Pa egzanp, yon atak, vyolans nan fanmi, agresyon seksyèl, oswa menas.
       *[self] Èske ou te viktim yon krim Ozetazini? Pa egzanp, yon atak, vyolans nan fanmi, agresyon seksyèl, oswa menas.
    }
screener-help-crime_victim = Sa konte menm si pèsonn pa t janm pote plent lapolis pou krim nan.

screener-question-trafficked =
    { $who ->
        [someone_else] Èske yon moun te janm fòse oswa twonpe moun nan pou l travay oswa pou l fè sèks? Oswa èske yo te kenbe l nan yon travay ak menas, ak dèt, oswa lè yo pran papye l?
       *[self] Èske yon moun te janm fòse oswa twonpe w pou w travay oswa pou w fè sèks? Oswa èske yo te kenbe w nan yon travay ak menas, ak dèt, oswa lè yo pran papye w?
    }

screener-question-abused_by_family =
    { $who ->
        [someone_else] Èske mari oswa madanm moun nan, papa l oswa manman l, oswa pitit li ki granmoun, te fè l mal, menase l, oswa kontwole l, pandan moun nan fanmi sa a te sitwayen ameriken oswa li te gen kat vèt?
       *[self] Èske mari ou oswa madanm ou, papa ou oswa manman ou, oswa pitit ou ki granmoun, te fè w mal, menase w, oswa kontwole w, pandan moun nan fanmi sa a te sitwayen ameriken oswa li te gen kat vèt?
    }
screener-help-abused_by_family = Abi se pa sèlman bat moun. Li ka se menas, kontwole lajan oswa papye, oswa pawòl mechan ki fè yon moun pè.

screener-question-child_abused_neglected =
    { $who ->
        [someone_else] Èske papa l oswa manman l te fè moun nan mal, neglije l, oswa abandone l?
       *[self] Èske papa w oswa manman w te fè w mal, neglije w, oswa abandone w?
    }

screener-question-unsafe_now =
    { $who ->
        [someone_else] Èske gen yon moun k ap fè moun nan mal, menase l, oswa kontwole l kounye a?
       *[self] Èske gen yon moun k ap fè w mal, menase w, oswa kontwole w kounye a?
    }

screener-question-criminal_history =
    { $who ->
        [someone_else] Èske moun nan te janm arete, akize de yon krim, oswa kondane pou yon krim, nan nenpòt ki peyi?
       *[self] Èske ou te janm arete, akize de yon krim, oswa kondane pou yon krim, nan nenpòt ki peyi?
    }
screener-help-criminal_history = Mete bagay ki sanble piti yo tou, ak ka yo te anile. Yon avoka bezwen konnen sa pou l ka pwoteje moun nan.

## Domèn: tit, sa sa vle di, pwochen etap

screener-area-asylum = Azil ak pwoteksyon
screener-area-asylum-text =
    { $who ->
        [someone_else] Moun nan ka pè retounen nan peyi li. Azil ak lòt pwoteksyon ki sanble ak li ka pèmèt moun rete Ozetazini.
       *[self] Ou ka pè retounen nan peyi ou. Azil ak lòt pwoteksyon ki sanble ak li ka pèmèt moun rete Ozetazini.
    }
screener-area-asylum-next = Pale ak yon avoka sou azil byento. Gen yon dat limit yon ane, kidonk pa tann.

screener-area-removal_defense = Goumen kont depòtasyon
screener-area-removal_defense-text =
    { $who ->
        [someone_else] Moun nan ka gen yon ka nan tribinal imigrasyon oswa ak ICE. Yon avoka ka chèche fason pou l rete.
       *[self] Ou ka gen yon ka nan tribinal imigrasyon oswa ak ICE. Yon avoka ka chèche fason pou w rete.
    }
screener-area-removal_defense-next = Pa janm rate yon odyans oswa yon check-in ICE. Jwenn èd legal gratis kounye a, epi kenbe tout papye yo ansanm nan yon sèl kote ki an sekirite.

screener-area-family = Petisyon fanmi
screener-area-family-text =
    { $who ->
        [someone_else] Petèt yon moun nan fanmi an ka mande papye pou moun nan, oswa petèt moun nan ka mande papye pou yon moun nan fanmi li.
       *[self] Petèt yon moun nan fanmi ou ka mande papye pou ou, oswa petèt ou ka mande papye pou yon moun nan fanmi ou.
    }
screener-area-family-next = Pale ak yon avoka oswa yon reprezantan akredite anvan ou depoze nenpòt papye oswa anvan ou vwayaje. Gen kèk erè ki ka mennen nan entèdiksyon ki dire lontan.

screener-area-other_help = Pale ak yon moun sou sitiyasyon an
screener-area-other_help-text = Repons yo pa t montre yon sèl kalite èd. Sa pa vle di pa gen opsyon: lwa yo chanje, epi yon avoka ka wè yon bagay kesyon sa yo pa ka wè.
screener-area-other_help-next = Kontakte yon sèvis legal gratis toupre w, epi pote tout papye ou genyen.

## Lòt opsyon yon avoka ta dwe gade (tit, sa sa vle di, pwochen etap)

screener-flag-withholding_cat = Anpèchman depòtasyon ak pwoteksyon kont tòti
screener-flag-withholding_cat-text = Pwoteksyon sa yo sanble ak azil men yo gen lòt règ. Yo pa gen dat limit yon ane. Yo ka ede lè azil pa posib, oswa lè yo ka voye yon moun nan yon twazyèm peyi ki danjere.
screener-flag-withholding_cat-next = Mande yon avoka sou "anpèchman depòtasyon" (withholding of removal) ak "Konvansyon kont Tòti" (Convention Against Torture).

screener-flag-credible_fear = Entèvyou sou krent serye
screener-flag-credible_fear-text = Ofisye yo ka voye kèk moun tounen byen vit, san jij: moun yo kenbe sou fwontyè a, ak moun yo jwenn nenpòt kote nan peyi a ki rive sa gen mwens pase dezan. Yon moun ki pè retounen ka mande pou l pale ak yon ofisye azil anvan.
screener-flag-credible_fear-next =
    { $who ->
        [someone_else] Moun nan ta dwe di ofisye yo klèman li pè retounen, epi mande yon avoka.
       *[self] Di ofisye yo klèman ou pè retounen, epi mande yon avoka.
    }

screener-flag-one_year_deadline_exception = Eksepsyon pou dat limit yon ane pou azil la
screener-flag-one_year_deadline_exception-text = Dat limit pou fè demann azil la ka deja pase. Gen eksepsyon, pa egzanp pou gwo chanjman nan peyi moun nan, yon maladi grav, oswa timoun ki te vini pou kont yo.
screener-flag-one_year_deadline_exception-next = Pa dekouraje, men pa tann: menm ak yon eksepsyon, moun dwe fè demann nan yon ti tan apre. Pale ak yon avoka kounye a.

screener-flag-i730_follow_to_join = Fè mari, madanm oswa pitit vin jwenn ou apre azil oswa estati refijye
screener-flag-i730_follow_to_join-text = Moun ki resevwa azil oswa estati refijye ka mande pou mari yo oswa madanm yo ak pitit yo ki pa marye vin jwenn yo. Yon pitit ki te gen mwens pase 21 an lè papa a oswa manman an te fè demann lan ka toujou konte kòm pitit. Se Fòm I-730, epi anjeneral fòk yo depoze l nan dezan.
screener-flag-i730_follow_to_join-next = Ranmase papye maryaj yo ak batistè yo, epi pale ak yon avoka sou Fòm I-730.

screener-flag-u_visa = Viza U pou viktim krim
screener-flag-u_visa-text = Gen kèk viktim krim Ozetazini ki ede lapolis ki ka jwenn yon viza U.
screener-flag-u_visa-next = Mande yon avoka sou viza U. Kenbe tout rapò lapolis ak dosye medikal.

screener-flag-t_visa = Viza T pou moun ki chape anba trafik moun
screener-flag-t_visa-text = Moun yo te fòse oswa twonpe pou yo travay oswa fè sèks ka petèt jwenn yon viza T.
screener-flag-t_visa-next = Pou èd gratis ak prive, rele Liy Nasyonal kont Trafik Moun (National Human Trafficking Hotline) nan 1-888-373-7888, oswa voye yon mesaj nan 233733.

screener-flag-vawa = VAWA: pwoteksyon kont yon moun nan fanmi ki fè abi
screener-flag-vawa-text = Moun yon mari, yon madanm, yon papa oswa yon manman, oswa yon pitit granmoun ki sitwayen oswa ki gen kat vèt fè abi ka petèt fè demann pou tèt yo. Moun ki fè abi a pa bezwen ede, ni konnen.
screener-flag-vawa-next = Pale ak yon avoka oswa ak yon pwogram kont vyolans nan fanmi sou VAWA.

screener-flag-sijs = Estati Espesyal Imigran Jivenil (SIJS)
screener-flag-sijs-text = Jèn moun ki poko gen 21 an, ki te sibi abi, neglijans, oswa abandon nan men papa yo oswa manman yo, ka petèt jwenn yon kat vèt konsa. Fòk yon tribinal eta bay yon lòd anvan.
screener-flag-sijs-next = Aji vit: tribinal eta yo gen limit laj, souvan 18 oswa 21 an. Pale ak yon avoka kounye a.

screener-flag-tps = Estati Pwoteksyon Tanporè (TPS)
screener-flag-tps-text = TPS pwoteje moun ki soti nan kèk peyi kont depòtasyon epi li bay yon pèmi travay. Lis peyi yo chanje souvan, epi TPS kèk peyi fini deja.
screener-flag-tps-next =
    { $who ->
        [someone_else] Mande yon avoka si TPS toujou kouvri peyi moun nan, ak sa pou fè si li fini.
       *[self] Mande yon avoka si TPS toujou kouvri peyi w, ak sa pou fè si li fini.
    }

screener-flag-daca = DACA
screener-flag-daca-text = DACA pwoteje kèk moun ki te vin Ozetazini anvan laj 16 an epi ki viv isit depi jen 2007. Se ka nan tribinal ki deside ki moun ki ka mande l pou premye fwa.
screener-flag-daca-next = Mande yon avoka ki règ DACA genyen jodi a. Si gen DACA deja, voye renouvèlman an ant 150 ak 120 jou anvan li fini.

screener-flag-motion_to_reopen = Relouvri yon ansyen ka
screener-flag-motion_to_reopen-text = Pafwa yo ka relouvri ka a apre yon odyans ki te rate, oswa yon ansyen lòd. Nan kèk ka, gen 180 jou pou mande sa. Si avi odyans lan pa t janm rive, petèt pa gen dat limit.
screener-flag-motion_to_reopen-next = Jwenn lòd la epi pale ak yon avoka touswit. Ou ka tcheke yon ka si ou rele 1-800-898-7180.

screener-flag-cancellation_of_removal = Anilasyon depòtasyon
screener-flag-cancellation_of_removal-text = Pafwa yon jij ka kite yon moun rete: pa egzanp yon moun ki gen kat vèt, oswa yon moun ki Ozetazini depi 10 an oswa plis, si fanmi pwòch li ta soufri.
screener-flag-cancellation_of_removal-next = Ranmase prèv ane yo Ozetazini, tankou resi lwaye, papye lekòl, oswa fich peman, epi pale ak yon avoka.

screener-flag-criminal_history_review = Tcheke arestasyon ak kondanasyon ak yon avoka
screener-flag-criminal_history_review-text = Yon arestasyon oswa yon kondanasyon ka chanje ki opsyon ki san danje. Menm ti ka oswa ansyen ka konte.
screener-flag-criminal_history_review-next = Anvan ou fè demann pou nenpòt bagay, montre yon avoka papye tribinal pou chak ka.

screener-flag-unlawful_presence_review = Tcheke pwoblèm vwayaj ak tan san papye
screener-flag-unlawful_presence_review-text = Si yon moun kite Ozetazini apre li te pase tan san papye, oswa apre li te antre san pèmisyon yon ofisye, sa ka lakoz yon entèdiksyon 3 oswa 10 an.
screener-flag-unlawful_presence_review-next = Pa kite Ozetazini, ni ale nan yon entèvyou nan konsila, anvan ou pale ak yon avoka.

## Dat limit nou kalkile dapre repons yo (dat la parèt akote tit la)

screener-deadline-one_year_asylum = Dat limit yon ane pou azil
screener-deadline-one_year_asylum-text = Anjeneral, moun dwe mande azil nan yon ane apre dènye fwa li te rive Ozetazini.

screener-deadline-follow_to_join = Dat limit Fòm I-730
screener-deadline-follow_to_join-text = Anjeneral, yo dwe depoze Fòm I-730 nan dezan apre yo bay azil la oswa apre refijye a rive. Pafwa yo ka aksepte yon fòm an reta pou rezon imanitè.

screener-deadline-reopen_in_absentia = 180 jou pou mande relouvri ka a
screener-deadline-reopen_in_absentia-text = Apre yon lòd paske moun nan te rate yon odyans, gen 180 jou pou mande relouvri ka a pou rezon grav. Si avi odyans lan pa t janm rive, petèt pa gen dat limit.

screener-deadline-appeal = Dat limit pou apèl
screener-deadline-appeal-text = Yon apèl kont desizyon yon jij dwe rive nan Konsèy Apèl Imigrasyon an nan 30 jou apre desizyon an. Chèche yon avoka kounye a: pa gen anpil tan.

screener-deadline-hearing_date = Pwochen odyans nan tribinal
screener-deadline-hearing_date-text = Ale nan chak odyans, menm si poko gen avoka. Si yon moun rate youn, sa ka mennen nan yon lòd depòtasyon.

screener-deadline-agency_date = Dat ki nan yon lèt
screener-deadline-agency_date-text = Fè sa lèt la mande anvan dat sa a, oswa jwenn èd yon avoka touswit.

screener-deadline-status_end = Papye yo fini
screener-deadline-status_end-text = Si yo renouvle anvan dat sa a, sa ka ede kenbe pwoteksyon an ak pèmi travay la.

## Avi ijan

screener-urgent = Sa ka ijan
screener-urgent-text =
    { $who ->
        [someone_else] Gen kèk repons ki montre moun nan ka pa gen anpil tan. Jwenn èd jodi a si ou kapab.
       *[self] Gen kèk repons ki montre ou ka pa gen anpil tan. Jwenn èd jodi a si ou kapab.
    }
screener-urgent-next = Rele yon sèvis legal gratis kounye a. Si yon moun nan detansyon, ekri Nimewo A li ak kote yo kenbe l la. Ou ka tcheke yon ka nan tribinal si ou rele 1-800-898-7180.

## Avi sekirite (nimewo telefòn: tcheke yo anvan chak piblikasyon)

screener-safety = Sekirite ou pi enpòtan pase tout bagay
screener-safety-text = Si ou an danje kounye a, rele 911. Liy Nasyonal kont Vyolans nan Fanmi (National Domestic Violence Hotline): 1-800-799-7233, oswa voye mesaj START nan 88788. Liy Nasyonal kont Trafik Moun (National Human Trafficking Hotline): 1-888-373-7888, oswa voye yon mesaj nan 233733.
screener-safety-next = Si yon moun ka wè ekran sa a, sèvi ak bouton Sòti vit la. Li kite paj sa a touswit, men li pa efase istwa navigasyon ou. Lè li san danje, efase istwa ou oswa sèvi ak yon fenèt prive.

## Nouvo nan mwa desanm 2026

screener-question-third_country_notice =
    { $who ->
        [someone_else] Èske imigrasyon te di moun nan yo ka voye l nan yon peyi ki pa peyi pa l?
       *[self] Èske imigrasyon te di w yo ka voye w nan yon peyi ki pa peyi pa w?
    }
screener-help-third_country_notice = Yo rele sa depòtasyon nan yon "twazyèm peyi". Avètisman an ka vini sèlman yon jou anvan, oswa kèk èdtan anvan. Si gen krent pou yo fè mal nan peyi sa a, fòk li di sa touswit.
screener-question-tps_country =
    { $who ->
        [someone_else] Èske moun nan se sitwayen youn nan peyi sa yo: { $tps }?
       *[self] Èske ou se sitwayen youn nan peyi sa yo: { $tps }?
    }
screener-help-tps_country = Peyi sa yo gen Estati Pwoteksyon Tanporè (TPS). Lis sa a soti { $tps_as_of }. Lis la chanje souvan, kidonk yon avoka dwe tcheke l ankò.
screener-question-has_uscis_appointment =
    { $who ->
        [someone_else] Èske moun nan gen yon entèvyou oswa yon randevou pou anprent dwèt ak USCIS?
       *[self] Èske ou gen yon entèvyou oswa yon randevou pou anprent dwèt ak USCIS?
    }
screener-help-has_uscis_appointment = USCIS voye yon lèt ak dat la. Randevou anprent dwèt la rele "byometri" tou. Si yon moun rate yon randevou, sa ka kanpe demann lan.
screener-question-uscis_appointment = Ki dat randevou a?
screener-question-asylum_fee_notice =
    { $who ->
        [someone_else] Èske moun nan te resevwa yon lèt ki di li dwe peye yon frè chak ane pou demann azil li a rete louvri?
       *[self] Èske ou te resevwa yon lèt ki di ou dwe peye yon frè chak ane pou demann azil ou a rete louvri?
    }
screener-help-asylum_fee_notice = Depi 2025, fòk moun peye yon frè pou chak ane demann azil la ap tann. Lèt la di konbyen ak kijan pou peye. Si yo pa peye nan 30 jou apre lèt la, USCIS ap rejte demann lan.
screener-question-first_arrival_date =
    { $who ->
        [someone_else] Ki lè moun nan te vin viv Ozetazini pou premye fwa?
       *[self] Ki lè ou te vin viv Ozetazini pou premye fwa?
    }
screener-help-first_arrival_date = Premye fwa a menm, menm si sa fè anpil ane. Si ou sonje sèlman mwa a ak ane a, sa ase.
screener-question-birth_date =
    { $who ->
        [someone_else] Ki dat moun nan fèt?
       *[self] Ki dat ou fèt?
    }
screener-help-birth_date = Kèk opsyon depann de laj egzak la. Repons ou rete sou telefòn sa a.
screener-question-child_under_21_at_filing = Èske pitit gason an oswa pitit fi a te gen mwens pase 21 an epi li pa t marye jou papa a oswa manman an te mande azil oswa estati refijye?
screener-flag-check_i94 = Tcheke dat viza a fini
screener-flag-check_i94-text = Dat yon moun dwe fini sejou l ak yon viza ekri sou dosye I-94 la, pa sou viza a. Ou ka chèche l gratis sou sit entènèt Ladwàn ak Pwoteksyon Fwontyè (CBP).
screener-flag-check_i94-next = Jwenn dosye I-94 la epi tcheke dat la. Si li rete mwens pase 90 jou, oswa si dat la deja pase, pale ak yon avoka.
screener-deadline-daca_renewal = Kòmanse renouvèlman DACA a
screener-deadline-daca_renewal-text = USCIS mande renouvèlman an ant 150 ak 120 jou anvan DACA fini. Si ou voye l nan moman sa a, sa ede w pa rete san pwoteksyon.
screener-deadline-uscis_appointment_date = Randevou ak USCIS
screener-deadline-uscis_appointment_date-text = Ale nan randevou a ak lèt la ak yon pyès idantite. Si ou pa ka ale, mande USCIS yon lòt dat anvan jou a.

## Paj rezilta a ak lis pou li a

screener-what-now = Sa pou w fè kounye a
screener-call = Rele { $name }
screener-call-hotline = Pou detansyon ak tribinal: { $name }
screener-no-phone = Jwenn yon sèvis legal gratis toupre w
screener-areas-heading = Sa ou ka bezwen èd pou li
screener-dates-heading = Dat pou w konnen
screener-why-details = Poukisa nou montre sa
screener-choose-all = Ou ka chwazi plis pase youn.
screener-choose-some = Tanpri chwazi omwen yon repons.
screener-list-separator = {", "}
screener-date-day = { $day } { $month } { $year }
screener-date-month = { $month } { $year }
screener-static-skip = Si ou te reponn "{ $answer }", ale nan kesyon { $number }.
screener-static-skip-results = Si ou te reponn "{ $answer }", ale nan "Sa repons yo ka vle di".
screener-static-urgent = Chèche èd vit si youn nan sa yo koresponn
screener-static-choose-all = (plis pase youn ka koresponn)
