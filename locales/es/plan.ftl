### Español: las partes de Hoy que necesitan un plan o datos guardados (la tarjeta del plan y sus
### motivos, la pregunta de la mañana, la parada por señales de alarma), las escalas de 0 a 10 y las
### preguntas del primer uso.

## La escala de dolor.
today-pain-option = dolor { $pain } de 10, { $word }
today-pain-word-none = sin dolor
today-pain-word-mild = leve
today-pain-word-moderate = moderado
today-pain-word-strong = fuerte
today-pain-word-severe = muy fuerte
today-pain-end-low = 0: sin dolor
today-pain-end-high = 10: el peor dolor imaginable

## Actividades cotidianas.
today-ability-none = 0 de 10, no puedo hacerlo
today-ability-full = 10 de 10, sin problema
today-ability-option = { $score } de 10
today-ability-end-low = 0: no puedo hacerlo
today-ability-end-high = 10: sin problema

## Intensidad.
today-level-group = Intensidad
today-level-easier-button = Más fácil
today-level-harder-button = Más difícil

## La pregunta de la mañana siguiente.
today-morning-eyebrow = Una pregunta rápida
today-morning-heading-morning = ¿Cómo está tu espalda esta mañana?
today-morning-heading-later = ¿Cómo está tu espalda hoy?
today-morning-sub = { $when ->
    [today] Comparado con justo antes de { $name } de hoy: así Limber sabe si fue la cantidad adecuada.
    [yesterday] Comparado con justo antes de { $name } de ayer: así Limber sabe si fue la cantidad adecuada.
   *[other] Comparado con justo antes de { $name } del { $day }: así Limber sabe si fue la cantidad adecuada.
}
today-morning-legend = Comparado con antes de la sesión
today-morning-pain = Tu dolor ahora, si quieres decirlo (de 0 a 10)
today-morning-pick-first = Elige primero mejor, más o menos igual o peor.
today-morning-save = Guardar
today-morning-not-now = Ahora no
today-morning-reply-flare = Gracias por contárnoslo. { $name } cuenta como una crisis, así que la próxima sesión da un paso atrás y nada se hace más difícil durante un par de días.
today-morning-reply-good = Qué bien. { $name } cuenta como una buena sesión: si al día siguiente se ha calmado, fue la cantidad adecuada.
today-morning-reply-steady = Gracias. { $name } no cuenta ni para subir ni para bajar, así que su nivel se queda como está por ahora.
today-morning-ahead = Mañana por la mañana, Limber te preguntará cómo está tu espalda: tu respuesta decide la próxima sesión.

## Cuándo es la próxima sesión.
today-next-day = { $when ->
    [tomorrow] mañana
    [week] dentro de una semana
    [soon] pronto
   *[other] el { $day }
}

## La tarjeta grande.
today-hero-flare-done = Plan de crisis · día { $day } · hecho por hoy
today-hero-flare-done-why = Ya has hecho la sesión suave de hoy. Descansa en una postura cómoda; un paseo corto y tranquilo más tarde también ayuda.
today-hero-flare = Plan de crisis · día { $day } · unos { $minutes } min
today-hero-flare-level = Plan de crisis · día { $day } · unos { $minutes } min · { $level }
today-hero-flare-why = Una rutina suave para los días malos. Poco y a menudo ayuda más que el reposo, y deja cualquier cosa que empeore el dolor.
today-hero-gently-done = Hecho por hoy. Ahora, con calma.
today-hero-gently = Hoy con suavidad · unos { $minutes } min
today-hero-gently-level = Hoy con suavidad · unos { $minutes } min · { $level }
today-hero-gently-rest = Día de descanso · con calma
today-hero-due = Toca hoy · unos { $minutes } min
today-hero-due-level = Toca hoy · unos { $minutes } min · { $level }
today-hero-done = Hecho por hoy. ¡Bien hecho!
today-hero-done-why = Tu próxima sesión, { $name }, es { $next }. Descansa ahora, o da un paseo tranquilo más tarde si te apetece moverte.
today-hero-rest = Día de descanso
today-hero-rest-why = Hoy no toca nada; tu próxima sesión es { $next }. El descanso es parte del plan, y un paseo tranquilo es una buena forma de aprovecharlo.
today-hero-from = De { $from } · { $eyebrow }

## Los paseos, para Ajustes.
today-walks-so-far = Los paseos empezaron con { $started ->
    [one] { $started } minuto
   *[other] { $started } minutos
}; el de hoy es de { $now ->
    [one] { $now } minuto
   *[other] { $now } minutos
}.
today-walks-so-far-same = Los paseos empezaron con { $started ->
    [one] { $started } minuto
   *[other] { $started } minutos
}, y el de hoy es igual.
today-walks-so-far-baseline = Los paseos empezaron con { $started ->
    [one] { $started } minuto
   *[other] { $started } minutos
}; la semana de referencia del programa de paseos decide cuánto dura el de hoy.

