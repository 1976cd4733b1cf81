### Español: la sesión guiada.

session-say-number = { $number }
session-say-halfway = Vas por la mitad.
session-say-all-done = Terminado. ¡Buen trabajo!
session-say-get-ready = Prepárate: { $name }.
session-say-next = Siguiente: { $name }.
session-say-get-ready-how = Prepárate: { $name }. { $how }
session-say-next-how = Siguiente: { $name }. { $how }
session-say-rest = Descansa { $secs ->
    [one] { $secs } segundo
    [many] { $secs } segundos
   *[other] { $secs } segundos
}.
session-say-rest-then = Descansa { $secs ->
    [one] { $secs } segundo
    [many] { $secs } segundos
   *[other] { $secs } segundos
}. Después: { $next }
session-say-reps = { $name }: { $reps ->
    [one] { $reps } repetición
    [many] { $reps } repeticiones
   *[other] { $reps } repeticiones
}.
session-say-reps-side = { $name }, { $side ->
    [left] lado izquierdo
   *[right] lado derecho
}: { $reps ->
    [one] { $reps } repetición
    [many] { $reps } repeticiones
   *[other] { $reps } repeticiones
}.
session-say-reps-set = { $name }, serie { $set } de { $sets }: { $reps ->
    [one] { $reps } repetición
    [many] { $reps } repeticiones
   *[other] { $reps } repeticiones
}.
session-say-reps-set-side = { $name }, { $side ->
    [left] lado izquierdo
   *[right] lado derecho
}, serie { $set } de { $sets }: { $reps ->
    [one] { $reps } repetición
    [many] { $reps } repeticiones
   *[other] { $reps } repeticiones
}.
session-say-hold = { $name }: mantén { $secs ->
    [one] { $secs } segundo
    [many] { $secs } segundos
   *[other] { $secs } segundos
}.
session-say-hold-side = { $name }, { $side ->
    [left] lado izquierdo
   *[right] lado derecho
}: mantén { $secs ->
    [one] { $secs } segundo
    [many] { $secs } segundos
   *[other] { $secs } segundos
}.
session-say-hold-set = { $name }, serie { $set } de { $sets }: mantén { $secs ->
    [one] { $secs } segundo
    [many] { $secs } segundos
   *[other] { $secs } segundos
}.
session-say-hold-set-side = { $name }, { $side ->
    [left] lado izquierdo
   *[right] lado derecho
}, serie { $set } de { $sets }: mantén { $secs ->
    [one] { $secs } segundo
    [many] { $secs } segundos
   *[other] { $secs } segundos
}.
session-say-activity = { $name }: { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
} a ritmo suave.
session-say-switch = Cambia de lado: ahora el { $side ->
    [left] lado izquierdo
   *[right] lado derecho
}.
session-say-time-reached = Ya { $minutes ->
    [one] llevas { $minutes } minuto
    [many] llevas { $minutes } minutos
   *[other] llevas { $minutes } minutos
}. Vuelve a casa cuando quieras.
session-tip-time-up = Se acabó el tiempo: toca «Estoy de vuelta» cuando llegues a casa.

session-label-set = Serie { $set } de { $sets }
session-label-set-side = Serie { $set } de { $sets } · { $side ->
    [left] lado izquierdo
   *[right] lado derecho
}
session-label-set-switch = Serie { $set } de { $sets } · ahora el { $side ->
    [left] lado izquierdo
   *[right] lado derecho
}
session-label-side = { $side ->
    [left] Lado izquierdo
   *[right] Lado derecho
}
session-label-switch = { $side ->
    [left] Ahora el lado izquierdo
   *[right] Ahora el lado derecho
}
session-eyebrow-get-ready = Prepárate
session-eyebrow-next-up = A continuación
session-eyebrow-easy-pace = A ritmo suave
session-eyebrow-next-set = Siguiente: serie { $set } de { $sets }

session-phase-position = Ponte en posición
session-phase-reps = Repeticiones
session-phase-hold = Mantén
session-phase-rest = Descanso
session-phase-switch = Cambia de lado
session-ring-paused = En pausa
session-ring-rep-of = de { $reps } rep.
session-ring-of-minutes = de { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
}

