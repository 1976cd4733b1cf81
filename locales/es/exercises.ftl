### Español. La biblioteca de ejercicios.

## La biblioteca

exercises-title = Ejercicios
exercises-search-label = Buscar ejercicios por nombre
exercises-search-placeholder = Buscar por nombre
exercises-filter-area = Zona del cuerpo
exercises-filter-kind = Tipo
exercises-all-areas = Todas las zonas
exercises-all-kinds = Todos los tipos
exercises-none-match = No hay resultados. Prueba con menos filtros o con otra palabra.
exercises-count =
    { $count ->
        [one] { $count } ejercicio
        [many] { $count } ejercicios
       *[other] { $count } ejercicios
    }
exercises-row-meta = { $kind } · { $dose }

## Un ejercicio

exercises-back = ‹ Todos los ejercicios
exercises-figure-label = { $name }: posición inicial y final
exercises-suggested = Recomendado
exercises-position = Posición
exercises-you-need = Necesitas
exercises-works = Trabaja
exercises-how-to = Cómo hacerlo
exercises-keep-in-mind = Ten en cuenta
exercises-when-to-stop = Cuándo parar
exercises-variants = Versiones más fáciles y más difíciles
exercises-easier = Más fácil:{ " " }
exercises-harder = Más difícil:{ " " }
exercises-used-in = Aparece en

## Bajo la figura

exercises-view-side = Vista de lado
exercises-view-front = Vista de frente
exercises-view-above = Vista desde arriba
exercises-caption-each-side = { $view } · primero el lado izquierdo
exercises-caption-alternating = { $view } · alternando lados

## Lados

exercises-side-left = lado izquierdo
exercises-side-right = lado derecho

## Zonas del cuerpo

exercises-area-core = Abdomen
exercises-area-hips = Caderas
exercises-area-hamstrings = Isquiotibiales
exercises-area-lower-back = Zona lumbar
exercises-area-glutes = Glúteos
exercises-area-whole-body = Todo el cuerpo

## Tipos

exercises-kind-mobility = Movilidad
exercises-kind-stretch = Estiramiento
exercises-kind-strength = Fuerza
exercises-kind-cardio = Cardio de bajo impacto

## Posición inicial

exercises-position-lying = Tumbado
exercises-position-kneeling = De rodillas
exercises-position-sitting = Sentado
exercises-position-standing = De pie
exercises-position-in-water = En el agua

## Lo que necesitas (etiqueta)

exercises-equipment-none = Nada
exercises-equipment-mat = Una esterilla o alfombra
exercises-equipment-chair = Una silla firme
exercises-equipment-wall = Una pared
exercises-equipment-strap = Una cinta, un cinturón o una toalla
exercises-equipment-bike = Una bicicleta estática
exercises-equipment-pool = Una piscina

## Lo que necesitas (en la frase «Necesitarás …»)

exercises-need-mat = una esterilla o alfombra
exercises-need-chair = una silla firme
exercises-need-wall = una pared
exercises-need-strap = una cinta, un cinturón o una toalla
exercises-need-bike = una bicicleta estática
exercises-need-pool = una piscina
exercises-you-will-need = Necesitarás { $items }.

## Cuánto

exercises-hold-note = Mantener significa quedarte en la posición, quieto y respirando con calma, durante el tiempo indicado.
exercises-dose-reps =
    { $reps ->
        [one] { $reps } repetición
        [many] { $reps } repeticiones
       *[other] { $reps } repeticiones
    }
exercises-dose-reps-each-side =
    { $reps ->
        [one] { $reps } repetición por lado
        [many] { $reps } repeticiones por lado
       *[other] { $reps } repeticiones por lado
    }
exercises-dose-reps-alternating =
    { $reps ->
        [one] { $reps } repetición, alternando lados
        [many] { $reps } repeticiones, alternando lados
       *[other] { $reps } repeticiones, alternando lados
    }
exercises-dose-sets-reps =
    { $sets ->
        [one] { $sets } serie
        [many] { $sets } series
       *[other] { $sets } series
    } de { $reps ->
        [one] { $reps } repetición
        [many] { $reps } repeticiones
       *[other] { $reps } repeticiones
    }
exercises-dose-sets-reps-each-side =
    { $sets ->
        [one] { $sets } serie
        [many] { $sets } series
       *[other] { $sets } series
    } de { $reps ->
        [one] { $reps } repetición
        [many] { $reps } repeticiones
       *[other] { $reps } repeticiones
    } por lado
exercises-dose-sets-reps-alternating =
    { $sets ->
        [one] { $sets } serie
        [many] { $sets } series
       *[other] { $sets } series
    } de { $reps ->
        [one] { $reps } repetición
        [many] { $reps } repeticiones
       *[other] { $reps } repeticiones
    }, alternando lados
exercises-dose-hold = Mantén { $secs } s
exercises-dose-hold-each-side = Mantén { $secs } s por lado
exercises-dose-hold-alternating = Mantén { $secs } s, alternando lados
exercises-dose-sets-hold =
    Mantén { $secs } s, { $sets ->
        [one] { $sets } vez
        [many] { $sets } veces
       *[other] { $sets } veces
    }
exercises-dose-sets-hold-each-side =
    Mantén { $secs } s, { $sets ->
        [one] { $sets } vez
        [many] { $sets } veces
       *[other] { $sets } veces
    } por lado
exercises-dose-sets-hold-alternating =
    Mantén { $secs } s, { $sets ->
        [one] { $sets } vez
        [many] { $sets } veces
       *[other] { $sets } veces
    }, alternando lados
exercises-dose-minutes =
    { $mins ->
        [one] { $mins } minuto
        [many] { $mins } minutos
       *[other] { $mins } minutos
    }

## Guides

