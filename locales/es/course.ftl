### Español: el curso, seis temas en seis semanas. Cada lección: un título (40 caracteres como
### máximo), un mensaje clave, de 2 a 4 párrafos cortos, a veces puntos, un ejemplo cotidiano,
### una cosa que probar esta semana y una pregunta. Las preguntas de comprobación tienen tres
### opciones en un orden fijo (no cambiarlo nunca) y dos respuestas (-right, -not-quite); las de
### reflexión tienen un cuadro de texto. Tranquilo, sencillo y breve; cifras y datos exactamente
### como en inglés. Las personas de los ejemplos son inventadas.

## Los temas

course-theme-1-title = Así funciona el dolor de espalda
course-theme-1-summary = El dolor es el protector de tu cuerpo, no una medida del daño, y su volumen se puede bajar.
course-theme-2-title = Mitos y pruebas de imagen
course-theme-2-summary = Muchas creencias comunes sobre la postura, levantar peso, los discos, el reposo y las pruebas de imagen no son ciertas, y eso es una buena noticia para tu espalda.
course-theme-3-title = Moverte con confianza
course-theme-3-summary = Un ritmo constante y pasos pequeños y planificados te ayudan a volver a lo que has estado evitando.

## Lección: el dolor de espalda es frecuente (pregunta de reflexión)
course-pain-common-key = El dolor de espalda es muy frecuente y, en la mayoría de las personas, no es señal de un daño grave. Entenderlo es una parte real de mejorar.
course-pain-common-p-1 = Hasta 8 de cada 10 personas tienen dolor de espalda en algún momento de su vida. Si ahora te duele la espalda, estás en buena compañía.
course-pain-common-p-2 = La mayoría de los dolores de espalda vienen de cosas corrientes, como un músculo o un ligamento forzado, una articulación rígida o pasar mucho tiempo en la misma postura. Puede doler mucho aunque no haya nada grave. Las lecciones de esta semana explican por qué.
course-pain-common-p-3 = Aprender sobre tu dolor es más que algo interesante. En un gran ensayo, las personas con dolor de espalda persistente que aprendieron cómo funciona su dolor y practicaron moverse con confianza podían hacer más en su vida diaria que quienes recibieron la atención habitual. La diferencia seguía ahí 3 años después.
course-pain-common-p-4 = Cada lección dura unos 3 minutos y termina con una cosa pequeña que probar esa semana.
course-pain-common-example = Javier creía que era el único del trabajo con la espalda mal. Cuando lo comentó, 3 compañeros le dijeron que también habían pasado por eso, y todos habían vuelto a hacer lo que les gustaba.
course-pain-common-try = Piensa en una cosa del día a día que ahora te cueste más por la espalda. Puntúa lo bien que puedes hacerla hoy, de 0 (nada) a 10 (tan bien como siempre), y añade el número a tu respuesta de abajo.
course-pain-common-question = ¿Qué cosa del día a día te gustaría poder hacer con más facilidad dentro de 6 semanas?

## Lección: el dolor es una alarma (pregunta de comprobación: la opción 2 es la correcta; no cambies el orden de las opciones)
course-pain-alarm-title = Una alarma, no un medidor de daño
course-pain-alarm-key = El dolor es el protector de tu cuerpo. Te avisa para que tengas cuidado, pero cuánto duele no indica cuánto daño hay.
course-pain-alarm-p-1 = Tu sistema nervioso produce el dolor para protegerte. Cuando percibe un posible peligro, hace sonar una alarma para que te detengas y tengas cuidado.
course-pain-alarm-p-2 = Como cualquier alarma, puede sonar muy fuerte aunque el peligro sea pequeño. Un corte con un papel puede escocer durante horas. Y a veces alguien no nota un corte profundo hasta más tarde, cuando ya ha pasado el momento.
course-pain-alarm-p-3 = Las alarmas del dolor de espalda suelen sonar más fuerte de la cuenta, y pueden seguir sonando cuando los tejidos ya han tenido tiempo de curarse. El dolor es real: no te lo estás imaginando. Pero normalmente es señal de un sistema que protege, no de una espalda que se rompe.
course-pain-alarm-example = Lucía se agachó a recoger un bolígrafo y notó un pinchazo fuerte en la espalda. Un bolígrafo no pesa casi nada. No fue una gran lesión: fue una alarma muy ruidosa.
course-pain-alarm-try = La próxima vez que notes un pinchazo en la espalda, dite: «Es mi alarma, no un informe de daños». Luego suelta el aire despacio y sigue moviéndote con suavidad.
course-pain-alarm-question = A Lucía le da un pinchazo en la espalda al agacharse a recoger un bolígrafo. ¿Qué es lo más probable que esté pasando?
course-pain-alarm-option-1 = Se le ha desgarrado algo en la espalda.
course-pain-alarm-option-2 = La alarma de su espalda la está protegiendo.
course-pain-alarm-option-3 = A partir de ahora debería evitar agacharse.
course-pain-alarm-right = Sí. Un pinchazo repentino suele ser la alarma, que actúa con prudencia. El dolor es real, pero no mide el daño, y el movimiento suave ayuda a que se calme.
course-pain-alarm-not-quite = No del todo. Un pinchazo así suele ser la alarma protegiéndote, no una señal de daño. El movimiento suave ayuda a que se calme, así que no hace falta dejar de agacharse.

## Lección: la sensibilidad, el botón del volumen (pregunta de reflexión)
course-pain-volume-title = Tu alarma puede subir el volumen
course-pain-volume-key = Cuando el dolor dura un tiempo, tu alarma puede volverse más sensible, y los movimientos de cada día duelen más. Esa sensibilidad se puede volver a bajar.
course-pain-volume-p-1 = Imagina que el dolor tiene un botón de volumen. Cuando la espalda lleva semanas o meses doliendo, ese botón puede quedarse subido. Entonces tu sistema nervioso reacciona con más fuerza al movimiento y al contacto de siempre.
course-pain-volume-p-2 = Muchas cosas pueden subir o bajar el volumen, y no todas están en tu espalda.
course-pain-volume-p-3 = Como el botón gira en los dos sentidos, tu dolor puede cambiar aunque tu espalda no haya cambiado. Las semanas 5 y 6 vuelven sobre el sueño, el estrés y la vida diaria.
course-pain-volume-point-1 = Lo suben: el estrés, dormir mal, la preocupación y moverte muy poco.
course-pain-volume-point-2 = Lo bajan: el movimiento suave y regular, dormir bien, respirar con calma y dedicar tiempo a las personas y las cosas que disfrutas.
course-pain-volume-example = En una semana en la que se acostaba tarde y tenía una entrega en el trabajo, a Diego le dolía la espalda más de lo normal, aunque no había hecho nada distinto. Tras un fin de semana más tranquilo, durmiendo bien y con un paseo, el dolor volvió a aliviarse.
course-pain-volume-try = Cada noche de esta semana, fíjate en una cosa que parezca haber subido tu dolor y en otra que parezca haberlo bajado.
course-pain-volume-question = ¿Qué parece subir tu dolor y qué te ayuda a bajarlo?

## Lección: que duela no significa que dañe, con las zonas de 0 a 10 (pregunta de comprobación: la opción 3 es la correcta; no cambies el orden de las opciones)
## La app puede mostrar learn-your-bands (las cifras de la persona) después del último punto.
course-pain-hurt-harm-title = Que duela no significa que dañe
course-pain-hurt-harm-key = Algo de dolor mientras haces ejercicio está bien: no significa necesariamente daño. Comparar tu dolor de 0 a 10 con tu nivel habitual te dice cuándo aflojar.
course-pain-hurt-harm-p-1 = Mientras haces ejercicio, puntúa tu dolor de 0 (nada de dolor) a 10 (el peor que puedas imaginar). Limber usa las zonas de abajo, que vienen de la investigación en fisioterapia, cada vez que le dices que algo te duele.
course-pain-hurt-harm-p-2 = Si tu espalda está por encima de 3 la mayoría de los días, las zonas suben con ella. Limber calcula tu nivel habitual a partir de tus últimas respuestas.
course-pain-hurt-harm-p-3 = El rojo no es un fracaso ni significa que dejes de moverte. Haz ese ejercicio más fácil o sáltatelo, y vuelve a intentarlo otro día. Si tu dolor sigue alto, pide que te lo revise un médico o un fisioterapeuta.
# Verde, ámbar y rojo son los colores del semáforo: adelante, precaución, alto.
course-pain-hurt-harm-point-1 = Verde, de 0 a 3 de 10 (o hasta tu nivel habitual): bien. Sigue, moviéndote despacio y respirando con calma.
course-pain-hurt-harm-point-2 = Ámbar, de 4 a 5 de 10 (o hasta 2 por encima de tu nivel habitual): bien si se calma a la mañana siguiente. Afloja un poco: menos repeticiones, movimientos más pequeños.
course-pain-hurt-harm-point-3 = Rojo, 6 de 10 o más (o 3 por encima de tu nivel habitual, o de 8 en adelante), o un dolor que baja por una pierna: deja ese ejercicio, y prueba su versión más fácil o sáltatelo.
course-pain-hurt-harm-example = El nivel habitual de Ana es 2. Al hacer puentes, su dolor sube a 4, y a la mañana siguiente ha vuelto a 2: ámbar, y está bien.
course-pain-hurt-harm-try = Puntúa cada molestia en las sesiones de esta semana y deja que las zonas te guíen en lo que haces después.
course-pain-hurt-harm-question = Durante un ejercicio, tu dolor sube a 7 de 10. ¿Qué es lo mejor?
course-pain-hurt-harm-option-1 = Aguantar hasta terminar la serie.
course-pain-hurt-harm-option-2 = Dejar de hacer ejercicio durante una semana.
course-pain-hurt-harm-option-3 = Hacer ese ejercicio más fácil, o saltártelo hoy.
course-pain-hurt-harm-right = Eso es. Un dolor de 7 está en rojo: haz ese ejercicio más fácil o sáltatelo, y sigue moviéndote.
course-pain-hurt-harm-not-quite = No del todo. Un dolor de 7 está en rojo, pero no hace falta aguantar ni dejar de moverte. Haz ese ejercicio más fácil, o sáltatelo hoy.

