### Español. Calma: sesiones guiadas de respiración y relajación, en forma de pasos hablados con
### tiempos fijos (los tiempos están en calm.json), y las pantallas que las rodean. La persona
### puede tener dolor, estar en un mal rato o en la cama: con calma, cercano, claro y breve. Sin
### preguntas sobre el dolor y sin contar repeticiones.

## Las pantallas de Calma

calm-list-title = Calma
calm-list-lead = Respiración y relajación guiadas, paso a paso y en voz alta. Busca un sitio cómodo, pulsa Empezar y escucha.
# Por qué existen las sesiones; se muestra en pequeño debajo de la entradilla.
calm-list-why = El dolor y el estrés se alimentan entre sí. Unos minutos tranquilos pueden ayudar a romper el círculo.
# Junto a una sesión en la lista: cuánto dura, redondeado a minutos enteros.
# Variables:
#   $minutes (Number) - la duración de la sesión en minutos
calm-minutes = Unos { $minutes } min
# Variables:
#   $minutes (String) - the length, as calm-minutes says it
#   $position (String) - the position, as calm-position-* says it
calm-meta = { $minutes } · { $position }
# Junto a una sesión en la lista: la postura en la que se hace.
calm-position-lying = En posición acostada
calm-position-sitting = En posición sentada
# La sesión sirve sentándose, acostándose o de pie.
calm-position-any = En cualquier postura
# Un título encima de la línea que dice cuándo usar una sesión.
calm-when-heading = Cuándo ayuda
calm-back = ‹ Calma
calm-start = Empezar
calm-pause = Pausa
calm-resume = Reanudar
# Termina una sesión antes de su último paso.
calm-stop = Terminar
calm-sound-hint = Sube el volumen o usa auriculares. La voz te guía, así que puedes cerrar los ojos.
# Se muestra en lugar de la voz cuando el teléfono no tiene voz para el idioma de la persona.
calm-no-voice = Este teléfono no tiene voz para tu idioma, así que cada paso aparece aquí como texto, uno tras otro.
# Para los lectores de pantalla: en qué punto de la sesión está la persona.
# Variables:
#   $number (Number) - qué paso se está diciendo, desde 1
#   $total (Number) - cuántos pasos tiene la sesión
calm-step-of = Paso { $number } de { $total }
calm-done-title = Hecho por ahora
calm-done-text = Tómate tu tiempo antes de moverte. Puedes volver a estas sesiones siempre que las necesites.
calm-again = Empezar de nuevo
calm-done-back = Volver a Calma
# En la página de la crisis, encima del enlace a la sesión de respiración lenta.
calm-flare-hint = Cuando cueste calmarse, unos minutos de respiración lenta pueden ayudar.

## Las sesiones. Para cada una: un título (32 caracteres como máximo), un resumen de una frase
## (sin números: la app muestra los minutos), cuándo usarla, y luego los pasos que dice la voz
## del teléfono, uno a uno, con silencio entre ellos. Los pasos se escriben para el oído: frases
## cortas, sin símbolos, sin paréntesis, sin abreviaturas y con los números en letra. Cada paso
## debe tardar en decirse más o menos lo mismo que el inglés, porque el silencio de después
## está cronometrado.

