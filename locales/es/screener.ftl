# Mensajes de las preguntas (español). Traducción de locales/en/screener.ftl.
#
# Cada mensaje recibe la variable $who:
#   "self"          la persona que lee contesta por sí misma ("usted")
#   "someone_else"  la persona que lee contesta por otra persona ("la persona")
# Cuando el texto cambia, el mensaje usa un selector:
#   { $who ->
#       [someone_else] ¿La persona está ...?
#      *[self] ¿Usted está ...?
#   }
# Traductores: no traduzcan los identificadores de los mensajes (la parte antes de " =").
#
# Escriban a un nivel de lectura de 6.º grado. Los resultados siempre dicen "puede": nunca
# "usted califica" ni "usted no es elegible". Pregunten hechos, no conclusiones legales.
# Los identificadores siguen el esquema de screener-wasm/src/engine/ids.rs.

## Página de resultados

screener-result-intro =
    { $who ->
        [someone_else] Según las respuestas, la persona puede necesitar ayuda con los temas de abajo.
       *[self] Según sus respuestas, usted puede necesitar ayuda con los temas de abajo.
    }
screener-result-disclaimer =
    { $who ->
        [someone_else] Esto no es asesoría legal. Solo un abogado o un representante acreditado por el DOJ (Departamento de Justicia) puede decirle qué debe hacer la persona. Las respuestas no se guardaron ni se enviaron a ningún lugar.
       *[self] Esto no es asesoría legal. Solo un abogado o un representante acreditado por el DOJ (Departamento de Justicia) puede decirle qué hacer. Sus respuestas no se guardaron ni se enviaron a ningún lugar.
    }

## Botones de respuesta que usan muchas preguntas

screener-answer-yes = Sí
screener-answer-no = No
screener-answer-unsure = No sé

## Preguntas: quién y dónde

screener-question-answering_for = ¿Por quién está contestando?
screener-choice-answering_for-self = Por mí
screener-choice-answering_for-someone_else = Por otra persona, por ejemplo un familiar que está detenido

screener-question-in_us =
    { $who ->
        [someone_else] ¿La persona está ahora en los Estados Unidos?
       *[self] ¿Usted está ahora en los Estados Unidos?
    }

screener-question-age =
    { $who ->
        [someone_else] ¿Cuántos años tiene la persona?
       *[self] ¿Cuántos años tiene usted?
    }
screener-help-age = Si no está seguro, elija la edad más cercana. Algunas opciones son solo para niños y jóvenes.

## Preguntas: detención, corte, órdenes y cartas (lo urgente primero)

screener-question-detained =
    { $who ->
        [someone_else] ¿La persona está bajo custodia de inmigración en este momento? Por ejemplo, en un centro de detención, en una cárcel o con la Patrulla Fronteriza.
       *[self] ¿Usted está bajo custodia de inmigración en este momento? Por ejemplo, en un centro de detención, en una cárcel o con la Patrulla Fronteriza.
    }
screener-help-detained = Esto quiere decir que los oficiales de inmigración (ICE o la Patrulla Fronteriza) tienen a la persona en un lugar del que no puede salir.

screener-question-recent_border_stop =
    { $who ->
        [someone_else] ¿Este arresto ocurrió en la frontera, o en las dos primeras semanas después de que la persona la cruzó?
       *[self] ¿Este arresto ocurrió en la frontera, o en las dos primeras semanas después de que usted la cruzó?
    }
screener-help-recent_border_stop = En la frontera, los oficiales a veces pueden devolver a una persona rápido, sin juez. Esto se llama deportación acelerada. Ahora la usan también en otros lugares, con personas que llegaron hace menos de dos años.

screener-question-court_papers =
    { $who ->
        [someone_else] ¿La persona ha recibido alguna vez papeles de la corte de inmigración? Por ejemplo, una "Notificación de Comparecencia" (Notice to Appear) o un papel con la fecha de una audiencia.
       *[self] ¿Usted ha recibido alguna vez papeles de la corte de inmigración? Por ejemplo, una "Notificación de Comparecencia" (Notice to Appear) o un papel con la fecha de una audiencia.
    }
screener-help-court_papers = La Notificación de Comparecencia (Formulario I-862) empieza un caso en la corte de inmigración. Los papeles de la corte pueden decir "Executive Office for Immigration Review" o "EOIR".