## Lección: la mañana siguiente (pregunta de comprobación: la opción 1 es la correcta; no cambies el orden de las opciones)
course-pain-next-morning-title = Lo que dice la mañana siguiente
course-pain-next-morning-key = Cómo notas la espalda la mañana después de una sesión es la mejor señal de si hiciste la cantidad adecuada.
course-pain-next-morning-p-1 = Durante una sesión puede costar saber cuánto es lo adecuado. Tu espalda responde con más claridad después: cómo está a la mañana siguiente, comparado con antes de empezar.
course-pain-next-morning-p-2 = Por eso, el día después de una sesión, Limber te pregunta una vez: ¿tu espalda está mejor, más o menos igual o peor que antes? Elige una opción y guarda. Indicar tu dolor es opcional.
course-pain-next-morning-p-3 = Es la misma regla que la valoración de 0 a 10, vista desde el día después. Un poco de molestia durante una sesión está bien, siempre que se haya calmado a la mañana siguiente.
course-pain-next-morning-point-1 = Mejor, o más o menos igual: la cantidad te fue bien, así que puedes avanzar.
course-pain-next-morning-point-2 = Peor: tu próxima sesión da un pequeño paso atrás, para que tu espalda tenga tiempo de calmarse.
course-pain-next-morning-example = Después de una sesión un poco más larga, Pablo notó la espalda algo dolorida esa tarde. A la mañana siguiente estaba como siempre, así que respondió «Más o menos igual»: la sesión había sido la cantidad adecuada.
course-pain-next-morning-try = La mañana después de tu próxima sesión, haz una pausa antes de levantarte. Fíjate en cómo notas la espalda comparado con antes de la sesión, y luego responde a la pregunta de Limber.
course-pain-next-morning-question = La mañana después de una sesión, notas la espalda peor que antes. ¿Qué pasa ahora?
course-pain-next-morning-option-1 = Tu próxima sesión da un pequeño paso atrás, para que tu espalda se calme.
course-pain-next-morning-option-2 = Significa que los ejercicios te están haciendo daño.
course-pain-next-morning-option-3 = Deberías dejar de hacer ejercicio hasta que te encuentres mejor.
course-pain-next-morning-right = Correcto. Peor a la mañana siguiente significa que esa cantidad fue un poco demasiado por ahora. Un pequeño paso atrás le da a tu espalda tiempo para calmarse, y luego vuelves a avanzar.
course-pain-next-morning-not-quite = No del todo. Peor a la mañana siguiente significa que la cantidad fue un poco demasiado por ahora, no que te hayas hecho daño. Tu próxima sesión da un pequeño paso atrás, para que tu espalda se calme.

## Lección: la postura (pregunta de comprobación: la opción 3 es la correcta; no cambies el orden de las opciones)
course-myths-posture-title = No existe la postura perfecta
course-myths-posture-key = Ninguna postura es buena o mala para tu espalda por sí sola. A tu espalda le gusta la variedad, así que la mejor postura suele ser la siguiente.
course-myths-posture-p-1 = Muchos crecimos oyendo «siéntate bien» y «no te encorves». Pero no se ha encontrado una única forma correcta de sentarse o de estar de pie que proteja la espalda del dolor.
course-myths-posture-p-2 = Lo que no suele gustarle a la espalda es pasar mucho tiempo en una misma postura. Incluso una postura «buena» se vuelve incómoda si la mantienes durante horas.
course-myths-posture-p-3 = Mantener el cuerpo rígido y erguido también puede dejar tus músculos tensos y cansados. Está bien encorvarte, apoyarte o acurrucarte, siempre que cambies de postura a menudo.
course-myths-posture-example = Carmen se sentaba muy erguida en su mesa todo el día para proteger la espalda, y a media tarde le dolía. Ahora se echa hacia atrás, se inclina hacia delante y se levanta para hablar por teléfono, y al final del día nota la espalda menos tensa.
course-myths-posture-try = Esta semana, cuando pases un rato en una silla, cambia de postura al menos cada 30 minutos: échate hacia atrás, inclínate hacia delante, levántate o da unos pasos.
course-myths-posture-question = Por tu trabajo, pasas mucho tiempo en una silla. ¿Qué es lo que mejor le sienta a tu espalda?
course-myths-posture-option-1 = Mantener la espalda perfectamente recta todo el día.
course-myths-posture-option-2 = No permitirte nunca encorvarte.
course-myths-posture-option-3 = Cambiar de postura a menudo, de formas que te resulten cómodas.
course-myths-posture-right = Sí. A tu espalda le gusta la variedad. Cualquier postura cómoda está bien, siempre que no te quedes en ella durante horas.
course-myths-posture-not-quite = No del todo. No existe una postura perfecta, y cualquier postura mantenida durante horas se vuelve incómoda. Lo que mejor le sienta a tu espalda es cambiar de postura a menudo, de formas que te resulten cómodas.

## Lección: agacharse y levantar peso (pregunta de comprobación: la opción 1 es la correcta; no cambies el orden de las opciones)
course-myths-lifting-title = Una espalda hecha para doblarse y cargar
course-myths-lifting-key = Agacharse y levantar cosas son tareas normales para tu espalda. Levantar algo con la espalda redondeada no es peligroso en sí mismo.
course-myths-lifting-p-1 = Puede que te hayan dicho que levantes peso siempre con la espalda recta y las rodillas dobladas. Es una norma muy extendida, pero no se ha demostrado que haya una única forma segura de levantar peso.
course-myths-lifting-p-2 = Tu columna está hecha para doblarse. Cada día, muchas personas se agachan con la espalda redondeada para levantar un calcetín del suelo, a un niño o una bolsa de la compra, y su espalda lo lleva bien.
course-myths-lifting-p-3 = Lo que más importa es la costumbre de cargar. Las espaldas se hacen más fuertes cuando reciben carga poco a poco. Si levantar algo pesado te cuesta después de meses evitándolo, es señal de falta de práctica, no de una espalda frágil.
course-myths-lifting-p-4 = Así que levanta las cosas de la forma que te resulte natural. Si algo pesa mucho, sujetarlo cerca del cuerpo hace que parezca más ligero.
course-myths-lifting-example = Marta doblaba solo las rodillas para recoger cualquier cosa, incluso un calcetín, y notaba la espalda rígida y en guardia. Cuando se permitió agacharse con naturalidad para las cosas ligeras, moverse empezó a resultarle más fácil.
course-myths-lifting-try = Algunas veces esta semana, recoge del suelo algo ligero, como un cojín, agachándote de la forma que te salga natural. Muévete despacio y suelta el aire al subir.
course-myths-lifting-question = ¿Es peligroso levantar algo con la espalda redondeada?
course-myths-lifting-option-1 = No: la espalda redondeada no es peligrosa en sí misma.
course-myths-lifting-option-2 = Sí: solo se debe levantar peso con la espalda recta.
course-myths-lifting-option-3 = Solo para las personas con dolor de espalda.
course-myths-lifting-right = Correcto. Tu espalda está hecha para doblarse. Acostumbrarte a una carga, poco a poco, importa más que la forma de tu espalda.
course-myths-lifting-not-quite = No del todo. La espalda redondeada no es peligrosa en sí misma, con o sin dolor de espalda: tu espalda está hecha para doblarse. Lo que más importa es acostumbrarte a una carga, poco a poco.

