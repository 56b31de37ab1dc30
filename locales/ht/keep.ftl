# The printable booklet, the offline copy ("Keep this language on this phone") and the
# page at the top of a `site-gen bundle` copy.

keep-heading = Kenbe gid sa yo
print-link = Enprime tout gid yo nan yon ti liv
print-title = Tout gid yo, pou enprime
print-summary = Tout gid ki nan lang sa a sou yon sèl paj, ak lis èd legal gratis la, pou enprime oswa pou sere.
print-intro = Paj sa a gen tout gid ki nan lang sa a ak lis èd legal gratis la. Pou enprime l, sèvi ak kòmand Enprime navigatè w la. Gade dat yo te revize chak gid pou dènye fwa: lalwa chanje.
print-contents = Sa ki ladan l
offline-what = Ou ka kenbe gid ki nan lang sa a sou telefòn sa a, pou w li yo san entènèt. Se sèlman paj sit sa a yo ki anrejistre: gid yo, kesyon yo ak rechèch la.
offline-privacy = Yo pa janm anrejistre repons ou ak rechèch ou. Yon moun ki gade paramèt navigatè telefòn sa a ka wè sit sa a anrejistre. Ou ka retire l nenpòt ki lè ak bouton ki anba a.
offline-size = Li pran apeprè { $size } MB espas sou telefòn sa a.
offline-starting = N ap anrejistre…
offline-saving = N ap anrejistre: fichye { $done } sou { $total }…
offline-saved = Gid sa yo kenbe sou telefòn sa a. Yo louvri menm san entènèt.
offline-failed = Nou pa t ka anrejistre gid yo. Eseye ankò lè koneksyon w pi bon.
offline-removed = Kopi ki te anrejistre a retire sou telefòn sa a.
offline-keep = Kenbe lang sa a sou telefòn sa a
offline-remove = Retire kopi san entènèt la
## The page at the top of a copy made by `site-gen bundle`
bundle-open = Louvri gid yo: { $language }