## Lo que sigue.
today-next-no-plan = Vuelve cuando quieras. Unas preguntas en Hoy encuentran por dónde empezar y qué días te vienen bien.
today-next-session = Tu próxima sesión es { $next }: { $name }, unos { $minutes } min.
today-next-whenever = Tu próxima sesión será cuando quieras.
today-next-walk-flare = Un paseo corto y tranquilo más tarde también ayuda, hasta donde te resulte cómodo.
today-next-walk = { $minutes ->
    [one] Paseo de hoy: { $minutes } minuto tranquilo, si te apetece.
   *[other] Paseo de hoy: { $minutes } minutos tranquilos, si te apetece.
}
today-next-walk-open = Paseo de hoy: hasta donde te resulte cómodo, si te apetece.

## La regla del dolor.
today-pain-green-usual = Tu espalda suele estar en torno a { $usual }, así que con { $pain } puedes seguir. Muévete despacio y respira.
today-pain-green = Con { $pain } puedes seguir. Muévete despacio y respira.
today-pain-amber-usual = Está un poco por encima de lo habitual ({ $usual }). Sigue con suavidad si se calma poco después y mañana por la mañana no está peor, o hazlo más fácil.
today-pain-amber = { $pain } está bien si se calma poco después y mañana por la mañana no está peor. Sigue con suavidad, o hazlo más fácil.
today-pain-red-spreading = Un dolor que baja por una pierna es una señal para aflojar. Haz este ejercicio más fácil o sáltatelo, y si sigue bajando, termina la sesión por hoy.
today-pain-red-high = { $pain } es mucho. Afloja: haz este ejercicio más fácil o sáltatelo, y si el dolor no se calma, termina la sesión por hoy.
today-pain-red = Está muy por encima de lo habitual ({ $usual }). Afloja: haz este ejercicio más fácil o sáltatelo, y si el dolor no se calma, termina la sesión por hoy.
today-pain-bands = Durante el ejercicio, un dolor de hasta { $green } está bien, hasta { $amber } es aceptable si se calma a la mañana siguiente, y por encima (o un dolor que baja por una pierna) significa hacerlo más fácil.
today-pain-bands-no-amber = Durante el ejercicio, un dolor de hasta { $green } está bien, y por encima (o un dolor que baja por una pierna) significa hacerlo más fácil.
today-pain-after-amber = Un poco por encima de lo habitual ({ $usual }): está bien si se ha calmado mañana por la mañana. Limber te lo preguntará entonces.
today-pain-after-red = Está muy por encima de lo habitual ({ $usual }). Descansa ahora en una postura cómoda; si mañana por la mañana sigue alto, la próxima sesión será más suave.
today-pain-before-gentlest = Es más de lo habitual ({ $usual }). Esta rutina ya es la más suave: ve despacio, haz solo lo que te siente bien y sáltate lo que lo empeore. Un día de descanso con un paseo corto también está bien.
today-pain-before = Es más de lo habitual ({ $usual }). Limber mantendrá esta sesión suave; un día de descanso con un paseo corto también está bien. Si sigue empeorando, consulta con un profesional sanitario.

## Guardar una copia.
today-keep-title = Guarda una copia de tu progreso
today-keep-button = Guardar copia
today-keep-not-now = Ahora no
today-keep-why-safari = Safari puede borrar lo que guarda Limber si no lo abres durante una semana o así. Una copia mantiene a salvo { $count ->
    [one] tu { $count } sesión
   *[other] tus { $count } sesiones
}.
today-keep-why = A veces los navegadores borran los datos guardados. Una copia mantiene a salvo { $count ->
    [one] tu { $count } sesión
   *[other] tus { $count } sesiones
}.
today-keep-why-again = Tu última copia es del { $date }. Una nueva pone a salvo también lo que has hecho desde entonces.
today-keep-shared = Copia compartida.
today-keep-saved = Copia guardada en tus descargas.
today-keep-safe = Guárdala en un lugar seguro, como tu correo o tu almacenamiento en la nube.
today-keep-not-saved = Tu navegador no ha guardado el archivo. Vuelve a intentarlo.
today-keep-last = Última copia: { $date }.
today-keep-none = Aún no hay ninguna copia.
today-keep-install-why = En iPhone y iPad, Safari puede borrar los datos de Limber si pasa una semana sin abrirlo. Añadir Limber a la pantalla de inicio lo evita. Guarda antes una copia: la app de la pantalla de inicio empieza vacía, y ahí abres tu copia.
today-keep-install-how = En Safari, toca Compartir y luego Añadir a pantalla de inicio.
today-keep-install-next = Para que Safari no borre tus datos, añade Limber a la pantalla de inicio: toca Compartir y luego Añadir a pantalla de inicio. La app de la pantalla de inicio empieza vacía, así que abre ahí tu copia.

## El paseo.
today-walk-title = { $minutes ->
    [one] Un paseo de { $minutes } minuto
   *[other] Un paseo de { $minutes } minutos
}
today-walk-baseline = Semana de referencia
today-walk-held-flare = Se mantiene igual mientras dure tu plan de crisis: paseos cortos y tranquilos, poco y a menudo, hasta donde te resulte cómodo. Vuelve a aumentar cuando tu espalda se calme y una semana vaya según lo previsto.
today-walk-why-longer = { $reason } { $longer }
today-walk-baseline-all = { $walks ->
    [one] { $walks } paseo
   *[other] { $walks } paseos
}
today-walk-baseline-progress = { $done } de { $walks ->
    [one] { $walks } paseo
   *[other] { $walks } paseos
}