exercises-pelvic-tilt-purpose = Activa los músculos profundos del abdomen y mueve con suavidad la zona lumbar.
exercises-pelvic-tilt-step-1 = Túmbate boca arriba con las rodillas dobladas y los pies apoyados, separados al ancho de las caderas.
exercises-pelvic-tilt-step-2 = Suelta el aire y pega con suavidad la zona lumbar al suelo inclinando la pelvis.
exercises-pelvic-tilt-step-3 = Mantén un momento, respirando con normalidad.
exercises-pelvic-tilt-step-4 = Relájate y vuelve a la posición inicial. Haz un movimiento pequeño y suave.
exercises-pelvic-tilt-cue-1 = Mantén los glúteos y los hombros apoyados en el suelo.
exercises-pelvic-tilt-cue-2 = Respira de forma regular; no hace falta aguantar la respiración.
exercises-pelvic-tilt-cue-3 = Basta con un movimiento muy pequeño.
exercises-pelvic-tilt-caution-1 = Detente si tu dolor supera aproximadamente 5 de 10.
exercises-pelvic-tilt-caution-2 = Detente si el dolor se extiende al glúteo o baja por la pierna.
exercises-pelvic-tilt-caution-3 = Detente si notas entumecimiento u hormigueo en una pierna o un pie.

