### Español. Las metas propias de la persona y sus planes semanales: qué, qué días, dónde,
### cuánto, y un plan «si…, entonces…» para lo que pueda impedírselo. Las palabras de la persona
### se insertan en estas frases tal como las escribió, así que cada frase debe funcionar con
### cualquier texto. Ver locales/es/STYLE.md.

## La pantalla de las metas

goals-title = Tus metas
goals-lead = Una meta propia le da sentido al ejercicio. Elige algo a lo que quieras volver, y planifica un pequeño paso cada semana.
goals-examples = Por ejemplo: «Caminar hasta el parque con mi nieto», «Cuidar el jardín una hora», «Ver una película entera sin levantarme».
goals-new = Nueva meta
goals-text-label = Tu meta, con tus propias palabras
goals-text-placeholder = Caminar hasta el parque con mi nieto
goals-activity-label = Relacionada con (opcional)
goals-activity-none = Nada en concreto
goals-add = Guardar la meta
# Variables:
#   $max (Number) - cuántas metas puede haber a la vez (3)
goals-full = Tienes { $max } metas en marcha, el máximo a la vez. Marca una como alcanzada o déjala a un lado para añadir otra.
goals-reached = La he alcanzado
goals-set-aside = Dejarla a un lado
# Variables:
#   $date (Date) - el día en que se alcanzó
goals-reached-on = Alcanzada el { $date }. ¡Bien hecho!
# Variables:
#   $date (Date) - el día en que se dejó a un lado
goals-set-aside-on = Dejada a un lado el { $date }.
goals-done-title = Alcanzadas o dejadas a un lado
goals-no-plan = Todavía no hay plan para esta semana.
goals-plan-this-week = Planificar esta semana
goals-change-plan = Cambiar el plan de esta semana
# Variables:
#   $activity (String) - la actividad, con las palabras de la persona
goals-linked = Relacionada con «{ $activity }»

## El formulario del plan semanal (las metas y el programa de caminatas)

goals-plan-title = El plan de esta semana
goals-plan-lead = Más vale un paso pequeño y seguro que uno grande y dudoso: planifica uno que confíes en poder dar.
goals-what-label = ¿Qué vas a hacer?
goals-what-placeholder = Caminar
goals-days-label = ¿Qué días?
goals-place-label = ¿Dónde? (opcional)
goals-place-placeholder = Por el parque
goals-amount-label = ¿Cuánto cada vez?
# The label (for screen readers) of the choice between minutes and times.
goals-unit-label = Se cuenta en
goals-unit-minutes = minutos
goals-unit-times = veces
goals-if-title = Por si algo te lo impide (opcional)
goals-if-lead = Piensa en lo que es más probable que te lo impida, y en lo que harás en su lugar.
goals-if-label = Si…
goals-if-placeholder = llueve
goals-then-label = entonces…
goals-then-placeholder = camino por el centro comercial
goals-plan-save = Guardar el plan
# La semana del programa de caminatas: el qué y el cuánto los pone el programa.
goals-walk-plan-title = Planificar los paseos de esta semana
# Variables:
#   $walks (Number) - paseos esta semana
#   $minutes (Number) - minutos de cada uno
goals-walk-plan-fixed = { $walks ->
    [one] Esta semana: 1 paseo de { $minutes } minutos. Elige el día y dónde.
    [many] Esta semana: { $walks } paseos de { $minutes } minutos. Elige los días y dónde.
   *[other] Esta semana: { $walks } paseos de { $minutes } minutos. Elige los días y dónde.
}
goals-walk-plan-open = Planificar la semana
# Debajo de los paseos de esta semana, en Hoy: los días elegidos.
# Variables:
#   $days (String) - los días, en lista («lun, mié y sáb»)
goals-walk-days = Tus días de paseo: { $days }.
# Variables:
#   $walks (Number) - los paseos que pide el programa esta semana
goals-error-walk-days = { $walks ->
    [one] Elige 1 día para tu paseo.
    [many] Elige { $walks } días para tus paseos.
   *[other] Elige { $walks } días para tus paseos.
}

## Frases construidas a partir del plan

