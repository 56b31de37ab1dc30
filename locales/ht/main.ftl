# Mo ki parèt sou chak paj. Tradiktè yo: pa chanje idantifyan mesaj yo (agoch `=`),
# epi kite { $variables } yo jan yo ye a.

site-name = Konnen dwa ou
site-description = Gid nan langaj senp sou dwa imigran yo Ozetazini, nan plizyè lang. Enfòmasyon jeneral, se pa konsèy legal.
skip-to-content = Ale dirèkteman nan tèks prensipal la
quick-exit = Sòti vit
language-switcher = Lang
nav-sections = Seksyon yo
all-languages = Tout lang yo
choose-language = Li an kreyòl ayisyen
footer-not-legal-advice = Sit sa a bay enfòmasyon jeneral, se pa konsèy legal. Pou konsèy sou ka pa ou, pale ak yon avoka oswa yon reprezantan ki akredite pa DOJ.
footer-hotline = Liy enfòmasyon tribinal imigrasyon an (otomatik, gratis): { $phone }

## Avi sou yon paj
fallback-notice = Paj sa a poko egziste an { $reader }. Men li an { $language }.
fallback-help = Jwenn èd legal gratis an { $reader }
outdated-notice = Yo chanje paj sa a an angle apre yo te fin tradui l. Gen kèk detay isit la ki ka pa ajou ankò.
outdated-read-original = Li paj la an angle.
not-translated-badge = Poko tradui
last-reviewed = Dènye revizyon:
on-this-page = Sou paj sa a
sources-heading = Sous ofisyèl
# Apre yon lyen ki mennen sou yon lòt sit, pou moun ki sèvi ak lektè ekran.
external-link = louvri yon lòt sit entènèt

## Chemen pou rive nan kesyon yo, sou paj dakèy la ak nan gid yo
screener-cta = Reponn kèk kesyon pou w wè ki èd ou ka bezwen
screener-cta-note = Sa pran anviwon senk minit. Repons ou yo rete sou telefòn ou.

## Bwat ki nan gid yo
admonition-note = Nòt
admonition-tip = Konsèy
admonition-important = Enpòtan
admonition-warning = Avètisman
admonition-caution = Fè atansyon

## Paj nou pa jwenn (404)
not-found-title = Nou pa jwenn paj la
not-found-body = Ale nan gid yo an kreyòl ayisyen.

## Paj lis èd legal la
directory-title = Jwenn èd legal gratis
directory-summary = Èd legal gratis oswa ki pa koute chè, ak liy èd, dapre kalite èd ou bezwen.
directory-intro = Sa yo se sèvis nasyonal. Anpil nan yo ka di w ki kote pou w jwenn èd gratis toupre w. Rele yo oswa ale sou sit entènèt yo. Lis sa a se enfòmasyon, se pa yon rekòmandasyon.
directory-jump = Chwazi kalite èd ou bezwen
directory-phone = Telefòn:
directory-detained = Ede moun ki nan detansyon imigrasyon.
directory-languages = Lang:
directory-find = Jwenn bon èd la
directory-by-language = Èd nan lang ou
directory-by-state = Èd nan eta ou
directory-where = Ki kote:
directory-national = Toupatou Ozetazini
directory-none-in-language = Pa gen okenn òganizasyon nan lis sa a ki di li pale { $language }. Lè w rele, mande yon entèprèt.
directory-see-national = Sèvis pou tout peyi a ede moun ki nan eta sa a tou.
# Ant eleman yon lis; kite gimè yo.
list-separator = { ", " }
directory-notario-warning = Se sèlman yon avoka oswa yon reprezantan ki akredite pa DOJ ki ka ba w konsèy legal sou imigrasyon. Yon "notario" oswa yon "konsiltan" pa gen dwa fè sa. Pa janm peye yon moun ki pwomèt ou yon rezilta.

## Non lang yo, nan lang sa a (avi ak lis èd). Pa chanje kòd ki nan [kwochè] yo.
language-name = { $code ->
        [en] angle
        [es] panyòl
        [ar] arab
        [zh] chinwa
        [zh-Hans] chinwa
        [zh-Hant] chinwa
        [fr] franse
        [ht] kreyòl ayisyen
        [prs] dari
        [fa] pèsan (fasi)
        [ps] pachto
        [pt] pòtigè
        [ru] ris
        [uk] ikrenyen
        [vi] vyetnamyen
        [ko] koreyen
        [so] somali
        [ur] oudou
        [tl] tagalòg
        [am] amarik
        [ti] tigrinya
        [sw] swahili
        [hi] endi
       *[other] { $name }
    }