exercises-glute-bridge-purpose = Fortalece los glúteos y la parte posterior de las piernas para sostener la columna.
exercises-glute-bridge-step-1 = Túmbate boca arriba con las rodillas dobladas, los pies apoyados y los brazos a los lados.
exercises-glute-bridge-step-2 = Aprieta un poco el abdomen y luego contrae los glúteos.
exercises-glute-bridge-step-3 = Sube la cadera hasta que el cuerpo forme una línea recta de las rodillas a los hombros.
exercises-glute-bridge-step-4 = Haz una pausa y baja despacio, vértebra a vértebra.
exercises-glute-bridge-cue-1 = Empuja con los talones, no con las puntas de los pies.
exercises-glute-bridge-cue-2 = Deja de subir antes de que la zona lumbar empiece a arquearse.
exercises-glute-bridge-cue-3 = Mantén los hombros y la cabeza relajados en el suelo.
exercises-glute-bridge-caution-1 = Detente si notas un pinchazo en la zona lumbar al subir.
exercises-glute-bridge-caution-2 = Detente si el dolor baja por la pierna.
exercises-glute-bridge-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-bridge-march-purpose = Da estabilidad a la cadera y fuerza al abdomen al equilibrarte sobre una pierna cada vez.
exercises-bridge-march-step-1 = Túmbate boca arriba con las rodillas dobladas, los pies apoyados y los brazos a los lados.
exercises-bridge-march-step-2 = Sube la cadera en puente, de modo que rodillas, cadera y hombros queden alineados.
exercises-bridge-march-step-3 = Mantén la cadera nivelada y levanta un pie unos centímetros del suelo.
exercises-bridge-march-step-4 = Bájalo y luego levanta el otro pie. Cada elevación cuenta como una.
exercises-bridge-march-step-5 = Tras la última elevación, baja la cadera despacio hasta el suelo.
exercises-bridge-march-cue-1 = Evita que la cadera se hunda o gire al levantar un pie.
exercises-bridge-march-cue-2 = Apoya los brazos con suavidad en el suelo para mantener el equilibrio.
exercises-bridge-march-cue-3 = Mejor elevaciones pequeñas y estables que altas y tambaleantes.
exercises-bridge-march-caution-1 = Detente si te duele o se te acalambra la zona lumbar.
exercises-bridge-march-caution-2 = Detente si el dolor baja por la pierna.
exercises-bridge-march-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-wall-plank-purpose = Una plancha suave contra la pared que fortalece el abdomen sin tener que bajar al suelo.
exercises-wall-plank-step-1 = Ponte de pie frente a una pared, a un brazo de distancia.
exercises-wall-plank-step-2 = Apoya los antebrazos en la pared a la altura de los hombros.
exercises-wall-plank-step-3 = Lleva los pies un poco hacia atrás para que el cuerpo se incline en línea recta.
exercises-wall-plank-step-4 = Aprieta el abdomen con suavidad y mantén, respirando despacio.
exercises-wall-plank-step-5 = Para terminar, acerca los pies de nuevo a la pared.
exercises-wall-plank-cue-1 = Mantén la cabeza, la cadera y los talones en una misma línea.
exercises-wall-plank-cue-2 = No dejes que la cadera se hunda hacia delante ni que sobresalga hacia atrás.
exercises-wall-plank-cue-3 = Aleja más los pies para que sea un poco más difícil.
exercises-wall-plank-caution-1 = Detente si te duele la zona lumbar mientras mantienes.
exercises-wall-plank-caution-2 = Detente si te duelen los hombros.
exercises-wall-plank-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-knee-plank-purpose = Fortalece el abdomen con una plancha más corta y más amable con tu espalda.
exercises-knee-plank-step-1 = Ponte a cuatro patas y baja a los antebrazos, con los codos bajo los hombros.
exercises-knee-plank-step-2 = Lleva las rodillas un poco hacia atrás para que la cadera quede baja.
exercises-knee-plank-step-3 = Aprieta el abdomen y sube hasta que el cuerpo quede recto de las rodillas a los hombros.
exercises-knee-plank-step-4 = Mantén, respirando despacio y de forma regular.
exercises-knee-plank-step-5 = Baja la cadera y descansa antes de la siguiente vez.
exercises-knee-plank-cue-1 = Mira al suelo justo delante de las manos para mantener el cuello largo.
exercises-knee-plank-cue-2 = No dejes que la cadera se hunda hacia el suelo.
exercises-knee-plank-cue-3 = Pon una toalla doblada bajo las rodillas si te molestan.
exercises-knee-plank-caution-1 = Detente si la zona lumbar se hunde o empieza a doler.
exercises-knee-plank-caution-2 = Detente si el dolor se extiende al glúteo o baja por la pierna.
exercises-knee-plank-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-forearm-plank-purpose = Una plancha completa para un abdomen fuerte y estable, cuando las versiones suaves ya te resulten fáciles.
exercises-forearm-plank-step-1 = Túmbate boca abajo con los antebrazos en el suelo y los codos bajo los hombros.
exercises-forearm-plank-step-2 = Apoya las puntas de los pies.
exercises-forearm-plank-step-3 = Aprieta el abdomen y sube hasta que el cuerpo quede recto de los talones a los hombros.
exercises-forearm-plank-step-4 = Mantén, respirando despacio.
exercises-forearm-plank-step-5 = Baja primero las rodillas y luego el resto del cuerpo al suelo para descansar.
exercises-forearm-plank-cue-1 = Aprieta un poco los glúteos para mantener la cadera nivelada.
exercises-forearm-plank-cue-2 = Mantén el cuello largo y la mirada en el suelo.
exercises-forearm-plank-cue-3 = Mejor mantener poco tiempo y estable que mucho tiempo y temblando.
exercises-forearm-plank-caution-1 = Detente si la zona lumbar se hunde o empieza a doler.
exercises-forearm-plank-caution-2 = Detente si el dolor baja por la pierna.
exercises-forearm-plank-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-side-plank-knees-purpose = Fortalece los músculos de los costados que ayudan a estabilizar la columna.
exercises-side-plank-knees-step-1 = Túmbate de lado con las rodillas dobladas hacia atrás y el antebrazo bajo el hombro.
exercises-side-plank-knees-step-2 = Alinea la cadera y los hombros uno encima del otro, mirando al frente.
exercises-side-plank-knees-step-3 = Sube la cadera hasta que el cuerpo quede recto de las rodillas a los hombros.
exercises-side-plank-knees-step-4 = Mantén respirando despacio y luego baja la cadera.
exercises-side-plank-knees-step-5 = Date la vuelta y cambia de lado para la siguiente vez.
exercises-side-plank-knees-cue-1 = Mantén el codo justo debajo del hombro.
exercises-side-plank-knees-cue-2 = No dejes que la cadera de arriba se vaya hacia delante o hacia atrás.
exercises-side-plank-knees-cue-3 = Apoya la mano de arriba en la cadera o en el suelo, delante de ti.
exercises-side-plank-knees-caution-1 = Detente si te duele el hombro.
exercises-side-plank-knees-caution-2 = Detente si el dolor baja por la pierna.
exercises-side-plank-knees-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-side-plank-purpose = Una plancha lateral completa para unos costados y una cadera fuertes y estables.
exercises-side-plank-step-1 = Túmbate de lado con las piernas estiradas y el antebrazo bajo el hombro.
exercises-side-plank-step-2 = Pon un pie encima del otro, o apoya el de arriba justo delante del de abajo.
exercises-side-plank-step-3 = Sube la cadera hasta que el cuerpo quede recto de los pies a los hombros.
exercises-side-plank-step-4 = Mantén respirando despacio y luego baja la cadera.
exercises-side-plank-step-5 = Date la vuelta y cambia de lado para la siguiente vez.
exercises-side-plank-cue-1 = Mantén el codo justo debajo del hombro.
exercises-side-plank-cue-2 = Empuja el suelo para no hundirte en el hombro.
exercises-side-plank-cue-3 = Pasa a la versión de rodillas si empiezas a temblar mucho.
exercises-side-plank-caution-1 = Detente si te duele el hombro.
exercises-side-plank-caution-2 = Detente si el dolor baja por la pierna.
exercises-side-plank-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-clamshell-purpose = Activa los músculos del lateral de la cadera que mantienen estable la pelvis.
exercises-clamshell-step-1 = Túmbate de lado con las rodillas dobladas y los pies juntos.
exercises-clamshell-step-2 = Apoya la cabeza en el brazo de abajo o en un cojín.
exercises-clamshell-step-3 = Sin separar los pies, abre despacio la rodilla de arriba como una concha.
exercises-clamshell-step-4 = Baja la rodilla despacio.
exercises-clamshell-step-5 = Haz todas las repeticiones, date la vuelta y cambia de lado.
exercises-clamshell-cue-1 = Mantén una cadera sobre la otra; no te eches hacia atrás al abrir la rodilla.
exercises-clamshell-cue-2 = Abre solo hasta donde puedas sin mover la pelvis.
exercises-clamshell-cue-3 = Muévete despacio en ambas direcciones.
exercises-clamshell-caution-1 = Detente si notas un dolor agudo en la cadera.
exercises-clamshell-caution-2 = Detente si el dolor baja por la pierna.
exercises-clamshell-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-side-leg-raise-purpose = Fortalece el lateral de la cadera para sostener la espalda al caminar y al estar de pie.
exercises-side-leg-raise-step-1 = Túmbate de lado con las dos piernas estiradas y la cabeza apoyada en el brazo de abajo.
exercises-side-leg-raise-step-2 = Dobla un poco la rodilla de abajo si te ayuda a mantener el equilibrio.
exercises-side-leg-raise-step-3 = Con la pierna de arriba estirada, súbela despacio, más o menos la longitud de una regla.
exercises-side-leg-raise-step-4 = Bájala despacio.
exercises-side-leg-raise-step-5 = Haz todas las repeticiones, date la vuelta y cambia de lado.
exercises-side-leg-raise-cue-1 = Guía el movimiento con el talón y mantén los dedos apuntando al frente.
exercises-side-leg-raise-cue-2 = Mantén una cadera sobre la otra; no te eches hacia atrás.
exercises-side-leg-raise-cue-3 = Sube solo hasta donde puedas sin inclinar la pelvis.
exercises-side-leg-raise-caution-1 = Detente si notas un dolor agudo en la cadera.
exercises-side-leg-raise-caution-2 = Detente si el dolor baja por la pierna.
exercises-side-leg-raise-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-bird-dog-limb-purpose = Enseña a tu espalda a mantenerse estable mientras se mueve un brazo o una pierna.
exercises-bird-dog-limb-step-1 = Ponte a cuatro patas, con las manos bajo los hombros y las rodillas bajo la cadera.
exercises-bird-dog-limb-step-2 = Aprieta el abdomen con suavidad para que la espalda se mantenga recta.
exercises-bird-dog-limb-step-3 = Desliza una pierna hacia atrás y súbela a la altura de la cadera, o estira un brazo hacia delante.
exercises-bird-dog-limb-step-4 = Mantén durante una respiración y vuelve.
exercises-bird-dog-limb-step-5 = Cambia de lado cada vez. Cada estiramiento cuenta como uno.
exercises-bird-dog-limb-cue-1 = Mantén la cadera nivelada, como si llevaras una taza de té sobre la espalda.
exercises-bird-dog-limb-cue-2 = Estírate a lo largo, no hacia arriba.
exercises-bird-dog-limb-cue-3 = Empieza solo con los brazos si con las piernas te tambaleas.
exercises-bird-dog-limb-caution-1 = Detente si la zona lumbar se hunde o te da un pinchazo.
exercises-bird-dog-limb-caution-2 = Detente si te duelen las muñecas o las rodillas.
exercises-bird-dog-limb-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-bird-dog-purpose = Da estabilidad a la espalda y al abdomen estirando un brazo y la pierna contraria.
exercises-bird-dog-step-1 = Ponte a cuatro patas, con las manos bajo los hombros y las rodillas bajo la cadera.
exercises-bird-dog-step-2 = Aprieta el abdomen con suavidad para que la espalda se mantenga recta.
exercises-bird-dog-step-3 = Estira un brazo hacia delante y la pierna contraria hacia atrás hasta que queden a la altura del cuerpo.
exercises-bird-dog-step-4 = Mantén durante una respiración lenta y luego bájalos.
exercises-bird-dog-step-5 = Cambia al otro brazo y la otra pierna. Cada estiramiento cuenta como uno.
exercises-bird-dog-cue-1 = Mantén la cadera y los hombros paralelos al suelo.
exercises-bird-dog-cue-2 = Estírate a lo largo, desde los dedos hasta el talón.
exercises-bird-dog-cue-3 = Muévete despacio, sin balancearte.
exercises-bird-dog-caution-1 = Detente si la zona lumbar se hunde o te da un pinchazo.
exercises-bird-dog-caution-2 = Detente si el dolor baja por la pierna.
exercises-bird-dog-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-heel-taps-purpose = Un ejercicio suave de abdomen que mueve las piernas mientras la espalda se queda quieta.
exercises-heel-taps-step-1 = Túmbate boca arriba con las rodillas dobladas y los pies apoyados.
exercises-heel-taps-step-2 = Levanta una pierna y luego la otra, con las rodillas sobre la cadera y las espinillas horizontales.
exercises-heel-taps-step-3 = Sin estirar la rodilla, baja despacio un talón hasta tocar el suelo.
exercises-heel-taps-step-4 = Vuelve a subirlo y toca con el otro talón. Cada toque cuenta como uno.
exercises-heel-taps-step-5 = Baja los pies al suelo de uno en uno para descansar.
exercises-heel-taps-cue-1 = Mantén la zona lumbar rozando el suelo.
exercises-heel-taps-cue-2 = Suelta el aire al bajar el talón.
exercises-heel-taps-cue-3 = Baja solo hasta donde tu espalda pueda quedarse quieta.
exercises-heel-taps-caution-1 = Detente si la zona lumbar se arquea, se separa del suelo y duele.
exercises-heel-taps-caution-2 = Detente si el dolor baja por la pierna.
exercises-heel-taps-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-dead-bug-purpose = Entrena el abdomen para mantener la espalda estable mientras mueves brazos y piernas.
exercises-dead-bug-step-1 = Túmbate boca arriba y apunta con los dos brazos al techo.
exercises-dead-bug-step-2 = Levanta las piernas, con las rodillas sobre la cadera y las espinillas horizontales.
exercises-dead-bug-step-3 = Lleva despacio un brazo por encima de la cabeza mientras estiras la pierna contraria hacia el suelo.
exercises-dead-bug-step-4 = Vuelve con ambos a la posición inicial.
exercises-dead-bug-step-5 = Cambia al otro brazo y la otra pierna. Cada estiramiento cuenta como uno.
exercises-dead-bug-cue-1 = Mantén la zona lumbar rozando el suelo.
exercises-dead-bug-cue-2 = Suelta el aire al estirarte.
exercises-dead-bug-cue-3 = Deja la pierna que se mueve más alta si la espalda empieza a levantarse.
exercises-dead-bug-caution-1 = Detente si la zona lumbar se separa del suelo y duele.
exercises-dead-bug-caution-2 = Detente si el dolor baja por la pierna.
exercises-dead-bug-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-sit-to-stand-purpose = Fortalece piernas y cadera para levantarte y sentarte cada día.
exercises-sit-to-stand-step-1 = Siéntate en la parte delantera de una silla firme, con los pies apoyados y separados al ancho de las caderas.
exercises-sit-to-stand-step-2 = Cruza los brazos sobre el pecho o apoya las manos en los muslos.
exercises-sit-to-stand-step-3 = Inclínate un poco hacia delante desde la cadera y ponte de pie bien erguido.
exercises-sit-to-stand-step-4 = Baja despacio hasta rozar el asiento.
exercises-sit-to-stand-cue-1 = Empuja con todo el pie.
exercises-sit-to-stand-cue-2 = Mantén las rodillas alineadas con los dedos de los pies.
exercises-sit-to-stand-cue-3 = Ayúdate un poco con los reposabrazos si lo necesitas.
exercises-sit-to-stand-caution-1 = Detente si te mareas o te notas inestable.
exercises-sit-to-stand-caution-2 = Detente si el dolor baja por la pierna.
exercises-sit-to-stand-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-wall-sit-purpose = Fortalece piernas y glúteos mientras una pared sostiene tu espalda.
exercises-wall-sit-step-1 = Ponte de pie con la espalda contra una pared y los pies por delante, a más o menos la longitud de tu pie.
exercises-wall-sit-step-2 = Desliza la espalda despacio por la pared doblando las rodillas, hasta una profundidad que te resulte cómoda.
exercises-wall-sit-step-3 = Mantén la espalda en la pared y aguanta, respirando de forma regular.
exercises-wall-sit-step-4 = Vuelve a subir deslizándote por la pared y descansa.
exercises-wall-sit-cue-1 = Basta con doblar un poco; no hace falta bajar mucho.
exercises-wall-sit-cue-2 = Mantén las rodillas sobre los tobillos.
exercises-wall-sit-cue-3 = Deja que la zona lumbar descanse suavemente contra la pared.
exercises-wall-sit-caution-1 = Detente si te duelen las rodillas.
exercises-wall-sit-caution-2 = Detente si el dolor baja por la pierna.
exercises-wall-sit-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-cat-cow-purpose = Mueve con suavidad toda la columna para aliviar la rigidez.
exercises-cat-cow-step-1 = Ponte a cuatro patas, con las manos bajo los hombros y las rodillas bajo la cadera.
exercises-cat-cow-step-2 = Suelta el aire y redondea la espalda hacia el techo, dejando caer la cabeza.
exercises-cat-cow-step-3 = Toma aire y deja que la espalda baje con suavidad mientras elevas el pecho y la mirada.
exercises-cat-cow-step-4 = Sigue moviéndote despacio entre las dos posiciones, en un recorrido cómodo.
exercises-cat-cow-cue-1 = Deja que la respiración marque el ritmo.
exercises-cat-cow-cue-2 = Baja la espalda con suavidad; no hace falta llegar al límite.
exercises-cat-cow-cue-3 = Pon una toalla doblada bajo las rodillas si te molestan.
exercises-cat-cow-caution-1 = Detente si alguno de los dos movimientos hace el dolor más agudo.
exercises-cat-cow-caution-2 = Detente si el dolor se extiende al glúteo o baja por la pierna.
exercises-cat-cow-caution-3 = Detente si te duelen las muñecas; prueba mejor la versión sentada.

