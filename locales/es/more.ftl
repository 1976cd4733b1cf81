### Español: Ajustes, tus datos (copias de seguridad, importar, problemas de almacenamiento), el primer inicio.

## La lista de ajustes

more-settings-title = Ajustes
more-settings-back = ‹ Ajustes
more-section-week = Mi semana
more-section-session = Durante una sesión
more-section-display = Aspecto y unidades
more-section-data = Tus datos
more-section-install = Añadir a inicio
more-section-about = Acerca de Limber
more-summary-exercise-days = Ejercicio: { $days }
more-summary-data =
    { $count ->
        [0] Aún no hay nada guardado
        [one] 1 sesión en este dispositivo
       *[other] { $count } sesiones en este dispositivo
    }
more-summary-install = Se abre a pantalla completa y funciona sin conexión
more-summary-about = Orientación general, no un diagnóstico
more-about-guidance = Limber ofrece orientación general sobre ejercicio para el dolor lumbar cotidiano. No puede diagnosticar nada. Si tu dolor es intenso, va a peor o viene con entumecimiento, debilidad o problemas para controlar la vejiga o el intestino, busca atención médica de inmediato.
more-about-private = Todo lo que registras se queda en este dispositivo. No hay cuenta y no se envía nada a ninguna parte.
more-about-version = Versión { $version }

## Elegir el idioma

more-language = Idioma
more-language-phone = Igual que mi teléfono
more-language-failed = No se ha podido cargar { $language } ahora mismo. Revisa tu conexión e inténtalo de nuevo.

## La línea bajo «Durante una sesión»

more-cues-summary =
    { $cues }, { $seconds ->
        [one] 1 segundo
        [many] { $seconds } segundos
       *[other] { $seconds } segundos
    } para prepararte
more-cues-silent = Sin sonido
more-cues-voice = Voz activada
more-cues-sounds = Sonidos activados
more-cues-vibration = Vibración activada
more-cues-voice-sounds = Voz y sonidos activados
more-cues-voice-vibration = Voz y vibración activadas
more-cues-sounds-vibration = Sonidos y vibración activados
more-cues-all = Voz, sonidos y vibración activados

## La línea bajo «Aspecto y unidades»

more-display-summary =
    { $colours ->
        [light] Claro
        [dark] Oscuro
       *[system] Colores del dispositivo
    }, { $size ->
        [large] texto grande
        [largest] texto muy grande
       *[standard] texto normal
    }, { $units ->
        [imperial] millas y libras
       *[metric] km y kg
    }

## Durante una sesión

more-voice = Voz
more-voice-hint = Dice cada ejercicio al empezar y a mitad de una posición larga.
more-voice-says = Lo que dice la voz
more-count-reps = Contar las repeticiones en voz alta
more-count-reps-hint = Un número por repetición, al ritmo del ejercicio.
more-count-down = Contar los últimos segundos
more-count-down-hint = «3, 2, 1» antes de que termine una posición, un descanso o la preparación.
more-say-next = Decir lo que viene
more-say-next-hint = En un descanso, lo que sigue; al prepararte, cómo colocarte.
more-sounds = Sonidos
more-sounds-hint = Tonos breves al empezar y terminar cada paso.
more-vibration = Vibración
more-vibration-hint = Una vibración al cambiar de paso, en los teléfonos que pueden.
more-voice-default = La del dispositivo
more-voice-option = { $name } ({ $lang })
more-voice-sample = Inclinación pélvica. Diez veces, despacio.
more-voice-hear = Escuchar
more-voice-none = Este dispositivo aún no tiene una voz en español; puedes añadir una en los ajustes del teléfono, en síntesis de voz o contenido leído.
more-get-ready = Tiempo para prepararte antes de cada ejercicio
more-seconds =
    { $count ->
        [one] 1 segundo
        [many] { $count } segundos
       *[other] { $count } segundos
    }
more-rests = Descansos entre series
more-rest-shorter = Más cortos
more-rest-suggested = Como se sugiere
more-rest-longer = Más largos
more-screen-on = La pantalla se mantiene encendida durante una sesión, si tu navegador lo permite.

## Aspecto y unidades