## Respirar despacio en un mal rato: respiraciones pausadas, unos 4 segundos tomando aire y 6
## soltándolo, y luego el mismo ritmo sin guía. En cualquier postura.
calm-breathe-bad-moment-title = Respirar despacio en un mal rato
calm-breathe-bad-moment-summary = Unos minutos de respiración lenta y tranquila para ayudarte a pasar un momento en que el dolor o la preocupación te atrapan.
calm-breathe-bad-moment-when = Cuando el dolor da un pico, o sientes tensión y nervios.
calm-breathe-bad-moment-step-1 = Puedes hacerlo en la postura que quieras, estés donde estés. Durante los próximos minutos, solo respira al ritmo de la voz.
calm-breathe-bad-moment-step-2 = Si puedes, deja caer un poco los hombros y apoya las manos donde estén cómodas. Una puede descansar sobre el abdomen, justo debajo de las costillas.
calm-breathe-bad-moment-step-3 = Toma aire suavemente por la nariz y nota cómo sube el abdomen.
# Una imagen para soltar el aire despacio y con suavidad: soplar una sopa caliente es natural en español.
calm-breathe-bad-moment-step-4 = Ahora suelta el aire despacio por la boca, como si soplaras una sopa caliente.
# Una cuenta lenta: quien escucha cuenta en silencio hasta cuatro mientras toma aire.
calm-breathe-bad-moment-step-5 = Toma aire otra vez, suave, contando despacio hasta cuatro.
calm-breathe-bad-moment-step-6 = Y suéltalo, contando despacio hasta seis.
calm-breathe-bad-moment-step-7 = Toma aire.
calm-breathe-bad-moment-step-8 = Y suéltalo, largo y lento, hasta el final.
# Tomar aire contando hasta cuatro y soltarlo contando hasta seis.
calm-breathe-bad-moment-step-9 = Sigue así por tu cuenta: toma aire en cuatro tiempos y suéltalo en seis.
calm-breathe-bad-moment-step-10 = Si te mareas en algún momento, deja que la respiración vuelva a su ritmo normal un rato. No hay forma de hacerlo mal.
calm-breathe-bad-moment-step-11 = Soltar el aire despacio ayuda a tu cuerpo a calmarse. El dolor suele venir en olas, y las olas pasan. Al soltar el aire, afloja la mandíbula y los hombros.
calm-breathe-bad-moment-step-12 = Si tu mente vuelve una y otra vez al dolor, no pasa nada. Date cuenta, y lleva de nuevo la atención al aire que sale despacio.
calm-breathe-bad-moment-step-13 = Ahora deja que la respiración encuentre su propio ritmo.
calm-breathe-bad-moment-step-14 = Cuando quieras, cambia de postura o da unos pasos tranquilos. Puedes volver a esto siempre que lo necesites.

## Un recorrido por el cuerpo: la atención sube despacio de los pies a la cabeza. En posición
## acostada o sentada.
calm-body-scan-title = Un recorrido suave por el cuerpo
calm-body-scan-summary = Una sesión más larga y sin prisas que lleva tu atención de los pies a la cabeza, para que notes la tensión y la dejes aflojar.
calm-body-scan-when = En cualquier rato tranquilo en que quieras relajarte.
calm-body-scan-step-1 = Esto es un recorrido por el cuerpo. Vas a llevar la atención despacio por todo tu cuerpo, desde los pies hasta la cabeza.
calm-body-scan-step-2 = Busca una postura cómoda, en una silla o acostándote, con el cuerpo bien apoyado. Cierra los ojos, o deja la mirada en un punto.
calm-body-scan-step-3 = No hay nada que arreglar ni nada que hacer bien. Solo observas, como quien observa el tiempo que hace.
calm-body-scan-step-4 = Haz unas respiraciones lentas, un poco más largas al soltar el aire. Nota cómo la cama, el suelo o la silla sostienen tu peso.
calm-body-scan-step-5 = Lleva la atención a los pies. Nota lo que haya ahí: calor o frescor, el roce de los calcetines o de una manta, o quizá casi nada.
calm-body-scan-step-6 = Ahora los tobillos y la parte baja de las piernas. Si encuentras tensión, no hace falta cambiarla. Solo deja que la atención descanse ahí un rato.
calm-body-scan-step-7 = Sube a las rodillas, y luego a los muslos. Nota el peso de tus piernas, apoyadas donde están.
calm-body-scan-step-8 = Si tu mente se distrae, es normal. Cuando te des cuenta, vuelve con suavidad a donde estabas.
calm-body-scan-step-9 = Ahora las caderas y los glúteos. Deja que los sostenga lo que tengas debajo.
calm-body-scan-step-10 = Ahora la zona lumbar. Si te duele, fíjate en dónde está la molestia, y dónde termina.
calm-body-scan-step-11 = Nota las zonas de alrededor que están más a gusto. Observa si la sensación sigue igual, o cambia un poco de un momento a otro.
calm-body-scan-step-12 = Si notas la espalda tensa, imagina que cada vez que sueltas el aire llega hasta ella y la ablanda un poco. Si no cambia nada, también está bien.
calm-body-scan-step-13 = Ahora el abdomen. Nota cómo sube suavemente al tomar aire, y cómo baja al soltarlo.
calm-body-scan-step-14 = Sube al pecho y a la parte alta de la espalda. Nota cómo las costillas se abren y se cierran con cada respiración.
calm-body-scan-step-15 = Ahora las manos. Nota los dedos y las palmas, luego los antebrazos, los codos y la parte alta de los brazos. Deja que pesen.
calm-body-scan-step-16 = Ahora los hombros. Aquí suele esconderse la tensión. Deja que bajen un poco más, lejos de las orejas.
calm-body-scan-step-17 = El cuello, y la parte de atrás de la cabeza. Deja que la cabeza descanse, bien apoyada.
calm-body-scan-step-18 = Ahora la cara. Relaja la frente y el espacio entre las cejas. Deja que la mandíbula se afloje y que los dientes se separen un poco.
calm-body-scan-step-19 = Ahora siente todo el cuerpo a la vez, desde los pies hasta la coronilla, respirando con suavidad.
calm-body-scan-step-20 = Empieza a recuperar el movimiento. Mueve los dedos de las manos y de los pies, y respira más hondo.
calm-body-scan-step-21 = Cuando quieras, abre los ojos. Levántate despacio, y llévate contigo esta sensación de calma.