session-paused = En pausa.
session-exercise-of = Ejercicio { $number } de { $total }
session-close = Cerrar
session-how = Cómo
session-how-title = Cómo se hace: { $name }
session-keep-in-mind = Ten en cuenta
session-back-to-exercise = Volver al ejercicio
session-figure-label = Ilustración: { $name }
session-controls = Controles de la sesión
session-previous = Ejercicio anterior
session-next-exercise = Ejercicio siguiente
session-pause = Pausa
session-resume = Reanudar
session-add-rest = +15 s
session-this-hurts = Me duele
session-done-set = Serie hecha
session-im-back = Estoy de vuelta
session-skip-rest = Saltar descanso
session-im-ready = Ya estoy
session-stop-title = ¿Terminar la sesión aquí?
session-stop-paused = El reloj está en pausa mientras decides.
session-save-what-i-did = Guardar lo que hice
session-carry-on = Seguir
session-discard = Descartar esta sesión

session-hurts-title = Lamento que te duela
session-hurts-how-bad = ¿Cuánto te duele ahora?
session-hurts-spreading = El dolor me baja por la pierna
session-carry-on-gently = Seguir con cuidado
session-easier-variant = Hacerlo más fácil: { $name }
session-easier-smaller = Hacerlo más fácil: menos repeticiones, movimientos más pequeños
session-easier-range = Hacerlo más fácil: movimientos más pequeños y lentos
session-skip-exercise = Saltar este ejercicio
session-end = Terminar la sesión
session-hurts-close = Cerrar

session-check-back = ‹ Volver
session-about = Unos { $minutes } min
session-check-eyebrow = { $routine } · { $length }
session-check-title = Antes de empezar
session-check-pain = ¿Cómo está tu espalda ahora?
session-check-recent = Hace un rato le dijiste a Limber dolor { $pain } de 10. Cámbialo si ahora es distinto.
session-start = Empezar
session-check-answer-first = Responde la pregunta de arriba para empezar.
session-continue = Continuar con la sesión

session-after-ended = Sesión terminada
session-after-well-done = ¡Buen trabajo!
session-after-did-all = Hiciste { $total ->
    [one] { $total } ejercicio
    [many] { $total } ejercicios
   *[other] { $total } ejercicios
} en { $duration }.
session-after-did-some = Hiciste { $done } de { $total ->
    [one] { $total } ejercicio
    [many] { $total } ejercicios
   *[other] { $total } ejercicios
} en { $duration }.
session-after-eased = { $name } (versión más fácil)
session-after-not-done = sin hacer
session-after-sets-all = { $sets ->
    [one] { $sets } serie
    [many] { $sets } series
   *[other] { $sets } series
}
session-after-sets-some = { $done } de { $sets ->
    [one] { $sets } serie
    [many] { $sets } series
   *[other] { $sets } series
}
session-after-with-pain = { $status } · dolor { $pain } de 10
session-after-before = Antes de empezar: dolor { $pain } de 10
session-after-pain = ¿Cuánto te duele la espalda ahora?
session-after-feeling = ¿Cómo te fue?
session-after-note = ¿Algo que quieras recordar? (opcional)
session-after-note-example = Por ejemplo: caderas rígidas, más fácil que la semana pasada
session-after-still-here = Tu sesión sigue aquí: vuelve a intentar guardarla o guárdala como archivo para importarla más tarde.
session-after-download = Descargar esta sesión
session-after-save = Guardar sesión
session-after-dont-save = No guardar
session-after-leave-question = ¿Salir sin guardar?
session-after-leave-text = ¿Salir sin guardar? Esta sesión no aparecerá en tu historial.
session-after-leave = Salir sin guardar
session-after-keep = Conservarla
session-next-saved = Guardado. ¡Buen trabajo!
session-next-title = Lo siguiente
session-next-log-walk = Registra tu caminata cuando vuelvas
session-next-today = Ir a Hoy
session-next-history = Verla en tu historial

session-figure-view-side = visto de lado
session-figure-view-front = visto de frente
session-figure-view-above = visto desde arriba
