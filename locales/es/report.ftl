### Español. El informe para el fisioterapeuta, Insights y sus gráficos.
### El informe lo lee un profesional: habla de «la persona», no de «tú».

report-date = { $date }
report-range = { $from } al { $to }

report-title = Informe de ejercicio
report-from-limber = De Limber: ejercicio general de autoayuda para el dolor lumbar.
report-field-from = Desde
report-field-to = Hasta
report-include-notes = Incluir mis notas
report-include-weight = Incluir mi peso
report-print = Imprimir o guardar en PDF
report-pdf-hint = Para guardar un PDF, elige Imprimir y luego «Guardar como PDF» como impresora.
report-header = Registrado por la propia persona · { $from } al { $to }
report-no-sessions-yet = Aún no hay sesiones registradas.
report-no-sessions-in-dates = No hay sesiones en estas fechas.
report-sessions-from-to = { $count ->
    [one] { $count } sesión del { $first } al { $last }.
    [many] { $count } sesiones del { $first } al { $last }.
   *[other] { $count } sesiones del { $first } al { $last }.
}
report-logged = { $count ->
    [one] { $count } de ellas es un paseo, nado o recorrido en bici anotado a mano.
    [many] { $count } de ellas son paseos, nados o recorridos en bici anotados a mano.
   *[other] { $count } de ellas son paseos, nados o recorridos en bici anotados a mano.
}
report-every-session = Todas las sesiones
report-column-date = Fecha
report-column-routine = Rutina
report-column-time = Duración
report-column-next-morning = A la mañana siguiente
report-column-skipped = Omitidos
report-column-eased = Suavizados
report-logged-activity = { $routine } (anotado)
report-logged-distance = { $routine } (anotado, { $distance })
report-code-label = Código QR que abre { $routine } en Limber
report-codes-hint = Escanéalo con la cámara de un móvil para abrir la rutina en Limber.

report-section-started = Cómo empezó y cómo está ahora
report-section-activities = Sus propias actividades
report-section-adherence = Sesiones frente al plan
report-section-pain = El dolor y la mañana siguiente
report-section-flares = Crisis y señales de alarma
report-section-programme = El programa actual
report-section-notes = Notas

report-start-pain = Al empezar ({ $date }), el dolor era de { $pain } de 10.
report-start-history = Cuánto tiempo llevaba: { $duration ->
    [under-six-weeks] menos de 6 semanas
    [keeps-coming-back] va y viene una y otra vez
   *[longer] más de 6 semanas
}. Cuánta actividad hacía: { $activity ->
    [little] casi ninguna por ahora
    [active] activa la mayoría de los días
   *[some] algo de caminar y tareas cotidianas
}.
report-start-unanswered = Las preguntas iniciales no se respondieron en este dispositivo.
report-latest-check-in = Último dato: dolor { $pain } de 10 (en un control semanal el { $date }).
report-latest-session = Último dato: dolor { $pain } de 10 (antes de una sesión el { $date }).
report-change-lower = { $points ->
    [one] Es { $points } punto menos que al empezar.
    [many] Son { $points } puntos menos que al empezar.
   *[other] Son { $points } puntos menos que al empezar.
}
report-change-higher = { $points ->
    [one] Es { $points } punto más que al empezar.
    [many] Son { $points } puntos más que al empezar.
   *[other] Son { $points } puntos más que al empezar.
}
report-change-same = Es lo mismo que al empezar.
report-no-pain = No se ha registrado ningún valor de dolor desde el inicio.
report-weight = Peso corporal: { $trend }
report-weight-too-few = Peso corporal: no hay suficientes registros en este periodo para ver una tendencia.

