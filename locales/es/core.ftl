### Español.
### Dates: each language's order and punctuation, and its names of days and months.

date-long = { $weekday }, { $day } { $month }
date-short = { $day } { $month }
date-full = { $weekday }, { $day } de { $month } de { $year }
date-weekday = { $weekday }
date-long-year = { $weekday }, { $day } { $month } { $year }
date-short-year = { $day } { $month } { $year }

## Monday is 1.
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
weekday-short-1 = lun
weekday-short-2 = mar
weekday-short-3 = mié
weekday-short-4 = jue
weekday-short-5 = vie
weekday-short-6 = sáb
weekday-short-7 = dom

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic

plain = { $text }
list-end = { $first } y { $last }
list-middle = { $first }, { $rest }

## Exercise names (in lists, headings and spoken cues).
exercise-pelvic-tilt = Basculación pélvica
exercise-glute-bridge = Puente de glúteos
exercise-bridge-march = Puente con marcha
exercise-wall-plank = Plancha en la pared
exercise-knee-plank = Plancha con rodillas apoyadas
exercise-forearm-plank = Plancha sobre antebrazos
exercise-side-plank-knees = Plancha lateral con rodillas apoyadas
exercise-side-plank = Plancha lateral
exercise-clamshell = Almeja
exercise-side-leg-raise = Elevación de pierna de lado
exercise-bird-dog-limb = Estirar un brazo o una pierna
exercise-bird-dog = Perro de caza
exercise-heel-taps = Toques de talón
exercise-dead-bug = Bicho muerto
exercise-sit-to-stand = Levantarse de la silla
exercise-wall-sit = Sentadilla en la pared
exercise-cat-cow = Gato-vaca
exercise-seated-cat-cow = Gato-vaca sentado
exercise-childs-pose = Postura del niño
exercise-knee-to-chest = Rodilla al pecho
exercise-double-knee-to-chest = Ambas rodillas al pecho
exercise-trunk-rotation = Rotación del tronco
exercise-open-book = Libro abierto
exercise-figure-four = Estiramiento en cuatro
exercise-seated-figure-four = Estiramiento en cuatro sentado
exercise-hamstring-strap = Estiramiento de isquiotibiales con cinta
exercise-seated-hamstring = Estiramiento de isquiotibiales sentado
exercise-hip-flexor-kneeling = Estiramiento del flexor de cadera de rodillas
exercise-hip-flexor-standing = Estiramiento del flexor de cadera de pie
exercise-sphinx = Apoyado en los codos
exercise-press-up = Extensión boca abajo
exercise-standing-extension = Extensión de espalda de pie
exercise-walking = Caminar
exercise-cycling = Bicicleta estática
exercise-swimming = Natación
exercise-water-aerobics = Aquagym

## Routine names.
routine-gentle-start = Inicio suave
routine-flare-up-relief = Alivio en una crisis
routine-no-floor-needed = Sin tumbarse en el suelo
routine-morning-mobility = Movilidad por la mañana
routine-core-basics = Abdomen: lo básico
routine-hips-and-hamstrings = Caderas e isquiotibiales
routine-evening-wind-down = Relax por la noche
routine-core-builder = Abdomen más fuerte
routine-desk-break = Pausa en el escritorio
routine-full-maintenance = Mantenimiento completo
routine-easy-walk = Paseo tranquilo
routine-stationary-cycle = Bicicleta estática
routine-swim = Nadar
routine-water-workout = Ejercicio en el agua

records-kind-walk = Caminata
records-kind-swim = Natación
records-kind-ride = Bicicleta
records-kind-water-aerobics = Aquagym
