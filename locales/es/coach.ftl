### Español: el coach. Reglas del dolor, crisis, el plan, la progresión, los controles
### semanales y las señales de alarma. Ver locales/es/STYLE.md.

## Señales de alarma. Nunca escribas un número de emergencias: llega como $number, según el
## país de la persona.

coach-safety-heading-emergency = Busca atención urgente ahora mismo si tienes:
coach-safety-heading-soon = Ve al médico en uno o dos días si tienes:
coach-safety-sign-emergency-1 = Entumecimiento u hormigueo alrededor de los genitales, las nalgas o la cara interna de los muslos
coach-safety-sign-emergency-2 = Dificultad nueva para orinar, o pérdida del control de la vejiga o del intestino
coach-safety-sign-emergency-3 = Problemas nuevos en la función sexual
coach-safety-sign-emergency-4 = Entumecimiento, debilidad u hormigueo en las dos piernas, o una pierna que está cada vez más débil
coach-safety-sign-emergency-5 = Dolor de espalda después de una caída o un accidente graves
coach-safety-sign-emergency-6 = Dolor en el pecho
coach-safety-sign-soon-1 = Fiebre, o sentirte muy mal
coach-safety-sign-soon-2 = Pérdida de peso sin causa que puedas explicar
coach-safety-sign-soon-3 = Cáncer, ahora o en el pasado
coach-safety-sign-soon-4 = Dolor constante, que empeora por la noche y no se alivia con el reposo ni en ninguna postura
coach-safety-sign-soon-5 = Un bulto o un cambio en la forma de tu espalda
coach-safety-sign-soon-6 = Dolor entre los omóplatos
coach-safety-sign-soon-7 = Síntomas nuevos, o que han cambiado
coach-safety-question = ¿Tienes ahora alguna de estas señales de alarma?
coach-safety-show-signs = Ver las señales de alarma
coach-safety-answer-none = No, ninguna
coach-safety-answer-emergency = Sí, algo de la primera lista
coach-safety-answer-soon = Sí, algo de la segunda lista
coach-safety-advice-emergency-title = Busca ayuda urgente ahora
coach-safety-advice-emergency = Llama al { $number } o ve a urgencias ahora. Estas señales necesitan atención hoy mismo, y el tratamiento funciona mejor cuanto antes empieza. Por favor, no hagas ejercicio.
coach-safety-advice-emergency-unknown = Llama al número de emergencias del lugar donde estés (el { $number } funciona desde un teléfono móvil en muchos países) o ve a urgencias ahora. Estas señales necesitan atención hoy mismo, y el tratamiento funciona mejor cuanto antes empieza. Por favor, no hagas ejercicio.
coach-safety-advice-soon-title = Primero, consulta a un médico
coach-safety-advice-soon = Llama a tu médico para que te vea en uno o dos días (tu médico de familia o un servicio de atención urgente) antes de hacer ejercicio. Si empeoras rápido, busca ayuda antes.
coach-safety-call = Llamar al { $number }
coach-safety-since = El { $date } le contaste a Limber que tenías una señal de alarma. Las sesiones quedan en pausa hasta que te revisen.
coach-safety-checked = Un profesional de la salud me ha revisado y me ha dicho que puedo hacer ejercicio suave
coach-safety-continue = Continuar
coach-safety-back-today = Volver a Hoy

## Las etapas del plan.
coach-stage-flare-up = Para los días malos
coach-stage-building = Avanzar
coach-stage-maintaining = Mantener

## Los niveles.
coach-level-easiest = Muy fácil
coach-level-easier = Más fácil
coach-level-standard = Normal
coach-level-harder = Más difícil
coach-level-hardest = Muy difícil