## Lección: los discos y las articulaciones no se salen (pregunta de comprobación: la opción 2 es la correcta; no cambies el orden de las opciones)
course-myths-slipped-title = Nada se ha salido de su sitio
course-myths-slipped-key = Tu columna es fuerte y está bien sujeta. Los discos y las articulaciones no se salen de su sitio, aunque parezca que sí.
course-myths-slipped-p-1 = Mucha gente dice que la espalda «se le bloqueó» o que «se le salió un disco». Puede sentirse justo así: de repente, con un dolor agudo que asusta.
course-myths-slipped-p-2 = Tu columna es una pila de huesos con un disco resistente y elástico entre cada par. Cada disco está firmemente unido al hueso de arriba y al de abajo, y unos ligamentos y músculos fuertes rodean toda la columna. Un disco no puede salirse, y una articulación no necesita que la «vuelvan a colocar».
# «Proteger» (en inglés, guarding): músculos que se tensan para proteger una parte del cuerpo y mantenerla quieta.
course-myths-slipped-p-3 = Esa sensación de bloqueo suele venir de músculos que se tensan para proteger tu espalda: otra vez la alarma, que lo mantiene todo quieto para cuidarte. Respirar despacio y hacer movimientos pequeños y fáciles ayuda a que los músculos se suelten.
course-myths-slipped-example = Cuando a Andrés se le bloqueó la espalda al levantar el cesto de la ropa, estaba seguro de que algo se había salido, y se quedó lo más quieto que pudo. La vez siguiente probó a respirar despacio y a hacer movimientos pequeños y suaves, y el bloqueo se fue aflojando poco a poco.
course-myths-slipped-try = Una vez al día esta semana, acuéstate boca arriba con las rodillas dobladas y deja que se balanceen despacio de un lado a otro, solo un poco, soltando el aire mientras se mueven. Tenlo presente también para los momentos de bloqueo.
course-myths-slipped-question = Tu espalda se bloquea de repente después de agacharte. ¿Qué es lo más probable que esté pasando?
course-myths-slipped-option-1 = Un disco se ha salido de su sitio.
course-myths-slipped-option-2 = Los músculos están protegiendo tu espalda, y el movimiento suave los ayuda a soltarse.
course-myths-slipped-option-3 = Una articulación se ha salido y hay que volver a colocarla.
course-myths-slipped-right = Sí. La sensación de bloqueo suele venir de los músculos que protegen. Tus discos y articulaciones están bien sujetos, y los movimientos pequeños y tranquilos ayudan a que esa protección se afloje.
course-myths-slipped-not-quite = No del todo. Los discos y las articulaciones están bien sujetos y no se salen. La sensación de bloqueo suele venir de los músculos que protegen, y los movimientos pequeños y tranquilos los ayudan a soltarse.

## Lección: lo que muestran las pruebas de imagen (pregunta de comprobación: la opción 3 es la correcta; no cambies el orden de las opciones)
course-myths-scans-title = Las pruebas muestran el paso de los años
course-myths-scans-key = Las pruebas de imagen suelen mostrar cambios que son una parte normal de hacerse mayor. Por sí solos, muchas veces no explican por qué duele una espalda.
course-myths-scans-p-1 = En personas sin ningún dolor de espalda, las pruebas muestran abombamientos de disco en alrededor del 30 % a los 20 años, y la cifra sube hasta alrededor del 84 % a los 80. Los signos de desgaste de los discos aparecen en el 37 % a los 20 años y suben hasta el 96 % a los 80.
course-myths-scans-p-2 = Así que estos hallazgos son frecuentes en espaldas que están bien. Son algo así como las canas o las arrugas, pero por dentro. Palabras como «degeneración» suenan alarmantes, pero normalmente describen el paso normal de los años.
course-myths-scans-p-3 = Por eso las guías sobre el dolor lumbar no aconsejan hacer pruebas de imagen de forma rutinaria. Un médico puede pedir una cuando el resultado podría cambiar lo que haría.
course-myths-scans-example = El informe de la prueba de imagen de Rosa decía «degeneración discal», y ella dejó la jardinería por miedo a empeorarlo. Cuando su fisioterapeuta le explicó que muchas personas de su edad tienen ese mismo hallazgo sin ningún dolor, volvió a ella poco a poco.
course-myths-scans-try = Si te has hecho alguna prueba de imagen, vuelve a leer el informe con estas cifras en mente. Si alguna palabra te preocupa, pregunta a tu médico o fisioterapeuta: «¿Esto es frecuente en personas de mi edad sin dolor de espalda?».
course-myths-scans-question = Una prueba muestra un abombamiento de disco. ¿Qué te dice eso por sí solo?
course-myths-scans-option-1 = Tiene que ser la causa del dolor.
course-myths-scans-option-2 = Hay que evitar agacharse para siempre.
course-myths-scans-option-3 = No mucho: los abombamientos son frecuentes en personas sin dolor.
course-myths-scans-right = Correcto. Muchas personas sin ningún dolor de espalda tienen abombamientos en una prueba. Un hallazgo así muchas veces no explica el dolor, y no es motivo para dejar de moverte.
course-myths-scans-not-quite = No del todo. Los abombamientos de disco son frecuentes en personas sin ningún dolor de espalda, así que un abombamiento, por sí solo, muchas veces no explica el dolor. No es motivo para dejar de moverte ni de agacharte.

## Lección: reposo y movimiento (pregunta de comprobación: la opción 1 es la correcta; no cambies el orden de las opciones)
course-myths-rest-title = Por qué moverte ayuda más que el reposo
course-myths-rest-key = Los periodos largos de reposo no suelen ayudar a una espalda dolorida. Moverte de forma suave y regular a menudo la ayuda a recuperarse antes.
course-myths-rest-p-1 = Cuando duele, lo más sensato puede parecer no moverte. Pero pasar días en la cama suele retrasar la recuperación. Los músculos que no se usan se debilitan, las articulaciones se vuelven más rígidas y moverte empieza a costarte más que antes.
course-myths-rest-p-2 = Moverte con regularidad funciona al revés. Unos músculos más fuertes en el abdomen, los costados, la zona lumbar y las caderas sostienen mejor tu columna. Moverte también lleva más sangre a la zona y libera endorfinas, los analgésicos naturales de tu cuerpo, que además pueden mejorar tu ánimo.
course-myths-rest-p-3 = Así que piensa en el movimiento suave como parte del tratamiento, no como un premio para cuando el dolor haya pasado. Descansar un rato en una postura cómoda está bien. Un poco de movimiento ya cuenta, y a partir de ahí puedes ir sumando.
course-myths-rest-example = Una mañana mala, lo primero que pensó Miguel fue quedarse en la cama todo el día. En lugar de eso, se levantó, dio una vuelta por la casa más o menos cada hora e hizo unos estiramientos fáciles. Por la noche seguía rígido, pero menos bloqueado.
course-myths-rest-try = Un día de dolor de esta semana, cambia un descanso largo por 2 o 3 ratos cortos de movimiento, como dar una vuelta por la casa o hacer unos estiramientos fáciles.
course-myths-rest-question = Esta mañana te duele la espalda. ¿Qué es lo que más puede ayudarte?
course-myths-rest-option-1 = Descansos cortos cuando los necesites, con movimiento suave a lo largo del día.
course-myths-rest-option-2 = Quedarte en la cama hasta que se pase el dolor.
course-myths-rest-option-3 = Un entrenamiento largo e intenso para soltarla.
course-myths-rest-right = Sí. Los descansos cortos están bien, pero los periodos largos de reposo debilitan los músculos y vuelven más rígidas las articulaciones. Poco y a menudo te mantiene en movimiento sin pasarte.
course-myths-rest-not-quite = No del todo. Pasar mucho tiempo en la cama suele retrasar la recuperación, y un entrenamiento intenso puede irritar la espalda. Lo que mejor le sienta a una espalda dolorida son descansos cortos con movimiento suave a lo largo del día.

## Lección: el «todo o nada» (pregunta de reflexión)
# «Todo o nada» (en inglés, boom and bust): hacer mucho en un día bueno y pagarlo después
# con varios días de hacer muy poco. Es la expresión habitual en español para este patrón.
course-moving-boom-bust-title = Mejor constante que todo o nada
course-moving-boom-bust-key = Hacer una cantidad constante en los días buenos y en los malos funciona mejor que hacer mucho en un día bueno y pagarlo después.
course-moving-boom-bust-p-1 = En un día bueno, es tentador ponerte al día con todo. Luego pasas los días siguientes recuperándote, haciendo muy poco. A este patrón de subidas y bajadas se le suele llamar «todo o nada».
course-moving-boom-bust-p-2 = Con el tiempo, el «todo o nada» puede hacer que acabes haciendo menos en conjunto, y cada bajón puede darte más miedo a moverte.
course-moving-boom-bust-p-3 = Dosificar el esfuerzo lo suaviza. Divide las tareas grandes en partes más pequeñas, haz descansos cortos antes de que el dolor te obligue y para cuando todavía sientas que podrías hacer un poco más. En un día malo, haz un poco menos, pero haz algo.
course-moving-boom-bust-example = Un sábado de sol, Antonio estuvo 5 horas en el jardín y luego pasó 3 días en el sofá. Ahora trabaja en el jardín 40 minutos con una pausa a mitad, tanto en los días buenos como en los normales, y cada semana hace más.
course-moving-boom-bust-try = Elige una actividad en la que sueles pasarte. Decide cuánto tiempo puedes hacerla con comodidad en un día normal y para ahí esta semana, incluso en un día bueno.
course-moving-boom-bust-question = ¿En qué actividad sueles pasarte los días buenos, y cómo sería hacer una cantidad constante de ella?

