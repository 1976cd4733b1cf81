### Español. Historial, una sesión, registrar actividad a mano, peso corporal, programa de caminatas.

records-duration-seconds = { $seconds } s
records-duration-minutes = { $minutes } min { $seconds } s
records-minutes = { $minutes } min
records-distance-km = { $distance } km
records-distance-mi = { $distance } mi
records-summary-km = { $minutes } min · { $distance } km
records-summary-mi = { $minutes } min · { $distance } mi

records-when = { $date }
records-when-time = { $date } · { $time }

records-error-minutes = Escribe cuántos minutos duró, de 1 a { $max }.
records-error-distance = Escribe la distancia como un número, por ejemplo { $example }, o déjala en blanco.
records-error-future-date = Esa fecha todavía no ha llegado. Elige hoy o un día anterior.
records-error-too-long-ago = Elige una fecha dentro del último año.
records-error-no-day = Elige el día en que lo hiciste.
records-phone-note = Lleva el teléfono y Limber mide el tiempo, o déjalo en casa y regístralo al volver. Camina a un ritmo que te permita seguir hablando.

records-log-title = Registrar una actividad
records-log-lead = Una caminata, un rato de natación o de bicicleta sin la app también cuenta.
records-log-what = ¿Qué hiciste?
records-log-day = Día
records-log-minutes = Minutos
records-log-distance-km = Distancia en km
records-log-distance-mi = Distancia en millas
records-optional = (opcional)
records-log-feel = ¿Cómo te sentiste?
records-log-pain = Dolor antes y después (opcional)
records-log-pain-before = Dolor antes
records-log-pain-after = Dolor después
records-log-note = Nota (opcional)
records-log-save = Guardar
records-cancel = Cancelar

records-feeling-too-easy = Demasiado fácil
records-feeling-about-right = Adecuado
records-feeling-too-hard = Demasiado difícil
records-felt = Sensación: { $feeling ->
        [too-easy] demasiado fácil
        [too-hard] demasiado difícil
       *[about-right] adecuada
    }
records-compared-better = Mejor
records-compared-same = Más o menos igual
records-compared-worse = Peor
records-morning-words-both = { $compared ->
        [better] Mejor
        [worse] Peor
       *[same] Más o menos igual
    }, dolor { $pain }
records-morning-words-pain = Dolor { $pain }
records-next-morning-both = A la mañana siguiente: { $compared ->
        [better] mejor
        [worse] peor
       *[same] más o menos igual
    }, dolor { $pain }
records-next-morning-compared = A la mañana siguiente: { $compared ->
        [better] mejor
        [worse] peor
       *[same] más o menos igual
    }
records-next-morning-pain = A la mañana siguiente: dolor { $pain }

records-pain-b = { $before }/10 antes
records-pain-d = { $during }/10 durante
records-pain-a = { $after }/10 después
records-pain-bd = { $before }/10 antes, { $during }/10 durante
records-pain-ba = { $before }/10 antes, { $after }/10 después
records-pain-da = { $during }/10 durante, { $after }/10 después
records-pain-bda = { $before }/10 antes, { $during }/10 durante, { $after }/10 después
records-pain-none = sin registrar
records-pain-cell-heading = Dolor antes / durante / después
records-pain-line = Dolor: { $pain }
records-pain-afterwards = Dolor después: { $after }/10
records-pain-afterwards-none = Dolor después: sin registrar

records-history-title = Historial
records-tabs-label = Vistas del historial
records-tab-sessions = Sesiones
records-tab-insights = Resumen
records-log-button = + Registrar caminata, natación o bici
records-history-empty = Todavía no hay sesiones. Las sesiones terminadas aparecerán aquí.
records-week-of = Semana del { $date }
records-show-older = Ver semanas anteriores
records-card-logged = Registrada · { $summary }
records-card-all = { $total ->
        [one] { $total } ejercicio
       *[other] { $total } ejercicios
    } · { $duration }
records-card-done-of = { $done } de { $total ->
        [one] { $total } ejercicio
       *[other] { $total } ejercicios
    } · { $duration }
records-skipped = Omitidos: { $names }
records-eased = Más fácil: { $what }

records-back = ‹ Historial
records-deleted = Se borró la sesión «{ $routine }» del { $date }.
records-undo = Deshacer
records-back-to-history = Volver al historial
records-not-found = No se encontró la sesión
records-not-found-body = Puede que se haya borrado en otra pestaña.
records-logged-by-hand = Registrada a mano · { $summary }
records-duration-completed = { $duration } · completada
records-duration-ended-early = { $duration } · terminada antes
records-row-skipped = omitido
records-row-sets-all = { $total ->
        [one] { $total } serie
       *[other] { $total } series
    }
records-row-sets-done-of = { $done } de { $total ->
        [one] { $total } serie
       *[other] { $total } series
    }
records-row-reps = { $reps ->
        [one] { $reps } repetición
       *[other] { $reps } repeticiones
    }
records-row-eased-from = versión más fácil de { $exercise }
records-row-pain = dolor { $pain }/10
records-note = Nota
records-save-note = Guardar nota
records-note-saved = Nota guardada.
records-delete-heading = Borrar
records-delete-button = Borrar esta sesión

records-weight-kg = { $weight } kg
records-weight-lb = { $weight } lb
records-weight-error-number = Escribe tu peso como un número, por ejemplo { $example }.
records-weight-error-precise = Usa como máximo dos decimales.
records-weight-error-range-kg = Eso no parece correcto: escribe un peso entre { $low } y { $high } kg.
records-weight-error-range-lb = Eso no parece correcto: escribe un peso entre { $low } y { $high } lb.
records-weight-down = { $change } menos desde el { $date }.
records-weight-up = { $change } más desde el { $date }.
records-weight-same = Más o menos igual que el { $date }.
records-weight-title = Peso corporal
records-weight-intro = Un peso saludable le quita carga a tu espalda. Este registro es solo para ti; puedes desactivarlo en { $settings }.
records-weight-settings = Ajustes
records-weight-empty = Todavía no hay registros. Con una vez por semana, a la misma hora del día, es suficiente.
records-weight-saved = Guardado para hoy.
records-weight-latest = Último: { $weight } el { $date }.
records-weight-remove = Quitarlo
records-weight-removed = Se quitó el peso de { $weight } del { $date }.
records-weight-today-kg = Tu peso de hoy en kg
records-weight-today-lb = Tu peso de hoy en lb
records-weight-save = Guardar peso

records-walk-week-all = Semana del { $date }: { $walks ->
        [one] { $walks } caminata
       *[other] { $walks } caminatas
    } de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, { $result ->
        [done] todo hecho según el plan
        [flared] esa semana tu espalda tuvo una crisis
        [not-done] no todo hecho
       *[going] la semana sigue en curso
    }.
records-walk-week-done-of = Semana del { $date }: { $done } de { $walks ->
        [one] { $walks } caminata
       *[other] { $walks } caminatas
    } de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, { $result ->
        [done] todo hecho según el plan
        [flared] esa semana tu espalda tuvo una crisis
        [not-done] no todo hecho
       *[going] la semana sigue en curso
    }.

## The weight chart's unit, as its table heads it.
records-weight-unit-kg = kg
records-weight-unit-lb = lb

# Variables:
#   $count (Number) - calm sessions listened to
#   $minutes (Number) - their minutes added up
records-calm-summary =
    { $count ->
        [one] Calma: 1 sesión, { $minutes } min
       *[other] Calma: { $count } sesiones, { $minutes } min
    }
records-calm-hint = Respiración y relajación. No cuentan para tu racha ni para tu nivel de ejercicio.