## «Tengo una crisis de espalda»: lo que ayuda en un día malo.
coach-flare-advice-moving-title = Sigue moviéndote, pero menos
coach-flare-advice-moving-body = Una crisis duele, pero más dolor rara vez significa un daño nuevo, y pasar mucho tiempo sin moverte suele dar más rigidez. Paseos cortos y fáciles, poco y a menudo, y las rutinas suaves para los días malos te ayudan a seguir.
coach-flare-advice-positions-title = Busca posturas de alivio
coach-flare-advice-positions-body = Acuéstate boca arriba con las rodillas dobladas sobre una o dos almohadas, o de lado con una almohada entre las rodillas. Cambia de postura cada 20 a 30 minutos en lugar de quedarte siempre igual.
coach-flare-advice-pacing-title = Dosifica tu día
coach-flare-advice-pacing-body = Divide las tareas en partes pequeñas y descansa antes de que el dolor aumente, no después. Evita lo que te dé un dolor agudo o que se extienda, y deja las tareas grandes para un día mejor.
coach-flare-advice-warmth-title = El calor puede ayudar
coach-flare-advice-warmth-body = Una compresa tibia (no caliente) o una ducha tibia durante 15 a 20 minutos puede relajar los músculos tensos. Envuelve la compresa en una toalla y nunca te duermas encima de ella.
coach-flare-advice-sleep-title = Cuida tu sueño
coach-flare-advice-sleep-body = Almohadas para sostener la postura que te resulte cómoda, y tu hora habitual de acostarte. Después de una mala noche el dolor puede sentirse más fuerte al día siguiente: es normal y se pasa.
coach-flare-advice-help-title = Cuándo pedir ayuda
coach-flare-advice-help-body = Consulta a un médico o fisioterapeuta si no ha mejorado en unas dos semanas o sigue empeorando. Las señales de abajo necesitan atención inmediata, no ejercicio.

## El plan para la crisis: cómo empieza y termina, dicho igual en todas partes.
coach-flare-end-rule = El plan termina por sí solo cuando tu dolor vuelva a estar como mucho un punto por encima de tu nivel habitual ({ $usual }) dos días seguidos, o cuando tú lo termines.
coach-flare-started = Tu plan para la crisis está activado. Hoy verás las rutinas para los días malos en un nivel suave, nada se vuelve más difícil y tu paseo se mantiene. Cada día Limber te pregunta cómo está tu espalda. El plan termina por sí solo cuando tu dolor vuelva a estar como mucho un punto por encima de tu nivel habitual ({ $usual }) dos días seguidos, o cuando tú lo termines.
coach-flare-auto-started = { $pain } está muy por encima de tu nivel habitual ({ $usual }), así que Limber ha activado tu plan para la crisis: rutinas suaves para los días malos, y nada se vuelve más difícil. El plan termina por sí solo cuando tu dolor vuelva a estar como mucho un punto por encima de tu nivel habitual ({ $usual }) dos días seguidos, o cuando tú lo termines.
coach-flare-settled = Tu dolor lleva dos días cerca de tu nivel habitual ({ $usual }), así que el plan para la crisis ha terminado y vuelves a las rutinas «{ $stage }». A partir de aquí, avanza con calma.
coach-flare-near = Gracias: { $pain } está cerca de tu nivel habitual ({ $usual }). Si mañana sigue así, el plan para la crisis termina.
coach-flare-still = Gracias. Sigue con calma. El plan termina por sí solo cuando tu dolor vuelva a estar como mucho un punto por encima de tu nivel habitual ({ $usual }) dos días seguidos, o cuando tú lo termines.
coach-flare-ended = El plan para la crisis está desactivado: vuelves a las rutinas «{ $stage }». Avanza con calma.

## La página de la crisis.
coach-flare-back = ‹ Hoy
coach-flare-title = Tengo una crisis de espalda
coach-flare-lead = Las crisis son frecuentes y suelen calmarse en unos días o pocas semanas. Aquí tienes lo que ayuda y un plan para seguir moviéndote con suavidad mientras tanto.
coach-flare-pick-pain = Primero elige cuánto te duele, de 0 a 10.
coach-flare-plan-day = Plan para la crisis · día { $day }
coach-flare-checked-in = Ya respondiste hoy
coach-flare-how-today = ¿Cómo está tu espalda hoy?
coach-flare-plan-on = Rutinas para los días malos en un nivel suave, nada se vuelve más difícil y tu paseo se mantiene. El plan termina por sí solo cuando tu dolor vuelva a estar como mucho un punto por encima de tu nivel habitual ({ $usual }) dos días seguidos, o cuando tú lo termines.
coach-flare-pain-today = Tu dolor hoy (de 0 a 10)
coach-flare-update = Cambiar la respuesta de hoy
coach-flare-save = Guardar la respuesta de hoy
coach-flare-end = Mi espalda se ha calmado: terminar el plan para la crisis
coach-flare-plan = Plan para la crisis
coach-flare-switch-title = Cambia tu plan al modo de días malos
coach-flare-switch-why = Hasta que se calme: las rutinas para los días malos, nada se vuelve más difícil, tu paseo se mantiene y una pregunta al día.
coach-flare-pain-now = ¿Cuánto te duele ahora mismo? (de 0 a 10)
coach-flare-switch = Activar mi plan para la crisis
coach-flare-no-plan-title = Rutinas suaves para los días malos
coach-flare-no-plan-why = Primero crea un plan y Limber podrá cambiarlo al modo de días malos por ti. Mientras tanto, las rutinas para los días malos ya están listas.
coach-flare-see-routines = Ver las rutinas