## Lección: dosificar, subir paso a paso (pregunta de comprobación: la opción 2 es la correcta; no cambies el orden de las opciones)
course-moving-step-up-title = Empieza despacio, avanza poco a poco
course-moving-step-up-key = Subir con pasos pequeños y constantes es la forma de recuperar fuerza sin irritar tu espalda.
course-moving-step-up-p-1 = Empezar despacio suele irte mejor que empezar a lo grande. Comienza con movimiento suave y de bajo impacto, como un paseo corto, y deja que tu cuerpo te muestre para qué está preparado.
course-moving-step-up-p-2 = Cuando un ejercicio te resulte cómodo, añade un poco. Luego quédate ahí unos días antes de añadir más. Avanzar despacio también es avanzar.
course-moving-step-up-p-3 = Si tu dolor se dispara, no hace falta empezar de cero. Vuelve al último nivel que te resultó cómodo, quédate ahí mientras las cosas se calman y luego vuelve a avanzar.
course-moving-step-up-point-1 = ¿Te resulta cómodo? Añade 1 o 2 repeticiones, o un poco de tiempo.
course-moving-step-up-point-2 = Deja pasar unos días entre cada subida.
course-moving-step-up-point-3 = ¿Se dispara el dolor? Vuelve a tu último nivel cómodo.
course-moving-step-up-example = Elena podía hacer 5 puentes con comodidad. Hizo 6 durante unos días, y luego 7. Cuando una semana ajetreada le irritó la espalda, volvió a 6 durante un tiempo y después siguió.
course-moving-step-up-try = Elige un ejercicio que últimamente te haya resultado cómodo y añade 1 o 2 repeticiones esta semana. Quédate ahí unos días antes de añadir más.
course-moving-step-up-question = Los puentes te resultan cómodos desde hace unos días. ¿Cuál es un buen siguiente paso?
course-moving-step-up-option-1 = Hacer el doble.
course-moving-step-up-option-2 = Añadir 1 o 2 repeticiones y quedarte ahí unos días.
course-moving-step-up-option-3 = Dejarlo exactamente igual a partir de ahora.
course-moving-step-up-right = Eso es. Pasos pequeños, con unos días entre uno y otro, permiten que tu espalda siga el ritmo.
course-moving-step-up-not-quite = No del todo. La forma constante es añadir 1 o 2 repeticiones, o un poco de tiempo, y quedarte ahí unos días antes de la siguiente subida.

## Lección: volver a aprender un movimiento que evitas (pregunta de reflexión)
course-moving-feared-title = Recuperar un movimiento que evitas
course-moving-feared-key = Un movimiento que has llegado a temer se puede volver a aprender, paso a paso, hasta que te resulte normal.
course-moving-feared-p-1 = Después de un dolor de espalda, es natural empezar a evitar movimientos que dolieron, como agacharte para llenar el lavavajillas o girarte para alcanzar el asiento de atrás. Cuanto más los evitas, más tensión y más miedo pueden darte.
course-moving-feared-p-2 = Puedes darle la vuelta con una escalera de pasos pequeños. Empieza con una versión que tengas claro que puedes hacer, como inclinarte un poco con las manos apoyadas en una mesa. Hazlo despacio, soltando el aire, con los músculos lo más relajados que puedas.
course-moving-feared-p-3 = Repite ese paso durante unos días hasta que te resulte normal y luego pasa al siguiente. Algo de molestia está bien: usa la misma valoración de 0 a 10 que en tus ejercicios. Si un paso te parece demasiado, vuelve al anterior.
course-moving-feared-example = Sofía llevaba meses sin agacharse a ponerse los calcetines. Empezó con el pie apoyado en una silla, luego en un taburete bajo y después en el suelo. Al cabo de 3 semanas, «Ponerme los calcetines» ya no le parecía nada especial.
course-moving-feared-try = Elige un movimiento que hayas estado evitando y escribe una escalera de 3 a 5 pasos, del más fácil al movimiento completo. Practica el primer paso unas cuantas veces al día.
course-moving-feared-question = ¿Con qué movimiento te gustaría volver a tener confianza, y cuál podría ser tu primer paso pequeño?

## Lección: la fuerza de la zona media (pregunta de comprobación: la opción 3 es la correcta; no cambies el orden de las opciones)
course-moving-core-title = La zona media sostiene tu espalda
course-moving-core-key = Tu zona media es el equipo de músculos que rodea tu cintura. Un trabajo de fuerza suave los ayuda a sostener tu columna.
course-moving-core-p-1 = Tu zona media no es solo el abdomen. Es el anillo de músculos que rodea tu cintura: la parte delantera, los costados, la zona lumbar y las caderas. Trabajando juntos, ayudan a sostener tu columna cuando te mueves.
course-moving-core-p-2 = No necesitas abdominales clásicos ni grandes pesos. Movimientos sencillos como la basculación pélvica, el puente y la plancha adaptada crean ese apoyo con suavidad. Empieza por la versión más fácil y sube cuando te resulte cómodo.
course-moving-core-p-3 = Muévete despacio, sigue respirando y para antes de forzar. Hacer pocas repeticiones bien importa más que hacer muchas.
course-moving-core-point-1 = Basculación pélvica: boca arriba con las rodillas dobladas, presiona suavemente la zona lumbar hacia el suelo y luego relaja.
course-moving-core-point-2 = Puente: boca arriba con las rodillas dobladas, levanta un poco la cadera y luego bájala despacio.
course-moving-core-point-3 = Plancha adaptada: mantén una plancha apoyando las rodillas o los antebrazos durante unas cuantas respiraciones lentas.
course-moving-core-example = Jorge pensaba que necesitaba hacer abdominales para proteger la espalda. Empezó con 5 basculaciones pélvicas lentas cada mañana antes de levantarse, y a las pocas semanas pasó a los puentes.
course-moving-core-try = Cada día de esta semana, haz 5 basculaciones pélvicas lentas, soltando el aire al presionar la espalda hacia abajo y tomándolo al relajar.
course-moving-core-question = ¿Cuál es la mejor forma de empezar a fortalecer tu zona media?
course-moving-core-option-1 = Muchos abdominales rápidos.
course-moving-core-option-2 = Mantener una plancha completa todo el tiempo que puedas.
course-moving-core-option-3 = Unos pocos movimientos lentos y fáciles, como la basculación pélvica y el puente.
course-moving-core-right = Sí. Los movimientos suaves, hechos despacio y bien, crean apoyo sin forzar. Pasa a versiones más difíciles cuando te resulten cómodas.
course-moving-core-not-quite = No del todo. No necesitas abdominales ni mantener posturas largas e intensas. Unos pocos movimientos lentos y fáciles, como la basculación pélvica y el puente, crean apoyo con suavidad.

## Lección: estirar con suavidad (pregunta de comprobación: la opción 1 es la correcta; no cambies el orden de las opciones)
course-moving-stretch-title = Estira con suavidad
course-moving-stretch-key = Los estiramientos suaves de caderas, piernas y zona lumbar pueden aliviar la tensión y ayudarte a moverte con más libertad.
course-moving-stretch-p-1 = Estirar las caderas, las piernas y la zona lumbar ayuda a soltar tensión y te da más margen de movimiento. Es una forma tranquila y fácil de empezar o terminar una sesión.
course-moving-stretch-p-2 = Entra en cada estiramiento despacio hasta notar un tirón suave y luego mantén la postura sin moverte. Sin rebotes y sin forzar: un buen estiramiento se siente como un alivio, no como una lucha.
course-moving-stretch-p-3 = Respira despacio y deja que cada vez que sueltas el aire te ayude a relajarte un poco más. Si un estiramiento empeora tu dolor, afloja o prueba otro.
course-moving-stretch-point-1 = Mantén la postura, sin rebotes.
course-moving-stretch-point-2 = Basta con un tirón suave.
course-moving-stretch-point-3 = Sigue respirando, despacio y con calma.
course-moving-stretch-example = Alberto solía tirar fuerte al estirar la parte de atrás de los muslos, con rebotes para llegar más lejos, y acababa dolorido. Ahora entra despacio hasta notar un tirón suave y se queda quieto durante unas respiraciones. Lo siente como un alivio, no como una pelea.
course-moving-stretch-try = Una vez al día esta semana, prueba el estiramiento de rodilla al pecho: boca arriba, abraza una rodilla con suavidad hacia ti durante 3 respiraciones lentas y luego cambia de pierna.
course-moving-stretch-question = ¿Cómo debería sentirse un buen estiramiento?
course-moving-stretch-option-1 = Como un tirón suave que alivia.
course-moving-stretch-option-2 = Como una lucha: cuanto más fuerte, mejor.
course-moving-stretch-option-3 = Con rebotes, para llegar un poco más lejos cada vez.
course-moving-stretch-right = Sí. Un tirón suave, mantenido sin moverte y respirando despacio, es todo lo que necesita un estiramiento. El alivio es la señal de que lo estás haciendo bien.
course-moving-stretch-not-quite = No del todo. Un buen estiramiento es un tirón suave que mantienes sin moverte, sin rebotes y sin forzar. Debe sentirse como un alivio, no como una lucha.

