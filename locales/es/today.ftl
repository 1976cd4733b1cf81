### Español: Hoy (la primera pantalla) y el marco de todas las pantallas.

## La barra inferior. Etiquetas cortas.
today-nav-label = Principal
today-nav-today = Hoy
today-nav-routines = Rutinas
today-nav-history = Historial
today-nav-learn = Aprende
today-nav-settings = Ajustes

## Cargar una pantalla, y cuando no se puede.
today-loading = Cargando…
today-try-again = Reintentar
today-piece-failed = No se ha podido cargar esta parte de la pantalla.
today-screen-failed-title = No se ha podido cargar esta pantalla
today-screen-failed-text = Limber no ha podido descargar esta parte de la app. Revisa tu conexión y vuelve a intentarlo. Tu historial y tus ajustes están a salvo en este dispositivo.
today-open-failed-title = No se han podido abrir tus datos
today-open-failed-text = Limber no ha podido descargar la parte de la app que lee lo guardado en este dispositivo. Tu historial y tus ajustes están a salvo aquí. Revisa tu conexión y vuelve a intentarlo.

## Un problema con el almacenamiento.
today-problem-details = Detalles
today-problem-download = Descargarlo
today-problem-dismiss = Cerrar

## Una versión nueva.
today-update-ready = Actualización lista: hay una versión nueva de Limber.
today-update-reload = Recargar

## Una dirección desconocida.
today-not-found-title = Página no encontrada
today-not-found-text = No hay nada en esta dirección. Puede que el enlace sea antiguo.
today-not-found-home = Ir a Hoy

## Hoy.
today-title = Hoy
today-resume-nearly-saved = Casi guardada
today-resume-not-finished = Sin terminar
today-resume-finished = Has terminado { $name }: dos preguntas rápidas y queda guardada.
today-resume-unfinished = Tienes una sesión sin terminar: { $name }. Sigue donde lo dejaste.
today-resume-finish-button = Terminar de guardar
today-resume-continue-button = Continuar
today-restore-title = ¿Ya usabas Limber?
today-restore-text = Limber en la pantalla de inicio tiene su propio almacenamiento, así que empieza vacío. Todo lo que hiciste en el navegador sigue allí, a salvo.
today-restore-how = Para traerlo, guarda una copia de seguridad en el navegador (Ajustes, Tus datos) y ábrela aquí:
today-restore-new = Es mi primera vez, empezar de cero
today-restore-welcome-back = Hola de nuevo: tu historial está aquí.
today-intro-eyebrow = Te damos la bienvenida
today-intro-title = Encuentra tu punto de partida
today-intro-why = Moverse de forma suave y regular es de lo mejor que puedes hacer por una espalda dolorida. Unas preguntas, cerca de un minuto, bastan para saber por dónde empezar y tener un plan semanal.
today-intro-button = Empieza aquí
today-also-label = También hoy
today-try-now = O prueba { $name } ahora
today-try-now-note = Despacio y con suavidad; puedes parar cuando quieras.
today-start = Empezar
today-more-label = Más
today-no-sessions = Aún no hay sesiones. La primera está a unos minutos.
today-last-session-all = Última sesión: { $name } el { $date }, { $total ->
    [one] { $total } ejercicio hecho
   *[other] { $total } ejercicios hechos
}.
today-last-session-part = Última sesión: { $name } el { $date }, { $done } de { $total ->
    [one] { $total } ejercicio hecho
   *[other] { $total } ejercicios hechos
}.
today-last-logged = Último registro: { $kind ->
    [walk] Paseo
    [swim] Natación
    [ride] Bicicleta
   *[water-aerobics] Aquagym
} el { $date }, { $minutes } min.
today-last-logged-km = Último registro: { $kind ->
    [walk] Paseo
    [swim] Natación
    [ride] Bicicleta
   *[water-aerobics] Aquagym
} el { $date }, { $minutes } min · { $distance } km.
today-last-logged-mi = Último registro: { $kind ->
    [walk] Paseo
    [swim] Natación
    [ride] Bicicleta
   *[water-aerobics] Aquagym
} el { $date }, { $minutes } min · { $distance } mi.
today-learn-eyebrow = Aprende
today-lesson-next = La lección de hoy
today-lesson-flare = Para tu crisis
today-lesson-read = Leída hoy: la próxima lección llega mañana
today-lesson-finished = Has leído todo el curso
today-disclaimer = Limber ofrece orientación general, no un diagnóstico. Si algo no te parece bien, para y consulta con un profesional sanitario.

## Problemas de almacenamiento: guardar
more-store-unavailable = Este navegador no deja que Limber guarde nada, así que las sesiones se perderán al cerrar la página. Comprueba que los datos de sitios estén permitidos.
more-store-full = El almacenamiento de tu navegador para Limber está lleno, así que no se ha podido guardar.
more-store-other = El navegador no ha podido guardar ({ $error }).
more-not-saved =
    { $what ->
        [weight] No se ha podido guardar tu peso.
        [routine] No se ha podido guardar tu rutina.
        [settings] No se han podido guardar tus ajustes.
        [checkin] No se ha podido guardar tu control.
        [weight-log] No se ha podido guardar tu registro de peso.
        [routines] No se han podido guardar tus rutinas.
        [checkins] No se han podido guardar tus controles.
       *[change] No se ha podido guardar el cambio.
    } { $reason }