exercises-seated-cat-cow-purpose = Suelta la espalda desde una silla, ideal en el escritorio o en un día malo.
exercises-seated-cat-cow-step-1 = Siéntate en la parte delantera de una silla firme, con los pies apoyados y las manos en las rodillas.
exercises-seated-cat-cow-step-2 = Suelta el aire, redondea la espalda y deja caer la barbilla hacia el pecho.
exercises-seated-cat-cow-step-3 = Toma aire, eleva el pecho y lleva los hombros suavemente hacia atrás.
exercises-seated-cat-cow-step-4 = Sigue moviéndote despacio entre las dos posiciones.
exercises-seated-cat-cow-cue-1 = Deja que la respiración marque el ritmo.
exercises-seated-cat-cow-cue-2 = Mantén los pies apoyados y la cadera quieta.
exercises-seated-cat-cow-cue-3 = Pequeño y suave es más que suficiente.
exercises-seated-cat-cow-caution-1 = Detente si alguno de los dos movimientos hace el dolor más agudo.
exercises-seated-cat-cow-caution-2 = Detente si el dolor se extiende al glúteo o baja por la pierna.
exercises-seated-cat-cow-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-childs-pose-purpose = Un estiramiento de descanso que alarga la espalda y te ayuda a respirar y relajarte.
exercises-childs-pose-step-1 = Empieza a cuatro patas, con las manos bajo los hombros y las rodillas bajo la cadera.
exercises-childs-pose-step-2 = Lleva despacio la cadera hacia atrás, hacia los talones.
exercises-childs-pose-step-3 = Deja los brazos estirados por delante y apoya la frente en el suelo o en un cojín.
exercises-childs-pose-step-4 = Mantén, respirando despacio hacia la espalda.
exercises-childs-pose-step-5 = Acerca las manos hacia ti y sube despacio.
exercises-childs-pose-cue-1 = Separa más las rodillas si notas el abdomen apretado.
exercises-childs-pose-cue-2 = Pon un cojín entre los talones y los glúteos si no llegas a sentarte del todo.
exercises-childs-pose-cue-3 = Relaja los hombros y la mandíbula.
exercises-childs-pose-caution-1 = Detente si te duelen las rodillas.
exercises-childs-pose-caution-2 = Detente si inclinarte hacia delante hace más agudo el dolor de espalda.
exercises-childs-pose-caution-3 = Detente si el dolor se extiende al glúteo o baja por la pierna.

