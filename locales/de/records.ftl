### Deutsch. Verlauf, eine Einheit, Bewegung von Hand eintragen, Körpergewicht, Gehprogramm.

records-duration-seconds = { $seconds } s
records-duration-minutes = { $minutes } min { $seconds } s
records-minutes = { $minutes } min
records-distance-km = { $distance } km
records-distance-mi = { $distance } mi
records-summary-km = { $minutes } min · { $distance } km
records-summary-mi = { $minutes } min · { $distance } mi

records-when = { $date }
records-when-time = { $date } · { $time }

records-error-minutes = Gib ein, wie viele Minuten es gedauert hat, von 1 bis { $max }.
records-error-distance = Gib die Strecke als Zahl ein, zum Beispiel { $example }, oder lass das Feld leer.
records-error-future-date = Dieser Tag liegt noch in der Zukunft. Wähle heute oder einen früheren Tag.
records-error-too-long-ago = Wähle einen Tag innerhalb des letzten Jahres.
records-error-no-day = Wähle den Tag, an dem du es gemacht hast.
records-phone-note = Nimm das Handy mit, dann misst Limber die Zeit, oder lass es zu Hause und trag den Spaziergang ein, wenn du zurück bist. Geh so schnell, dass du dich noch unterhalten kannst.

records-log-title = Bewegung eintragen
records-log-lead = Auch ein Spaziergang, Schwimmen oder Radfahren ohne die App zählt.
records-log-what = Was hast du gemacht?
records-log-day = Tag
records-log-minutes = Minuten
records-log-distance-km = Strecke in km
records-log-distance-mi = Strecke in Meilen
records-optional = (optional)
records-log-feel = Wie hat es sich angefühlt?
records-log-pain = Schmerz vorher und nachher (optional)
records-log-pain-before = Schmerz vorher
records-log-pain-after = Schmerz nachher
records-log-note = Notiz (optional)
records-log-save = Speichern
records-cancel = Abbrechen

records-feeling-too-easy = Zu leicht
records-feeling-about-right = Genau richtig
records-feeling-too-hard = Zu schwer
records-felt = Gefühlt: { $feeling ->
        [too-easy] zu leicht
        [too-hard] zu schwer
       *[about-right] genau richtig
    }
records-compared-better = Besser
records-compared-same = Etwa gleich
records-compared-worse = Schlechter
records-morning-words-both = { $compared ->
        [better] Besser
        [worse] Schlechter
       *[same] Etwa gleich
    }, Schmerz { $pain }
records-morning-words-pain = Schmerz { $pain }
records-next-morning-both = Am nächsten Morgen: { $compared ->
        [better] besser
        [worse] schlechter
       *[same] etwa gleich
    }, Schmerz { $pain }
records-next-morning-compared = Am nächsten Morgen: { $compared ->
        [better] besser
        [worse] schlechter
       *[same] etwa gleich
    }
records-next-morning-pain = Am nächsten Morgen: Schmerz { $pain }

records-pain-b = { $before }/10 vorher
records-pain-d = { $during }/10 währenddessen
records-pain-a = { $after }/10 nachher
records-pain-bd = { $before }/10 vorher, { $during }/10 währenddessen
records-pain-ba = { $before }/10 vorher, { $after }/10 nachher
records-pain-da = { $during }/10 währenddessen, { $after }/10 nachher
records-pain-bda = { $before }/10 vorher, { $during }/10 währenddessen, { $after }/10 nachher
records-pain-none = nicht angegeben
records-pain-cell-heading = Schmerz vorher / währenddessen / nachher
records-pain-line = Schmerz: { $pain }
records-pain-afterwards = Schmerz danach: { $after }/10
records-pain-afterwards-none = Schmerz danach: nicht angegeben

records-history-title = Verlauf
records-tabs-label = Ansichten des Verlaufs
records-tab-sessions = Einheiten
records-tab-insights = Überblick
records-log-button = + Bewegung eintragen
records-history-empty = Noch keine Einheiten. Abgeschlossene Einheiten erscheinen hier.
records-week-of = Woche ab { $date }
records-show-older = Ältere Wochen zeigen
records-card-logged = Eingetragen · { $summary }
records-card-all = { $total ->
        [one] { $total } Übung
       *[other] { $total } Übungen
    } · { $duration }