more-colours = Colores
more-theme-system = Igual que mi dispositivo
more-theme-light = Claro
more-theme-dark = Oscuro
more-text-size = Tamaño del texto
more-size-standard = Normal
more-size-large = Grande
more-size-largest = Muy grande
more-animations = Animaciones
more-motion-system = Igual que mi dispositivo
more-motion-reduce = Menos movimiento
more-motion-full = Mostrar animaciones
more-units = Unidades
more-units-metric = Kilómetros y kilogramos
more-units-imperial = Millas y libras
more-weight-log = Llevar un registro del peso
more-weight-log-hint = Añade un gráfico sencillo del peso en Resumen. Un peso saludable quita carga a tu espalda. Desactivado hasta que lo actives.

## Mi semana

more-week-days = Días de ejercicio y de descanso
more-week-days-hint = Los días de descanso mantienen tu racha. Un paseo o un rato de natación va bien cualquier día.
more-week-exercise = Ejercicio
more-week-rest = Descanso
more-week-keep-one = Deja al menos un día de ejercicio en la semana.
more-plan = Mi plan
more-plan-none = Aún no tienes plan. Unas preguntas encuentran tu punto de partida.
more-plan-start = Empieza aquí
more-plan-stage = Etapa inicial: { $stage }.
more-walking = Programa de caminatas
more-walking-hint = Una semana de referencia con paseos cómodos y luego un 10 % más cada semana que va según lo previsto, hasta 30 minutos 5 días.
more-time-of-day = Hora del día
more-redo = Responder de nuevo a las primeras preguntas
more-redo-group = Responder de nuevo
more-redo-confirm = Tus sesiones se conservan, y este plan también hasta que guardes el nuevo. Si nombras otras actividades, los controles semanales empiezan de nuevo.
more-redo-start = Empezar las preguntas
more-cancel = Cancelar

## Añadir a inicio

more-install-why = Así se abre a pantalla completa, como una app, y funciona sin conexión a internet.
more-install-backup-first = Primero, guarda una copia de seguridad.
more-install-backup-why = En iPhone y iPad, la app de la pantalla de inicio tiene su propio almacenamiento y empieza vacía; abre allí la copia para llevarte tu historial.
more-install-download = Descargar una copia
more-install-button = Instalar Limber
more-install-ios = iPhone o iPad: en Safari, toca Compartir y luego Añadir a pantalla de inicio.
more-install-android = Android: abre el menú del navegador y luego Instalar aplicación o Añadir a pantalla de inicio.

## Tus datos

more-backup-saved = Copia guardada. Guárdala en un lugar seguro, como tu correo o tu almacenamiento en la nube.
more-backup-not-saved = Tu navegador no ha querido guardar el archivo.
more-backup-share-title = Copia de seguridad de Limber
more-keep-title = Guardar una copia
more-keep-private = Todo se queda en este dispositivo, en este navegador. No hay cuenta y no se envía nada a ninguna parte.
more-saved-count =
    { $count ->
        [0] Aún no hay sesiones guardadas aquí.
        [one] Hay 1 sesión guardada aquí.
        [many] Hay { $count } sesiones guardadas aquí.
       *[other] Hay { $count } sesiones guardadas aquí.
    }
more-persist-kept = Tu navegador ha aceptado conservar estos datos aunque falte espacio.
more-persist-may-clear = Tu navegador puede borrar estos datos si falta espacio o tras semanas sin uso, así que exporta una copia de vez en cuando.
more-persist-unknown = Los navegadores pueden borrar los datos de un sitio tras mucho tiempo sin uso, así que exporta una copia de vez en cuando.
more-export = Exportar copia
more-export-csv = Exportar CSV
more-import-title = Importar una copia
more-import-hint = Abre una copia guardada desde Limber, en este dispositivo o en otro. Verás lo que contiene antes de que cambie nada.
more-delete-title = Borrarlo todo
more-delete-all = Borrar todos mis datos
more-delete-group = Confirmar el borrado
more-delete-confirm =
    Esto borra { $count ->
        [one] 1 sesión
        [many] { $count } sesiones
       *[other] { $count } sesiones
    } con sus notas, tus rutinas propias y tu registro de peso de este dispositivo. Tu plan y tus ajustes se quedan. No se puede deshacer. Exporta antes una copia si quizá los quieres conservar.