## Las respuestas del primer inicio y el plan que sale de ellas.
coach-duration-under-six-weeks = Menos de 6 semanas
coach-duration-longer = Más de 6 semanas
coach-duration-keeps-coming-back = Vuelve una y otra vez
coach-activity-little = Casi nada por ahora
coach-activity-some = Camino algo y hago las tareas diarias
coach-activity-active = Me muevo casi todos los días
coach-answer-pain-range = Elige tu dolor de 0 a 10.
coach-answer-no-days = Elige al menos un día.
coach-answer-bad-time = Elige una hora del día.
coach-answer-too-many-activities = Tres actividades como máximo, por favor.
coach-answer-activity-name = Ponle a cada actividad un nombre corto (hasta 60 letras).
coach-answer-activity-score = Puntúa cada actividad de 0 a 10.
coach-common-activity-1 = Ponerme los calcetines
coach-common-activity-2 = Sentarme un rato
coach-common-activity-3 = Caminar
coach-common-activity-4 = Levantar una bolsa
coach-common-activity-5 = Dormir
coach-rate-prompt = Puntúa «{ $name }» de 0 a 10, o quítala.
coach-start-flare-high = Empiezas con las rutinas para los días malos: con un dolor de { $pain } de 10, lo mejor para empezar es moverte despacio y con suavidad, casi siempre en posición acostada.
coach-start-flare-recent = Empiezas con las rutinas para los días malos: tu dolor es de { $pain } de 10 y empezó en las últimas seis semanas, así que las primeras sesiones son lentas y suaves.
coach-start-flare-inactive = Empiezas con las rutinas para los días malos: con un dolor de { $pain } de 10 y poco movimiento por ahora, empezar con sesiones suaves ayuda a que tu espalda se acostumbre.
coach-start-maintaining = Empiezas con las rutinas «Mantener»: tu dolor es bajo ({ $pain } de 10) y ya te mueves mucho, así que el plan mantiene tu espalda fuerte y flexible.
coach-start-building = Empiezas con las rutinas «Avanzar»: con un dolor de { $pain } de 10, te van bien sesiones constantes que suben de nivel cuando te resultan cómodas, y el plan se ajusta a cómo va cada sesión.
coach-schedule = { $days } a las { $time }
coach-days-none = ningún día
coach-days-every = todos los días

## Progresión: cómo contó cada sesión y por qué el nivel de hoy es el que es.
## Los nombres de las rutinas van entre «…».

coach-flare-why-too-hard = te resultó demasiado difícil
coach-flare-why-morning = a la mañana siguiente estabas peor
coach-flare-why-morning-worse = a la mañana siguiente estabas peor, con un dolor de { $pain } frente a { $before } antes
coach-flare-why-morning-pain = tu dolor era de { $pain } a la mañana siguiente, frente a { $before } antes
coach-flare-why-rose = tu dolor pasó de { $before } a { $after }
coach-flare-why-reached = tu dolor llegó a { $after }

coach-outcome-flare = Contó como crisis: { $why }.
coach-outcome-good = Contó como buena: { $felt ->
    [too-easy] te resultó demasiado fácil
    [about-right] te pareció en su punto
    [too-hard] te resultó demasiado difícil
   *[none] fue bien
}.
coach-outcome-good-settled = Contó como buena: { $felt ->
    [too-easy] te resultó demasiado fácil
    [about-right] te pareció en su punto
    [too-hard] te resultó demasiado difícil
   *[none] fue bien
} y a la mañana siguiente ya se había calmado.
coach-outcome-unanswered = Ni sube ni baja: no respondiste todas las preguntas.
coach-outcome-stopped = Ni sube ni baja: se terminó antes de tiempo.
coach-outcome-steady = Ni sube ni baja: no fue del todo una sesión fácil y sin dolor.
coach-outcome-steady-settled = Ni sube ni baja: no fue del todo una sesión fácil y sin dolor, y a la mañana siguiente ya se había calmado.

coach-progress-towards = { $done } de { $needed ->
    [one] { $needed } sesión buena
    [many] { $needed } sesiones buenas
   *[other] { $needed } sesiones buenas
} para pasar a «{ $level }».