screener-question-next_hearing =
    { $who ->
        [someone_else] ¿Cuándo es la próxima audiencia de la persona en la corte de inmigración?
       *[self] ¿Cuándo es su próxima audiencia en la corte de inmigración?
    }
screener-help-next_hearing = Busque la fecha en el papel más reciente de la corte. Si no hay fecha, o si no está seguro, elija "No sé". Puede revisar un caso llamando a la corte al 1-800-898-7180. Necesita el Número A (A-Number): el número de 9 dígitos que empieza con "A".

screener-question-missed_hearing =
    { $who ->
        [someone_else] ¿La persona ha faltado alguna vez a una audiencia en la corte de inmigración?
       *[self] ¿Usted ha faltado alguna vez a una audiencia en la corte de inmigración?
    }

screener-question-removal_order =
    { $who ->
        [someone_else] ¿Alguna vez un juez o un oficial de inmigración ordenó que deporten a la persona de los Estados Unidos?
       *[self] ¿Alguna vez un juez o un oficial de inmigración ordenó que le deporten de los Estados Unidos?
    }
screener-help-removal_order = Esto se llama orden de deportación (removal order). Pudo pasar en la corte, o en la frontera sin un juez.

screener-question-order_date = ¿Cuándo se dio la orden?
screener-help-order_date = Si solo recuerda el mes y el año, es suficiente.

screener-question-ice_checkin =
    { $who ->
        [someone_else] ¿La persona tiene que presentarse ante ICE (hacer "check-ins")? ¿O ICE le pidió a la persona sacar un pasaporte o documentos de viaje?
       *[self] ¿Usted tiene que presentarse ante ICE (hacer "check-ins")? ¿O ICE le pidió sacar un pasaporte o documentos de viaje?
    }
screener-help-ice_checkin = Los "check-ins" son citas en una oficina de ICE, o por teléfono o por una aplicación. Algunas personas tienen que llevar un grillete electrónico en el tobillo. Si ICE pide un pasaporte o documentos de viaje, puede estar planeando una deportación.

screener-question-unknown_letter =
    { $who ->
        [someone_else] ¿La persona recibió una carta de una oficina del gobierno de EE. UU., como inmigración o la corte, y usted no está seguro de lo que quiere decir?
       *[self] ¿Usted recibió una carta de una oficina del gobierno de EE. UU., como inmigración o la corte, y no está seguro de lo que quiere decir?
    }
screener-help-unknown_letter = Algunas cartas tienen plazos que es fácil dejar pasar. Guarde todas las cartas y sus sobres.

screener-question-has_agency_deadline =
    { $who ->
        [someone_else] ¿Inmigración o la corte le dio a la persona una fecha límite para hacer algo? Por ejemplo, para enviar papeles, contestar una carta o salir del país.
       *[self] ¿Inmigración o la corte le dio una fecha límite para hacer algo? Por ejemplo, para enviar papeles, contestar una carta o salir del país.
    }
screener-help-has_agency_deadline = Las cartas que se llaman "Request for Evidence" (Solicitud de Evidencia) o "Notice of Intent to Deny" (Aviso de Intención de Negar) dan un plazo. Un juez también puede dar un plazo.

screener-question-agency_deadline = ¿Qué fecha es?

## Preguntas: papeles (estatus migratorio)

screener-question-status =
    { $who ->
        [someone_else] ¿Qué papeles de inmigración tiene la persona ahora?
       *[self] ¿Qué papeles de inmigración tiene usted ahora?
    }
screener-help-status = Elija todas las que correspondan. Por ejemplo, una persona puede tener parole y también esperar una decisión de asilo. Si no está seguro, elija solo "No sé". No hay problema.
screener-choice-status-us_citizen = Ciudadano o ciudadana de los Estados Unidos
screener-choice-status-lpr = Green card (residente permanente)
screener-choice-status-asylee = Recibió asilo (asilado o asilada)
screener-choice-status-refugee = Llegó como refugiado o refugiada
screener-choice-status-pending_asylum = Pidió asilo y espera una decisión
screener-choice-status-daca = DACA
screener-choice-status-tps = TPS (Estatus de Protección Temporal)
screener-choice-status-parole = Parole (permiso de permanencia temporal), por ejemplo entró con CBP One o con un programa humanitario
screener-choice-status-visa = Una visa que no ha vencido (de estudiante, de trabajo, de turista u otra)
screener-choice-status-overstayed = Una visa o un permiso que ya venció
screener-choice-status-none = Sin papeles

