### Español. Rutinas: los textos de las rutinas incluidas, las rutinas propias y compartir
### una rutina como enlace o código.

routines-stage-flare-up-about = Despacio, con suavidad y casi siempre tumbado, para cuando te duele la espalda.
routines-stage-building-about = Cuando el dolor se calma: un poco más de fuerza y de movilidad.
routines-stage-maintaining-about = Para mantener fuerte y flexible una espalda ya recuperada.


routines-goal-gentle-start = Tres movimientos tumbado para aliviar una espalda rígida y dolorida sin forzarla.
routines-goal-flare-up-relief = Cinco minutos muy suaves boca arriba para los días en que todo duele.
routines-goal-no-floor-needed = Movimientos fáciles en una silla y de pie, para cuando bajar al suelo es demasiado.
routines-goal-morning-mobility = Suelta una espalda rígida después de la noche, pasando de tumbado a de pie.
routines-goal-core-basics = Fortalece con suavidad los músculos del abdomen, la cadera y la espalda que sostienen tu columna.
routines-goal-hips-and-hamstrings = Suelta caderas y muslos tensos y fortalece los glúteos para quitar carga a tu espalda.
routines-goal-evening-wind-down = Estiramientos lentos y fáciles en el suelo para que tu espalda se relaje antes de dormir.
routines-goal-core-builder = Un trabajo de zona media más exigente para una espalda estable, cuando lo básico ya te resulte fácil.
routines-goal-desk-break = Una pausa rápida para un largo día sentado, solo con una silla y una pared.
routines-goal-full-maintenance = Una sesión completa de fuerza, estiramientos y movilidad para mantener tu espalda en forma.
routines-goal-easy-walk = Un paseo corto y tranquilo para seguir en movimiento, incluso en un día con dolor.
routines-goal-stationary-cycle = Pedaleo de bajo impacto que mejora tu forma física sin sacudir la espalda.
routines-goal-swim = Largos tranquilos en la piscina, con el agua sosteniendo tu peso.
routines-goal-water-workout = Una sesión suave de aeróbic acuático que mejora tu forma física con poca carga para la espalda.

routines-goal-own = Tu propia rutina.
routines-goal-from = De { $from }.
routines-copy-name = { $name } (mi versión)
routines-name-at-level =
    { $level ->
        [easiest] { $name } (nivel muy fácil)
        [easier] { $name } (nivel más fácil)
        [harder] { $name } (nivel más difícil)
        [hardest] { $name } (nivel muy difícil)
       *[standard] { $name }
    }

routines-error-no-name = Ponle un nombre a tu rutina.
routines-error-name-too-long = El nombre es demasiado largo: usa como máximo { $max } caracteres.
routines-error-note-too-long = «Para qué sirve» es demasiado largo: usa como máximo { $max } caracteres.
routines-error-from-too-long = El nombre de quien la hizo es demasiado largo: usa como máximo { $max } caracteres.
routines-error-no-exercises = Añade al menos un ejercicio.
routines-error-too-many-exercises = Son más de { $max } ejercicios. Divídela en dos rutinas más cortas.
routines-error-unknown-exercise = Incluye un ejercicio que esta versión de Limber no conoce («{ $id }»).
routines-error-unknown-routine = Menciona una rutina que esta versión de Limber no conoce («{ $id }»).
routines-error-too-long = Esto duraría unos { $minutes } minutos. Mantén cada rutina por debajo de { $max } minutos: las sesiones cortas y regulares ayudan más a la espalda.

routines-error-dose-reps = Ejercicio { $position }, { $exercise }: las repeticiones tienen que ser de { $min } a { $max }.
routines-error-dose-hold = Ejercicio { $position }, { $exercise }: cada posición se mantiene de { $min } a { $max } segundos.
routines-error-dose-minutes = Ejercicio { $position }, { $exercise }: los minutos tienen que ser de { $min } a { $max }.
routines-error-dose-sets = Ejercicio { $position }, { $exercise }: las series tienen que ser de { $min } a { $max }.
routines-error-dose-rest = Ejercicio { $position }, { $exercise }: el descanso tiene que ser de { $min } a { $max } segundos.
routines-error-dose-tempo = Ejercicio { $position }, { $exercise }: cada repetición tiene que durar de { $min } a { $max } segundos.
routines-error-dose-wrong-kind = Ejercicio { $position }, { $exercise }: esa cantidad no encaja con este ejercicio.