exercises-knee-to-chest-purpose = Alivia la tensión en la zona lumbar y los glúteos.
exercises-knee-to-chest-step-1 = Túmbate boca arriba con las dos rodillas dobladas y los pies apoyados.
exercises-knee-to-chest-step-2 = Sujeta una pierna por detrás de la rodilla y llévala con suavidad hacia el pecho.
exercises-knee-to-chest-step-3 = Deja el otro pie en el suelo y los hombros relajados.
exercises-knee-to-chest-step-4 = Mantén el estiramiento respirando despacio; luego baja la pierna y cambia a la otra.
exercises-knee-to-chest-cue-1 = Sujeta por detrás del muslo, no por encima de la rodilla.
exercises-knee-to-chest-cue-2 = Mantén la cabeza y los hombros apoyados en el suelo.
exercises-knee-to-chest-cue-3 = Suelta el aire al acercar la rodilla.
exercises-knee-to-chest-caution-1 = Detente si tu dolor supera aproximadamente 5 de 10.
exercises-knee-to-chest-caution-2 = Detente si el dolor se extiende al glúteo o baja por la pierna.
exercises-knee-to-chest-caution-3 = Detente si notas entumecimiento u hormigueo en una pierna o un pie.

exercises-double-knee-to-chest-purpose = Un estiramiento más profundo para la zona lumbar y los glúteos, con las dos piernas.
exercises-double-knee-to-chest-step-1 = Túmbate boca arriba con las dos rodillas dobladas y los pies apoyados.
exercises-double-knee-to-chest-step-2 = Sube una rodilla y luego la otra, y sujeta las dos por detrás.
exercises-double-knee-to-chest-step-3 = Lleva con suavidad las dos rodillas hacia el pecho hasta notar un estiramiento cómodo.
exercises-double-knee-to-chest-step-4 = Mantén, respirando despacio.
exercises-double-knee-to-chest-step-5 = Baja un pie al suelo y luego el otro.
exercises-double-knee-to-chest-cue-1 = Sube y baja las piernas de una en una para cuidar la espalda.
exercises-double-knee-to-chest-cue-2 = Mantén la cabeza apoyada en el suelo.
exercises-double-knee-to-chest-cue-3 = Deja que la zona lumbar se relaje contra el suelo.
exercises-double-knee-to-chest-caution-1 = Detente si tu dolor supera aproximadamente 5 de 10.
exercises-double-knee-to-chest-caution-2 = Detente si el dolor se extiende al glúteo o baja por la pierna.
exercises-double-knee-to-chest-caution-3 = Detente si notas entumecimiento u hormigueo en una pierna o un pie.