screener-question-status_expires = ¿Cuándo vencen esos papeles (DACA, TPS, parole o visa)? Si hay más de una fecha, dé la primera.
screener-help-status_expires = Busque la fecha de vencimiento en el permiso de trabajo, en el aviso de aprobación o en el registro I-94. Si ya vencieron, escriba esa fecha.

## Preguntas: miedo a regresar

screener-question-fear_return =
    { $who ->
        [someone_else] ¿La persona tiene miedo de que le hagan daño o la maten si regresa a su país?
       *[self] ¿Usted tiene miedo de que le hagan daño o le maten si regresa a su país?
    }

screener-question-harm_because_of_who =
    { $who ->
        [someone_else] ¿Ese daño es por quién es la persona o por lo que cree? Por ejemplo: su raza, su religión, su nacionalidad, sus ideas políticas o un grupo al que pertenece.
       *[self] ¿Ese daño es por quién es usted o por lo que cree? Por ejemplo: su raza, su religión, su nacionalidad, sus ideas políticas o un grupo al que pertenece.
    }
screener-help-harm_because_of_who = Un grupo puede ser una familia, un grupo étnico, ser LGBTQ+ y más. No hay respuestas malas. Un abogado le va a preguntar más sobre lo que pasó y por qué.

screener-question-fear_torture_by_officials =
    { $who ->
        [someone_else] ¿La persona tiene miedo de que la policía, los soldados u otros funcionarios la torturen, o dejen que otra persona lo haga?
       *[self] ¿Usted tiene miedo de que la policía, los soldados u otros funcionarios le torturen, o dejen que otra persona lo haga?
    }

screener-question-arrival_date =
    { $who ->
        [someone_else] ¿Cuándo fue la última vez que la persona entró a los Estados Unidos?
       *[self] ¿Cuándo fue la última vez que usted entró a los Estados Unidos?
    }
screener-help-arrival_date = La fecha de la llegada más reciente. Si solo recuerda el mes y el año, es suficiente.

screener-question-asylum_filed =
    { $who ->
        [someone_else] ¿La persona ya pidió asilo?
       *[self] ¿Usted ya pidió asilo?
    }
screener-help-asylum_filed = Para pedir asilo se usa el Formulario I-589. Se envía a USCIS o se entrega a la corte de inmigración.

screener-question-asylum_denied_before =
    { $who ->
        [someone_else] ¿Alguna vez un juez o USCIS le negó una solicitud de asilo a la persona?
       *[self] ¿Alguna vez un juez o USCIS le negó a usted una solicitud de asilo?
    }

screener-question-arrived_as_child_alone =
    { $who ->
        [someone_else] Cuando la persona llegó a los Estados Unidos, ¿tenía menos de 18 años y venía sin su padre, su madre o un tutor legal?
       *[self] Cuando usted llegó a los Estados Unidos, ¿tenía menos de 18 años y venía sin su padre, su madre o un tutor legal?
    }
screener-help-arrived_as_child_alone = A veces esto se llama "menor no acompañado". Los niños que llegan solos tienen protecciones adicionales.

## Preguntas: familia

screener-question-wants_family_help =
    { $who ->
        [someone_else] ¿Hay un familiar que podría ayudar a la persona a conseguir papeles, o a quien la persona quiere ayudar a conseguir papeles?
       *[self] ¿Hay un familiar que podría ayudarle a conseguir papeles, o a quien usted quiere ayudar a conseguir papeles?
    }
screener-help-wants_family_help = Por ejemplo, un esposo o una esposa, un padre o una madre, un hijo o una hija, un hermano o una hermana. Puede ser de las dos formas: el familiar puede ayudar, o puede necesitar ayuda.

screener-question-status_grant_date =
    { $who ->
        [someone_else] ¿Cuándo recibió asilo la persona, o cuándo llegó con el estatus de refugiado?
       *[self] ¿Cuándo recibió usted asilo, o cuándo llegó con el estatus de refugiado?
    }
screener-help-status_grant_date = Mire el aviso de aprobación o el registro I-94. Si solo recuerda el mes y el año, es suficiente.