## Relajación muscular en posición acostada: apretones suaves (a la mitad de la fuerza) de
## manos, brazos, hombros, cara, pies, parte baja de las piernas y muslos; cada uno se mantiene
## un momento y luego se suelta. La espalda y el abdomen nunca se aprietan.
calm-muscle-relax-title = Relajar los músculos acostándote
calm-muscle-relax-summary = Una sesión más larga en posición acostada: tensas con suavidad una parte del cuerpo cada vez, luego la sueltas y notas cómo se relaja.
calm-muscle-relax-when = Cuando notes el cuerpo tenso y puedas acostarte un rato.
calm-muscle-relax-step-1 = Esta sesión te ayuda a soltar tensión. Vas a tensar un poco una parte del cuerpo, luego la soltarás, y notarás la diferencia.
# Posturas de alivio, como las describe la página de la crisis.
calm-muscle-relax-step-2 = Acuéstate boca arriba con las rodillas dobladas sobre una o dos almohadas, o de lado con una almohada entre las rodillas. Tómate tu tiempo para acomodarte.
calm-muscle-relax-step-3 = Cada apretón es suave, más o menos la mitad de fuerte de lo que podrías. Sigue respirando mientras lo mantienes.
calm-muscle-relax-step-4 = Si un apretón te causa dolor, sáltatelo y simplemente descansa. Tu espalda no tiene nada que hacer aquí: deja que la cama o el suelo sostengan su peso.
calm-muscle-relax-step-5 = Empieza con unas respiraciones lentas, un poco más largas al soltar el aire.
calm-muscle-relax-step-6 = Primero, las manos. Cierra los puños con suavidad, y nota la tensión. Mantén.
calm-muscle-relax-step-7 = Y suelta. Deja que los dedos se abran y se aflojen. Nota la diferencia.
calm-muscle-relax-step-8 = Ahora dobla un poco los codos y tensa con suavidad la parte alta de los brazos. Mantén.
calm-muscle-relax-step-9 = Y suelta. Deja que los brazos descansen, pesados, junto al cuerpo.
calm-muscle-relax-step-10 = Ahora sube un poco los hombros hacia las orejas. Mantenlos ahí.
calm-muscle-relax-step-11 = Y déjalos caer. Nota cómo se asientan, más bajos y más anchos.
calm-muscle-relax-step-12 = Ahora arruga la cara con suavidad: aprieta los ojos cerrados y junta los labios. Mantén.
calm-muscle-relax-step-13 = Y suelta. Alisa la frente, relaja los ojos y deja la mandíbula suelta.
calm-muscle-relax-step-14 = Respira despacio, y nota cómo sientes ahora las manos, los brazos, los hombros y la cara.
calm-muscle-relax-step-15 = Ahora los pies. Encoge los dedos con suavidad. Mantén.
calm-muscle-relax-step-16 = Y suelta. Deja que los dedos se separen y se relajen.
calm-muscle-relax-step-17 = Ahora sube las puntas de los pies hacia las espinillas, y nota la tensión delante de las piernas. Mantén.
calm-muscle-relax-step-18 = Y suelta. Deja que los pies descansen, pesados.
# Boca arriba, las rodillas se juntan; de lado, aprietan la almohada que hay entre ellas.
calm-muscle-relax-step-19 = Ahora junta las rodillas con suavidad, o aprieta la almohada que tienes entre ellas. Mantén.
calm-muscle-relax-step-20 = Y suelta. Deja las piernas sueltas y pesadas.
calm-muscle-relax-step-21 = La espalda y el abdomen no se aprietan. Solo nota cómo descansa tu espalda, y deja que se afloje un poco más al soltar el aire.
calm-muscle-relax-step-22 = Ahora haz otra ronda, con aún menos esfuerzo. Cierra los puños tan flojo que casi no lo notes. Mantén.
calm-muscle-relax-step-23 = Y suelta.
calm-muscle-relax-step-24 = Sube los hombros, solo un poquito. Mantén.
calm-muscle-relax-step-25 = Y déjalos caer.
calm-muscle-relax-step-26 = Encoge los dedos de los pies, muy suave. Mantén.
calm-muscle-relax-step-27 = Y suelta.
calm-muscle-relax-step-28 = Ahora descansa. Siente todo el cuerpo pesado y sostenido, de los pies a la cabeza.
calm-muscle-relax-step-29 = Si encuentras algo de tensión en alguna parte, suelta el aire y déjala ir.
calm-muscle-relax-step-30 = Quédate un poco más en esta quietud.
calm-muscle-relax-step-31 = Empieza a despertar el cuerpo. Mueve los dedos de las manos y de los pies, y respira más hondo.
calm-muscle-relax-step-32 = Si estás en la cama, puedes quedarte descansando. Para levantarte, gírate primero de lado, y luego empújate despacio con los brazos.

