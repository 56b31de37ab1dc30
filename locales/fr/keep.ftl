# The printable booklet, the offline copy ("Keep this language on this phone") and the
# page at the top of a `site-gen bundle` copy.

keep-heading = Garder ces guides
print-link = Imprimer tous les guides dans un livret
print-title = Tous les guides, à imprimer
print-summary = Tous les guides dans cette langue sur une seule page, avec la liste de l'aide juridique gratuite, à imprimer ou à enregistrer.
print-intro = Cette page contient tous les guides dans cette langue et la liste de l'aide juridique gratuite. Pour l'imprimer, utilisez la commande Imprimer de votre navigateur. Regardez la date de la dernière vérification de chaque guide : la loi change.
print-contents = Sommaire
offline-what = Vous pouvez garder les guides dans cette langue sur ce téléphone, pour les lire sans internet. Seules les pages de ce site sont enregistrées : les guides, les questions et la recherche.
offline-privacy = Vos réponses et vos recherches ne sont jamais enregistrées. Une personne qui regarde les réglages du navigateur de ce téléphone peut voir que ce site est enregistré. Vous pouvez le supprimer à tout moment avec le bouton ci-dessous.
offline-size = Elle occupe environ { $size } Mo sur ce téléphone.
offline-starting = Enregistrement…
offline-saving = Enregistrement : fichier { $done } sur { $total }…
offline-saved = Ces guides sont gardés sur ce téléphone. Ils s'ouvrent même sans internet.
offline-failed = Les guides n'ont pas pu être enregistrés. Réessayez quand votre connexion sera meilleure.
offline-removed = La copie enregistrée a été supprimée de ce téléphone.
offline-keep = Garder cette langue sur ce téléphone
offline-remove = Supprimer la copie hors ligne
## The page at the top of a copy made by `site-gen bundle`
bundle-open = Ouvrir les guides : { $language }