screener-question-relationship =
    { $who ->
        [someone_else] ¿Qué relación tiene ese familiar con la persona?
       *[self] ¿Qué relación tiene ese familiar con usted?
    }
screener-help-relationship = Por ejemplo, si es la madre, elija "Padre o madre". Si hay varios familiares, conteste por el más cercano.
screener-choice-relationship-spouse = Esposo o esposa
screener-choice-relationship-parent = Padre o madre
screener-choice-relationship-child_under_21 = Hijo o hija menor de 21 años
screener-choice-relationship-son_daughter_21_plus = Hijo o hija de 21 años o más
screener-choice-relationship-sibling = Hermano o hermana
screener-choice-relationship-fiance = Prometido o prometida (comprometidos para casarse)
screener-choice-relationship-other = Otro familiar, por ejemplo un primo, una tía o un abuelo

screener-question-relative_status = ¿Qué papeles de inmigración tiene ese familiar?
screener-choice-relative_status-us_citizen = Ciudadano o ciudadana de los Estados Unidos
screener-choice-relative_status-lpr = Green card (residente permanente)
screener-choice-relative_status-asylee = Recibió asilo (asilado o asilada)
screener-choice-relative_status-refugee = Llegó como refugiado o refugiada
screener-choice-relative_status-none = Otros papeles, o sin papeles

screener-question-relative_location = ¿Dónde vive ahora ese familiar?
screener-choice-relative_location-in_us = En los Estados Unidos
screener-choice-relative_location-abroad = En otro país

screener-question-entry_manner =
    { $who ->
        [someone_else] ¿Cómo entró la persona a los Estados Unidos la última vez?
       *[self] ¿Cómo entró usted a los Estados Unidos la última vez?
    }
screener-help-entry_manner = Esto importa en algunos casos de familia. Un aeropuerto o un puesto de la frontera donde un oficial revisa los papeles cuenta como "un oficial dio permiso para entrar".
screener-choice-entry_manner-inspected = Por un aeropuerto o un puesto de la frontera, y un oficial dio permiso para entrar
screener-choice-entry_manner-without_inspection = Cruzó sin que un oficial se diera cuenta
screener-choice-entry_manner-parole = Entró con parole, por ejemplo con CBP One o con un programa humanitario

## Preguntas: otras opciones y seguridad

screener-question-crime_victim =
    { $who ->
        [someone_else] ¿La persona ha sido víctima de un delito en los Estados Unidos? Por ejemplo, un ataque, violencia doméstica, agresión sexual o amenazas.
       *[self] ¿Usted ha sido víctima de un delito en los Estados Unidos? Por ejemplo, un ataque, violencia doméstica, agresión sexual o amenazas.
    }
screener-help-crime_victim = Cuenta igual aunque el delito nunca se haya denunciado a la policía.

screener-question-trafficked =
    { $who ->
        [someone_else] ¿Alguien obligó o engañó a la persona para trabajar o para tener sexo? ¿O la mantuvo en un trabajo con amenazas, con deudas o quitándole sus papeles?
       *[self] ¿Alguien le obligó o le engañó para trabajar o para tener sexo? ¿O le mantuvo en un trabajo con amenazas, con deudas o quitándole sus papeles?
    }

screener-question-abused_by_family =
    { $who ->
        [someone_else] ¿El esposo o la esposa, el padre o la madre, o un hijo o una hija mayor de edad de la persona le hizo daño, la amenazó o la controló, mientras ese familiar era ciudadano estadounidense o tenía green card?
       *[self] ¿Su esposo o esposa, su padre o madre, o un hijo o una hija mayor de edad le hizo daño, le amenazó o le controló, mientras ese familiar era ciudadano estadounidense o tenía green card?
    }
screener-help-abused_by_family = El maltrato no es solo pegar. Puede ser amenazas, controlar el dinero o los papeles, o palabras crueles que le dan miedo a una persona.

screener-question-child_abused_neglected =
    { $who ->
        [someone_else] ¿El padre o la madre de la persona le hizo daño, la descuidó o la abandonó?
       *[self] ¿Su padre o su madre le hizo daño, le descuidó o le abandonó?
    }

screener-question-unsafe_now =
    { $who ->
        [someone_else] ¿Alguien le está haciendo daño a la persona, la está amenazando o la está controlando ahora?
       *[self] ¿Alguien le está haciendo daño, le está amenazando o le está controlando ahora?
    }