coach-why-first-after-flare = Primera vez con «{ $routine }», un nivel más fácil: tu espalda tuvo una crisis { $when ->
    [today] hoy
    [yesterday] ayer
   *[recently] hace poco
} ({ $why } en «{ $flared }»).
coach-why-first = Primera vez con «{ $routine }»: empieza en el nivel normal y mira cómo te sienta.
coach-why-gentler-last = «{ $routine }» más suave hoy: la última vez { $why }.
coach-why-gentler-other = «{ $routine }» más suave hoy: tu espalda tuvo una crisis { $when ->
    [today] hoy
    [yesterday] ayer
   *[recently] hace poco
} ({ $why } en «{ $flared }»).
coach-why-gentlest-last = «{ $routine }» otra vez en el nivel más suave: la última vez { $why }. Si sigues teniendo crisis, consulta con un profesional de la salud.
coach-why-gentlest-other = «{ $routine }» otra vez en el nivel más suave: tu espalda tuvo una crisis { $when ->
    [today] hoy
    [yesterday] ayer
   *[recently] hace poco
} ({ $why } en «{ $flared }»). Si sigues teniendo crisis, consulta con un profesional de la salud.
coach-why-top = «{ $routine }» en su nivel más difícil: mantenlo y disfrútalo.
coach-why-same = Mismo nivel que la última vez: sube después de { $left ->
    [one] { $left } sesión más que te parezca
    [many] { $left } sesiones más que te parezcan
   *[other] { $left } sesiones más que te parezcan
} en su punto sin que aumente el dolor (o dos seguidas que te resulten demasiado fáciles).
coach-why-held = Mismo nivel hoy: tu espalda tuvo una crisis { $when ->
    [today] hoy
    [yesterday] ayer
   *[recently] hace poco
} ({ $why } en «{ $flared }»), así que no sube de nivel hasta que se calme.
coach-why-harder-easy = «{ $routine }» más difícil hoy: tus dos últimas sesiones te resultaron demasiado fáciles, sin aumento del dolor.
coach-why-harder = «{ $routine }» más difícil hoy: tus tres últimas sesiones { $felt ->
    [easy] te resultaron fáciles
    [right] te parecieron en su punto
   *[mixed] te resultaron fáciles o en su punto
} y el dolor { $steady ->
    [same] se mantuvo en { $top }
   *[lower] se mantuvo en { $top } o menos
}.
coach-why-flare-plan = Más fácil mientras tu plan para la crisis está activo: el movimiento suave ayuda a que la crisis se calme, y nada se vuelve más difícil hasta entonces.

## Una crisis reciente, en Hoy.
coach-flare-note = Tu espalda tuvo una crisis después de «{ $routine }» { $when ->
    [today] hoy
    [yesterday] ayer
   *[recently] hace poco
} ({ $why }). Haz la sesión de hoy con suavidad, y si el dolor no se ha calmado en uno o dos días, o sigue empeorando, consulta con un profesional de la salud.
coach-flare-note-rest-day = Tu espalda tuvo una crisis después de «{ $routine }» { $when ->
    [today] hoy
    [yesterday] ayer
   *[recently] hace poco
} ({ $why }). Hoy es día de descanso: descansa, y da un paseo tranquilo si te sientes bien. Si el dolor no se ha calmado en uno o dos días, o sigue empeorando, consulta con un profesional de la salud. Tu próxima sesión es { $next }.

## El paseo de hoy, y por qué.
coach-walk-flare = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
} de caminata tranquila, no más que la semana pasada mientras tu espalda se calma.
coach-walk-first = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
} de caminata tranquila, o de natación o bici si lo prefieres. Despacio está bien.
coach-walk-cap = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
} de caminata, natación o bici: todo lo que pide el plan. ¡Bien hecho!
coach-walk-up = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
}: un poco más que { $from }, porque la semana pasada caminaste unos { $from ->
    [one] { $from } minuto
    [many] { $from } minutos
   *[other] { $from } minutos
} en { $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
} o más.
coach-walk-not-done = Otra vez { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
}: sube tras una semana con { $needed ->
    [one] { $needed } paseo
    [many] { $needed } paseos
   *[other] { $needed } paseos
} de unos { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
}, y la semana pasada { $walks ->
    [0] no hubo ninguno
    [one] hubo { $walks }
    [many] hubo { $walks }
   *[other] hubo { $walks }
}.
coach-walk-flared = Otra vez { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
}: tu espalda tuvo una crisis la semana pasada, así que se mantiene por ahora.