report-activities-none = Al empezar no se nombró ninguna actividad cotidiana.
report-activities-scale-only = Valoradas de 0 (no puede hacerla) a 10 (sin ninguna dificultad) al empezar; sin controles semanales desde entonces.
report-activities-scale = { $count ->
    [one] Valoradas de 0 (no puede hacerla) a 10 (sin ninguna dificultad) al empezar y en { $count } control semanal.
    [many] Valoradas de 0 (no puede hacerla) a 10 (sin ninguna dificultad) al empezar y en { $count } controles semanales.
   *[other] Valoradas de 0 (no puede hacerla) a 10 (sin ninguna dificultad) al empezar y en { $count } controles semanales.
}
report-activity-change = { $how ->
    [easier] { $name }: { $first } al empezar, { $latest } el { $date } (más fácil).
    [harder] { $name }: { $first } al empezar, { $latest } el { $date } (más difícil).
   *[same] { $name }: { $first } al empezar, { $latest } el { $date } (más o menos igual).
}
report-activity-not-again = { $name }: { $first } al empezar; no se volvió a valorar.
report-activity-not-rated = { $name }: sin valorar.
report-change-chart-at-start = Al empezar
report-change-chart-latest = Último
report-change-chart-activity = Actividad
report-change-chart-rating = Valoración

report-column-week = Semana del
report-column-sessions = Sesiones hechas / previstas
report-column-walking = Minutos caminados / objetivo
report-week = { $date }
report-week-so-far = { $date } (hasta ahora)
report-cell-sessions = { $done } / { $planned }
report-cell-sessions-unplanned = { $done } / –
report-cell-walking = { $walked } / { $target } min
report-cell-walked = { $walked } min
report-cell-none = –

report-no-plan = No se configuró ningún plan, así que no había nada previsto: { $sessions ->
    [one] { $sessions } sesión hecha
    [many] { $sessions } sesiones hechas
   *[other] { $sessions } sesiones hechas
} en { $weeks ->
    [one] { $weeks } semana
    [many] { $weeks } semanas
   *[other] { $weeks } semanas
}.
report-nothing-planned = { $done ->
    [one] No había nada previsto en las semanas ya terminadas: { $done } sesión hecha.
    [many] No había nada previsto en las semanas ya terminadas: { $done } sesiones hechas.
   *[other] No había nada previsto en las semanas ya terminadas: { $done } sesiones hechas.
}
report-adherence = En { $weeks ->
    [one] la { $weeks } semana ya terminada
    [many] las { $weeks } semanas ya terminadas
   *[other] las { $weeks } semanas ya terminadas
}: { $done ->
    [one] { $done } sesión hecha
    [many] { $done } sesiones hechas
   *[other] { $done } sesiones hechas
}, frente a { $planned ->
    [one] { $planned } sesión prevista
    [many] { $planned } sesiones previstas
   *[other] { $planned } sesiones previstas
} ({ $percent } %).
report-cardio = { $count ->
    [one] Además: { $count } paseo, nado o recorrido en bici.
    [many] Además: { $count } paseos, nados o recorridos en bici.
   *[other] Además: { $count } paseos, nados o recorridos en bici.
}
report-walking-baseline-week = Programa de caminar: en su semana de referencia, buscando una duración cómoda para empezar.
report-walking-over = Caminar, en las semanas ya terminadas: { $walked ->
    [one] { $walked } minuto caminado
    [many] { $walked } minutos caminados
   *[other] { $walked } minutos caminados
}, frente a un objetivo de { $target ->
    [one] { $target } minuto
    [many] { $target } minutos
   *[other] { $target } minutos
} ({ $weeks ->
    [one] { $weeks } semana
    [many] { $weeks } semanas
   *[other] { $weeks } semanas
}).