screener-question-criminal_history =
    { $who ->
        [someone_else] ¿Alguna vez arrestaron a la persona, la acusaron de un delito o la declararon culpable de un delito, en cualquier país?
       *[self] ¿Alguna vez le arrestaron, le acusaron de un delito o le declararon culpable de un delito, en cualquier país?
    }
screener-help-criminal_history = Incluya cosas que parecen pequeñas, y casos que se cerraron sin condena. Un abogado necesita saber esto para proteger a la persona.

## Temas: título, qué quiere decir, próximo paso

screener-area-asylum = Asilo y protección
screener-area-asylum-text =
    { $who ->
        [someone_else] Puede ser que la persona tenga miedo de regresar a su país. El asilo y otras protecciones parecidas pueden permitir que las personas se queden en los Estados Unidos.
       *[self] Puede ser que usted tenga miedo de regresar a su país. El asilo y otras protecciones parecidas pueden permitir que las personas se queden en los Estados Unidos.
    }
screener-area-asylum-next = Hable pronto con un abogado sobre el asilo. Hay un plazo de un año, así que no espere.

screener-area-removal_defense = Defenderse de la deportación
screener-area-removal_defense-text =
    { $who ->
        [someone_else] Puede ser que la persona tenga un caso en la corte de inmigración o con ICE. Un abogado puede buscar formas para que se quede.
       *[self] Puede ser que usted tenga un caso en la corte de inmigración o con ICE. Un abogado puede buscar formas para que usted se quede.
    }
screener-area-removal_defense-next = Nunca falte a una audiencia ni a una cita con ICE ("check-in"). Busque ayuda legal gratis ahora, y guarde todos los papeles juntos en un lugar seguro.

screener-area-family = Peticiones familiares
screener-area-family-text =
    { $who ->
        [someone_else] Puede ser que un familiar pueda pedir papeles para la persona, o que la persona pueda pedir papeles para un familiar.
       *[self] Puede ser que un familiar pueda pedir papeles para usted, o que usted pueda pedir papeles para un familiar.
    }
screener-area-family-next = Hable con un abogado o con un representante acreditado antes de presentar cualquier papel o de viajar. Algunos errores pueden causar prohibiciones largas para volver.

screener-area-other_help = Hable con alguien sobre la situación
screener-area-other_help-text = Las respuestas no mostraron un solo tema. Eso no quiere decir que no haya ninguna opción: las leyes cambian, y un abogado puede ver algo que estas preguntas no pueden ver.
screener-area-other_help-next = Comuníquese con un servicio legal gratis cerca de usted, y lleve todos los papeles que tenga.

## Otras opciones que un abogado debe revisar (título, qué quiere decir, próximo paso)

screener-flag-withholding_cat = Suspensión de remoción y protección contra la tortura
screener-flag-withholding_cat-text = Estas protecciones se parecen al asilo pero tienen otras reglas. No tienen plazo de un año. Pueden ayudar cuando el asilo no es posible, o cuando alguien puede ser enviado a un tercer país peligroso.
screener-flag-withholding_cat-next = Pregúntele a un abogado por la "suspensión de remoción" (withholding of removal) y por la "Convención contra la Tortura" (CAT).

screener-flag-credible_fear = Entrevista de miedo creíble
screener-flag-credible_fear-text = Los oficiales pueden devolver rápido, sin juez, a algunas personas: a las que paran en la frontera y a las que encuentran en cualquier parte del país y llegaron hace menos de dos años. Una persona que tiene miedo de regresar puede pedir hablar primero con un oficial de asilo.
screener-flag-credible_fear-next =
    { $who ->
        [someone_else] La persona debe decirles claramente a los oficiales que tiene miedo de regresar, y pedir un abogado.
       *[self] Dígales claramente a los oficiales que tiene miedo de regresar, y pida un abogado.
    }

screener-flag-one_year_deadline_exception = Excepciones al plazo de un año para pedir asilo
screener-flag-one_year_deadline_exception-text = Puede ser que el plazo para pedir asilo ya haya pasado. Hay excepciones, por ejemplo por cambios grandes en el país de origen, por una enfermedad grave o para niños que llegaron solos.
screener-flag-one_year_deadline_exception-next = No se rinda, pero no espere: aun con una excepción, hay que pedir asilo poco tiempo después. Hable con un abogado ahora.

