### Español. Qué te frena: una comprobación corta de siete preguntas sobre lo que suele hacer que
### el dolor de espalda continúe (cuánto molesta, miedo a moverse, preocupación, ánimo, sueño,
### confianza, trabajo y responsabilidades diarias), su resultado, y el sueño y el ánimo en el
### control semanal. Nunca un diagnóstico y nunca alarmista; sin puntuaciones en cifras. Con
### nuestras propias palabras, no las de un cuestionario publicado. Ver locales/es/STYLE.md.

## La comprobación, una pregunta cada vez

outlook-title = Qué te frena
outlook-intro = Siete preguntas rápidas sobre cómo afecta tu espalda a tu vida. Con tus respuestas, Limber puede sugerirte el apoyo adecuado. Se tarda unos dos minutos, y no hay respuestas incorrectas.
outlook-private = Tus respuestas se quedan en este teléfono.
outlook-start = Empezar las preguntas
outlook-not-now = Ahora no
outlook-back = Atrás
# Se muestra encima de cada pregunta.
# Variables:
#   $number (Number) - qué pregunta es, desde 1
#   $total (Number) - cuántas preguntas hay
outlook-progress = Pregunta { $number } de { $total }
# Para dejarlo a medias; no se guarda nada.
outlook-stop = Parar aquí
outlook-lead-in = Piensa en las dos últimas semanas.

# Las preguntas. Cada una tiene cinco respuestas, de ninguna dificultad (0) a muchísima (4).
outlook-q-bother = ¿Cuánto te ha molestado la espalda?
outlook-a-bother-0 = Nada
outlook-a-bother-1 = Un poco
outlook-a-bother-2 = Bastante
outlook-a-bother-3 = Mucho
outlook-a-bother-4 = Muchísimo
outlook-q-fear = «Moverme podría hacerle daño de verdad a mi espalda». ¿Hasta qué punto estás de acuerdo?
outlook-a-fear-0 = Nada de acuerdo
outlook-a-fear-1 = Un poco de acuerdo
outlook-a-fear-2 = Algo de acuerdo
outlook-a-fear-3 = Bastante de acuerdo
outlook-a-fear-4 = Totalmente de acuerdo
outlook-q-worry = «Mi espalda nunca va a mejorar». ¿Con qué frecuencia te ha venido este pensamiento?
outlook-a-worry-0 = Nunca
outlook-a-worry-1 = Una o dos veces
outlook-a-worry-2 = A veces
outlook-a-worry-3 = A menudo
outlook-a-worry-4 = Casi todo el tiempo
outlook-q-mood = ¿Con qué frecuencia has tenido el ánimo bajo, o has perdido el interés por cosas que normalmente disfrutas?
outlook-a-mood-0 = Nunca
outlook-a-mood-1 = Algunos días
outlook-a-mood-2 = Más o menos la mitad de los días
outlook-a-mood-3 = La mayoría de los días
outlook-a-mood-4 = Casi todos los días
outlook-q-sleep = ¿Cuánto han afectado a tu sueño la espalda o la preocupación por ella?
outlook-a-sleep-0 = Nada
outlook-a-sleep-1 = Un poco
outlook-a-sleep-2 = Algunas noches
outlook-a-sleep-3 = La mayoría de las noches
outlook-a-sleep-4 = Casi todas las noches
outlook-q-confidence = ¿Cuánta confianza tienes en poder hacer tus cosas de cada día, aunque tengas algo de dolor?
outlook-a-confidence-0 = Confianza total
outlook-a-confidence-1 = Bastante confianza
outlook-a-confidence-2 = Algo de confianza
outlook-a-confidence-3 = Poca confianza
outlook-a-confidence-4 = Ninguna confianza
outlook-q-roles = ¿Cuánto te ha dificultado la espalda trabajar, cuidar de otras personas o llevar la casa?
outlook-a-roles-0 = Nada
outlook-a-roles-1 = Un poco
outlook-a-roles-2 = Bastante
outlook-a-roles-3 = Mucho
outlook-a-roles-4 = Apenas puedo hacer esas cosas