## Eta ak teritwa, nan lang sa a (lis èd). Pa chanje kòd ki nan [kwochè] yo.
state-name = { $code ->
        [AL] Alabama
        [AK] Alaska
        [AS] Samoa Ameriken
        [AZ] Arizona
        [AR] Arkansas
        [CA] Kalifòni
        [CO] Kolorado
        [CT] Konektikit
        [DE] Delawè
        [DC] Distri Kolonbi
        [FL] Florid
        [GA] Jòji
        [GU] Gwam
        [HI] Awayi
        [ID] Idaho
        [IL] Ilinwa
        [IN] Indyana
        [IA] Ayowa
        [KS] Kannzas
        [KY] Kentoki
        [LA] Lwizyàn
        [ME] Mèn
        [MD] Marilann
        [MA] Masachisèt
        [MI] Michigan
        [MN] Minnesota
        [MS] Misisipi
        [MO] Misouri
        [MT] Montana
        [NE] Nebraska
        [NV] Nevada
        [NH] New Hampshire
        [NJ] New Jersey
        [NM] Nouvo Meksik
        [NY] Nouyòk
        [NC] Kawolin di Nò
        [ND] Dakota di Nò
        [MP] Zile Mariyàn di Nò
        [OH] Ohio
        [OK] Oklahoma
        [OR] Oregon
        [PA] Pennsilvani
        [PR] Pòtoriko
        [RI] Rhode Island
        [SC] Kawolin di Sid
        [SD] Dakota di Sid
        [TN] Tenesi
        [TX] Teksas
        [UT] Utah
        [VT] Vèmont
        [VI] Zile Vyèj Ameriken
        [VA] Vijini
        [WA] Washington
        [WV] Vijini Lwès
        [WI] Wisconsin
        [WY] Wyoming
       *[other] { $code }
    }

## Kalite èd (lis la ak kesyon yo sèvi ak menm non yo)
area-removal_defense = Tribinal imigrasyon ak depòtasyon
area-asylum = Azil ak pwoteksyon
area-family = Fanmi
area-general = Èd jeneral ak liy èd

## Paj kesyonè a (kesyon yo menm nan screener.ftl)
screener-title = Kesyon pou jwenn bon èd la
screener-summary = Reponn kesyon yo, youn apre lòt, pou w konnen ki kalite èd legal ou ka bezwen. Repons ou yo rete sou telefòn ou.
screener-intro = Kantite kesyon ou reponn depann de repons ou yo: pifò moun reponn ant 15 ak 30. Repons yo montre ki kalite èd legal ou ka bezwen, kijan sa ijan, ak ki kote pou w jwenn èd gratis.
screener-privacy = Repons ou yo rete sou telefòn sa a. Yo pa janm voye yo, yo pa janm sere yo, epi yo pa janm mete yo nan adrès entènèt la. Lè ou fèmen paj sa a oswa ou kite l, repons yo efase.
screener-quick-exit-note = Bouton wouj "Sòti vit" la kite paj sa a touswit epi li efase repons ou yo. Li pa efase istwa navigasyon ou.
screener-start = Kòmanse
screener-next = Swivan
screener-back = Retounen
screener-start-over = Rekòmanse
screener-print = Enprime oswa sere yon rezime
screener-progress = Kesyon { $number } sou anviwon { $total }
screener-choose-one = Tanpri chwazi yon repons.
screener-enter-number = Tanpri mete yon nimewo, oswa chwazi "Mwen pa konnen".
screener-enter-date = Tanpri chwazi yon mwa epi ekri ane a, oswa chwazi "Mwen pa konnen".
screener-month = Mwa
screener-year = Ane
screener-day = Jou (si ou konnen l)
screener-number = Nimewo
screener-loading = N ap chaje kesyon yo…
screener-failed = Kesyon yo pa t ka kòmanse sou telefòn sa a. Ou ka toujou li kesyon yo ak sa yo vle di pi ba a.
screener-why = Poukisa nou montre sa:
screener-your-answers = Repons ou yo
screener-guides = Li plis:
screener-directory = Jwenn èd legal gratis pou sa
screener-deadline-date = Dat: { $date }
screener-deadline-approximate = Anviwon { $date } (nou konnen mwa a sèlman)
screener-deadline-passed = Dat sa a pase deja. Pale ak yon avoka byento.
screener-flags-heading = Mande yon avoka tou sou
screener-court-line = Liy enfòmasyon tribinal imigrasyon an (otomatik, gratis): 1-800-898-7180
screener-static-heading = Kesyon yo, si paj sa a pa ka fè yo mache
screener-static-intro = Nòmalman, paj sa a poze yon sèl kesyon alafwa. Men tout kesyon yo ak sa repons yo ka vle di. Li yo, epi ekri repons ou yo pou w pote bay yon avoka.
screener-static-outcomes = Sa repons yo ka vle di

## Glossary page
glossary-title = Mo legal yo esplike
glossary-summary = Esplikasyon senp pou mo legal gid sa yo sèvi. Lyen ki nan gid yo mennen isit la.
glossary-sections = Seksyon yo

## Non mwa yo nan kalandriye gregoryen an, pou tout dat sit la montre.
month-1 = janvye
month-2 = fevriye
month-3 = mas
month-4 = avril
month-5 = me
month-6 = jen
month-7 = jiyè
month-8 = out
month-9 = septanm
month-10 = oktòb
month-11 = novanm
month-12 = desanm

## Search page
search-title = Chèche nan gid yo
search-summary = Jwenn yon gid lè ou tape kèk mo. Sa ou tape a rete nan telefòn ou.
search-label = Mo pou chèche
search-privacy = Sa ou tape a rete nan telefòn ou: yo pa voye l, yo pa sove l.
search-found = Gid nou jwenn:
search-none = Nou pa jwenn okenn gid. Eseye lòt mo, oswa gade lis ki anba a.
search-all-guides = Tout gid yo, dapre lòd alfabè
