# Textos de la interfaz de todas las páginas. Traductores: no cambien los identificadores
# de los mensajes (a la izquierda de `=`) y dejen las { $variables } como están.

site-name = Conozca sus derechos
site-description = Guías en lenguaje sencillo sobre los derechos de los inmigrantes en los Estados Unidos, en muchos idiomas. Información general, no asesoramiento legal.
skip-to-content = Ir al contenido principal
quick-exit = Salida rápida
language-switcher = Idioma
nav-sections = Secciones
all-languages = Todos los idiomas
choose-language = Leer en español
footer-not-legal-advice = Este sitio da información general, no asesoría legal. Para recibir consejos sobre su caso, hable con un abogado o con un representante acreditado por el DOJ (Departamento de Justicia).
footer-hotline = Línea de información de la corte de inmigración (automática, gratis): { $phone }

## Avisos en una página
fallback-notice = Esta página todavía no está en { $reader }. Aquí está en { $language }.
fallback-help = Buscar ayuda legal gratis en { $reader }
outdated-notice = Esta página cambió en inglés después de ser traducida. Algunos datos aquí pueden no estar al día.
outdated-read-original = Lea la página en inglés.
not-translated-badge = Todavía sin traducir
last-reviewed = Última revisión:
on-this-page = En esta página
sources-heading = Fuentes oficiales
# Después de un enlace a otro sitio web, para lectores de pantalla.
external-link = abre otro sitio web

## El camino a las preguntas, en la página de inicio y en las guías
screener-cta = Conteste algunas preguntas para ver qué ayuda puede necesitar
screener-cta-note = Toma unos cinco minutos. Sus respuestas se quedan en su teléfono.

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
directory-find = Encuentre la ayuda adecuada
directory-by-language = Ayuda en su idioma
directory-by-state = Ayuda en su estado
directory-where = Dónde:
directory-national = En todo Estados Unidos
directory-none-in-language = Ninguna organización de esta lista dice que habla { $language }. Cuando llame, pida un intérprete.
directory-see-national = Los servicios para todo el país también ayudan a las personas de este estado.
# Entre los elementos de una lista; deje las comillas.
list-separator = { ", " }
directory-notario-warning = Solo un abogado o un representante acreditado por el DOJ puede darle asesoría legal de inmigración. Un "notario" o un "consultor" no puede. Nunca le pague a alguien que le promete un resultado.

## Nombres de idiomas, en este idioma (avisos y directorio). No cambie los códigos entre [corchetes].
language-name = { $code ->
        [en] inglés
        [es] español
        [ar] árabe
        [zh] chino
        [zh-Hans] chino
        [zh-Hant] chino
        [fr] francés
        [ht] criollo haitiano
        [prs] darí
        [fa] persa (farsi)
        [ps] pastún
        [pt] portugués
        [ru] ruso
        [uk] ucraniano
        [vi] vietnamita
        [ko] coreano
        [so] somalí
        [ur] urdu
        [tl] tagalo
        [am] amárico
        [ti] tigriña
        [sw] suajili
        [hi] hindi
       *[other] { $name }
    }

## Estados y territorios, en este idioma (directorio). No cambie los códigos entre [corchetes].
state-name = { $code ->
        [AL] Alabama
        [AK] Alaska
        [AS] Samoa Americana
        [AZ] Arizona
        [AR] Arkansas
        [CA] California
        [CO] Colorado
        [CT] Connecticut
        [DE] Delaware
        [DC] Distrito de Columbia
        [FL] Florida
        [GA] Georgia
        [GU] Guam
        [HI] Hawái
        [ID] Idaho
        [IL] Illinois
        [IN] Indiana
        [IA] Iowa
        [KS] Kansas
        [KY] Kentucky
        [LA] Luisiana
        [ME] Maine
        [MD] Maryland
        [MA] Massachusetts
        [MI] Míchigan
        [MN] Minnesota
        [MS] Misisipi
        [MO] Misuri
        [MT] Montana
        [NE] Nebraska
        [NV] Nevada
        [NH] Nuevo Hampshire
        [NJ] Nueva Jersey
        [NM] Nuevo México
        [NY] Nueva York
        [NC] Carolina del Norte
        [ND] Dakota del Norte
        [MP] Islas Marianas del Norte
        [OH] Ohio
        [OK] Oklahoma
        [OR] Oregón
        [PA] Pensilvania
        [PR] Puerto Rico
        [RI] Rhode Island
        [SC] Carolina del Sur
        [SD] Dakota del Sur
        [TN] Tennessee
        [TX] Texas
        [UT] Utah
        [VT] Vermont
        [VI] Islas Vírgenes de EE. UU.
        [VA] Virginia
        [WA] Washington
        [WV] Virginia Occidental
        [WI] Wisconsin
        [WY] Wyoming
       *[other] { $code }
    }

