### Español. Aprende: lecturas breves sobre cómo vivir y moverse con dolor lumbar, y las
### pantallas que las rodean. Con calma, claro y breve; los datos y las cifras, exactamente
### como en inglés.

## Las pantallas

learn-title = Aprende
learn-lead = Unos minutos de lectura para entender mejor los ejercicios.
learn-back = ‹ Todas las lecturas
learn-next-read = Siguiente lectura
learn-sources-heading = De dónde sale esta información

## Al final de «Que duela no significa que dañe»: la regla con las cifras de la persona.

learn-your-bands = Tu dolor habitual está en torno a { $usual }, según tus últimas respuestas. Durante el ejercicio, un dolor de hasta { $green } está bien, hasta { $amber } es aceptable si se calma a la mañana siguiente, y por encima (o un dolor que baja por una pierna) significa hacerlo más fácil.
learn-your-bands-no-amber = Tu dolor habitual está en torno a { $usual }, según tus últimas respuestas. Durante el ejercicio, un dolor de hasta { $green } está bien, y por encima (o un dolor que baja por una pierna) significa hacerlo más fácil.

## Fuentes

learn-source-silbernagel = Modelo de control del dolor: Silbernagel et al., Am J Sports Med, 2007 (un estudio sobre el dolor del tendón de Aquiles)
learn-source-walkback = Ensayo WalkBack: Pocovi et al., The Lancet, 2024
learn-source-who-2020 = Directrices de la OMS sobre actividad física y comportamientos sedentarios, 2020
learn-source-nice-ng59 = Guía NICE NG59, Low back pain and sciatica in over 16s, 2016

## Las lecturas, en orden

learn-why-movement-summary = Moverte de forma suave y regular suele ayudar a una espalda dolorida a recuperarse antes que el reposo.
learn-why-movement-p-1 = El dolor de espalda es muy común: hasta 8 de cada 10 personas lo tienen en algún momento de su vida. Si ahora te duele la espalda, estás en buena compañía.
learn-why-movement-p-2 = Cuando duele, lo más sensato puede parecer no moverte. Pero los periodos largos de reposo no suelen ayudar. Los músculos que no se usan se debilitan, las articulaciones se vuelven más rígidas y moverte puede empezar a costarte más que antes.
learn-why-movement-p-3 = Moverte con regularidad funciona al revés. Unos músculos más fuertes en el abdomen, los costados, la zona lumbar y las caderas sostienen mejor tu columna. Moverte también lleva más sangre a la zona y libera endorfinas, los analgésicos naturales de tu cuerpo, que además pueden mejorar tu ánimo.
learn-why-movement-p-4 = Así que piensa en el movimiento suave como parte del tratamiento, no como un premio para cuando el dolor haya pasado. Un poco ya cuenta, y a partir de ahí puedes ir sumando.

learn-hurt-vs-harm-summary = Algo de molestia al hacer ejercicio es normal. Valorar tu dolor de 0 a 10 frente al habitual te dice si seguir o hacerlo más fácil.
learn-hurt-vs-harm-p-1 = Sentir algo de dolor al moverte no significa necesariamente que te estés haciendo daño. Una espalda dolorida puede estar más sensible durante un tiempo, y practicar con calma y constancia la ayuda a acostumbrarse de nuevo al movimiento.
learn-hurt-vs-harm-p-2 = Mientras haces ejercicio, puntúa tu dolor de 0 (nada de dolor) a 10 (el peor que puedas imaginar). Limber usa las tres zonas de abajo cada vez que le dices que algo te duele.
learn-hurt-vs-harm-p-3 = Esta forma de vigilar el dolor viene de la investigación en fisioterapia. Si tu espalda ya está por encima de 3 la mayoría de los días, las zonas suben con ella: tu nivel habitual es verde, hasta unos 2 puntos por encima es ámbar, y más que eso, o de 8 en adelante, es rojo. Limber calcula tu nivel habitual a partir de tus últimas respuestas.
learn-hurt-vs-harm-p-4 = El rojo no es un fracaso ni significa que dejes de moverte. Haz ese ejercicio más fácil, o sáltatelo y descansa, y vuelve a intentarlo otro día. Si tu dolor sigue alto, pide que te lo revise un médico o un fisioterapeuta.
learn-hurt-vs-harm-point-1 = Verde, de 0 a 3/10 (o hasta tu nivel habitual): bien. Sigue, moviéndote despacio y respirando con calma.
learn-hurt-vs-harm-point-2 = Ámbar, de 4 a 5/10 (o hasta 2 por encima de tu nivel habitual): bien si se calma a la mañana siguiente. Afloja un poco: menos repeticiones, movimientos más pequeños.
learn-hurt-vs-harm-point-3 = Rojo, 6/10 o más (o 3 por encima de tu nivel habitual, o de 8 en adelante), o un dolor que baja por una pierna: deja ese ejercicio; prueba su versión más fácil o sáltatelo.