exercises-trunk-rotation-purpose = Gira con suavidad la zona lumbar para soltar la rigidez.
exercises-trunk-rotation-step-1 = Túmbate boca arriba con las rodillas dobladas y los pies apoyados y juntos.
exercises-trunk-rotation-step-2 = Extiende los brazos a los lados.
exercises-trunk-rotation-step-3 = Mantén los hombros abajo y deja caer despacio las dos rodillas hacia un lado.
exercises-trunk-rotation-step-4 = Llega solo hasta donde te resulte fácil y vuelve a llevar las rodillas al centro.
exercises-trunk-rotation-step-5 = Balancéalas hacia el otro lado. Cada lado cuenta como uno.
exercises-trunk-rotation-cue-1 = Mantén los dos hombros apoyados en el suelo.
exercises-trunk-rotation-cue-2 = Muévete despacio, como un péndulo.
exercises-trunk-rotation-cue-3 = En un día de rigidez, basta con balanceos pequeños.
exercises-trunk-rotation-caution-1 = Detente si tu dolor supera aproximadamente 5 de 10.
exercises-trunk-rotation-caution-2 = Detente si el dolor se extiende al glúteo o baja por la pierna.
exercises-trunk-rotation-caution-3 = Detente si notas entumecimiento u hormigueo en una pierna o un pie.

exercises-open-book-purpose = Abre el pecho y gira con suavidad la espalda para aliviar la rigidez.
exercises-open-book-step-1 = Túmbate de lado con las rodillas dobladas por delante y un cojín bajo la cabeza.
exercises-open-book-step-2 = Estira los dos brazos al frente a la altura de los hombros, con las palmas juntas.
exercises-open-book-step-3 = Lleva el brazo de arriba hacia arriba y hacia atrás, abriendo el pecho hacia el techo.
exercises-open-book-step-4 = Deja que la cabeza siga a la mano y luego vuelve con el brazo.
exercises-open-book-step-5 = Haz todas las repeticiones, date la vuelta y cambia de lado.
exercises-open-book-cue-1 = Mantén las rodillas juntas y apoyadas en el suelo.
exercises-open-book-cue-2 = Suelta el aire al abrir.
exercises-open-book-cue-3 = El brazo no tiene que tocar el suelo; llega solo hasta donde te resulte fácil.
exercises-open-book-caution-1 = Detente si te duele el hombro.
exercises-open-book-caution-2 = Detente si tu dolor supera aproximadamente 5 de 10.
exercises-open-book-caution-3 = Detente si el dolor se extiende al glúteo o baja por la pierna.

exercises-figure-four-purpose = Estira la zona profunda del glúteo, lo que puede aliviar la tensión alrededor de la zona lumbar.
exercises-figure-four-step-1 = Túmbate boca arriba con las rodillas dobladas y los pies apoyados.
exercises-figure-four-step-2 = Cruza un tobillo sobre la rodilla contraria.
exercises-figure-four-step-3 = Sujeta con las dos manos el muslo de la pierna de abajo por detrás.
exercises-figure-four-step-4 = Lleva ese muslo con suavidad hacia el pecho hasta notar un estiramiento en el glúteo.
exercises-figure-four-step-5 = Mantén respirando despacio; luego bájala y cambia de lado.
exercises-figure-four-cue-1 = Mantén la cabeza y los hombros apoyados en el suelo.
exercises-figure-four-cue-2 = Pasa una toalla alrededor del muslo si te cuesta llegar.
exercises-figure-four-cue-3 = Mantén el pie cruzado flexionado para proteger la rodilla.
exercises-figure-four-caution-1 = Detente si te duele la rodilla.
exercises-figure-four-caution-2 = Detente si el dolor baja por la pierna.
exercises-figure-four-caution-3 = Detente si notas entumecimiento u hormigueo en una pierna o un pie.

exercises-seated-figure-four-purpose = Estira el glúteo y la cadera desde una silla.
exercises-seated-figure-four-step-1 = Siéntate en la parte delantera de una silla firme, con los pies apoyados.
exercises-seated-figure-four-step-2 = Apoya un tobillo sobre la rodilla contraria.
exercises-seated-figure-four-step-3 = Siéntate erguido y luego inclínate despacio hacia delante desde la cadera, con la espalda larga.
exercises-seated-figure-four-step-4 = Para cuando notes un estiramiento en el glúteo y mantén, respirando despacio.
exercises-seated-figure-four-step-5 = Incorpórate y cambia de lado.
exercises-seated-figure-four-cue-1 = Guía el movimiento con el pecho, no con la cabeza.
exercises-seated-figure-four-cue-2 = Apoya una mano con suavidad sobre la rodilla elevada.
exercises-seated-figure-four-cue-3 = Mantén el pie cruzado flexionado para proteger la rodilla.
exercises-seated-figure-four-caution-1 = Detente si te duele la rodilla.
exercises-seated-figure-four-caution-2 = Detente si el dolor baja por la pierna.
exercises-seated-figure-four-caution-3 = Detente si notas entumecimiento u hormigueo en una pierna o un pie.