## Tipos de ayuda (el directorio y las preguntas usan los mismos nombres)
area-removal_defense = Corte de inmigración y deportación
area-asylum = Asilo y protección
area-family = Familia
area-general = Ayuda general y líneas de ayuda

## La página de las preguntas (las preguntas mismas están en screener.ftl)
screener-title = Preguntas para encontrar la ayuda correcta
screener-summary = Conteste preguntas, una por una, para saber qué tipo de ayuda legal puede necesitar. Sus respuestas se quedan en su teléfono.
screener-intro = Cuántas preguntas va a contestar depende de sus respuestas: la mayoría de las personas contesta entre 15 y 30. Las respuestas muestran qué tipo de ayuda legal puede necesitar, qué tan urgente es y dónde encontrar ayuda gratis.
screener-privacy = Sus respuestas se quedan en este teléfono. Nunca se envían, nunca se guardan y nunca se ponen en la dirección de la página web. Cuando cierre esta página o salga de ella, las respuestas se borran.
screener-quick-exit-note = El botón rojo de "Salida rápida" sale de esta página enseguida y borra sus respuestas. No borra el historial de su navegador.
screener-start = Empezar
screener-next = Siguiente
screener-back = Atrás
screener-start-over = Empezar de nuevo
screener-print = Imprimir o guardar un resumen
screener-progress = Pregunta { $number } de unas { $total }
screener-choose-one = Por favor, elija una respuesta.
screener-enter-number = Por favor, escriba un número, o elija "No sé".
screener-enter-date = Por favor, elija un mes y escriba el año, o elija "No sé".
screener-month = Mes
screener-year = Año
screener-day = Día (si lo sabe)
screener-number = Número
screener-loading = Cargando las preguntas…
screener-failed = Las preguntas no pudieron empezar en este teléfono. Igual puede leer abajo las preguntas y lo que quieren decir.
screener-why = Por qué mostramos esto:
screener-your-answers = Sus respuestas
screener-guides = Lea más:
screener-directory = Encuentre ayuda legal gratis para esto
screener-deadline-date = Fecha: { $date }
screener-deadline-approximate = Aproximadamente { $date } (solo sabemos el mes)
screener-deadline-passed = Esta fecha ya pasó. Hable pronto con un abogado.
screener-flags-heading = Pregúntele también a un abogado sobre
screener-court-line = Línea de información de la corte de inmigración (automática, gratis): 1-800-898-7180
screener-static-heading = Las preguntas, si esta página no puede mostrarlas una por una
screener-static-intro = Normalmente esta página hace una pregunta a la vez. Aquí están todas las preguntas y lo que pueden querer decir las respuestas. Léalas y anote sus respuestas para llevarlas a un abogado.
screener-static-outcomes = Lo que pueden querer decir las respuestas

## Glossary page
glossary-title = Palabras legales explicadas
glossary-summary = Explicaciones sencillas de las palabras legales que usan estas guías. Los enlaces de las guías llevan aquí.
glossary-sections = Secciones

## Nombres de los meses del calendario gregoriano, para todas las fechas del sitio.
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Search page
search-title = Buscar en las guías
search-summary = Encuentre una guía escribiendo unas palabras. Lo que escribe se queda en su teléfono.
search-label = Palabras que busca
search-privacy = Lo que escribe se queda en su teléfono: no se envía ni se guarda.
search-found = Guías encontradas:
search-none = No se encontró ninguna guía. Pruebe con otras palabras o mire la lista de abajo.
search-all-guides = Todas las guías, de la A a la Z