screener-flag-i730_follow_to_join = Traer al esposo, a la esposa o a los hijos después del asilo o del estatus de refugiado
screener-flag-i730_follow_to_join-text = Las personas que recibieron asilo o estatus de refugiado pueden pedir que su esposo o esposa y sus hijos solteros vengan con ellas. Un hijo o una hija que tenía menos de 21 años cuando el padre o la madre hizo su solicitud puede contar todavía como hijo. Es el Formulario I-730, y por lo general hay que presentarlo dentro de dos años.
screener-flag-i730_follow_to_join-next = Junte los certificados de matrimonio y de nacimiento, y hable con un abogado sobre el Formulario I-730.

screener-flag-u_visa = Visa U para víctimas de delitos
screener-flag-u_visa-text = Algunas víctimas de delitos en los Estados Unidos que ayudan a la policía pueden recibir una visa U.
screener-flag-u_visa-next = Pregúntele a un abogado por la visa U. Guarde todos los informes de la policía y los registros médicos.

screener-flag-t_visa = Visa T para sobrevivientes de trata de personas
screener-flag-t_visa-text = Las personas a quienes obligaron o engañaron para trabajar o para tener sexo pueden tener la posibilidad de recibir una visa T.
screener-flag-t_visa-next = Para recibir ayuda gratis y privada, llame a la Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline) al 1-888-373-7888 o envíe un mensaje de texto al 233733.

screener-flag-vawa = VAWA: protección contra un familiar que maltrata
screener-flag-vawa-text = Las personas maltratadas por un esposo, una esposa, un padre, una madre, o un hijo o una hija mayor de edad que es ciudadano o tiene green card pueden tener la posibilidad de pedir por sí mismas. El agresor no tiene que ayudar, ni enterarse.
screener-flag-vawa-next = Hable sobre VAWA con un abogado o con un programa contra la violencia doméstica.

screener-flag-sijs = Estatus Especial de Inmigrante Juvenil (SIJS)
screener-flag-sijs-text = Los jóvenes menores de 21 años a quienes su padre o su madre maltrató, descuidó o abandonó pueden tener la posibilidad de recibir una green card de esta forma. Primero se necesita una orden de una corte estatal.
screener-flag-sijs-next = Actúe rápido: las cortes estatales tienen límites de edad, muchas veces 18 o 21 años. Hable con un abogado ahora.

screener-flag-tps = Estatus de Protección Temporal (TPS)
screener-flag-tps-text = El TPS protege de la deportación a personas de algunos países y da permiso de trabajo. La lista de países cambia a menudo, y el TPS de algunos países ya terminó.
screener-flag-tps-next =
    { $who ->
        [someone_else] Pregúntele a un abogado si el TPS todavía cubre el país de la persona, y qué hacer si termina.
       *[self] Pregúntele a un abogado si el TPS todavía cubre su país, y qué hacer si termina.
    }

screener-flag-daca = DACA
screener-flag-daca-text = DACA protege a algunas personas que llegaron a los Estados Unidos antes de los 16 años y viven aquí desde junio de 2007. Los casos en la corte deciden quién puede pedirlo por primera vez.
screener-flag-daca-next = Pregúntele a un abogado cuáles son las reglas de DACA hoy. Si ya tiene DACA, mande la renovación entre 150 y 120 días antes de que venza.

screener-flag-motion_to_reopen = Reabrir un caso antiguo
screener-flag-motion_to_reopen-text = A veces se puede reabrir un caso por una audiencia perdida o una orden antigua. En algunos casos hay 180 días para pedirlo. Si el aviso de la audiencia nunca llegó, puede ser que no haya plazo.
screener-flag-motion_to_reopen-next = Busque la orden y hable con un abogado de inmediato. Puede revisar un caso llamando al 1-800-898-7180.

screener-flag-cancellation_of_removal = Cancelación de deportación
screener-flag-cancellation_of_removal-text = A veces un juez puede dejar que una persona se quede. Por ejemplo, alguien con green card, o alguien que lleva 10 años o más en los Estados Unidos y cuya familia cercana sufriría mucho.
screener-flag-cancellation_of_removal-next = Junte pruebas de los años en los Estados Unidos, como recibos de renta, papeles de la escuela o talones de pago, y hable con un abogado.