exercises-hamstring-strap-purpose = Estira la parte posterior de los muslos, que cuando está tensa puede tirar de la zona lumbar.
exercises-hamstring-strap-step-1 = Túmbate boca arriba con las dos rodillas dobladas y los pies apoyados.
exercises-hamstring-strap-step-2 = Pasa una cinta, un cinturón o una toalla por la planta de un pie.
exercises-hamstring-strap-step-3 = Estira esa pierna hacia el techo, sujetando la cinta con las dos manos.
exercises-hamstring-strap-step-4 = Para cuando notes un estiramiento suave detrás del muslo y mantén.
exercises-hamstring-strap-step-5 = Baja la pierna y cambia de lado.
exercises-hamstring-strap-cue-1 = Mantén el otro pie apoyado en el suelo.
exercises-hamstring-strap-cue-2 = No pasa nada si la rodilla elevada queda un poco doblada.
exercises-hamstring-strap-cue-3 = Deja la cabeza y los hombros relajados en el suelo.
exercises-hamstring-strap-caution-1 = Detente si notas hormigueo, o un dolor tirante detrás de la rodilla o que llega al pie.
exercises-hamstring-strap-caution-2 = Detente si el dolor baja por la pierna.
exercises-hamstring-strap-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-seated-hamstring-purpose = Estira la parte posterior de los muslos desde una silla.
exercises-seated-hamstring-step-1 = Siéntate en la parte delantera de una silla firme.
exercises-seated-hamstring-step-2 = Estira una pierna al frente, con el talón en el suelo y los dedos hacia arriba.
exercises-seated-hamstring-step-3 = Mantén la espalda larga e inclínate desde la cadera hasta notar un estiramiento.
exercises-seated-hamstring-step-4 = Mantén, respirando despacio.
exercises-seated-hamstring-step-5 = Incorpórate y cambia de pierna.
exercises-seated-hamstring-cue-1 = Guía el movimiento con el pecho, no con la cabeza.
exercises-seated-hamstring-cue-2 = Mantén el otro pie apoyado en el suelo.
exercises-seated-hamstring-cue-3 = Sujétate al asiento de la silla si te notas inestable.
exercises-seated-hamstring-caution-1 = Detente si notas hormigueo, o un dolor tirante detrás de la rodilla o que llega al pie.
exercises-seated-hamstring-caution-2 = Detente si el dolor baja por la pierna.
exercises-seated-hamstring-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-hip-flexor-kneeling-purpose = Estira la parte delantera de la cadera, que se acorta cuando pasas mucho tiempo sentado.
exercises-hip-flexor-kneeling-step-1 = Apoya una rodilla en el suelo con el otro pie delante, las dos rodillas más o menos en ángulo recto.
exercises-hip-flexor-kneeling-step-2 = Pon una toalla doblada o un cojín bajo la rodilla de atrás.
exercises-hip-flexor-kneeling-step-3 = Mete un poco el coxis y aprieta el glúteo de la pierna de atrás.
exercises-hip-flexor-kneeling-step-4 = Lleva el peso despacio hacia delante hasta notar un estiramiento en la parte delantera de la cadera de atrás.
exercises-hip-flexor-kneeling-step-5 = Mantén respirando despacio y luego cambia de lado.
exercises-hip-flexor-kneeling-cue-1 = Mantente erguido; no te eches hacia atrás ni arquees la espalda.
exercises-hip-flexor-kneeling-cue-2 = Sujétate a una silla o a la pared si necesitas ayuda con el equilibrio.
exercises-hip-flexor-kneeling-cue-3 = Basta con desplazarte un poco hacia delante.
exercises-hip-flexor-kneeling-caution-1 = Detente si te duele la rodilla apoyada, incluso con algo debajo.
exercises-hip-flexor-kneeling-caution-2 = Detente si notas un pinchazo en la zona lumbar.
exercises-hip-flexor-kneeling-caution-3 = Detente si el dolor baja por la pierna.

exercises-hip-flexor-standing-purpose = Estira la parte delantera de la cadera de pie, con una silla para mantener el equilibrio.
exercises-hip-flexor-standing-step-1 = Ponte de pie junto al respaldo de una silla firme y apoya una mano en él.
exercises-hip-flexor-standing-step-2 = Da un paso largo hacia atrás con un pie, con los dos pies mirando al frente.
exercises-hip-flexor-standing-step-3 = Mete un poco el coxis y aprieta el glúteo de la pierna de atrás.
exercises-hip-flexor-standing-step-4 = Dobla despacio la rodilla de delante hasta notar un estiramiento en la parte delantera de la cadera de atrás.
exercises-hip-flexor-standing-step-5 = Mantén respirando despacio; luego date la vuelta y cambia de lado.
exercises-hip-flexor-standing-cue-1 = Mantente erguido; no te eches hacia atrás ni arquees la espalda.
exercises-hip-flexor-standing-cue-2 = Deja que el talón de atrás se levante si te resulta más fácil.
exercises-hip-flexor-standing-cue-3 = Mantén la rodilla de delante sobre el tobillo.
exercises-hip-flexor-standing-caution-1 = Detente si notas un pinchazo en la zona lumbar.
exercises-hip-flexor-standing-caution-2 = Detente si el dolor baja por la pierna.
exercises-hip-flexor-standing-caution-3 = Detente si tu dolor supera aproximadamente 5 de 10.

exercises-sphinx-purpose = Una extensión suave apoyado en los codos, que a muchas espaldas doloridas les sienta bien.
exercises-sphinx-step-1 = Túmbate boca abajo con la frente apoyada en las manos.
exercises-sphinx-step-2 = Lleva los codos bajo los hombros y apóyate en los antebrazos.
exercises-sphinx-step-3 = Deja la cadera y el abdomen relajados en el suelo.
exercises-sphinx-step-4 = Mantén respirando despacio y luego vuelve a bajar.
exercises-sphinx-cue-1 = Baja los hombros, lejos de las orejas.
exercises-sphinx-cue-2 = Deja que la zona lumbar se relaje; no empujes.
exercises-sphinx-cue-3 = Baja enseguida si no te sienta bien.
exercises-sphinx-caution-1 = Detente si el dolor pasa al glúteo o baja por la pierna.
exercises-sphinx-caution-2 = Detente si el dolor se hace más agudo mientras mantienes.
exercises-sphinx-caution-3 = Detente si notas entumecimiento u hormigueo en una pierna o un pie.

exercises-press-up-purpose = Lleva la espalda suavemente hacia atrás, lo que a algunas personas les alivia el dolor.
exercises-press-up-step-1 = Túmbate boca abajo con las manos apoyadas en el suelo bajo los hombros.
exercises-press-up-step-2 = Deja la cadera y las piernas relajadas en el suelo.
exercises-press-up-step-3 = Estira despacio los brazos para levantar el pecho, solo hasta donde te resulte cómodo.
exercises-press-up-step-4 = Haz una pausa y vuelve a bajar despacio.
exercises-press-up-cue-1 = Deja que los brazos hagan el trabajo mientras la zona lumbar se queda suelta.
exercises-press-up-cue-2 = Mantén la cadera en el suelo.
exercises-press-up-cue-3 = Sube un poco más cada vez solo si te sienta bien.
exercises-press-up-caution-1 = Detente si el dolor pasa al glúteo o baja por la pierna.
exercises-press-up-caution-2 = Detente si el dolor se hace más agudo con cada repetición.
exercises-press-up-caution-3 = Detente si notas entumecimiento u hormigueo en una pierna o un pie.