more-delete-yes = Sí, borrarlo todo
more-delete-keep = Conservar mis datos
more-deleted =
    { $count ->
        [one] Se ha borrado 1 sesión de este dispositivo.
        [many] Se han borrado { $count } sesiones de este dispositivo.
       *[other] Se han borrado { $count } sesiones de este dispositivo.
    }
more-delete-partly = No se ha borrado todo. { $problem }

## Importar una copia

more-import-choose = Elige un archivo de copia (.json)
more-import-preview = Vista previa de la importación
more-import-in-file =
    En el archivo: { $total ->
        [one] 1 sesión
        [many] { $total } sesiones
       *[other] { $total } sesiones
    }, { $new ->
        [one] 1 nueva
        [many] { $new } nuevas
       *[other] { $new } nuevas
    }, { $conflicts ->
        [one] 1 conflicto
        [many] { $conflicts } conflictos
       *[other] { $conflicts } conflictos
    }.
more-import-also = También contiene: { $more }.
more-extras-plan = tu plan
more-extras-checkins =
    { $count ->
        [one] 1 control semanal
        [many] { $count } controles semanales
       *[other] { $count } controles semanales
    }
more-extras-routines =
    { $count ->
        [one] 1 rutina propia
        [many] { $count } rutinas propias
       *[other] { $count } rutinas propias
    }
more-extras-weight =
    { $count ->
        [one] 1 registro de peso
        [many] { $count } registros de peso
       *[other] { $count } registros de peso
    }
more-extras-course =
    { $count ->
        [one] 1 lección leída
        [many] { $count } de lecciones leídas
       *[other] { $count } lecciones leídas
    }
more-extras-calm =
    { $count ->
        [one] 1 sesión de calma
        [many] { $count } de sesiones de calma
       *[other] { $count } sesiones de calma
    }
more-extras-checks =
    { $count ->
        [one] 1 respuesta a «Qué te frena»
        [many] { $count } de respuestas a «Qué te frena»
       *[other] { $count } respuestas a «Qué te frena»
    }
more-extras-goals =
    { $count ->
        [one] 1 meta
        [many] { $count } de metas
       *[other] { $count } metas
    }
more-extras-settings = tus ajustes
more-import-conflicts = Los conflictos son sesiones con el mismo identificador pero con datos distintos; al añadir se conserva una versión de cada una.
more-import-add = Añadir a mi historial
more-import-replace = Sustituir mi historial
more-import-replace-confirm =
    Esto borra { $here ->
        [one] la sesión
        [many] las { $here } sesiones
       *[other] las { $here } sesiones
    } de este dispositivo y conserva solo las { $total } del archivo.
more-import-replace-also = También sustituye por los del archivo: { $more }.
more-import-replace-yes = Sí, sustituir
more-import-partly = Tus sesiones se han importado, pero no todo lo demás. { $problem } Prueba a importar el archivo otra vez.
more-import-replaced =
    Listo: tu historial contiene ahora { $count ->
        [one] la sesión
        [many] las { $count } sesiones
       *[other] las { $count } sesiones
    } del archivo.
more-import-added =
    { $count ->
        [one] Listo: se ha añadido 1 sesión nueva.
        [many] Listo: se han añadido { $count } sesiones nuevas.
       *[other] Listo: se han añadido { $count } sesiones nuevas.
    }
more-import-nothing-changed = No se ha cambiado nada. { $problem }

## Por qué no se puede importar un archivo

more-import-wrong-type = Eso no es una copia de Limber. Elige el archivo .json que guardaste con «Exportar copia».
more-import-too-big = Ese archivo ocupa { $size } MB. Las copias de Limber son mucho más pequeñas, así que no se ha leído.
more-import-truncated = Esa copia está incompleta; quizá se cortó al copiarla. Expórtala de nuevo y vuelve a intentarlo.
more-import-not-json = Ese archivo no se puede leer como copia. Elige el archivo .json que guardaste con «Exportar copia».
more-import-not-backup = Ese archivo no es una copia de Limber, así que no se ha importado nada.
more-import-too-new = Esa copia viene de una versión más reciente de Limber (formato { $schema }). Recarga la app para actualizarla y vuelve a importarla.
more-import-checksum = Esa copia se modificó o se dañó después de guardarla, así que no se ha importado.
more-import-bad-record = La sesión { $number } del archivo no se puede leer ({ $reason }), así que no se ha importado nada.
more-import-bad-part =
    { $part ->
        [plan] El plan del archivo no se puede leer ({ $reason }), así que no se ha importado nada.
        [safety] Las respuestas sobre señales de alarma del archivo no se pueden leer ({ $reason }), así que no se ha importado nada.
        [checkins] Los controles semanales del archivo no se pueden leer ({ $reason }), así que no se ha importado nada.
        [routines] Tus rutinas propias del archivo no se pueden leer ({ $reason }), así que no se ha importado nada.
        [weight] El registro de peso del archivo no se puede leer ({ $reason }), así que no se ha importado nada.
       *[extras] El plan y los ajustes del archivo no se pueden leer ({ $reason }), así que no se ha importado nada.
    }