## El control semanal.
coach-checkin-title = Control semanal
coach-checkin-intro = Un minuto para ver cómo van cambiando las cosas. Solo hace falta la pregunta sobre el dolor; si quieres, salta las demás.
coach-checkin-pain-label = ¿Cuánto te duele la espalda hoy?
coach-checkin-activity-label = { $activity }: ¿qué tal lo puedes hacer ahora?
coach-checkin-pick-pain = Primero elige tu dolor de 0 a 10.
coach-checkin-save = Guardar el control
coach-checkin-first-later = Tu primer control semanal llega una semana después de crear tu plan.
coach-checkin-trend-title = Controles semanales
coach-checkin-pain-series = Dolor
coach-checkin-chart-caption = El dolor y tus actividades en cada control (de 0 a 10)
coach-checkin-pain-down = el dolor ha bajado de { $from } a { $to }
coach-checkin-pain-up = el dolor ha subido de { $from } a { $to }
coach-checkin-easier = «{ $activity }» te cuesta menos ({ $from } → { $to })
coach-checkin-harder = «{ $activity }» te cuesta más ({ $from } → { $to })
coach-checkin-no-change = Todavía no hay grandes cambios desde que empezaste. Mantenerse estable está bien: sigue así.
coach-checkin-better = Desde que empezaste, { $better }.
coach-checkin-worse = Desde que empezaste, { $worse }. Si las cosas siguen empeorando, consulta con un profesional de la salud.
coach-checkin-mixed = Desde que empezaste, { $better }; pero { $worse }.

## La parte del plan en Hoy.
coach-hero-start = Empezar
coach-hero-whats-in-it = Qué incluye
coach-hero-why-level = ¿Por qué este nivel?
coach-hero-rest = Descansa, y un paseo si te apetece
coach-hero-rest-walk = Descansa, y un paseo tranquilo de { $minutes } minutos
coach-hero-log-walk = Anotar un paseo
coach-hero-second = O una sesión si te apetece: «{ $routine }», unos { $minutes } min
coach-hero-today = Hoy
coach-hero-history = Tu historial
coach-plan-when = Tu plan: { $schedule }.
coach-plan-reminders = Añadir recordatorios a mi calendario
coach-plan-reminders-saved = Abre el archivo para añadir los recordatorios a tu calendario.
coach-plan-reminders-failed = Tu navegador no ha querido guardar el archivo.
coach-reminder-title = Limber: unos minutos para tu espalda
coach-reminder-description = Es la hora de tu rutina suave para la espalda. Abre Limber para empezar.
coach-also-today = También hoy
coach-checkin-prompt = Un minuto para ver cómo van cambiando las cosas.
coach-checkin-open = Hacer el control
coach-checkin-saved = Control guardado.
coach-checkin-see-changes = Ver cómo van cambiando las cosas
coach-not-now = Ahora no
coach-walk-title = { $minutes ->
    [one] Un paseo de { $minutes } minuto
    [many] Un paseo de { $minutes } minutos
   *[other] Un paseo de { $minutes } minutos
}
coach-walk-none-this-week = Todavía no has anotado ejercicio cardiovascular esta semana.
coach-walk-this-week = Esta semana, por ahora: { $minutes } min caminando, nadando o en bici.
coach-log-it = Anotar
coach-flare-row-thanks = Gracias por responder hoy. Tómatelo con calma.
coach-flare-row-above = Tu respuesta a la pregunta de arriba cuenta para hoy.
coach-flare-row-open = Abrir
coach-flare-row-settled = Tu espalda se ha calmado: vuelves a las rutinas «{ $stage }».
coach-flare-row-calm = Un plan tranquilo para los días malos

## «Por qué este nivel».
coach-why-title = Por qué este nivel
coach-why-last-sessions = Tus últimas sesiones
coach-why-your-walking = Tus paseos
coach-why-no-sessions = Todavía no hay sesiones: la primera empieza en el nivel normal.
coach-why-next-morning = A la mañana siguiente: { $compared ->
    [better] mejor
    [worse] peor
   *[same] más o menos igual
}.
coach-why-session-head = { $date } · «{ $routine }» · { $level }
coach-why-next-up = A continuación · { $stage }
coach-why-routine-level = { $routine }: { $level }
coach-why-flare-on = Tu plan para la crisis está activo (día { $day }): las rutinas para los días malos, y nada sube de nivel hasta que se calme.
coach-why-how-it-works = Cómo funciona: cada rutina sube de nivel después de { $steps ->
    [one] { $steps } sesión seguida
    [many] { $steps } sesiones seguidas
   *[other] { $steps } sesiones seguidas
} que te parecieron en su punto o fáciles sin aumento del dolor (o { $easy ->
    [one] { $easy } sesión seguida
    [many] { $easy } sesiones seguidas
   *[other] { $easy } sesiones seguidas
} que te resultaron demasiado fáciles), y la sesión siguiente baja de nivel después de una crisis. La mañana siguiente tiene la última palabra: peor significa crisis, calmado significa que fue bien.