screener-flag-criminal_history_review = Revisar arrestos y condenas con un abogado
screener-flag-criminal_history_review-text = Un arresto o una condena puede cambiar qué opciones son seguras. Hasta los casos pequeños o antiguos importan.
screener-flag-criminal_history_review-next = Antes de pedir cualquier cosa, muéstrele a un abogado los papeles de la corte de cada caso.

screener-flag-unlawful_presence_review = Revisar problemas por viajar o por tiempo sin papeles
screener-flag-unlawful_presence_review-text = Salir de los Estados Unidos después de un tiempo sin papeles, o después de entrar sin permiso de un oficial, puede causar una prohibición de 3 o 10 años para volver.
screener-flag-unlawful_presence_review-next = No salga de los Estados Unidos ni vaya a una entrevista en un consulado antes de hablar con un abogado.

## Plazos calculados con las respuestas (la fecha se muestra al lado del título)

screener-deadline-one_year_asylum = Plazo de un año para pedir asilo
screener-deadline-one_year_asylum-text = Por lo general, el asilo se tiene que pedir dentro de un año después de la última llegada a los Estados Unidos.

screener-deadline-follow_to_join = Plazo del Formulario I-730
screener-deadline-follow_to_join-text = Por lo general, el Formulario I-730 se tiene que presentar dentro de dos años después de recibir el asilo o de llegar con el estatus de refugiado. A veces se puede aceptar un formulario tarde por razones humanitarias.

screener-deadline-reopen_in_absentia = 180 días para pedir que se reabra el caso
screener-deadline-reopen_in_absentia-text = Después de una orden por faltar a una audiencia, hay 180 días para pedir que se reabra el caso por razones graves. Si el aviso de la audiencia nunca llegó, puede ser que no haya plazo.

screener-deadline-appeal = Plazo para apelar
screener-deadline-appeal-text = Una apelación de la decisión de un juez debe llegar a la Junta de Apelaciones de Inmigración dentro de 30 días después de la decisión. Busque un abogado ahora: hay poco tiempo.

screener-deadline-hearing_date = Próxima audiencia en la corte
screener-deadline-hearing_date-text = Vaya a todas las audiencias, aunque todavía no tenga abogado. Faltar a una puede causar una orden de deportación.

screener-deadline-agency_date = Fecha en una carta
screener-deadline-agency_date-text = Haga lo que pide la carta antes de esta fecha, o busque ayuda de un abogado de inmediato.

screener-deadline-status_end = Los papeles vencen
screener-deadline-status_end-text = Renovar antes de esta fecha puede ayudar a mantener la protección y el permiso de trabajo.

## Aviso urgente

screener-urgent = Esto puede ser urgente
screener-urgent-text =
    { $who ->
        [someone_else] Algunas respuestas muestran que la persona puede tener poco tiempo. Busque ayuda hoy si puede.
       *[self] Algunas respuestas muestran que puede haber poco tiempo. Busque ayuda hoy si puede.
    }
screener-urgent-next = Llame ahora a un servicio legal gratis. Si alguien está detenido, escriba su Número A y el lugar donde está bajo custodia. Puede revisar un caso de la corte llamando al 1-800-898-7180.

## Aviso de seguridad (números de teléfono: revisarlos antes de cada publicación)

screener-safety = Su seguridad es lo primero
screener-safety-text = Si está en peligro ahora, llame al 911. Línea Nacional contra la Violencia Doméstica: 1-800-799-7233, o envíe un mensaje de texto con la palabra START al 88788. Línea Nacional contra la Trata de Personas: 1-888-373-7888, o envíe un mensaje de texto al 233733.
screener-safety-next = Si alguien puede ver esta pantalla, use el botón de Salida rápida. Sale de esta página enseguida, pero no borra su historial de navegación. Cuando no haya peligro, borre su historial o use una ventana privada.

## Nuevo en diciembre de 2026

screener-question-third_country_notice =
    { $who ->
        [someone_else] ¿Inmigración le dijo a la persona que puede ser enviada a un país que no es el suyo?
       *[self] ¿Inmigración le dijo que puede ser enviado o enviada a un país que no es el suyo?
    }