## Tema 4: las crisis (semana 4)

course-theme-4-title = Cómo sobrellevar una crisis
course-theme-4-summary = Las crisis son frecuentes y pasan, y un plan sencillo te ayuda a seguir moviéndote con suavidad hasta que la tuya se calme.

## Lección: las crisis son frecuentes y pasan.
course-flare-up-they-pass-title = Las crisis son frecuentes y pasan
# «Crisis» (en inglés, flare-up o flare): una temporada de más dolor. Es la palabra del glosario
# de STYLE.md y de coach.ftl («tu espalda tuvo una crisis»). Nunca «ataque».
course-flare-up-they-pass-key = Una crisis es una temporada de más dolor de lo habitual. Las crisis son frecuentes, suelen calmarse en unos días o pocas semanas, y más dolor rara vez significa un daño nuevo.
course-flare-up-they-pass-p-1 = La mayoría de las personas con dolor de espalda tienen crisis de vez en cuando, incluso mientras van mejorando en general. Una crisis es parte de los altibajos normales, no una vuelta al principio.
# «Sistema de alarma»: el sistema del dolor que protege al cuerpo, como lo describen las lecciones de la semana 1.
course-flare-up-they-pass-p-2 = Una crisis no siempre llega después de levantar algo o de hacer un giro. El sistema de alarma de tu espalda se vuelve más sensible con el cansancio, el estrés o la preocupación, o cuando te has movido menos, así que puede bastar con una mala noche o una semana dura. A veces no hay ninguna razón clara.
course-flare-up-they-pass-p-3 = Una crisis puede angustiar, y es comprensible. Pero pasar mucho tiempo sin moverte suele traer más rigidez, mientras que el movimiento suave ayuda a que tu espalda se calme.
course-flare-up-they-pass-example = Carlos notó un tirón en la espalda al levantar un cesto de ropa y estaba seguro de que se había hecho daño. Se limitó a paseos cortos y a las rutinas suaves para los días malos, y en una semana había mejorado mucho.
course-flare-up-they-pass-try = Escribe unas palabras sobre tu última crisis: cómo fue y cuánto tardó en calmarse. La próxima vez, esa nota puede recordarte que ya pasó antes.
course-flare-up-they-pass-question = Tu espalda tiene una crisis después de un fin de semana ajetreado. ¿Qué es lo más probable que signifique ese dolor de más?
course-flare-up-they-pass-option-1 = Tu espalda ha sufrido un daño nuevo.
course-flare-up-they-pass-option-2 = Deberías hacer reposo en cama hasta que se pase el dolor.
course-flare-up-they-pass-option-3 = Tu espalda está más sensible durante un tiempo, y lo normal es que se calme.
course-flare-up-they-pass-right = Correcto. Una crisis sube la sensibilidad de tu espalda durante un tiempo. Suele calmarse en unos días o pocas semanas, y el movimiento suave ayuda.
course-flare-up-they-pass-not-quite = No del todo. Más dolor rara vez significa un daño nuevo, y el reposo largo suele traer más rigidez. Una crisis es una temporada de más sensibilidad, y suele calmarse.

## Lección: el plan para la crisis (era la lectura «Tu plan para las crisis»).
course-flare-up-plan-title = Tu plan para las crisis
course-flare-up-plan-key = Sigue moviéndote, solo haz menos. Un plan sencillo, preparado en un día tranquilo, hace más fácil pasar un día malo.
course-flare-up-plan-p-1 = Cuando tu espalda tenga una crisis, haz sesiones más cortas y elige las versiones más fáciles de tus ejercicios. Paseos cortos, poco y a menudo a lo largo del día, te ayudan a mantener la actividad sin pasarte.
# «Plan para la crisis»: el modo de días malos del plan (glosario). La última frase es la regla con la que termina el plan, con las mismas palabras que coach-flare-end-rule (sin la cifra).
course-flare-up-plan-p-2 = Limber puede hacer buena parte de esto por ti. Cuando tu plan para la crisis está activado, la pantalla Hoy te muestra las rutinas para los días malos en un nivel suave, nada se vuelve más difícil y tu paseo se mantiene. El plan para la crisis termina por sí solo cuando tu dolor vuelva a estar como mucho un punto por encima de tu nivel habitual dos días seguidos, o cuando tú lo termines.
course-flare-up-plan-p-3 = A medida que las cosas se calman, vuelve a subir paso a paso desde tu último nivel cómodo, en lugar de volver de golpe a donde estabas.
course-flare-up-plan-point-1 = Sigue moviéndote con suavidad en lugar de parar del todo.
course-flare-up-plan-point-2 = Sesiones más cortas, versiones más fáciles.
course-flare-up-plan-point-3 = Camina poco y a menudo.
course-flare-up-plan-point-4 = Vuelve a subir paso a paso.
course-flare-up-plan-example = Cuando la espalda de Laura tuvo una crisis, activó su plan para la crisis e hizo las rutinas cortas para los días malos. Caminaba hasta el final de su calle y volvía 3 veces al día, y a la semana siguiente empezó a subir de nuevo.
course-flare-up-plan-try = En un día tranquilo, abre una vez la página «Tengo una crisis de espalda» de Limber, para saber dónde está y qué ofrece antes de necesitarla.
course-flare-up-plan-question = ¿Qué harás el primer día de tu próxima crisis? Escribe 2 o 3 pasos pequeños.

## Lección: lo que ayuda en un día malo.
course-flare-up-what-helps-title = Lo que ayuda en un día malo
course-flare-up-what-helps-key = Cosas pequeñas y suaves ayudan a que una crisis se calme: posturas cómodas, calor, respirar despacio y un día dividido en partes pequeñas.
course-flare-up-what-helps-p-1 = Busca una postura de alivio. Boca arriba, dobla las rodillas sobre una o dos almohadas; de lado, pon una almohada entre las rodillas. Cambia de postura cada 20 a 30 minutos en lugar de quedarte siempre igual.
course-flare-up-what-helps-p-2 = El calor puede relajar los músculos tensos. Prueba una compresa tibia (no caliente) o una ducha tibia durante 15 a 20 minutos. Envuelve la compresa en una toalla y nunca te duermas encima de ella.
# «Ponerse rígido» (en inglés, brace): tensar el cuerpo para aguantar el dolor.
course-flare-up-what-helps-p-3 = Cuando el dolor da un pico, muchas personas contienen la respiración y se ponen rígidas. Respirar despacio, soltando el aire de forma larga y tranquila, ayuda a que los músculos se suelten. La sesión de Limber para respirar despacio en un mal rato te guía paso a paso.
course-flare-up-what-helps-p-4 = Divide las tareas en partes pequeñas y descansa antes de que el dolor aumente, no después. Las tareas grandes pueden esperar a un día mejor.
course-flare-up-what-helps-example = Una mañana mala, Isabel se acostó de lado con una almohada entre las rodillas e hizo la sesión de respiración lenta. Luego se dio una ducha tibia y lavó los platos en 2 tandas más pequeñas.
course-flare-up-what-helps-try = Esta semana, prueba una vez la sesión de respiración lenta en un día tranquilo, para que ya te resulte familiar cuando la necesites.
course-flare-up-what-helps-question = ¿Qué es lo que más puede ayudar en un día malo?
course-flare-up-what-helps-option-1 = Quedarte todo el día en una sola postura para que nada se mueva.
course-flare-up-what-helps-option-2 = Cambiar de postura cada 20 a 30 minutos, con calor y respiración lenta.
course-flare-up-what-helps-option-3 = Terminar toda la lista de tareas antes de que aumente el dolor.
course-flare-up-what-helps-right = Sí. Cambiar entre posturas cómodas, el calor y la respiración lenta ayudan a que los músculos tensos y sensibles se calmen.
course-flare-up-what-helps-not-quite = No del todo. Quedarte en una sola postura da más rigidez, y hacerlo todo de una vez suele aumentar el dolor. Cambia de postura a menudo, usa el calor, respira despacio y divide las tareas en partes pequeñas.