learn-next-morning-summary = Cómo notas la espalda la mañana después de una sesión es la mejor señal de si hiciste la cantidad adecuada.
learn-next-morning-p-1 = Durante una sesión puede costar saber cuánto es lo adecuado. Tu espalda responde con más claridad después: cómo está a la mañana siguiente, comparado con antes de empezar.
learn-next-morning-p-2 = Por eso, el día después de una sesión, Limber te pregunta una vez: ¿tu espalda está mejor, más o menos igual o peor que antes? Elige una opción y guarda; indicar tu dolor es opcional.
learn-next-morning-p-3 = Un poco de molestia durante una sesión está bien, siempre que se haya calmado a la mañana siguiente. Es la misma regla que la valoración de 0 a 10, vista desde el día después.
learn-next-morning-point-1 = Mejor, o más o menos igual: la cantidad te fue bien, así que puedes avanzar.
learn-next-morning-point-2 = Peor: tu próxima sesión da un pequeño paso atrás, para que tu espalda tenga tiempo de calmarse.

learn-pacing-summary = Subir con pasos pequeños y constantes es la forma de recuperar fuerza sin irritar tu espalda.
learn-pacing-p-1 = En un buen día es tentador hacer mucho. Empezar despacio suele irte mejor: comienza con movimiento suave y de bajo impacto, como un paseo corto, y deja que tu cuerpo te muestre para qué está preparado.
learn-pacing-p-2 = Cuando un ejercicio te resulte cómodo, añade un poco: una o dos repeticiones más, o un poco más de tiempo. Luego quédate ahí unos días antes de añadir más. Avanzar despacio también es avanzar.
learn-pacing-p-3 = Si tu dolor se dispara, no hace falta empezar de cero. Vuelve al último nivel que te resultó cómodo, quédate ahí mientras las cosas se calman y luego vuelve a avanzar.
learn-pacing-point-1 = ¿Te resulta cómodo? Añade 1 o 2 repeticiones, o un poco de tiempo.
learn-pacing-point-2 = Deja pasar unos días entre cada subida.
learn-pacing-point-3 = ¿Se dispara el dolor? Vuelve a tu último nivel cómodo.

learn-why-walking-summary = Un gran ensayo comprobó que un sencillo programa de caminatas ayudó a pasar más tiempo sin crisis de dolor de espalda.
learn-why-walking-p-1 = El ensayo WalkBack, publicado en The Lancet en 2024, siguió a 701 adultos que se habían recuperado hacía poco de un episodio de dolor lumbar. La mitad recibió un programa de caminatas que aumentaba paso a paso, junto con algo de educación. La otra mitad no recibió tratamiento.
learn-why-walking-p-2 = Quienes caminaban tuvieron alrededor de una cuarta parte menos de probabilidad de sufrir una crisis que limitara lo que podían hacer (un hazard ratio de 0,72). Lo habitual en el grupo de caminatas fue pasar 208 días sin una crisis así, frente a 112 días sin el programa: casi el doble.
learn-why-walking-p-3 = El plan de caminatas de Limber avanza de la misma forma suave. En una semana de referencia das hasta 3 paseos de una duración cómoda. Tu plan empieza en torno al 80 % de eso y luego añade alrededor de un 10 % por semana, pero solo después de una semana hecha según lo previsto. Después de una crisis, se mantiene o da un paso atrás.
learn-why-walking-p-4 = El objetivo es 30 minutos 5 días: 150 minutos por semana, la cantidad de actividad moderada que la Organización Mundial de la Salud recomienda a los adultos. Puedes dividir un paseo en tramos más cortos, como 3 paseos de 10 minutos.