report-eased-nothing = En este periodo no se suavizó ni se omitió nada, y cada día previsto hasta ahora tuvo su sesión.
report-eased-intro = Suavizado u omitido en este periodo:
report-eased-level = { $count ->
    [one] { $routine }: hecha en un nivel más fácil { $count } vez.
    [many] { $routine }: hecha en un nivel más fácil { $count } veces.
   *[other] { $routine }: hecha en un nivel más fácil { $count } veces.
}
report-eased-exercise = { $count ->
    [one] { $exercise }: omitido o suavizado { $count } vez.
    [many] { $exercise }: omitido o suavizado { $count } veces.
   *[other] { $exercise }: omitido o suavizado { $count } veces.
}
report-eased-early = { $count ->
    [one] Terminada antes de tiempo: { $count } sesión.
    [many] Terminadas antes de tiempo: { $count } sesiones.
   *[other] Terminadas antes de tiempo: { $count } sesiones.
}
report-eased-missed = Días previstos sin sesión: { $days }.

report-pain-average = { $count ->
    [one] Dolor medio antes de una sesión: { $before } de 10; justo después: { $after } (en { $count } sesión con ambas respuestas).
    [many] Dolor medio antes de una sesión: { $before } de 10; justo después: { $after } (en { $count } sesiones con ambas respuestas).
   *[other] Dolor medio antes de una sesión: { $before } de 10; justo después: { $after } (en { $count } sesiones con ambas respuestas).
}
report-pain-no-pairs = Ninguna sesión de este periodo tiene valores de dolor de antes y de después.
report-pain-hurts = { $count ->
    [one] «Me duele» se usó en { $count } sesión; el dolor más alto indicado fue { $pain } de 10 ({ $exercise }, { $date }).
    [many] «Me duele» se usó en { $count } sesiones; el dolor más alto indicado fue { $pain } de 10 ({ $exercise }, { $date }).
   *[other] «Me duele» se usó en { $count } sesiones; el dolor más alto indicado fue { $pain } de 10 ({ $exercise }, { $date }).
}
report-pain-hurts-unused = «Me duele» no se usó durante ninguna sesión de este periodo.
report-morning-none = No hay respuestas de la mañana siguiente en este periodo.
report-morning = { $total ->
    [one] A la mañana siguiente, comparado con antes de la sesión: { $better } mejor, { $same } más o menos igual, { $worse } peor ({ $total } respuesta).
    [many] A la mañana siguiente, comparado con antes de la sesión: { $better } mejor, { $same } más o menos igual, { $worse } peor ({ $total } respuestas).
   *[other] A la mañana siguiente, comparado con antes de la sesión: { $better } mejor, { $same } más o menos igual, { $worse } peor ({ $total } respuestas).
}