exercises-standing-extension-purpose = Una pequeña extensión de espalda que puedes hacer en cualquier sitio, ideal tras mucho rato sentado.
exercises-standing-extension-step-1 = Ponte de pie, bien erguido, con los pies separados al ancho de las caderas.
exercises-standing-extension-step-2 = Apoya las manos en la parte de atrás de la cadera, con los dedos hacia abajo.
exercises-standing-extension-step-3 = Inclínate despacio un poco hacia atrás, dejando que las manos te sostengan.
exercises-standing-extension-step-4 = Haz una pausa y vuelve a la posición erguida.
exercises-standing-extension-cue-1 = Mantén las rodillas estiradas y mira al frente, no hacia arriba.
exercises-standing-extension-cue-2 = Basta con inclinarte un poco.
exercises-standing-extension-cue-3 = Suelta el aire al inclinarte hacia atrás.
exercises-standing-extension-caution-1 = Detente si el dolor pasa al glúteo o baja por la pierna.
exercises-standing-extension-caution-2 = Detente si te mareas o te notas inestable.
exercises-standing-extension-caution-3 = Detente si el dolor se hace más agudo cada vez que te inclinas.

exercises-walking-purpose = Un paseo tranquilo activa la circulación y es de lo mejor que puedes hacer por una espalda dolorida.
exercises-walking-step-1 = Empieza despacio los primeros minutos para que el cuerpo entre en calor.
exercises-walking-step-2 = Busca un ritmo cómodo que te permita seguir charlando.
exercises-walking-step-3 = Camina erguido, con los hombros relajados y los brazos sueltos.
exercises-walking-step-4 = Reduce el ritmo los últimos minutos para enfriar.
exercises-walking-step-5 = Al volver, anota cómo te ha ido.
exercises-walking-cue-1 = En un día malo, lo más fácil es un terreno llano y uniforme.
exercises-walking-cue-2 = Dos paseos cortos están bien si uno largo es demasiado.
exercises-walking-cue-3 = Ayuda llevar un calzado cómodo y que sujete bien.
exercises-walking-caution-1 = Detente si el dolor baja por la pierna al caminar.
exercises-walking-caution-2 = Detente si tu dolor supera aproximadamente 5 de 10.
exercises-walking-caution-3 = Detente si notas entumecimiento u hormigueo en una pierna o un pie.

exercises-cycling-purpose = Pedalear en una bicicleta estática mejora tu forma física sin sacudir la espalda.
exercises-cycling-step-1 = Ajusta el sillín para que la rodilla quede solo un poco doblada en el punto más bajo de cada pedalada.
exercises-cycling-step-2 = Pedalea despacio, con poca o ninguna resistencia, los primeros minutos.
exercises-cycling-step-3 = Busca un ritmo cómodo que te permita seguir charlando.
exercises-cycling-step-4 = Afloja los últimos minutos para enfriar.
exercises-cycling-step-5 = Al terminar, anota cómo te ha ido.
exercises-cycling-cue-1 = Siéntate erguido en lugar de encorvarte sobre el manillar.
exercises-cycling-cue-2 = Mantén la resistencia baja.
exercises-cycling-cue-3 = En un día malo, una bicicleta con respaldo puede resultar más cómoda.
exercises-cycling-caution-1 = Detente si el dolor baja por la pierna al pedalear.
exercises-cycling-caution-2 = Detente si tu dolor supera aproximadamente 5 de 10.
exercises-cycling-caution-3 = Detente si notas entumecimiento u hormigueo en una pierna o un pie.

exercises-swimming-purpose = El agua soporta tu peso, así que puedes moverte con libertad y ganar forma física.
exercises-swimming-step-1 = Calienta unos minutos nadando despacio o caminando en la parte poco profunda.
exercises-swimming-step-2 = Nada a un ritmo cómodo, que te permita charlar al final de cada largo.
exercises-swimming-step-3 = Elige un estilo que te resulte cómodo y descansa en el borde siempre que quieras.
exercises-swimming-step-4 = Termina con unos minutos lentos y tranquilos para enfriar.
exercises-swimming-step-5 = Al volver, anota cómo te ha ido.
exercises-swimming-cue-1 = Nadar de espaldas o a crol mantiene la espalda en una línea natural.
exercises-swimming-cue-2 = Si la braza te arquea la espalda, cambia de estilo o usa una tabla.
exercises-swimming-cue-3 = Descansa tantas veces como necesites.
exercises-swimming-caution-1 = Detente si algún estilo hace el dolor más agudo.
exercises-swimming-caution-2 = Detente si el dolor baja por la pierna.
exercises-swimming-caution-3 = Detente si notas entumecimiento u hormigueo en una pierna o un pie.

exercises-water-aerobics-purpose = Ejercicio suave en el agua, que quita carga a tu espalda mientras te mueves.
exercises-water-aerobics-step-1 = Ponte de pie en el agua, con una profundidad entre la cintura y el pecho.
exercises-water-aerobics-step-2 = Calienta marchando despacio en el sitio unos minutos.
exercises-water-aerobics-step-3 = Sigue marchando a un ritmo cómodo, subiendo las rodillas y balanceando los brazos.
exercises-water-aerobics-step-4 = Añade otros movimientos suaves que te gusten, como pasos laterales o caminar hacia delante y hacia atrás.
exercises-water-aerobics-step-5 = Reduce el ritmo los últimos minutos para enfriar.
exercises-water-aerobics-step-6 = Al salir, anota cómo te ha ido.
exercises-water-aerobics-cue-1 = Una clase es una buena compañía; ve a tu propio ritmo.
exercises-water-aerobics-cue-2 = Evita los saltos o giros que no te sienten bien.
exercises-water-aerobics-cue-3 = Deberías poder hablar mientras te mueves.
exercises-water-aerobics-caution-1 = Detente si algún movimiento hace el dolor más agudo.
exercises-water-aerobics-caution-2 = Detente si el dolor baja por la pierna.
exercises-water-aerobics-caution-3 = Detente si notas entumecimiento u hormigueo en una pierna o un pie.
