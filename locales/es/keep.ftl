# The printable booklet, the offline copy ("Keep this language on this phone") and the
# page at the top of a `site-gen bundle` copy.

keep-heading = Guardar estas guías
print-link = Imprimir todas las guías en un folleto
print-title = Todas las guías, para imprimir
print-summary = Todas las guías en este idioma en una sola página, con la lista de ayuda legal gratis, para imprimir o guardar.
print-intro = Esta página tiene todas las guías en este idioma y la lista de ayuda legal gratis. Para imprimirla, use la opción Imprimir de su navegador. Fíjese en la fecha de la última revisión de cada guía: la ley cambia.
print-contents = Contenido
offline-what = Puede guardar las guías en este idioma en este teléfono para leerlas sin internet. Solo se guardan las páginas de este sitio: las guías, las preguntas y la búsqueda.
offline-privacy = Sus respuestas y sus búsquedas nunca se guardan. Una persona que mire la configuración del navegador de este teléfono puede ver que este sitio está guardado. Puede borrarlo en cualquier momento con el botón de abajo.
offline-size = Ocupa unos { $size } MB de espacio en este teléfono.
offline-starting = Guardando…
offline-saving = Guardando: archivo { $done } de { $total }…
offline-saved = Estas guías están guardadas en este teléfono. Se abren aunque no haya internet.
offline-failed = No se pudieron guardar las guías. Inténtelo de nuevo cuando tenga mejor conexión.
offline-removed = La copia guardada se borró de este teléfono.
offline-keep = Guardar este idioma en este teléfono
offline-remove = Borrar la copia sin conexión
## The page at the top of a copy made by `site-gen bundle`
bundle-open = Abrir las guías en { $language }