report-flares-none = Ninguna sesión de este periodo contó como crisis.
report-flares-count = Crisis después de una sesión: { $count } (dolor después más de 2 puntos por encima del dolor antes, o de 8 o más; la sintió demasiado dura; o peor a la mañana siguiente).
report-flare-reason-morning-said = a la mañana siguiente estaba peor, con dolor de { $pain }, antes { $before }
report-flare-reason-morning-pain = el dolor era de { $pain } a la mañana siguiente, antes { $before }
report-flare-reason-morning = a la mañana siguiente estaba peor
report-flare-reason-rose = el dolor pasó de { $before } a { $after }
report-flare-reason-reached = el dolor llegó a { $after }
report-flare-reason-too-hard = la sintió demasiado dura
report-flare = { $date }, { $routine }: { $reason }.
report-flare-stepped = { $date }, { $routine }: { $reason }; la siguiente vez se hizo en el nivel { $level ->
    [easiest] más fácil
    [easier] fácil
    [harder] difícil
   *[standard] estándar
}.
report-flare-plan-on = { $days ->
    [one] Plan de crisis (las rutinas más suaves hasta que el dolor se calme) activo desde el { $from }, { $days } día hasta ahora; dolor habitual de unos { $usual }, máximo { $highest }.
    [many] Plan de crisis (las rutinas más suaves hasta que el dolor se calme) activo desde el { $from }, { $days } días hasta ahora; dolor habitual de unos { $usual }, máximo { $highest }.
   *[other] Plan de crisis (las rutinas más suaves hasta que el dolor se calme) activo desde el { $from }, { $days } días hasta ahora; dolor habitual de unos { $usual }, máximo { $highest }.
}
report-flare-plan-ended = { $days ->
    [one] Plan de crisis (las rutinas más suaves hasta que el dolor se calme) del { $from } al { $to }, { $days } día; dolor habitual de unos { $usual }, máximo { $highest }.
    [many] Plan de crisis (las rutinas más suaves hasta que el dolor se calme) del { $from } al { $to }, { $days } días; dolor habitual de unos { $usual }, máximo { $highest }.
   *[other] Plan de crisis (las rutinas más suaves hasta que el dolor se calme) del { $from } al { $to }, { $days } días; dolor habitual de unos { $usual }, máximo { $highest }.
}
report-red-flags-none = No se comunicaron señales de alarma en este periodo.
report-red-flag-checked-at-start = Al empezar indicó que había tenido una señal de alarma y que un profesional sanitario la había revisado.
report-red-flag-emergency-checked = { $date }: respondió que sí a una señal de alarma que requiere ayuda urgente; marcó el { $cleared } que un profesional sanitario la había revisado.
report-red-flag-emergency-open = { $date }: respondió que sí a una señal de alarma que requiere ayuda urgente; aún sin revisar, así que las sesiones están en pausa.
report-red-flag-soon-checked = { $date }: respondió que sí a una señal de alarma que requiere ver a un médico en uno o dos días; marcó el { $cleared } que un profesional sanitario la había revisado.
report-red-flag-soon-open = { $date }: respondió que sí a una señal de alarma que requiere ver a un médico en uno o dos días; aún sin revisar, así que las sesiones están en pausa.

report-course = Curso sobre el dolor de espalda: lecciones leídas, { $read } de { $total }.
report-programme-none = No hay ningún plan configurado en este dispositivo.
report-programme-stage = El { $date }: etapa «{ $stage }», { $schedule }.
report-flare-plan-active = El plan de crisis está activo: las rutinas más suaves hasta que el dolor se calme.
report-routine-now = { $routine }: nivel { $level ->
    [easiest] más fácil
    [easier] fácil
    [harder] difícil
    [hardest] más difícil
   *[standard] estándar
}; hecha { $count ->
    [one] { $count } vez
    [many] { $count } veces
   *[other] { $count } veces
}.
report-walking-baseline = Programa de caminar: semana de referencia.
report-walking-plan = Programa de caminar: { $walks ->
    [one] { $walks } paseo
    [many] { $walks } paseos
   *[other] { $walks } paseos
} de { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
} esta semana.

report-note-when = { $date }, { $routine }
report-notes-none = No hay notas en este periodo.
report-notes-intro = Con sus propias palabras, tal como las escribió después de cada sesión.

report-streak-unit = { $count ->
    [one] sesión prevista seguida
    [many] sesiones previstas seguidas
   *[other] sesiones previstas seguidas
}
report-streak-none = Aún no tienes racha: cada sesión prevista que hagas suma una.
report-streak-broken = { $best ->
    [one] Ahora mismo no tienes racha: tu próxima sesión prevista empieza una. Tu mejor racha: { $best } sesión prevista seguida.
    [many] Ahora mismo no tienes racha: tu próxima sesión prevista empieza una. Tu mejor racha: { $best } sesiones previstas seguidas.
   *[other] Ahora mismo no tienes racha: tu próxima sesión prevista empieza una. Tu mejor racha: { $best } sesiones previstas seguidas.
}
report-streak = { $count ->
    [one] Racha: { $count } sesión prevista seguida (mejor: { $best }).
    [many] Racha: { $count } sesiones previstas seguidas (mejor: { $best }).
   *[other] Racha: { $count } sesiones previstas seguidas (mejor: { $best }).
}