more-reason-answers = sus respuestas están fuera de rango
more-reason-date = una fecha está fuera de rango
more-reason-date-rating = una fecha o una valoración está fuera de rango
more-reason-routine = una rutina está dañada o fuera de rango
more-reason-impossible-date = su fecha es imposible
more-reason-too-long = dura más de un día
more-reason-id = le falta el identificador o es demasiado largo
more-reason-note = su nota es demasiado larga
more-reason-exercises = incluye demasiados ejercicios
more-reason-morning = su respuesta de la mañana siguiente tiene una fecha imposible
more-reason-distance = su distancia es imposible
more-reason-weight-many = tiene demasiados registros de peso
more-reason-weight-range = un registro de peso está fuera de rango

## Problemas de almacenamiento: guardar

more-not-saved-unreadable =
    { $what ->
        [weight] No se ha podido guardar tu peso porque la copia guardada no se podía leer. Se ha apartado; inténtalo de nuevo.
        [routine] No se ha podido guardar tu rutina porque la copia guardada no se podía leer. Se ha apartado; inténtalo de nuevo.
       *[change] No se ha podido guardar el cambio porque la copia guardada no se podía leer. Se ha apartado; inténtalo de nuevo.
    }
more-checkins-unreadable = Tus controles anteriores no se podían leer; se han apartado. Intenta guardar de nuevo.
more-plan-not-saved = No se ha podido guardar tu plan. Se aplica por ahora, pero puede desaparecer al recargar.

## Problemas de almacenamiento: leer

more-history-set-aside = Parte de tu historial guardado no se podía leer, así que Limber lo ha apartado. No se ha borrado nada.
more-history-too-new = Tu historial lo guardó una versión más reciente de Limber, abierta en otra pestaña. Recarga esta página para actualizarla. No se ha cambiado nada.
more-history-unreadable = Tu historial guardado no se podía leer. Se ha dejado exactamente como estaba, y las sesiones nuevas no se guardarán encima.
more-plan-unreadable = Tu plan no se podía leer, así que Limber te hará de nuevo las preguntas iniciales. Se ha conservado la copia anterior.
more-checkins-unreadable-start = Tus controles semanales no se podían leer. Se ha conservado la copia anterior, y los nuevos se guardan a partir de ahora.
more-routines-unreadable = Tus rutinas propias no se podían leer. La copia anterior se ha apartado.
more-weight-unreadable = Tu registro de peso no se podía leer. La copia anterior se ha apartado.
more-course-unreadable = Tu progreso en el curso no se podía leer. La copia anterior se ha apartado.
more-recovered =
    { $count ->
        [one] Una versión anterior de Limber, abierta en otra pestaña, había apartado 1 sesión. Ya está de nuevo en tu historial. Recarga las demás pestañas de Limber.
        [many] Una versión anterior de Limber, abierta en otra pestaña, había apartado { $count } sesiones. Ya están de nuevo en tu historial. Recarga las demás pestañas de Limber.
       *[other] Una versión anterior de Limber, abierta en otra pestaña, había apartado { $count } sesiones. Ya están de nuevo en tu historial. Recarga las demás pestañas de Limber.
    }

## Los detalles técnicos, bajo «Detalles»

more-details-kept = Motivo: { $reason }. Guardado con la clave «{ $key }».
more-details-reason = Motivo: { $reason }.
more-load-not-json = los datos guardados están dañados o cortados ({ $error })
more-load-no-version = los datos guardados no tienen número de versión
more-load-too-new = los datos guardados vienen de una versión más reciente de Limber (formato { $found }; esta versión lee hasta el { $newest }); recarga para actualizar la app
more-load-unknown-version = los datos guardados usan el formato { $version }, que esta versión no conoce
more-load-wrong-shape = los datos guardados no tienen la forma esperada ({ $error })