# Un paso: qué, cuántos minutos cada vez, qué días. Los días van entre paréntesis porque
# pueden ser una lista («lun, mié y sáb») o «todos los días».
# Variables:
#   $what (String) - qué, con las palabras de la persona («Caminar»)
#   $amount (Number) - minutos cada vez
#   $days (String) - los días, en lista («lun, mié y sáb»)
goals-step-minutes = { $amount ->
    [one] { $what }, 1 minuto ({ $days }).
    [many] { $what }, { $amount } minutos ({ $days }).
   *[other] { $what }, { $amount } minutos ({ $days }).
}
# Un paso: qué, cuántas veces, qué días.
# Variables:
#   $what (String) - qué, con las palabras de la persona («Levantarme del sofá»)
#   $amount (Number) - cuántas veces cada día
#   $days (String) - los días, en lista («lun, mié y sáb»)
goals-step-times = { $amount ->
    [one] { $what }, una vez ({ $days }).
    [many] { $what }, { $amount } veces ({ $days }).
   *[other] { $what }, { $amount } veces ({ $days }).
}
# Variables:
#   $place (String) - dónde, con las palabras de la persona
goals-place = Dónde: { $place }.
# El plan «si…, entonces…», con las palabras de la persona en las dos partes.
# Variables:
#   $if (String) - lo que puede impedirlo («llueve»)
#   $then (String) - lo que hará entonces («camino por el centro comercial»)
goals-if-then = Si { $if }, entonces { $then }.

## Errores

goals-error-empty = Escribe tu meta en pocas palabras.
# Variables:
#   $max (Number) - el máximo permitido, en caracteres
goals-error-long = Escribe { $max } caracteres como máximo.
goals-error-what = Escribe qué vas a hacer.
goals-error-days = Elige al menos un día.
# Variables:
#   $max (Number) - el máximo permitido
goals-error-amount = Cuánto: elige un número del 1 al { $max }.
goals-error-if-then = Rellena las dos partes del plan «si…, entonces…», o deja las dos vacías.
# Variables:
#   $max (Number) - cuántas metas puede haber a la vez (3)
goals-error-full = Tienes { $max } metas en marcha. Primero marca una como alcanzada o déjala a un lado.

## En «Aprende»: el camino a las preguntas y a las metas

goals-learn-title = Tu plan para salir adelante
goals-learn-check = Siete preguntas sobre lo que puede estar frenándote y lo que podría ayudar
goals-learn-goals = Metas propias, con un pequeño paso cada semana

## En Hoy

goals-row-none = Una meta propia, con un pequeño paso cada semana, te ayuda a seguir adelante.
goals-row-set = Elegir una meta
# Variables:
#   $goal (String) - la meta, con las palabras de la persona
goals-row-today = El paso de hoy para «{ $goal }»
# Variables:
#   $goal (String) - la meta, con las palabras de la persona
goals-row-week = Esta semana para «{ $goal }»
# Variables:
#   $goal (String) - la meta, con las palabras de la persona
goals-row-plan = Planifica el paso de esta semana para «{ $goal }»
goals-row-open = Abrir

## El control semanal: cómo fue el plan de la semana pasada

# Variables:
#   $goal (String) - la meta, con las palabras de la persona
goals-review-title = La semana pasada para «{ $goal }»
# Variables:
#   $how (String) - hecho, en parte o no
goals-review-how = { $how ->
    [done] Hecho
    [partly] En parte
   *[not] Esta vez no
}
goals-review-label = ¿Cómo fue?
goals-review-next = ¿Y esta semana?
# Variables:
#   $step (String) - más pequeño, igual o más grande
goals-review-step = { $step ->
    [smaller] Un paso más pequeño
    [same] El mismo paso otra vez
   *[bigger] Un paso más grande
}
# Variables:
#   $step (String) - cómo será el paso, tal como lo dice goals-step
goals-review-step-is = Esta semana: { $step }
goals-review-not-done = Una semana que no salió como querías es información útil, no un fracaso: un paso más pequeño, o un plan «si…, entonces…» mejor, suele resolverlo.

## El informe (lo lee un profesional: habla de «la persona», no de «tú»)

# Variables:
#   $goal (String) - la meta, con las palabras de la persona
#   $date (Date) - el día en que se creó
goals-report-goal = «{ $goal }», creada el { $date }.
# Variables:
#   $date (Date) - el día
goals-report-reached = Alcanzada el { $date }.
# Variables:
#   $date (Date) - el día
goals-report-set-aside = Dejada a un lado el { $date }.
# Variables:
#   $step (String) - el plan, tal como lo dice goals-step
goals-report-plan = Plan de esta semana: { $step }
goals-report-no-reviews = Todavía no se ha revisado ninguna semana.
# Variables:
#   $weeks (Number) - semanas revisadas
#   $done (Number) - hechas según lo previsto
#   $partly (Number) - hechas en parte
#   $not (Number) - sin hacer
goals-report-weeks = Semanas revisadas: { $weeks } (hecho: { $done }; en parte: { $partly }; sin hacer: { $not }).