report-week-line-sessions = { $sessions ->
    [one] { $sessions } sesión
    [many] { $sessions } sesiones
   *[other] { $sessions } sesiones
} · { $minutes } min
report-week-line-cardio = { $cardio ->
    [one] { $cardio } paseo, nado o recorrido en bici
    [many] { $cardio } paseos, nados o recorridos en bici
   *[other] { $cardio } paseos, nados o recorridos en bici
} · { $minutes } min
report-week-line-both = { $sessions ->
    [one] { $sessions } sesión
    [many] { $sessions } sesiones
   *[other] { $sessions } sesiones
} · { $cardio ->
    [one] { $cardio } paseo, nado o recorrido en bici
    [many] { $cardio } paseos, nados o recorridos en bici
   *[other] { $cardio } paseos, nados o recorridos en bici
} · { $minutes } min

report-eased-whole-session = Toda la sesión en el nivel { $level ->
    [easiest] más fácil
   *[easier] fácil
}
report-eased-smaller = { $exercise }, en versión reducida
report-eased-instead = { $exercise } en lugar de { $instead }

report-insights-title = Resumen
report-insights-empty = Los gráficos aparecerán aquí después de tu primera sesión.
report-insights-best-streak = mejor racha
report-insights-sessions-unit = { $count ->
    [one] sesión
    [many] sesiones
   *[other] sesiones
}
report-insights-streak-hint = Una racha cuenta las sesiones previstas que haces seguidas. Los días fuera de tu plan no la rompen.
report-insights-sessions-per-week = Sesiones por semana
report-insights-sessions = Sesiones
report-insights-minutes-per-week = Minutos por semana
report-insights-minutes = Minutos
report-insights-walking = Programa de caminar
report-insights-walking-goal = { $minutes ->
    [one] Objetivo: { $minutes } minuto a la semana
    [many] Objetivo: { $minutes } minutos a la semana
   *[other] Objetivo: { $minutes } minutos a la semana
}
report-insights-walking-caption = { $minutes ->
    [one] Minutos caminados por semana del programa (objetivo: { $minutes } minuto a la semana)
    [many] Minutos caminados por semana del programa (objetivo: { $minutes } minutos a la semana)
   *[other] Minutos caminados por semana del programa (objetivo: { $minutes } minutos a la semana)
}
report-insights-pain = Dolor antes y después
report-insights-day-by-day = Día a día
report-insights-days-caption = Días con sesiones, desde el { $date }
report-insights-done-most = Los más hechos
report-insights-done-most-empty = Nada todavía: aquí aparecerán los ejercicios que más haces.
report-insights-avoided-most = Los más omitidos o suavizados
report-insights-avoided-most-empty = Nada omitido ni suavizado hasta ahora.
report-insights-times = { " " }· { $count }
report-insights-report-link = Informe para tu fisioterapeuta

report-chart-week = Semana
report-chart-date = Fecha
report-chart-day = Día
report-chart-pain = Dolor
report-chart-sessions = Sesiones
report-chart-ratings = Valoraciones
report-chart-before = Antes
report-chart-after = Después
report-chart-pain-caption = Dolor antes y después de cada sesión
report-chart-score = { $score }/10
report-chart-no-score = –
report-chart-pain-row = { $before } antes, { $after } después
report-chart-rating = { $name } { $score }

# Variables:
#   $week (Number) - calm sessions this week
#   $all (Number) - calm sessions in all
#   $minutes (Number) - minutes of calm in all
report-insights-calm = Sesiones de calma: { $week } esta semana, { $all } en total ({ $minutes } min)
# Variables:
#   $count (Number) - calm sessions in these dates
#   $minutes (Number) - their minutes added up
report-calm =
    { $count ->
        [0] Sesiones de calma (respiración y relajación) en estas fechas: ninguna.
        [one] Sesiones de calma (respiración y relajación) en estas fechas: 1, { $minutes } min.
       *[other] Sesiones de calma (respiración y relajación) en estas fechas: { $count }, { $minutes } min en total.
    }