learn-flare-up-plan-summary = Los días malos de espalda son duros, y tener listo un plan sencillo hace más fácil seguir moviéndote con suavidad.
learn-flare-up-plan-p-1 = Una crisis es una temporada en la que tu dolor está peor de lo normal. Puede preocuparte, pero más dolor no significa necesariamente más daño, y pasar mucho tiempo sin moverte suele traer más rigidez.
learn-flare-up-plan-p-2 = Sigue moviéndote, solo haz menos. Haz sesiones más cortas y elige las versiones más fáciles de tus ejercicios. Paseos cortos, poco y a menudo a lo largo del día, te ayudan a mantener la actividad sin pasarte.
learn-flare-up-plan-p-3 = A medida que las cosas se calman, vuelve a subir paso a paso desde tu último nivel cómodo, en lugar de volver de golpe a donde estabas.
learn-flare-up-plan-p-4 = Consulta a un médico o fisioterapeuta si una crisis no ha mejorado en unas 2 semanas o sigue empeorando. Si notas alguna de las señales de alarma de «Cuándo consultar a un profesional», busca atención médica ese mismo día.
learn-flare-up-plan-point-1 = Sigue moviéndote con suavidad en lugar de parar del todo.
learn-flare-up-plan-point-2 = Sesiones más cortas, versiones más fáciles.
learn-flare-up-plan-point-3 = Camina poco y a menudo.
learn-flare-up-plan-point-4 = Vuelve a subir paso a paso.

learn-see-a-professional-summary = Limber da orientación general, no un diagnóstico, así que aquí tienes cuándo vale la pena que alguien revise tu espalda.
learn-see-a-professional-p-1 = Esta aplicación no puede examinarte ni decirte qué hay detrás de tu dolor. Un médico o un fisioterapeuta sí. Vale la pena pedir cita si tu dolor no ha mejorado en unas 2 semanas o si está empeorando.
learn-see-a-professional-p-2 = Si tienes otros problemas de salud, también es buena idea consultar a un profesional antes de empezar un programa de ejercicio nuevo.
learn-see-a-professional-p-3 = Algunas señales de alarma necesitan atención, no ejercicio: unas requieren ayuda urgente enseguida y otras, ir al médico en uno o dos días. Tienes las dos listas abajo. Si alguna te afecta, deja de hacer ejercicio y busca la ayuda que indica.

learn-low-impact-cardio-summary = Caminar, nadar, montar en bicicleta y el aquagym ponen tu corazón en marcha sin sacudir tu espalda.
learn-low-impact-cardio-p-1 = El cardio de bajo impacto es una actividad que sube tu frecuencia cardiaca sin golpes ni sacudidas para el cuerpo. Piensa en caminar, nadar, la bicicleta estática o una clase de aquagym.
learn-low-impact-cardio-p-2 = Como tratan bien a tu columna, son un buen punto de partida. Mejoran tu forma física, llevan más sangre a tu espalda y pueden hacer que te sientas mejor en general.
learn-low-impact-cardio-p-3 = Caminar es lo más fácil de encajar en el día: para empezar, unos minutos a un ritmo cómodo son más que suficientes. En el agua, parte de tu peso queda sostenido, así que moverte puede resultar más fácil.
learn-low-impact-cardio-p-4 = Empieza con sesiones cortas y añade un poco de tiempo cada pocos días cuando te resulte cómodo. Puedes hacerlas sin el móvil y registrarlas después.

learn-core-strength-summary = Tu zona media es el equipo de músculos que rodea tu cintura, y un trabajo de fuerza suave los ayuda a sostener tu columna.
learn-core-strength-p-1 = Tu zona media no es solo el abdomen. Es el anillo de músculos que rodea tu cintura: la parte delantera, los costados, la zona lumbar y las caderas. Trabajando juntos, ayudan a sostener tu columna cuando te mueves.
learn-core-strength-p-2 = No necesitas abdominales clásicos ni grandes pesos. Movimientos sencillos como la basculación pélvica, el puente y la plancha adaptada crean ese apoyo con suavidad. Empieza por la versión más fácil y sube cuando te resulte cómodo.
learn-core-strength-p-3 = Muévete despacio, sigue respirando y para antes de forzar. Hacer pocas repeticiones bien importa más que hacer muchas.
learn-core-strength-point-1 = Basculación pélvica: boca arriba con las rodillas dobladas, presiona suavemente la zona lumbar hacia el suelo y luego relaja.
learn-core-strength-point-2 = Puente: boca arriba con las rodillas dobladas, levanta un poco la cadera y luego bájala despacio.
learn-core-strength-point-3 = Plancha adaptada: mantén una plancha apoyando las rodillas o los antebrazos durante unas cuantas respiraciones lentas.

