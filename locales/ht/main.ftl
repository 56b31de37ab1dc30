# Mo ki parèt sou chak paj. Tradiktè yo: pa chanje idantifyan mesaj yo (agoch `=`),
# epi kite { $variables } yo jan yo ye a.

site-name = Konnen dwa ou
skip-to-content = Ale dirèkteman nan tèks prensipal la
quick-exit = Sòti vit
language-switcher = Lang
nav-sections = Seksyon yo
all-languages = Tout lang yo
choose-language = Li an kreyòl ayisyen
footer-not-legal-advice = Sit sa a bay enfòmasyon jeneral, se pa konsèy legal. Pou konsèy sou ka pa ou, pale ak yon avoka oswa yon reprezantan ki akredite pa DOJ.
footer-hotline = Liy enfòmasyon tribinal imigrasyon an (otomatik, gratis): { $phone }

## Avi sou yon paj
fallback-notice = Paj sa a poko tradui nan lang ou. Nou montre l an { $language }.
outdated-notice = Yo chanje paj sa a an angle apre yo te fin tradui l. Gen kèk detay isit la ki ka pa ajou ankò.
outdated-read-original = Li paj la an angle.
not-translated-badge = Poko tradui
last-reviewed = Dènye revizyon:
on-this-page = Sou paj sa a
sources-heading = Sous ofisyèl
# Apre yon lyen ki mennen sou yon lòt sit, pou moun ki sèvi ak lektè ekran.
external-link = louvri yon lòt sit entènèt

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
directory-notario-warning = Se sèlman yon avoka oswa yon reprezantan ki akredite pa DOJ ki ka ba w konsèy legal sou imigrasyon. Yon "notario" oswa yon "konsiltan" pa gen dwa fè sa. Pa janm peye yon moun ki pwomèt ou yon rezilta.

## Kalite èd (lis la ak kesyon yo sèvi ak menm non yo)
area-removal_defense = Tribinal imigrasyon ak depòtasyon
area-asylum = Azil ak pwoteksyon
area-family = Fanmi
area-general = Èd jeneral ak liy èd