## Notas

more-note-too-long =
    Tu nota tiene { $over ->
        [one] 1 carácter
        [many] { $over } caracteres
       *[other] { $over } caracteres
    } de más. Acórtala a { $max } caracteres o menos para guardarla.
more-note-count = { $count } de { $max } caracteres

## El primer inicio

more-welcome-title = Te damos la bienvenida a Limber
more-welcome-lead = Rutinas cortas y guiadas para que una zona lumbar dolorida se mueva con más facilidad, a un ritmo que te vaya bien.
more-welcome-about = Limber da orientación general sobre ejercicio para el dolor de espalda cotidiano. No es un diagnóstico ni sustituye a un profesional sanitario. Guarda todo en este dispositivo.
more-welcome-questions = Primero, unas preguntas. Llevan un minuto más o menos, y puedes cambiar cualquier respuesta después.
more-welcome-start = Empezar
more-safety-title = Primero, una comprobación de seguridad
more-safety-intro = Algunas señales indican que una espalda dolorida necesita ver a un médico antes de hacer ejercicio.
more-next = Siguiente
more-back = Atrás
more-where-title = Cómo estás ahora
more-pain-now = ¿Cuánto te duele la espalda ahora mismo?
more-how-long = ¿Desde cuándo te pasa?
more-how-much = ¿Cuánto te mueves estos días?
more-answer-all = Responde a las tres para seguir.
more-hard-title = ¿Qué te cuesta ahora mismo?
more-hard-intro = Elige hasta tres cosas del día a día que la espalda te pone difíciles. Limber te preguntará por ellas de vez en cuando, para que veas cómo se vuelven más fáciles. Puedes saltarte esto.
more-hard-common = Habituales
more-hard-other = Otra cosa
more-hard-placeholder = p. ej., salir del coche
more-hard-add = Añadir
more-hard-remove = Quitar
more-hard-remove-named = { $name }: Quitar
more-hard-how-well = ¿Qué tal lo haces ahora?
more-when-title = ¿Cuándo te va bien?
more-when-intro = Elige los días en que te gustaría hacer ejercicio. Tres por semana es un buen comienzo; los días de descanso forman parte del plan.
more-when-days = Días de ejercicio
more-when-time = Una hora del día
more-welcome-walking-hint = Caminar es una de las mejores formas de evitar que vuelva el dolor de espalda. Una semana de referencia encuentra tu ritmo y luego sube hasta 30 minutos 5 días.
more-make-plan = Crear mi plan
more-ready-title = Tu plan está listo
more-your-days = Tus días
more-first-routine = Primera rutina
more-first-routine-value = { $routine }, unos { $minutes } min
more-walking-label = Caminar
more-walk-start = { $minutes } minutos para empezar; irá aumentando a medida que tus paseos vayan bien
more-if-it-hurts = Si duele
more-ready-note = Cada sesión ajusta la siguiente según cómo fue. Puedes cambiar cualquier respuesta en Ajustes.
more-first-session = Haz tu primera sesión ahora ({ $minutes } min)
more-go-today = Ir a Hoy

## La hoja de sesiones (CSV): los títulos de sus columnas

more-csv-date = fecha
more-csv-time = hora
more-csv-routine = rutina
more-csv-level = nivel
more-csv-minutes = minutos
more-csv-exercises-done = ejercicios hechos
more-csv-exercises-planned = ejercicios previstos
more-csv-skipped = omitidos
more-csv-easier = versión más fácil
more-csv-pain-before = dolor antes
more-csv-pain-after = dolor después
more-csv-felt = sensación
more-csv-note = nota
more-csv-distance = distancia (km)
more-csv-next-morning = mañana siguiente
more-csv-pain-next-morning = dolor a la mañana siguiente

## The course and calm as CSV

more-export-course-csv = Exportar el curso y la calma (CSV)
more-csv-kind = tipo
more-csv-kind-lesson = lección
more-csv-kind-calm = calma
more-csv-kind-check = qué te frena
more-csv-kind-goal = meta
more-csv-kind-review = plan semanal
more-csv-kind-walk-plan = plan de paseos
more-csv-title = título
more-csv-answer = respuesta