## Bajar el ritmo antes de dormir, en la cama: respirar, aflojar el cuerpo, dejar ir los
## pensamientos, contar respiraciones, un lugar tranquilo. Termina en silencio, sin ningún sonido
## después del último paso.
calm-wind-down-title = Bajar el ritmo antes de dormir
calm-wind-down-summary = Una sesión más larga y tranquila en la cama que hace más lenta tu respiración, afloja tu cuerpo y te ayuda a dejar ir el día antes de dormir.
calm-wind-down-when = En la cama, con la luz apagada, cuando vayas a dormir.
calm-wind-down-step-1 = Esta es una forma tranquila de bajar el ritmo al final del día. Acomódate en la cama en una postura que le siente bien a tu espalda.
calm-wind-down-step-2 = Puedes acostarte boca arriba con una almohada bajo las rodillas, o de lado con una almohada entre ellas. Usa todas las almohadas que te ayuden.
calm-wind-down-step-3 = Deja que la cama sostenga todo tu peso. Hoy ya no queda nada por hacer.
calm-wind-down-step-4 = Toma aire con suavidad, y suéltalo un poco más despacio. Que cada salida del aire sea suave y fácil.
calm-wind-down-step-5 = Cada vez que sueltes el aire, deja ir un poco del día.
calm-wind-down-step-6 = Deja la frente lisa, los ojos pesados y la mandíbula suelta.
calm-wind-down-step-7 = Deja que los hombros se hundan en la almohada, y que los brazos pesen cada vez más.
calm-wind-down-step-8 = Deja que la espalda descanse. Deja que las caderas y las piernas se hundan en el colchón.
calm-wind-down-step-9 = Deja los pies calentitos y quietos.
calm-wind-down-step-10 = El dolor puede sentirse más fuerte por la noche, cuando todo está en silencio. No tienes que luchar contra él. Déjalo estar ahí, y sigue respirando despacio.
# Una imagen para dejar pasar los pensamientos: las nubes también son naturales en español.
calm-wind-down-step-11 = Pueden venir pensamientos sobre hoy o sobre mañana. Es normal. Fíjate en ellos, y déjalos pasar como nubes.
# Una imagen para dejar una preocupación a un lado hasta la mañana.
calm-wind-down-step-12 = Si hay algo que no quieres olvidar, imagina que lo guardas en un cajón hasta mañana.
# Quien escucha cuenta hacia atrás en silencio, un número cada vez que suelta el aire, de diez a uno.
calm-wind-down-step-13 = Ahora cuenta tus respiraciones hacia atrás desde diez. Al soltar el aire, di diez en silencio, para ti.
calm-wind-down-step-14 = Sigue contando hacia atrás, un número cada vez que sueltas el aire. Si pierdes la cuenta, vuelve a empezar desde diez.
calm-wind-down-step-15 = Ahora deja los números, hayas llegado a donde hayas llegado. Imagina un lugar donde te sientas en calma y a salvo. Fíjate en lo que ves allí, y en lo que oyes.
calm-wind-down-step-16 = Descansa ahí. Si llega el sueño, déjalo venir. Si no llega, descansar en calma también le hace bien a tu cuerpo.
calm-wind-down-step-17 = Ya no hay nada más que hacer. Quédate todo el tiempo que quieras. Buenas noches.

## Around the sessions

# Variables:
#   $title (String) - the session's title
#   $minutes (Number) - how long it was listened to, in whole minutes
calm-done-line = { $title }, { $minutes } min
# Variables:
#   $minutes (Number) - the session's length in whole minutes
calm-today-rest = Descanso: { $minutes } minutos de calma
# Variables:
#   $minutes (Number) - the session's length in whole minutes
calm-today-flare = Algo tranquilo para probar, { $minutes } min
calm-paused = En pausa
calm-goodnight = Buenas noches. Que descanses.
