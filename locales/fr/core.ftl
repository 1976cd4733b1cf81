### Français.
### Dates: each language's order and punctuation, and its names of days and months.

date-long = { $weekday } { $day } { $month }
date-short = { $day } { $month }
date-full = { $weekday } { $day } { $month } { $year }
date-weekday = { $weekday }
date-long-year = { $weekday } { $day } { $month } { $year }
date-short-year = { $day } { $month } { $year }

## Monday is 1.
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
weekday-short-1 = lun.
weekday-short-2 = mar.
weekday-short-3 = mer.
weekday-short-4 = jeu.
weekday-short-5 = ven.
weekday-short-6 = sam.
weekday-short-7 = dim.

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.

plain = { $text }
list-end = { $first } et { $last }
list-middle = { $first }, { $rest }

## Exercise names (in lists, headings and spoken cues).
exercise-pelvic-tilt = Bascule du bassin
exercise-glute-bridge = Pont fessier
exercise-bridge-march = Pont avec marche
exercise-wall-plank = Gainage contre le mur
exercise-knee-plank = Gainage sur les genoux
exercise-forearm-plank = Gainage sur les avant-bras
exercise-side-plank-knees = Gainage latéral sur les genoux
exercise-side-plank = Gainage latéral
exercise-clamshell = Coquillage
exercise-side-leg-raise = Élévation de jambe sur le côté
exercise-bird-dog-limb = Allonger un bras ou une jambe
exercise-bird-dog = Chien d’arrêt
exercise-heel-taps = Talons au sol
exercise-dead-bug = Insecte mort
exercise-sit-to-stand = Se lever d’une chaise
exercise-wall-sit = Chaise contre le mur
exercise-cat-cow = Chat-vache
exercise-seated-cat-cow = Chat-vache assis
exercise-childs-pose = Posture de l’enfant
exercise-knee-to-chest = Genou vers la poitrine
exercise-double-knee-to-chest = Deux genoux vers la poitrine
exercise-trunk-rotation = Rotation du bas du dos
exercise-open-book = Livre ouvert
exercise-figure-four = Étirement en 4
exercise-seated-figure-four = Étirement en 4 assis
exercise-hamstring-strap = Étirement des ischio-jambiers avec une sangle
exercise-seated-hamstring = Étirement des ischio-jambiers assis
exercise-hip-flexor-kneeling = Étirement du fléchisseur de hanche à genou
exercise-hip-flexor-standing = Étirement du fléchisseur de hanche debout
exercise-sphinx = Appui sur les coudes
exercise-press-up = Extension sur le ventre
exercise-standing-extension = Extension du dos debout
exercise-walking = Marche
exercise-cycling = Vélo d’appartement
exercise-swimming = Natation
exercise-water-aerobics = Aquagym

## Routine names.
routine-gentle-start = Démarrage en douceur
routine-flare-up-relief = Soulager une crise
routine-no-floor-needed = Sans passer au sol
routine-morning-mobility = Mobilité du matin
routine-core-basics = Gainage : les bases
routine-hips-and-hamstrings = Hanches et ischio-jambiers
routine-evening-wind-down = Détente du soir
routine-core-builder = Gainage renforcé
routine-desk-break = Pause au bureau
routine-full-maintenance = Entretien complet
routine-easy-walk = Marche tranquille
routine-stationary-cycle = Vélo d’appartement
routine-swim = Nager
routine-water-workout = Exercices dans l’eau

records-kind-walk = Marche
records-kind-swim = Natation
records-kind-ride = Vélo
records-kind-water-aerobics = Aquagym