records-card-done-of = { $done } von { $total ->
        [one] { $total } Übung
       *[other] { $total } Übungen
    } · { $duration }
records-skipped = Ausgelassen: { $names }
records-eased = Erleichtert: { $what }

records-back = ‹ Verlauf
records-deleted = Die Einheit „{ $routine }“ vom { $date } wurde gelöscht.
records-undo = Rückgängig
records-back-to-history = Zurück zum Verlauf
records-not-found = Einheit nicht gefunden
records-not-found-body = Vielleicht wurde sie in einem anderen Tab gelöscht.
records-logged-by-hand = Von Hand eingetragen · { $summary }
records-duration-completed = { $duration } · abgeschlossen
records-duration-ended-early = { $duration } · vorzeitig beendet
records-row-skipped = ausgelassen
records-row-sets-all = { $total ->
        [one] { $total } Satz
       *[other] { $total } Sätze
    }
records-row-sets-done-of = { $done } von { $total ->
        [one] { $total } Satz
       *[other] { $total } Sätzen
    }
records-row-reps = { $reps ->
        [one] { $reps } Wiederholung
       *[other] { $reps } Wiederholungen
    }
records-row-eased-from = leichtere Variante von { $exercise }
records-row-pain = Schmerz { $pain }/10
records-note = Notiz
records-save-note = Notiz speichern
records-note-saved = Notiz gespeichert.
records-delete-heading = Löschen
records-delete-button = Diese Einheit löschen

records-weight-kg = { $weight } kg
records-weight-lb = { $weight } lb
records-weight-error-number = Gib dein Gewicht als Zahl ein, zum Beispiel { $example }.
records-weight-error-precise = Bitte höchstens zwei Stellen nach dem Komma.
records-weight-error-range-kg = Das sieht nicht richtig aus: Gib ein Gewicht zwischen { $low } und { $high } kg ein.
records-weight-error-range-lb = Das sieht nicht richtig aus: Gib ein Gewicht zwischen { $low } und { $high } lb ein.
records-weight-down = { $change } weniger seit dem { $date }.
records-weight-up = { $change } mehr seit dem { $date }.
records-weight-same = Etwa gleich wie am { $date }.
records-weight-title = Körpergewicht
records-weight-intro = Ein gesundes Gewicht entlastet deinen Rücken. Diese Liste ist nur für dich; du kannst sie in den { $settings } ausschalten.
records-weight-settings = Einstellungen
records-weight-empty = Noch keine Einträge. Einmal pro Woche, immer zur gleichen Tageszeit, reicht völlig.
records-weight-saved = Für heute gespeichert.
records-weight-latest = Zuletzt: { $weight } am { $date }.
records-weight-remove = Entfernen
records-weight-removed = { $weight } vom { $date } entfernt.
records-weight-today-kg = Dein Gewicht heute in kg
records-weight-today-lb = Dein Gewicht heute in lb
records-weight-save = Gewicht speichern

records-walk-week-all = Woche ab { $date }: { $walks ->
        [one] { $walks } Spaziergang
       *[other] { $walks } Spaziergänge
    } à { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }, { $result ->
        [done] alles wie geplant geschafft
        [flared] in dieser Woche hatte dein Rücken einen Schub
        [not-done] nicht alles geschafft
       *[going] die Woche läuft noch
    }.
records-walk-week-done-of = Woche ab { $date }: { $done } von { $walks ->
        [one] { $walks } Spaziergang
       *[other] { $walks } Spaziergängen
    } à { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }, { $result ->
        [done] alles wie geplant geschafft
        [flared] in dieser Woche hatte dein Rücken einen Schub
        [not-done] nicht alles geschafft
       *[going] die Woche läuft noch
    }.

## The weight chart's unit, as its table heads it.
records-weight-unit-kg = kg
records-weight-unit-lb = lb

# Variables:
#   $count (Number) - calm sessions listened to
#   $minutes (Number) - their minutes added up
records-calm-summary =
    { $count ->
        [one] Ruhe: 1 Einheit, { $minutes } Min.
       *[other] Ruhe: { $count } Einheiten, { $minutes } Min.
    }
records-calm-hint = Atmung und Entspannung. Sie zählen nicht für deine Serie oder deine Übungsstufe.