routines-shared-empty = Este enlace no contiene ninguna rutina. Pide a quien te lo envió que la comparta de nuevo.
routines-shared-too-long = Este enlace es mucho más largo que cualquier rutina que cree Limber, así que no se ha abierto. No se ha guardado nada.
routines-shared-newer = Esta rutina se compartió desde una versión más nueva de Limber. Vuelve a cargar Limber para actualizarlo y abre el enlace otra vez.
routines-shared-damaged = Este enlace parece cortado o modificado, así que Limber no puede fiarse de él. No se ha guardado nada. Pide el enlace de nuevo y cópialo entero.
routines-shared-invalid = { $problem } No se ha guardado nada. Pide a quien te la envió que la revise y la comparta de nuevo.
routines-shared-bad-no-name = Esta rutina no se puede usar: no tiene nombre.
routines-shared-bad-name-too-long = Esta rutina no se puede usar: su nombre es demasiado largo.
routines-shared-bad-note-too-long = Esta rutina no se puede usar: su descripción es demasiado larga.
routines-shared-bad-from-too-long = Esta rutina no se puede usar: el nombre de quien la envía es demasiado largo.
routines-shared-bad-no-exercises = Esta rutina no se puede usar: no contiene ningún ejercicio.
routines-shared-bad-too-many-exercises = Esta rutina no se puede usar: tiene más de { $max } ejercicios.
routines-shared-bad-unknown-exercise = Esta rutina no se puede usar: incluye un ejercicio que esta versión de Limber no conoce (volver a cargar Limber puede actualizarlo).
routines-shared-bad-unknown-routine = Esta rutina no se puede usar: es una rutina de Limber que esta versión no conoce (volver a cargar Limber puede actualizarlo).
routines-shared-bad-too-long = Esta rutina no se puede usar: duraría unos { $minutes } minutos, demasiado para una sola rutina.
routines-shared-bad-dose-reps = Esta rutina no se puede usar: en el ejercicio { $position }, { $exercise }, las repeticiones tienen que ser de { $min } a { $max }.
routines-shared-bad-dose-hold = Esta rutina no se puede usar: en el ejercicio { $position }, { $exercise }, cada posición se mantiene de { $min } a { $max } segundos.
routines-shared-bad-dose-minutes = Esta rutina no se puede usar: en el ejercicio { $position }, { $exercise }, los minutos tienen que ser de { $min } a { $max }.
routines-shared-bad-dose-sets = Esta rutina no se puede usar: en el ejercicio { $position }, { $exercise }, las series tienen que ser de { $min } a { $max }.
routines-shared-bad-dose-rest = Esta rutina no se puede usar: en el ejercicio { $position }, { $exercise }, el descanso tiene que ser de { $min } a { $max } segundos.
routines-shared-bad-dose-tempo = Esta rutina no se puede usar: en el ejercicio { $position }, { $exercise }, cada repetición tiene que durar de { $min } a { $max } segundos.
routines-shared-bad-dose-wrong-kind = Esta rutina no se puede usar: en el ejercicio { $position }, { $exercise }, la cantidad no encaja con el ejercicio.

routines-qr-too-long = Esta rutina es demasiado larga para un código. Envía el enlace en su lugar.

routines-title = Rutinas
routines-tabs-label = Explorar
routines-tab-routines = Rutinas
routines-tab-exercises = Ejercicios
routines-deleted = Se ha borrado «{ $name }».
routines-undo = Deshacer
routines-filter-stage = Etapa
routines-filter-time = Tu tiempo
routines-all-stages = Todas
routines-any-length = Cualquier duración
routines-length-at-most = { $minutes } min o menos
routines-none-match = Ninguna rutina encaja con esa selección. Prueba con más tiempo o con otra etapa.
routines-count =
    { $count ->
        [one] { $count } rutina
        [many] { $count } rutinas
       *[other] { $count } rutinas
    }
routines-own-title = Las tuyas
routines-own-intro = Reúne los ejercicios que te sientan bien o abre una rutina que te haya enviado tu fisioterapeuta.
routines-make-own = Crea tu propia rutina
routines-card-yours = Tuya
routines-card-meta =
    { $count ->
        [one] Unos { $minutes } min · { $count } ejercicio
        [many] Unos { $minutes } min · { $count } ejercicios
       *[other] Unos { $minutes } min · { $count } ejercicios
    }
routines-card-meta-timed = Unos { $minutes } min · sesión cronometrada

routines-back = ‹ Rutinas
routines-eyebrow-from = De { $from } · { $stage }
routines-eyebrow-own = Tu rutina · { $stage }
routines-eyebrow-built-in = { $stage } · { $about }
routines-cardio-note = Hazla a un ritmo cómodo: deberías poder hablar mientras la haces. Pon en marcha el cronómetro al empezar o, simplemente, anótala después en el historial.
routines-why-level = ¿Por qué este nivel?
routines-total = Unos { $minutes } min
routines-easier-version = Versión más fácil
routines-harder-version = Versión más difícil
routines-change = Cambiarla
routines-delete = Borrar
routines-make-own-version = Crear mi versión
routines-start = Empezar
routines-plan-title = Usarla en mi plan
routines-plan-only = Es tu única rutina en el plan desde el { $day }. La pantalla «Hoy» te la propone en tus días de plan.
routines-plan-turns = Esta rutina se alterna con las demás rutinas de tu plan desde el { $day }.
routines-plan-take-out = Quitarla de mi plan
routines-plan-intro = Limber puede proponerte esta rutina en tus días de plan, alternándola con las demás rutinas o en lugar de ellas, a partir de tu próximo día de plan.
routines-plan-add = Añadirla a mi plan
routines-plan-only-this = Usar solo esta rutina