learn-stretch-gently-summary = Los estiramientos suaves de caderas, piernas y zona lumbar pueden aliviar la tensión y ayudarte a moverte con más libertad.
learn-stretch-gently-p-1 = Estirar las caderas, las piernas y la zona lumbar ayuda a soltar tensión y te da más margen de movimiento. Es una forma tranquila y fácil de empezar o terminar una sesión.
learn-stretch-gently-p-2 = Entra en cada estiramiento despacio hasta notar un tirón suave y luego mantén la postura sin moverte. Sin rebotes y sin forzar: un buen estiramiento se siente como un alivio, no como una lucha.
learn-stretch-gently-p-3 = Respira despacio y deja que cada vez que sueltas el aire te ayude a relajarte un poco más. Si un estiramiento empeora tu dolor, afloja o prueba otro.
learn-stretch-gently-point-1 = Mantén la postura, sin rebotes.
learn-stretch-gently-point-2 = Basta con un tirón suave.
learn-stretch-gently-point-3 = Sigue respirando, despacio y con calma.

learn-stay-consistent-summary = Unos minutos casi todos los días hacen más por tu espalda que una sesión larga de vez en cuando.
learn-stay-consistent-p-1 = Las dosis pequeñas y regulares de movimiento se van sumando. Además, una rutina corta es más fácil de mantener en días ajetreados o de dolor que un entrenamiento largo.
learn-stay-consistent-p-2 = Combina cosas: algo de fuerza, algo de estiramientos y algo de cardio suave como caminar. Cada tipo de actividad ayuda a su manera, y la variedad lo hace más interesante.
learn-stay-consistent-p-3 = El movimiento al estilo del yoga y el pilates, que combina fuerza, estiramiento y respiración lenta, les sienta bien a muchas personas con dolor de espalda. Prueba sesiones suaves para principiantes y sáltate lo que no te siente bien.
learn-stay-consistent-p-4 = Puede ayudar unir tu rutina a algo que ya haces cada día, como tu café de la mañana, para que se convierta en un hábito.

learn-healthy-weight-summary = Un peso saludable supone menos carga para tu columna, y moverte con suavidad y regularidad puede ayudarte con eso con el tiempo.
learn-healthy-weight-p-1 = Tu zona lumbar ayuda a cargar con tu peso cada vez que estás de pie, caminas o te agachas. Con un peso saludable para ti, tu columna soporta menos carga.
learn-healthy-weight-p-2 = No se trata de dietas estrictas ni de perseguir una cifra. Los paseos y ejercicios de tu rutina ya son una forma amable y constante de cuidar tu peso con el tiempo.
learn-healthy-weight-p-3 = Si quieres más ayuda con el peso, un profesional de la salud puede acompañarte a un ritmo que te vaya bien. Trátate con cariño por el camino.

learn-keep-active-summary = Seguir con tus actividades de siempre, lo mejor que puedas, es parte de cuidar tu espalda.
learn-keep-active-p-1 = Las guías sobre el dolor lumbar animan a mantener las actividades normales en la medida de lo posible: el trabajo, las tareas de casa, las aficiones, ver a los amigos. Puede que durante un tiempo tengas que hacer algunas cosas más despacio o por partes, y no pasa nada.
learn-keep-active-p-2 = Algunos productos prometen una solución rápida. La guía británica del NICE no recomienda fajas lumbares, tracción ni aparatos de TENS para el dolor lumbar, así que no hace falta gastar dinero en ellos.
learn-keep-active-p-3 = Lo que la guía sí respalda es lo que ya estás haciendo: seguir en movimiento, hacer un ejercicio que disfrutes e ir avanzando con suavidad con el tiempo.
