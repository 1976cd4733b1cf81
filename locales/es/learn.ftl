### Español. Aprende: lecturas breves sobre cómo vivir y moverse con dolor lumbar, y las
### pantallas que las rodean. Con calma, claro y breve; los datos y las cifras, exactamente
### como en inglés.

## Las pantallas

learn-title = Aprende
learn-lead = Un curso breve, una lección al día: cómo funciona el dolor de espalda y qué ayuda.
learn-back = ‹ El curso
learn-next-read = Siguiente lección
learn-sources-heading = De dónde sale esta información

## Al final de «Que duela no significa que dañe»: la regla con las cifras de la persona.

learn-your-bands = Tu dolor habitual está en torno a { $usual }, según tus últimas respuestas. Durante el ejercicio, un dolor de hasta { $green } está bien, hasta { $amber } es aceptable si se calma a la mañana siguiente, y por encima (o un dolor que baja por una pierna) significa hacerlo más fácil.
learn-your-bands-no-amber = Tu dolor habitual está en torno a { $usual }, según tus últimas respuestas. Durante el ejercicio, un dolor de hasta { $green } está bien, y por encima (o un dolor que baja por una pierna) significa hacerlo más fácil.

## Fuentes

learn-source-silbernagel = Modelo de control del dolor: Silbernagel et al., Am J Sports Med, 2007 (un estudio sobre el dolor del tendón de Aquiles)
learn-source-walkback = Ensayo WalkBack: Pocovi et al., The Lancet, 2024
learn-source-who-2020 = Directrices de la OMS sobre actividad física y comportamientos sedentarios, 2020
learn-source-nice-ng59 = Guía NICE NG59, Low back pain and sciatica in over 16s, 2016

## Citas nuevas en las que se apoyan las lecciones de arriba. Su sitio es junto a los demás
## mensajes learn-source-* de learn.ftl (con la misma forma: qué es, y luego autores, revista,
## año). Los nombres de personas, revistas y ensayos no se traducen; el resto, sí.
learn-source-restore = Ensayo RESTORE sobre la terapia funcional cognitiva: Kent et al., The Lancet, 2023
learn-source-brinjikji = Hallazgos en pruebas de imagen de personas sin dolor de espalda: Brinjikji et al., AJNR, 2015

## Fuentes nuevas que citan las lecciones de los temas 5 y 6 (propuestas; podrían pasar a learn.ftl
## junto a los demás mensajes learn-source-*). Los nombres de personas, revistas y ensayos no se traducen.
learn-source-cherkin = Mindfulness y TCC para el dolor lumbar: Cherkin et al., JAMA, 2016
learn-source-gollwitzer = Planes «si…, entonces…»: Gollwitzer y Sheeran, Advances in Experimental Social Psychology, 2006

## El curso: la lista, la página de una lección y las lecciones del plan de crisis.
learn-progress = Lecciones leídas: { $read } de { $total }
learn-week = Semana { $week }
learn-status-read = Leída
learn-status-today = La lección de hoy
learn-status-later = Llega más adelante
learn-status-flare = Para una crisis
learn-locked = Esta lección llega más adelante en el curso: una lección al día, en orden.
learn-example-heading = Por ejemplo
learn-try-heading = Prueba esta semana
learn-question-heading = Una pregunta para ti
learn-answer-label = Tu respuesta
learn-answer-save = Guardar mi respuesta
learn-answer-kept = Guardada. Puedes cambiarla cuando quieras.
learn-mark-read = Hecho: marcar como leída
learn-read-on = Leída el { $date }.
learn-next-tomorrow = Tu próxima lección llega mañana.
learn-course-done = Has leído todas las lecciones. Puedes volver a leer cualquiera aquí.
learn-flare-heading = Lecciones para una crisis
learn-listen = Escuchar
learn-listen-pause = Pausa
learn-listen-resume = Seguir
learn-listen-stop = Parar
learn-listen-no-voice = Este teléfono aún no tiene una voz para este idioma. En Ajustes, en «Durante una sesión», se explica cómo añadir una.