## Lección: cuándo pedir que te revisen (era la lectura «Cuándo consultar a un profesional»). La
## app muestra las dos listas de señales de alarma (coach-safety-*) debajo de los párrafos de esta lección.
course-flare-up-get-checked-title = Cuándo pedir que revisen tu espalda
course-flare-up-get-checked-key = Limber no puede examinarte, pero un médico o un fisioterapeuta sí. Pide que te revisen si una crisis no mejora, y busca ayuda rápido si tienes señales de alarma.
course-flare-up-get-checked-p-1 = Esta aplicación da orientación general y no puede decirte qué hay detrás de tu dolor. Vale la pena pedir cita con un médico o un fisioterapeuta si tu dolor no ha mejorado en unas 2 semanas, o si sigue empeorando.
course-flare-up-get-checked-p-2 = Si tienes otros problemas de salud, también es buena idea consultar a un profesional antes de empezar un programa de ejercicio nuevo.
# «Tienes las dos listas abajo»: las dos listas de señales de alarma que la app muestra debajo de esta lección.
course-flare-up-get-checked-p-3 = Algunas señales de alarma necesitan atención, no ejercicio: unas requieren ayuda urgente enseguida y otras, ir al médico en uno o dos días. Tienes las dos listas abajo. Si alguna te afecta, deja de hacer ejercicio y busca la ayuda que indica.
course-flare-up-get-checked-p-4 = Que te revisen no significa que pase algo grave. Muchas veces te da tranquilidad, y consejos adaptados a ti.
course-flare-up-get-checked-example = La espalda de Manuel llevaba 2 semanas sin mejorar, así que pidió cita con una fisioterapeuta. Ella lo examinó, no encontró nada preocupante y le cambió 2 ejercicios, y él se sintió mucho más tranquilo para moverse.
course-flare-up-get-checked-try = Lee una vez las dos listas de señales de alarma de abajo, para reconocerlas si alguna vez aparecieran.
course-flare-up-get-checked-question = Tu crisis dura ya unas 2 semanas sin mejorar. ¿Cuál es el mejor siguiente paso?
course-flare-up-get-checked-option-1 = Pedir cita con un médico o un fisioterapeuta.
course-flare-up-get-checked-option-2 = Dejar de moverte del todo hasta que pase el dolor.
course-flare-up-get-checked-option-3 = Esperar otro mes antes de hacer nada.
course-flare-up-get-checked-right = Correcto. Si después de unas 2 semanas no mejora, o si está empeorando, vale la pena que te revise la espalda alguien que pueda examinarte.
course-flare-up-get-checked-not-quite = No del todo. Dejar de moverte suele dar más rigidez, y no hace falta esperar más. Si después de unas 2 semanas no mejora, pide cita con un médico o un fisioterapeuta.

## Tema 5: sueño, estrés y ánimo (semana 5)

course-theme-5-title = Sueño, estrés y ánimo
course-theme-5-summary = Cómo el sueño, el estrés y el ánimo pueden subir o bajar el dolor, y pequeñas cosas de cada día que ayudan.

## Lección: el sueño y el dolor se alimentan entre sí.
course-sleep-and-pain-title = El sueño y el dolor van de la mano
course-sleep-and-pain-key = Dormir mal y el dolor se alimentan entre sí. Una mala noche puede hacer que al día siguiente el dolor se sienta más fuerte, y eso pasa.
course-sleep-and-pain-p-1 = El dolor puede hacer difícil encontrar una postura cómoda y dormir de un tirón. Después de una mala noche, el sistema de alarma de tu cuerpo está más sensible, así que la misma espalda puede doler más. Cada uno puede alimentar al otro.
course-sleep-and-pain-p-2 = La buena noticia es que el círculo funciona en los dos sentidos. Dormir mejor suele quitarle intensidad al dolor, y moverte con suavidad durante el día suele ayudarte a dormir.
course-sleep-and-pain-p-3 = Una mala noche no deshace tus avances. En un día de cansancio, sigue moviéndote, pero con suavidad: una sesión más fácil y un paseo corto son más que suficiente.
course-sleep-and-pain-example = Después de una noche inquieta, Paula tenía un dolor de 6 de 10 en lugar de su 4 habitual. Hizo la versión más fácil de su rutina y un paseo corto, y al final del día su dolor había bajado a su nivel habitual.
course-sleep-and-pain-try = Durante una semana, anota cada mañana si dormiste bien, regular o mal, junto a cómo notas la espalda. Mira si las dos cosas cambian a la vez.
course-sleep-and-pain-question = Después de una mala noche, te duele la espalda más de lo normal. ¿Cuál es la razón más probable?
course-sleep-and-pain-option-1 = Te lesionaste la espalda mientras dormías.
course-sleep-and-pain-option-2 = El cansancio ha vuelto tu cuerpo más sensible al dolor durante un tiempo.
course-sleep-and-pain-option-3 = Tus ejercicios han dejado de funcionar.
course-sleep-and-pain-right = Sí. Dormir mal sube tu sensibilidad al dolor durante un tiempo. Se pasa, sobre todo después de una noche mejor.
course-sleep-and-pain-not-quite = No del todo. Después de una mala noche, la misma espalda suele doler más porque el cansancio vuelve tu cuerpo más sensible al dolor. No es un daño nuevo, y se pasa.

## Lección: prepararse para una noche mejor.
course-sleep-better-nights-title = Prepararte para dormir mejor
course-sleep-better-nights-key = Una postura cómoda, un ritmo regular y un rato tranquilo antes de acostarte le dan al sueño su mejor oportunidad.
course-sleep-better-nights-p-1 = Usa almohadas para sostener la postura que te resulte cómoda: bajo las rodillas si te acuestas boca arriba, entre las rodillas si te acuestas de lado. Para levantarte de la cama cuando te duele, gírate primero de lado y empújate hacia arriba con los brazos.
course-sleep-better-nights-p-2 = Mantén un ritmo regular. Levántate más o menos a la misma hora todos los días, también los fines de semana, y date media hora tranquila antes de acostarte, con poca luz y sin trabajo.
course-sleep-better-nights-p-3 = Si llevas mucho rato en la cama sin poder dormir, levántate, haz algo tranquilo con poca luz y vuelve a la cama cuando te entre sueño. Quedarte ahí preocupándote por dormir suele espantar el sueño.
# «Bajar el ritmo» (en inglés, wind-down): un rato tranquilo antes de dormir. «La sesión para bajar el ritmo antes de dormir»: la sesión de calma para la hora de acostarse (calm-wind-down).
course-sleep-better-nights-p-4 = La sesión de Limber para bajar el ritmo antes de dormir está pensada para la hora de acostarte. Ayuda a que tu cuerpo y tus pensamientos vayan más despacio.
course-sleep-better-nights-example = Sergio solía mirar el móvil en la cama hasta tarde. Lo cambió por la sesión para bajar el ritmo antes de dormir, con las luces bajas, y al cabo de una semana se dormía antes casi todas las noches.
course-sleep-better-nights-try = Elige una hora para levantarte y cúmplela todos los días de esta semana. Durante 3 noches, prueba en la cama la sesión para bajar el ritmo antes de dormir.
course-sleep-better-nights-question = ¿Qué suele ayudarte a dormir y qué suele impedírtelo?

## Lección: el estrés y el dolor se alimentan entre sí.
course-stress-turns-pain-up-title = El estrés puede subir el dolor
course-stress-turns-pain-up-key = El estrés y el dolor se alimentan entre sí. Cuando tu cuerpo se siente más tranquilo y a salvo, el dolor muchas veces también se alivia un poco.
course-stress-turns-pain-up-p-1 = El dolor es la alarma de tu cuerpo, y el estrés hace que esa alarma sea más sensible. En una semana de tensión, los músculos se contraen, la respiración se vuelve más rápida y superficial, y la misma espalda puede doler más.
course-stress-turns-pain-up-p-2 = El dolor ya causa estrés de por sí, así que los dos pueden alimentarse mutuamente. No siempre puedes quitarte el estrés, pero sí puedes darle a tu cuerpo señales frecuentes de que está a salvo.
course-stress-turns-pain-up-p-3 = Respirar despacio es una de las más sencillas. Soltar el aire más despacio de lo que lo tomas ayuda a tu cuerpo a pasar al modo de descanso. Como cualquier habilidad, funciona mejor si la practicas en días tranquilos, para tenerla lista en los difíciles.
course-stress-turns-pain-up-p-4 = Las sesiones de calma de Limber incluyen respiración lenta, un recorrido por el cuerpo y relajación muscular suave. Para empezar, bastan unos minutos al día.
course-stress-turns-pain-up-example = En una semana llena de entregas, Daniel notó que a media tarde le dolía más la espalda. Se puso un recordatorio para hacer la sesión de respiración lenta en su mesa después de comer, y las tardes se le hicieron más llevaderas.
course-stress-turns-pain-up-try = Una vez al día esta semana, prueba una de las sesiones de calma de Limber en un momento tranquilo, no solo en uno malo.
course-stress-turns-pain-up-question = ¿Por qué una semana de estrés puede hacer que te duela más la espalda?
course-stress-turns-pain-up-option-1 = El estrés daña los discos de tu espalda.
course-stress-turns-pain-up-option-2 = El dolor no es real: está solo en tu cabeza.
course-stress-turns-pain-up-option-3 = El estrés vuelve más sensible el sistema de alarma de tu cuerpo.
course-stress-turns-pain-up-right = Correcto. El estrés sube la alarma de tu cuerpo, así que la misma espalda puede doler más. Calmar tu cuerpo ayuda a volver a bajarla.
course-stress-turns-pain-up-not-quite = No del todo. El dolor con estrés es un dolor real, y no significa daño. El estrés vuelve más sensible el sistema de alarma de tu cuerpo, y calmar tu cuerpo ayuda a bajar esa sensibilidad.

