### Deutsch. Wissen: kurze Texte darüber, wie man mit Schmerzen im unteren Rücken lebt und sich
### bewegt, und die Seiten darum herum. Ruhig, klar und kurz; Fakten und Zahlen genau wie im
### Englischen.

## Die Seiten

learn-title = Wissen
learn-lead = Ein kurzer Kurs, eine Lektion am Tag: wie Rückenschmerz funktioniert und was hilft.
learn-back = ‹ Zum Kurs
learn-next-read = Nächste Lektion
learn-sources-heading = Woher das kommt

## Am Ende von „Schmerz heißt nicht Schaden“: die Regel mit den eigenen Zahlen der Person.

learn-your-bands = Dein üblicher Schmerz liegt bei etwa { $usual }, nach deinen letzten Antworten. Beim Üben ist Schmerz bis { $green } in Ordnung, bis { $amber } okay, wenn er bis zum nächsten Morgen nachlässt, und alles darüber (oder Schmerz, der ins Bein ausstrahlt) heißt: mach es leichter.
learn-your-bands-no-amber = Dein üblicher Schmerz liegt bei etwa { $usual }, nach deinen letzten Antworten. Beim Üben ist Schmerz bis { $green } in Ordnung, und alles darüber (oder Schmerz, der ins Bein ausstrahlt) heißt: mach es leichter.

## Quellen

learn-source-silbernagel = Modell zur Schmerzkontrolle: Silbernagel et al., Am J Sports Med, 2007 (eine Studie zu Schmerzen an der Achillessehne)
learn-source-walkback = WalkBack-Studie: Pocovi et al., The Lancet, 2024
learn-source-who-2020 = WHO-Leitlinien zu körperlicher Aktivität und sitzendem Verhalten, 2020
learn-source-nice-ng59 = NICE-Leitlinie NG59, Low back pain and sciatica in over 16s, 2016

## Neue Quellen, auf die sich die Lektionen oben stützen. Sie gehören zu den anderen
## learn-source-* in learn.ftl (gleiche Form: was es ist, dann Autoren, Zeitschrift, Jahr).
## Namen von Personen, Zeitschriften und Studien bleiben; der Rest wird übersetzt.
learn-source-restore = RESTORE-Studie zur kognitiv-funktionellen Therapie: Kent et al., The Lancet, 2023
learn-source-brinjikji = Befunde in der Bildgebung bei Menschen ohne Rückenschmerzen: Brinjikji et al., AJNR, 2015

## Neue Quellen, die Lektionen in Thema 5 und 6 nennen (Vorschlag; sie könnten zu den anderen
## learn-source-* in learn.ftl wandern). Namen von Personen, Zeitschriften und Studien bleiben.
learn-source-cherkin = Achtsamkeit und kognitive Verhaltenstherapie bei Schmerzen im unteren Rücken: Cherkin et al., JAMA, 2016
learn-source-gollwitzer = Wenn-dann-Pläne: Gollwitzer und Sheeran, Advances in Experimental Social Psychology, 2006

## Der Kurs: die Liste, die Seite einer Lektion und die Lektionen im Schub-Plan.
learn-progress = Gelesene Lektionen: { $read } von { $total }
learn-week = Woche { $week }
learn-status-read = Gelesen
learn-status-today = Lektion für heute
learn-status-later = Kommt später
learn-status-flare = Bei einem Schub
learn-locked = Diese Lektion kommt später im Kurs: eine Lektion am Tag, der Reihe nach.
learn-example-heading = Zum Beispiel
learn-try-heading = Probier diese Woche
learn-question-heading = Eine Frage an dich
learn-answer-label = Deine Antwort
learn-answer-save = Antwort speichern
learn-answer-kept = Gespeichert. Du kannst sie jederzeit ändern.
learn-mark-read = Fertig: als gelesen markieren
learn-read-on = Gelesen am { $date }.
learn-next-tomorrow = Deine nächste Lektion kommt morgen.
learn-course-done = Du hast alle Lektionen gelesen. Jede kannst du hier noch einmal lesen.
learn-flare-heading = Lektionen für einen Schub
learn-listen = Anhören
learn-listen-pause = Pause
learn-listen-resume = Weiter
learn-listen-stop = Stopp
learn-listen-no-voice = Dieses Handy hat noch keine Stimme für diese Sprache. In den Einstellungen unter „Während einer Einheit“ steht, wie du eine hinzufügst.
