### Deutsch.
### Dates: each language's order and punctuation, and its names of days and months.

date-long = { $weekday }, { $day }. { $month }
date-short = { $day }. { $month }
date-full = { $weekday }, { $day }. { $month } { $year }
date-weekday = { $weekday }
date-long-year = { $weekday }, { $day }. { $month } { $year }
date-short-year = { $day }. { $month } { $year }

## Monday is 1.
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag
weekday-short-1 = Mo.
weekday-short-2 = Di.
weekday-short-3 = Mi.
weekday-short-4 = Do.
weekday-short-5 = Fr.
weekday-short-6 = Sa.
weekday-short-7 = So.

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
month-short-1 = Jan.
month-short-2 = Feb.
month-short-3 = März
month-short-4 = Apr.
month-short-5 = Mai
month-short-6 = Juni
month-short-7 = Juli
month-short-8 = Aug.
month-short-9 = Sept.
month-short-10 = Okt.
month-short-11 = Nov.
month-short-12 = Dez.

plain = { $text }
list-end = { $first } und { $last }
list-middle = { $first }, { $rest }

## Exercise names (in lists, headings and spoken cues).
exercise-pelvic-tilt = Beckenkippen
exercise-glute-bridge = Gesäßbrücke
exercise-bridge-march = Brücke mit Marschieren
exercise-wall-plank = Stütz an der Wand
exercise-knee-plank = Unterarmstütz auf den Knien
exercise-forearm-plank = Unterarmstütz
exercise-side-plank-knees = Seitstütz auf den Knien
exercise-side-plank = Seitstütz
exercise-clamshell = Muschel
exercise-side-leg-raise = Beinheben in Seitenlage
exercise-bird-dog-limb = Arm oder Bein strecken
exercise-bird-dog = Vierfüßlerstand mit Arm und Bein
exercise-heel-taps = Fersentippen
exercise-dead-bug = Toter Käfer
exercise-sit-to-stand = Aufstehen vom Stuhl
exercise-wall-sit = Wandsitzen
exercise-cat-cow = Katze-Kuh
exercise-seated-cat-cow = Katze-Kuh im Sitzen
exercise-childs-pose = Kindeshaltung
exercise-knee-to-chest = Knie zur Brust
exercise-double-knee-to-chest = Beide Knie zur Brust
exercise-trunk-rotation = Knie zur Seite kippen
exercise-open-book = Offenes Buch
exercise-figure-four = Vierer-Dehnung
exercise-seated-figure-four = Vierer-Dehnung im Sitzen
exercise-hamstring-strap = Oberschenkeldehnung mit Gurt
exercise-seated-hamstring = Oberschenkeldehnung im Sitzen
exercise-hip-flexor-kneeling = Hüftbeuger-Dehnung im Halbknien
exercise-hip-flexor-standing = Hüftbeuger-Dehnung im Stehen
exercise-sphinx = Auf die Ellbogen stützen
exercise-press-up = Hochdrücken in Bauchlage
exercise-standing-extension = Rückbeuge im Stehen
exercise-walking = Gehen
exercise-cycling = Radfahren auf dem Heimtrainer
exercise-swimming = Schwimmen
exercise-water-aerobics = Wassergymnastik

## Routine names.
routine-gentle-start = Sanfter Einstieg
routine-flare-up-relief = Hilfe im akuten Schub
routine-no-floor-needed = Ganz ohne Boden
routine-morning-mobility = Beweglich in den Morgen
routine-core-basics = Rumpf: die Grundlagen
routine-hips-and-hamstrings = Hüften und Oberschenkel
routine-evening-wind-down = Entspannt in den Abend
routine-core-builder = Rumpf aufbauen
routine-desk-break = Pause am Schreibtisch
routine-full-maintenance = Das volle Programm
routine-easy-walk = Lockerer Spaziergang
routine-stationary-cycle = Heimtrainer
routine-swim = Schwimmen
routine-water-workout = Training im Wasser

records-kind-walk = Spaziergang
records-kind-swim = Schwimmen
records-kind-ride = Radfahren
records-kind-water-aerobics = Wassergymnastik