screener-help-third_country_notice = Esto se llama deportación a un "tercer país". El aviso puede llegar solo un día antes, o unas pocas horas antes. Si hay miedo de sufrir daño en ese país, hay que decirlo enseguida.
screener-question-tps_country =
    { $who ->
        [someone_else] ¿La persona es ciudadana de uno de estos países: { $tps }?
       *[self] ¿Usted es ciudadano o ciudadana de uno de estos países: { $tps }?
    }
screener-help-tps_country = Estos países tienen Estatus de Protección Temporal (TPS). Esta lista es del { $tps_as_of }. La lista cambia a menudo, así que un abogado debe revisarla otra vez.
screener-question-has_uscis_appointment =
    { $who ->
        [someone_else] ¿La persona tiene una entrevista o una cita para huellas digitales con USCIS?
       *[self] ¿Tiene una entrevista o una cita para huellas digitales con USCIS?
    }
screener-help-has_uscis_appointment = USCIS manda una carta con la fecha. La cita de huellas también se llama "biométricos". Faltar a una cita puede detener la solicitud.
screener-question-uscis_appointment = ¿Cuál es la fecha de la cita?
screener-question-asylum_fee_notice =
    { $who ->
        [someone_else] ¿La persona recibió una carta que dice que debe pagar una cuota cada año para mantener abierta su solicitud de asilo?
       *[self] ¿Recibió una carta que dice que debe pagar una cuota cada año para mantener abierta su solicitud de asilo?
    }
screener-help-asylum_fee_notice = Desde 2025, hay que pagar una cuota por cada año que la solicitud de asilo está en espera. La carta dice cuánto y cómo pagar. Si no se paga dentro de 30 días de la carta, USCIS rechaza la solicitud.
screener-question-first_arrival_date =
    { $who ->
        [someone_else] ¿Cuándo vino la persona a vivir a los Estados Unidos por primera vez?
       *[self] ¿Cuándo vino a vivir a los Estados Unidos por primera vez?
    }
screener-help-first_arrival_date = La primera vez de todas, aunque fue hace muchos años. Si solo recuerda el mes y el año, es suficiente.
screener-question-birth_date =
    { $who ->
        [someone_else] ¿Cuál es la fecha de nacimiento de la persona?
       *[self] ¿Cuál es su fecha de nacimiento?
    }
screener-help-birth_date = Algunas opciones dependen de la edad exacta. Su respuesta se queda en este teléfono.
screener-question-child_under_21_at_filing = ¿El hijo o la hija tenía menos de 21 años y no estaba casado el día en que el padre o la madre pidió asilo o el estatus de refugiado?
screener-flag-check_i94 = Revise la fecha en que vence la visa
screener-flag-check_i94-text = La fecha en que termina una estadía con visa está en el registro I-94, no en la visa. Puede buscarlo gratis en el sitio web de Aduanas y Protección Fronteriza (CBP).
screener-flag-check_i94-next = Busque el registro I-94 y revise la fecha. Si faltan menos de 90 días, o si ya pasó, hable con un abogado.
screener-deadline-daca_renewal = Empiece la renovación de DACA
screener-deadline-daca_renewal-text = USCIS pide la renovación entre 150 y 120 días antes de que DACA venza. Mandarla en ese tiempo ayuda a no quedarse sin protección.
screener-deadline-uscis_appointment_date = Cita con USCIS
screener-deadline-uscis_appointment_date-text = Vaya a la cita y lleve la carta y una identificación. Si no puede ir, pida a USCIS una nueva fecha antes de ese día.

## La página de resultados y la lista para leer

screener-what-now = Qué hacer ahora
screener-call = Llame a { $name }
screener-call-hotline = Para detención y corte: { $name }
screener-no-phone = Busque un servicio legal gratis cerca de usted
screener-areas-heading = Con qué puede necesitar ayuda
screener-dates-heading = Fechas importantes
screener-why-details = Por qué le mostramos esto
screener-choose-all = Puede elegir más de una.
screener-choose-some = Por favor, elija al menos una respuesta.
screener-list-separator = {", "}
screener-date-day = { $day } de { $month } de { $year }
screener-date-month = { $month } de { $year }
screener-static-skip = Si respondió "{ $answer }", pase a la pregunta { $number }.
screener-static-skip-results = Si respondió "{ $answer }", pase a "Lo que pueden querer decir las respuestas".
screener-static-urgent = Busque ayuda rápido si algo de esto le corresponde
screener-static-choose-all = (puede corresponder más de una)
