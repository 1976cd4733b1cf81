### Español: las frases del programa de caminar (la semana inicial y los objetivos de cada semana).

records-walk-baseline-done = Semana inicial terminada: tu plan empieza el { $weekday } con { $walks ->
        [one] { $walks } caminata
       *[other] { $walks } caminatas
    } de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
records-walk-baseline-waiting = Semana inicial: sal a caminar a un ritmo cómodo, cuando te venga bien, para encontrar tu punto de partida.
records-walk-baseline = Semana inicial: camina a un ritmo cómodo, hasta { $most ->
        [one] { $most } caminata
       *[other] { $most } caminatas
    }, para ver qué te sienta bien ({ $done } de { $most } hasta ahora).
records-walk-first-capped = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, { $walks ->
        [one] { $walks } caminata
       *[other] { $walks } caminatas
    } esta semana: tus caminatas de la semana inicial duraron { $base ->
        [one] { $base } minuto
       *[other] { $base } minutos
    }, y { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } por caminata es más que suficiente.
records-walk-first = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, { $walks ->
        [one] { $walks } caminata
       *[other] { $walks } caminatas
    } esta semana: alrededor del { $percent } % de los { $base ->
        [one] { $base } minuto
       *[other] { $base } minutos
    } que duraron tus caminatas de la semana inicial.
records-walk-stepped-back = Volvemos a { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, { $walks ->
        [one] { $walks } caminata
       *[other] { $walks } caminatas
    }: tu espalda tuvo una crisis la semana pasada, así que esta semana vuelves a tu última semana buena.
records-walk-held-flare = Igual que la semana pasada: tu espalda tuvo una crisis la semana pasada, así que el plan se mantiene por ahora.
records-walk-target = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    }: ese es el objetivo. ¡Sigue así!
records-walk-more-walks = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, { $walks ->
        [one] { $walks } caminata
       *[other] { $walks } caminatas
    }: una caminata más por semana, porque la semana pasada fue según el plan.
records-walk-grown = { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }, { $walks ->
        [one] { $walks } caminata
       *[other] { $walks } caminatas
    }: un poco más, porque la semana pasada fue según el plan.
records-walk-held = Igual que la semana pasada: sube después de una semana con { $walks ->
        [one] { $walks } caminata
       *[other] { $walks } caminatas
    } de unos { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
records-walk-longer = Esta semana tus caminatas duraron unos { $average ->
        [one] { $average } minuto
       *[other] { $average } minutos
    } cada una, más que los { $planned ->
        [one] { $planned } minuto
       *[other] { $planned } minutos
    } que pide el plan: está bien si tu espalda lo lleva bien. El plan crece alrededor de un { $percent } % tras cada semana hecha según el plan, así que no hace falta forzar más.
records-walk-progress-all = { $walks ->
        [one] { $walks } caminata
       *[other] { $walks } caminatas
    } esta semana
records-walk-progress = { $done } de { $walks ->
        [one] { $walks } caminata
       *[other] { $walks } caminatas
    } esta semana