# Nombres cortos de las preguntas, cada uno una clase de dificultad, en listas («miedo a moverse
# y dormir mal») y como filas de tablas cuyas celdas dicen cuánto (outlook-cell: «Nada» …
# «Muchísimo»). Sin artículo y en minúscula; también aparecen en el informe, así que sin «tú».
outlook-short-bother = cuánto molesta la espalda
outlook-short-fear = miedo a moverse
outlook-short-worry = preocupación de que no mejore
outlook-short-mood = ánimo bajo
outlook-short-sleep = dormir mal
outlook-short-confidence = poca confianza en el día a día
outlook-short-roles = dificultad con el trabajo y las responsabilidades diarias

# Una respuesta como palabra en una tabla, nunca como número: de ninguna dificultad (0) a
# muchísima (4).
# Variables:
#   $score (Number) - la respuesta, de 0 a 4
outlook-cell = { $score ->
    [0] Nada
    [1] Un poco
    [2] Algo
    [3] Mucho
   *[4] Muchísimo
}

## El resultado

outlook-result-programme-title = Sigue con tu programa
outlook-result-extra-title = Algo de apoyo extra podría ayudarte
outlook-result-programme-none = En tus respuestas no destaca nada. El dolor de espalda suele complicar un poco la vida en cosas pequeñas, y es normal. Moverte con regularidad, paso a paso, es lo mejor que puedes hacer, y tu programa está pensado para eso.
# Variables:
#   $named (String) - lo que destaca, en lista («dormir mal y poca confianza en el día a día»)
outlook-result-programme-some = Lo que destaca en tus respuestas: { $named }. Las lecciones sobre esto van ahora primero en tu curso. Moverte con regularidad, paso a paso, sigue siendo lo mejor que puedes hacer, y tu programa está pensado para eso.
# Variables:
#   $named (String) - lo que destaca, en lista («miedo a moverse y ánimo bajo»)
outlook-result-extra = Lo que destaca en tus respuestas: { $named }. Es algo frecuente cuando hay dolor de espalda, y puede hacer que el dolor se prolongue. Hay tres cosas que ayudan: las lecciones sobre esto, que ahora van primero en tu curso; las sesiones de calma; y hablar con un fisioterapeuta o un médico sobre un programa que combine el ejercicio con apoyo para los pensamientos y las emociones. A muchas personas este tipo de ayuda les cambia las cosas de verdad.
outlook-result-lessons = Leer primero
outlook-result-calm = Probar una sesión de calma
outlook-result-done = Volver a Hoy
outlook-result-goal = Elegir una meta propia
# Se muestra, se haya respondido lo que se haya respondido, cuando se eligió la respuesta de
# ánimo más bajo.
# Variables:
#   $number (String) - el número de emergencias del lugar donde está la persona
outlook-help-now = Has dicho que casi todos los días has tenido el ánimo bajo. No tienes por qué pasar por esto sin ayuda: por favor, habla pronto con tu médico, o hoy mismo con alguien de confianza. Si en algún momento sientes que podrías no estar a salvo, llama ahora al { $number }.
outlook-not-diagnosis = Esto no es un diagnóstico. Ayuda a Limber a orientarte hacia lo que más te puede ayudar.
outlook-rule-title = Cómo lee Limber tus respuestas
# La regla, dicha entera en la pantalla del resultado y en el informe.
outlook-rule = Cómo lee Limber las respuestas: destaca cualquier respuesta en una de las dos opciones que indican más dificultad. Cuando destacan el miedo a moverse, la preocupación o el ánimo bajo, Limber sugiere apoyo extra: primero las lecciones sobre esos temas, las sesiones de calma, y hablar con un fisioterapeuta o un médico sobre una ayuda combinada. Si no, sugiere el programa, poniendo primero las lecciones sobre lo que haya destacado. La respuesta que indica el ánimo más bajo siempre añade una línea sobre dónde encontrar ayuda.
# Una línea por comprobación en el historial de comprobaciones y en el informe.
outlook-line-none = No destacó nada. Sugerencia: el programa.
# Variables:
#   $named (String) - lo que destacó, en lista
outlook-line-programme = Lo que destacó: { $named }. Sugerencia: el programa, con las lecciones sobre esto primero.
# Variables:
#   $named (String) - lo que destacó, en lista
outlook-line-extra = Lo que destacó: { $named }. Sugerencia: apoyo extra, con las lecciones sobre esto primero.
outlook-history-title = Tus respuestas a lo largo del tiempo
outlook-history-question = Pregunta
# Variables:
#   $date (Date) - el día de la última comprobación
#   $next (Date) - el día en que se vuelve a ofrecer
outlook-history-next = Respondiste por última vez el { $date }. Limber te volverá a preguntar a partir del { $next }.
outlook-saved-error = No se han podido guardar tus respuestas.