## Lección: los pensamientos de preocupación.
course-mood-worried-thoughts-title = Cuando la preocupación toma el mando
course-mood-worried-thoughts-key = Los pensamientos de preocupación, como sentir que tu espalda nunca va a mejorar, son frecuentes. Parecen hechos, pero son suposiciones a las que puedes responder.
course-mood-worried-thoughts-p-1 = Preocuparse es una reacción natural al dolor. Pero los pensamientos de preocupación pueden hacer que el dolor parezca mayor, que moverse parezca más arriesgado de lo que es y que cueste más hacer lo que ayuda.
course-mood-worried-thoughts-p-2 = Ayuda darte cuenta de un pensamiento de preocupación y ponerle nombre: es una preocupación, no un hecho. Luego respóndele con lo que sabes. Las crisis ya se han calmado antes. El dolor no mide el daño. Los pasos pequeños se van sumando.
# «Terapia cognitivo-conductual»: una terapia psicológica, basada en la conversación, que a menudo se llama TCC; se usa su nombre habitual.
course-mood-worried-thoughts-p-3 = Las habilidades para manejar los pensamientos y el estrés pueden ayudar con el dolor de espalda. En un ensayo, las personas que aprendieron mindfulness (atención plena), o terapia cognitivo-conductual (una terapia psicológica que trabaja los pensamientos y los hábitos), podían hacer más en su vida diaria a las 26 semanas que quienes recibieron la atención habitual.
course-mood-worried-thoughts-example = Beatriz se despertó con rigidez y se sorprendió pensando que iba a estar así para siempre. Escribió el pensamiento y, debajo, que su última crisis se había calmado en un par de semanas. A la hora de comer ya se sentía con ganas de dar un paseo corto.
course-mood-worried-thoughts-try = Cuando te venga un pensamiento de preocupación con un «nunca» o un «siempre», escríbelo, y luego escribe algo que sabes y que le responde.
course-mood-worried-thoughts-question = Un pensamiento te dice que tu espalda nunca va a mejorar. ¿Qué es útil hacer con él?
course-mood-worried-thoughts-option-1 = Tomarlo como un hecho y organizar tu vida en torno a él.
course-mood-worried-thoughts-option-2 = Reconocerlo como una preocupación y responderle con lo que sabes.
course-mood-worried-thoughts-option-3 = Apartarlo e intentar no pensar nunca en tu espalda.
course-mood-worried-thoughts-right = Sí. Llamarlo preocupación y responderle con lo que sabes le quita parte de su fuerza.
course-mood-worried-thoughts-not-quite = No del todo. Los pensamientos de preocupación parecen hechos, pero son suposiciones, y apartarlos rara vez funciona mucho tiempo. Llama preocupación a ese pensamiento y luego respóndele.

## Lección: el ánimo y las cosas que disfrutas.
course-mood-what-you-enjoy-title = Haz sitio a lo que disfrutas
course-mood-what-you-enjoy-key = El dolor puede ir desplazando poco a poco las cosas que hacen buena la vida. Recuperarlas, en dosis pequeñas, ayuda a tu ánimo y a tu espalda.
course-mood-what-you-enjoy-p-1 = Cuando te duele la espalda, es fácil dejar las aficiones, las salidas y el tiempo con los amigos. La vida se hace más pequeña y el ánimo suele hundirse con ella. Y el ánimo bajo puede hacer que el dolor cueste más de sobrellevar.
course-mood-what-you-enjoy-p-2 = No hace falta esperar a que se pase el dolor. Elige algo que hayas echado de menos y busca una versión más pequeña: 20 minutos de jardinería en lugar de una tarde entera, o un café con un amigo en lugar de un día fuera.
course-mood-what-you-enjoy-p-3 = Si durante 2 semanas o más tienes el ánimo bajo la mayoría de los días, o has perdido el interés por cosas que antes disfrutabas, díselo a tu médico. Recibir apoyo para tu ánimo es parte de cuidar tu espalda, no algo aparte.
course-mood-what-you-enjoy-example = Francisco había dejado de ir al coro porque estar de pie 2 horas le dolía. Volvió solo para la primera mitad, sentándose entre canción y canción, y llegó a casa cansado pero contento.
course-mood-what-you-enjoy-try = Elige algo que hayas echado de menos y planea una versión más pequeña para esta semana. Apúntala en tu agenda como si fuera una cita.
course-mood-what-you-enjoy-question = ¿Qué es algo que tu espalda ha ido sacando de tu vida y que te gustaría recuperar, aunque sea un poco?

## Tema 6: trabajo, vida diaria y seguir bien (semana 6)

course-theme-6-title = Vida diaria y cómo seguir bien
course-theme-6-summary = El trabajo, los paseos y pequeños hábitos diarios que te mantienen en movimiento y ayudan a que tu espalda siga bien durante más tiempo.

## Lección: sigue con el trabajo y la vida diaria (era la lectura «Sigue con tu vida diaria»).
course-work-and-daily-life-title = Sigue con el trabajo y tu vida diaria
course-work-and-daily-life-key = Seguir con tus actividades de siempre, lo mejor que puedas, es parte de cuidar tu espalda. Y eso incluye el trabajo.
course-work-and-daily-life-p-1 = Las guías sobre el dolor lumbar animan a mantener las actividades normales en la medida de lo posible: el trabajo, las tareas de casa, las aficiones, ver a los amigos. Puede que durante un tiempo tengas que hacer algunas cosas más despacio o por partes, y no pasa nada.
course-work-and-daily-life-p-2 = Seguir trabajando, o volver con algunos cambios durante un tiempo, suele ayudar a recuperarse. Pregunta qué te lo haría más fácil: más pausas, tareas más ligeras o alternar entre estar de pie y sentarte.
# «Aparato de TENS»: un pequeño dispositivo que envía impulsos eléctricos suaves a través de la piel; se mantiene «TENS».
course-work-and-daily-life-p-3 = Algunos productos prometen una solución rápida. La guía británica del NICE no recomienda fajas lumbares, tracción ni aparatos de TENS para el dolor lumbar, así que no hace falta gastar dinero en ellos. Lo que sí respalda es seguir en movimiento, hacer un ejercicio que disfrutes e ir avanzando con suavidad con el tiempo.
course-work-and-daily-life-example = Raúl trabaja en un almacén. Después de una crisis, acordó con su jefe hacer tareas más ligeras durante 2 semanas, con una pausa corta cada hora, y luego volvió a su trabajo de siempre.
course-work-and-daily-life-try = Elige una actividad del día a día que hayas estado evitando y haz una parte más pequeña esta semana, como lavar una carga de ropa o ir un momento a la tienda.
course-work-and-daily-life-question = ¿Cuál de estas cosas respalda la guía británica del NICE para el dolor lumbar?
course-work-and-daily-life-option-1 = Seguir en movimiento y mantener la vida diaria.
course-work-and-daily-life-option-2 = Llevar una faja lumbar todos los días.
course-work-and-daily-life-option-3 = Comprar un aparato de TENS.
course-work-and-daily-life-right = Correcto. Mantener tus actividades normales, con un ejercicio que disfrutes, es lo que respalda la guía.
course-work-and-daily-life-not-quite = No del todo. El NICE no recomienda fajas lumbares, tracción ni aparatos de TENS. Lo que respalda es seguir en movimiento y mantener la vida diaria.

## Lección: caminar y menos crisis (era la lectura «Por qué caminar»). Mantén todas las cifras.
course-walking-fewer-flares-title = Caminar aleja las crisis más tiempo
course-walking-fewer-flares-key = Caminar con regularidad, aumentando con suavidad, puede ayudar a que tu espalda siga bien durante más tiempo. En un gran ensayo, quienes caminaban tardaron casi el doble en tener una crisis.
course-walking-fewer-flares-p-1 = El ensayo WalkBack, publicado en The Lancet en 2024, siguió a 701 adultos que se habían recuperado hacía poco de un episodio de dolor lumbar. La mitad hizo un programa de caminatas que aumentaba paso a paso, junto con algo de educación. La otra mitad no recibió tratamiento.
course-walking-fewer-flares-p-2 = Quienes caminaban tuvieron alrededor de una cuarta parte menos de probabilidad de sufrir una crisis que limitara lo que podían hacer (un hazard ratio de 0,72). Lo habitual en el grupo de caminatas fue pasar 208 días sin una crisis así, frente a 112 días sin el programa.
# «Semana de referencia»: la primera semana del programa de caminatas, que sirve para encontrar una duración cómoda.
course-walking-fewer-flares-p-3 = El plan de caminatas de Limber avanza de la misma forma suave. En una semana de referencia das hasta 3 paseos de una duración cómoda. Tu plan empieza en torno al 80 % de eso y luego añade alrededor de un 10 % por semana, pero solo después de una semana hecha según lo previsto. Después de una crisis, se mantiene o da un paso atrás.
course-walking-fewer-flares-p-4 = El objetivo es 30 minutos 5 días: 150 minutos por semana, la cantidad de actividad moderada que la Organización Mundial de la Salud recomienda a los adultos. Puedes dividir un paseo en tramos más cortos, como 3 paseos de 10 minutos.
course-walking-fewer-flares-example = En la semana de referencia, los paseos de Pilar duraban unos 10 minutos, así que su plan empezó en 8. Añadiendo un poco cada semana, a los 2 meses caminaba 15 minutos casi todos los días.
course-walking-fewer-flares-try = Esta semana, sal a caminar a la misma hora del día, por ejemplo después de comer, para que se convierta en parte de tu día.
course-walking-fewer-flares-question = ¿Cuándo y dónde disfrutas más caminando, y cómo podrías hacer que forme parte de tu semana?