routines-editor-change = Cambia tu rutina
routines-editor-name = Nombre
routines-editor-stage = Ideal para
routines-editor-note = Para qué sirve
routines-optional = (opcional)
routines-editor-exercises = Ejercicios
routines-editor-none-yet = Aún no hay ejercicios
routines-editor-estimate =
    { $count ->
        [one] { $count } ejercicio · unos { $minutes } min
        [many] { $count } ejercicios · unos { $minutes } min
       *[other] { $count } ejercicios · unos { $minutes } min
    }
routines-editor-add = + Añadir un ejercicio
routines-editor-save = Guardar rutina
routines-editor-cancel = Cancelar
routines-editor-moved = { $name } ahora es el número { $position } de { $count }.
routines-editor-removed = Se ha quitado { $name }.
routines-editor-added = Se ha añadido { $name }. { $count } en la rutina.
routines-editor-reps = Repeticiones
routines-editor-hold = Mantén (segundos)
routines-editor-minutes = Minutos
routines-editor-one-bout = Un solo bloque, sin parar.
routines-editor-sets = Series
routines-editor-rest = Descanso (segundos)
routines-editor-handle = Mover { $name }, número { $position } de { $count }. Usa las flechas arriba y abajo, o arrástralo.
routines-editor-up-label = Subir { $name }
routines-editor-up = ↑ Subir
routines-editor-down-label = Bajar { $name }
routines-editor-down = ↓ Bajar
routines-editor-remove-label = Quitar { $name }
routines-editor-remove = Quitar
routines-picker-title = Añadir ejercicios
routines-picker-search = Buscar en los ejercicios
routines-picker-add-label = Añadir { $name }
routines-picker-add = Añadir
routines-picker-done = Listo
routines-picker-done-count =
    { $count ->
        [one] Listo ({ $count } ejercicio)
        [many] Listo ({ $count } ejercicios)
       *[other] Listo ({ $count } ejercicios)
    }

routines-shared-eyebrow = Una rutina compartida contigo
routines-shared-before = Antes de verla
routines-shared-intro = Limber te guía con ejercicios suaves para el dolor lumbar cotidiano y lo guarda todo en este dispositivo. Da orientaciones generales, no un diagnóstico.
routines-shared-next = Siguiente
routines-shared-cannot-open = Este enlace no se puede abrir
routines-shared-untouched = Tus rutinas y tu historial siguen igual que antes.
routines-go-today = Ir a Hoy
routines-shared-by = Compartida por { $from }
routines-shared-meta =
    { $count ->
        [one] { $stage } · { $count } ejercicio · unos { $minutes } min
        [many] { $stage } · { $count } ejercicios · unos { $minutes } min
       *[other] { $stage } · { $count } ejercicios · unos { $minutes } min
    }
routines-shared-look-first = Échale un vistazo antes de guardarla. Como con cualquier rutina: ve con calma, y para o suaviza lo que te aumente el dolor.
routines-shared-saved-already = Ya has guardado esta rutina.
routines-shared-open-it = Abrirla
routines-shared-save = Guardar en mis rutinas
routines-shared-not-now = Ahora no
routines-paste-title = Abrir una rutina que te han enviado
routines-paste-help = Normalmente se abre al tocar el enlace. Si se abre en el navegador en vez de en esta app, copia el enlace y pégalo aquí. Verás la rutina antes de que se guarde nada.
routines-paste-label = Enlace de la rutina
routines-paste-open = Abrir
routines-paste-not-a-link = Eso no parece un enlace de una rutina de Limber. Copia el enlace completo y pégalo de nuevo.

routines-share-title = Compartir esta rutina
routines-share-intro = La rutina viaja dentro del propio enlace. No se sube nada a ningún sitio, y quien lo abra verá una vista previa antes de guardar nada.
routines-share-your-name = Tu nombre
routines-share-your-name-hint = (opcional, lo verá quien lo abra)
routines-share-name-too-long = Tu nombre es demasiado largo para el enlace: usa como máximo { $max } caracteres.
routines-share-make = Crear el enlace
routines-share-link = Enlace
routines-share-copy = Copiar enlace
routines-share-send = Compartir…
routines-share-copied = Enlace copiado. Pégalo en un mensaje o un correo.
routines-share-copy-failed = Aquí no se ha podido copiar. Mantén pulsado el enlace de arriba para copiarlo tú.
routines-share-text = Una rutina para la espalda para ti en Limber:
routines-share-qr-label = Código QR del enlace para compartir
routines-share-scan = O escanéalo con la cámara de otro móvil.
