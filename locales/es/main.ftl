# Textos de la interfaz de todas las páginas. Traductores: no cambien los identificadores
# de los mensajes (a la izquierda de `=`) y dejen las { $variables } como están.

site-name = Conozca sus derechos
skip-to-content = Ir al contenido principal
quick-exit = Salida rápida
language-switcher = Idioma
nav-sections = Secciones
all-languages = Todos los idiomas
choose-language = Leer en español
footer-not-legal-advice = Este sitio da información general, no asesoría legal. Para recibir consejos sobre su caso, hable con un abogado o con un representante acreditado por el DOJ (Departamento de Justicia).
footer-hotline = Línea de información de la corte de inmigración (automática, gratis): { $phone }

## Avisos en una página
fallback-notice = Esta página todavía no está traducida a su idioma. Se muestra en { $language }.
outdated-notice = Esta página cambió en inglés después de ser traducida. Algunos datos aquí pueden no estar al día.
outdated-read-original = Lea la página en inglés.
not-translated-badge = Todavía sin traducir
last-reviewed = Última revisión:
on-this-page = En esta página
sources-heading = Fuentes oficiales
# Después de un enlace a otro sitio web, para lectores de pantalla.
external-link = abre otro sitio web

## Recuadros dentro de las guías
admonition-note = Nota
admonition-tip = Consejo
admonition-important = Importante
admonition-warning = Advertencia
admonition-caution = Tenga cuidado

## Página no encontrada (404)
not-found-title = Página no encontrada
not-found-body = Vaya a las guías en español.

## La página del directorio de ayuda legal
directory-title = Encuentre ayuda legal gratis
directory-summary = Ayuda legal gratis o de bajo costo y líneas de ayuda, según el tipo de ayuda que necesita.
directory-intro = Estos son servicios nacionales. Muchos de ellos pueden decirle dónde hay ayuda gratis cerca de usted. Llame o visite su sitio web. Esta lista es información, no una recomendación.
directory-jump = Elija el tipo de ayuda
directory-phone = Teléfono:
directory-detained = Ayuda a personas en detención de inmigración.
directory-languages = Idiomas:
directory-notario-warning = Solo un abogado o un representante acreditado por el DOJ puede darle asesoría legal de inmigración. Un "notario" o un "consultor" no puede. Nunca le pague a alguien que le promete un resultado.

## Tipos de ayuda (el directorio y las preguntas usan los mismos nombres)
area-removal_defense = Corte de inmigración y deportación
area-asylum = Asilo y protección
area-family = Familia
area-general = Ayuda general y líneas de ayuda