## Lección: cardio suave (era la lectura «Cardio suave para tu espalda»).
course-walking-gentle-cardio-title = Cardio suave para tu espalda
course-walking-gentle-cardio-key = Caminar, nadar, montar en bicicleta y el aquagym ponen tu corazón en marcha sin sacudir tu espalda.
course-walking-gentle-cardio-p-1 = El cardio de bajo impacto sube tu frecuencia cardiaca sin golpes ni sacudidas para el cuerpo. Piensa en caminar, nadar, la bicicleta estática o una clase de aquagym.
course-walking-gentle-cardio-p-2 = Como tratan bien a tu columna, son un buen punto de partida. Mejoran tu forma física, llevan más sangre a tu espalda y pueden hacer que te sientas mejor en general.
course-walking-gentle-cardio-p-3 = Caminar es lo más fácil de encajar en el día, y al principio unos minutos a un ritmo cómodo son más que suficientes. En el agua, parte de tu peso queda sostenido, así que moverte puede resultar más fácil.
# «Anotar»: registrarlo después en la app.
course-walking-gentle-cardio-p-4 = Empieza con sesiones cortas y añade un poco de tiempo cada pocos días cuando te resulte cómodo. Puedes hacerlas sin el móvil y anotarlas después en Limber.
course-walking-gentle-cardio-example = Las calles en cuesta le hacían difícil caminar a Gabriela, así que probó una clase de aquagym en la piscina de su barrio. Al principio se quedaba media clase, y ahora se queda a la clase entera.
course-walking-gentle-cardio-try = Esta semana, prueba una sesión corta de un cardio suave que no sueles hacer, y anótala después.
course-walking-gentle-cardio-question = ¿Por qué nadar o hacer aquagym puede resultar más fácil cuando te duele la espalda?
course-walking-gentle-cardio-option-1 = El agua fría adormece tu espalda.
course-walking-gentle-cardio-option-2 = En el agua tu espalda no se mueve nada.
course-walking-gentle-cardio-option-3 = El agua sostiene parte de tu peso.
course-walking-gentle-cardio-right = Sí. En el agua, parte de tu peso queda sostenido, así que moverte puede resultar más fácil.
course-walking-gentle-cardio-not-quite = No del todo. Tu espalda sigue moviéndose en el agua, y eso le sienta bien. Moverte resulta más fácil porque el agua sostiene parte de tu peso.

## Lección: poco y a menudo (era la lectura «Poco y a menudo»).
course-well-little-often-title = Poco y a menudo
course-well-little-often-key = Unos minutos casi todos los días hacen más por tu espalda que una sesión larga de vez en cuando.
course-well-little-often-p-1 = Las dosis pequeñas y regulares de movimiento se van sumando. Además, una rutina corta es más fácil de mantener en días ajetreados o de dolor que un entrenamiento largo.
course-well-little-often-p-2 = Combina cosas: algo de fuerza, algo de estiramientos y algo de cardio suave como caminar. Cada tipo de actividad ayuda a su manera, y la variedad lo hace más interesante.
course-well-little-often-p-3 = El movimiento al estilo del yoga y el pilates, que combina fuerza, estiramiento y respiración lenta, les sienta bien a muchas personas con dolor de espalda. Prueba sesiones suaves para principiantes y sáltate lo que no te siente bien.
# Un plan «si…, entonces…» une una situación a una acción: si pasa esto, entonces haré aquello.
course-well-little-often-p-4 = Une tu rutina a algo que ya haces cada día, como tu café de la mañana, para que se convierta en un hábito. Un plan «si…, entonces…» también ayuda: si llueve, entonces camino en el centro comercial. Los planes así multiplican aproximadamente por dos las probabilidades de cumplir lo que te propones.
course-well-little-often-example = Valeria hace su rutina mientras hierve el agua para el té de la mañana. Su plan «si…, entonces…» es sencillo: si se le hace tarde, entonces solo hace los 2 primeros ejercicios.
course-well-little-often-try = Escribe un plan «si…, entonces…» para lo que tenga más probabilidades de desbaratar tu rutina esta semana.
course-well-little-often-question = ¿Qué es lo que más puede ayudar a tu espalda en los próximos meses?
course-well-little-often-option-1 = Una sesión larga e intensa el fin de semana.
course-well-little-often-option-2 = Unos minutos casi todos los días, combinando fuerza, estiramientos y caminar.
course-well-little-often-option-3 = Esperar a tener una hora libre para hacer ejercicio.
course-well-little-often-right = Correcto. Las dosis pequeñas y regulares se van sumando, y una rutina corta es más fácil de mantener en días ajetreados o de dolor.
course-well-little-often-not-quite = No del todo. Unos minutos casi todos los días, combinando fuerza, estiramientos y caminar, hacen más que una sesión larga de vez en cuando.

## Lección: el peso y tu espalda (era la lectura «El peso y tu espalda»).
course-well-healthy-weight-title = El peso y tu espalda
course-well-healthy-weight-key = Con un peso saludable para ti, tu columna soporta menos carga, y moverte con suavidad y regularidad te ayuda con eso con el tiempo.
course-well-healthy-weight-p-1 = Tu zona lumbar ayuda a cargar con tu peso cada vez que estás de pie, caminas o te agachas, así que tu peso forma parte de la carga que soporta tu columna cada día.
course-well-healthy-weight-p-2 = No se trata de dietas estrictas ni de perseguir una cifra. Los paseos y ejercicios de tu rutina ya son una forma amable y constante de cuidar tu peso con el tiempo.
course-well-healthy-weight-p-3 = Si quieres más ayuda con el peso, un profesional de la salud puede acompañarte a un ritmo que te vaya bien. Trátate con cariño por el camino: los cambios pequeños que puedes mantener cuentan más que los grandes que no.
course-well-healthy-weight-example = Luis quería bajar algo de peso, pero la idea de hacer dieta le daba pavor. Siguió con sus paseos, tomó fruta en lugar de galletas casi todas las tardes y le pidió a una enfermera de su centro de salud que lo viera de vez en cuando.
course-well-healthy-weight-try = Elige un cambio pequeño que puedas mantener, como un paseo después de cenar, y hazlo 3 días esta semana.
course-well-healthy-weight-question = ¿Cuál es la forma más amable de cuidar tu peso por tu espalda?
course-well-healthy-weight-option-1 = Hábitos pequeños y constantes, como pasear con regularidad.
course-well-healthy-weight-option-2 = Una dieta estricta durante unas semanas.
course-well-healthy-weight-option-3 = Saltarte comidas los días de dolor.
course-well-healthy-weight-right = Sí. Los hábitos pequeños que puedes mantener, como tus paseos y tus ejercicios, cuidan tu peso de forma constante con el tiempo.
course-well-healthy-weight-not-quite = No del todo. Las dietas estrictas y saltarse comidas son difíciles de mantener. Los hábitos pequeños y constantes, como tus paseos y tus ejercicios, hacen más con el tiempo.

## Lección: si el dolor de espalda vuelve.
course-well-if-it-comes-back-title = Si vuelve el dolor de espalda
course-well-if-it-comes-back-key = A muchas personas el dolor de espalda les vuelve en algún momento. Eso no significa empezar de nuevo: ahora sabes lo que ayuda.
course-well-if-it-comes-back-p-1 = Una nueva temporada de dolor de espalda no es señal de que tu espalda sea débil ni de que hayas hecho algo mal. Las espaldas tienen altibajos, como todo el mundo, y la mayoría de estas temporadas se calman.
course-well-if-it-comes-back-p-2 = Lo que has practicado en estas 6 semanas se queda contigo: moverte poco y a menudo, avanzar con suavidad, tu plan para la crisis, respirar despacio y conocer las señales de alarma. Si vuelve el dolor, empieza por eso y no por el reposo.
course-well-if-it-comes-back-p-3 = Seguir bien consiste sobre todo en los mismos hábitos, en una versión más ligera: paseos regulares, una rutina corta unas cuantas veces por semana, y cuidar tu sueño y tu estrés. El control semanal te ayuda a notar pronto si las cosas empiezan a torcerse.
course-well-if-it-comes-back-example = Un año después de su primera mala temporada, a Teresa le dio una crisis de espalda mientras se mudaba de casa. Esta vez no se asustó: usó su plan para la crisis, siguió caminando un poco cada día y en unas semanas volvió a su nivel habitual.
course-well-if-it-comes-back-try = Elige los hábitos que mantendrás cuando termine el curso, como 3 paseos y 2 rutinas cortas por semana, y apúntalos en tu agenda.
course-well-if-it-comes-back-question = ¿Qué es lo que más ha ayudado a tu espalda en estas 6 semanas, y cómo lo mantendrás en tu semana?