## En Hoy

outlook-row-title = Qué te frena
outlook-row-first = 7 preguntas, unos 2 minutos
outlook-row-again = 4 semanas después: otra vez 7 preguntas
outlook-row-open = Empezar

## El control semanal: sueño y ánimo, un toque cada uno

checkin-sleep-label = ¿Cómo has dormido esta semana?
# Variables:
#   $score (Number) - de 0 (muy mal) a 4 (muy bien)
checkin-sleep = { $score ->
    [0] Muy mal
    [1] Mal
    [2] Regular
    [3] Bien
   *[4] Muy bien
}
checkin-mood-label = ¿Cómo ha estado tu ánimo esta semana?
# Variables:
#   $score (Number) - de 0 (muy bajo) a 4 (muy bueno)
checkin-mood = { $score ->
    [0] Muy bajo
    [1] Bajo
    [2] Regular
    [3] Bueno
   *[4] Muy bueno
}
checkin-optional = Opcional: toca una opción, o déjalo.

## Resumen: el sueño y el ánimo junto al dolor

insights-sleep-mood-title = Sueño, ánimo y dolor
insights-sleep-mood-lead = Lo que respondiste en cada control semanal, todo junto para compararlo. Puede ayudarte a ver patrones, pero no muestra qué causa qué.
insights-sleep-mood-empty = Tus controles semanales irán llenando esto: cómo dormiste y cómo estuvo tu ánimo, junto a tu dolor.
insights-sleep-mood-date = Control
insights-sleep-mood-pain = Dolor
insights-sleep-mood-sleep = Sueño
insights-sleep-mood-mood = Ánimo
# Variables:
#   $pain (Number) - el dolor en el control, de 0 a 10
insights-sleep-mood-pain-cell = { $pain }/10
insights-sleep-mood-none = sin respuesta

## El informe (lo lee un profesional: habla de «la persona», no de «tú»)

report-outlook-title = Qué frena a la persona
report-outlook-none = Todavía no se han respondido las preguntas sobre qué frena a la persona.
# Answered, but not on a day of the report's dates.
report-outlook-none-in-range = Sin respuestas entre estas fechas.
# Variables:
#   $count (Number) - cuántas veces se respondieron las preguntas
report-outlook-count = { $count ->
    [one] Se respondieron una vez. Cada respuesta aparece en palabras según la dificultad que indica, de «Nada» a «Muchísimo».
    [many] Se respondieron { $count } veces. Cada respuesta aparece en palabras según la dificultad que indica, de «Nada» a «Muchísimo».
   *[other] Se respondieron { $count } veces. Cada respuesta aparece en palabras según la dificultad que indica, de «Nada» a «Muchísimo».
}
report-goals-title = Metas y planes semanales
report-goals-none = Todavía no se ha puesto ninguna meta.
