### Deutsch: die geführte Einheit.

session-say-number = { $number }
session-say-halfway = Halbzeit.
session-say-all-done = Geschafft. Gut gemacht!
session-say-get-ready = Mach dich bereit: { $name }.
session-say-next = Als Nächstes: { $name }.
session-say-get-ready-how = Mach dich bereit: { $name }. { $how }
session-say-next-how = Als Nächstes: { $name }. { $how }
session-say-rest = { $secs ->
    [one] { $secs } Sekunde
   *[other] { $secs } Sekunden
} Pause.
session-say-rest-then = { $secs ->
    [one] { $secs } Sekunde
   *[other] { $secs } Sekunden
} Pause. Danach: { $next }
session-say-reps = { $name }: { $reps ->
    [one] { $reps } Wiederholung
   *[other] { $reps } Wiederholungen
}.
session-say-reps-side = { $name }, { $side ->
    [left] linke Seite
   *[right] rechte Seite
}: { $reps ->
    [one] { $reps } Wiederholung
   *[other] { $reps } Wiederholungen
}.
session-say-reps-set = { $name }, Satz { $set } von { $sets }: { $reps ->
    [one] { $reps } Wiederholung
   *[other] { $reps } Wiederholungen
}.
session-say-reps-set-side = { $name }, { $side ->
    [left] linke Seite
   *[right] rechte Seite
}, Satz { $set } von { $sets }: { $reps ->
    [one] { $reps } Wiederholung
   *[other] { $reps } Wiederholungen
}.
session-say-hold = { $name }: { $secs ->
    [one] { $secs } Sekunde
   *[other] { $secs } Sekunden
} halten.
session-say-hold-side = { $name }, { $side ->
    [left] linke Seite
   *[right] rechte Seite
}: { $secs ->
    [one] { $secs } Sekunde
   *[other] { $secs } Sekunden
} halten.
session-say-hold-set = { $name }, Satz { $set } von { $sets }: { $secs ->
    [one] { $secs } Sekunde
   *[other] { $secs } Sekunden
} halten.
session-say-hold-set-side = { $name }, { $side ->
    [left] linke Seite
   *[right] rechte Seite
}, Satz { $set } von { $sets }: { $secs ->
    [one] { $secs } Sekunde
   *[other] { $secs } Sekunden
} halten.
session-say-activity = { $name }: { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} in gemütlichem Tempo.
session-say-switch = Seitenwechsel: jetzt die { $side ->
    [left] linke Seite
   *[right] rechte Seite
}.
session-say-time-reached = Das { $minutes ->
    [one] war { $minutes } Minute
   *[other] waren { $minutes } Minuten
}. Mach dich auf den Heimweg, wenn du so weit bist.
session-tip-time-up = Die Zeit ist um: Tippe auf „Bin zurück“, wenn du zu Hause bist.

session-label-set = Satz { $set } von { $sets }
session-label-set-side = Satz { $set } von { $sets } · { $side ->
    [left] linke Seite
   *[right] rechte Seite
}
session-label-set-switch = Satz { $set } von { $sets } · jetzt die { $side ->
    [left] linke Seite
   *[right] rechte Seite
}
session-label-side = { $side ->
    [left] Linke Seite
   *[right] Rechte Seite
}
session-label-switch = { $side ->
    [left] Jetzt die linke Seite
   *[right] Jetzt die rechte Seite
}
session-eyebrow-get-ready = Mach dich bereit
session-eyebrow-next-up = Als Nächstes
session-eyebrow-easy-pace = In gemütlichem Tempo
session-eyebrow-next-set = Als Nächstes: Satz { $set } von { $sets }

session-phase-position = In Position gehen
session-phase-reps = Wdh.
session-phase-hold = Halten
session-phase-rest = Pause
session-phase-switch = Seite wechseln
session-ring-paused = Pausiert
session-ring-rep-of = von { $reps } Wdh.
session-ring-of-minutes = von { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}

session-paused = Pausiert.
session-exercise-of = Übung { $number } von { $total }
session-close = Schließen
session-how = Wie?
session-how-title = Anleitung: { $name }
session-keep-in-mind = Darauf achten
session-back-to-exercise = Zurück zur Übung
session-figure-label = So sieht { $name } aus
session-controls = Steuerung der Einheit
session-previous = Vorherige Übung
session-next-exercise = Nächste Übung
session-pause = Pausieren
session-resume = Weiter
session-add-rest = +15 s
session-this-hurts = Das tut weh
session-done-set = Satz fertig
session-im-back = Bin zurück
session-skip-rest = Pause überspringen
session-im-ready = Bin bereit
session-stop-title = Einheit hier beenden?
session-stop-paused = Die Uhr steht, während du überlegst.
session-save-what-i-did = Speichern, was ich gemacht habe
session-carry-on = Weitermachen
session-discard = Einheit verwerfen

session-hurts-title = Tut mir leid, dass es wehtut
session-hurts-how-bad = Wie stark ist es gerade?
session-hurts-spreading = Der Schmerz zieht ins Bein
session-carry-on-gently = Vorsichtig weitermachen
session-easier-variant = Leichter machen: { $name }
session-easier-smaller = Leichter machen: weniger Wiederholungen, kleinere Bewegungen
session-easier-range = Leichter machen: kleinere, langsamere Bewegungen
session-skip-exercise = Übung überspringen
session-end = Einheit beenden
session-hurts-close = Schließen

session-check-back = ‹ Zurück
session-about = Etwa { $minutes } Min.
session-check-eyebrow = { $routine } · { $length }
session-check-title = Bevor du anfängst
session-check-pain = Wie geht es deinem Rücken gerade?
session-check-recent = Du hast Limber vor Kurzem Schmerz { $pain } von 10 genannt. Ändere es, wenn es jetzt anders ist.
session-start = Starten
session-check-answer-first = Beantworte erst die Frage oben, dann kannst du starten.
session-continue = Weiter zur Einheit

session-after-ended = Einheit beendet
session-after-well-done = Gut gemacht!
session-after-did-all = Du hast { $total ->
    [one] { $total } Übung
   *[other] { $total } Übungen
} in { $duration } gemacht.
session-after-did-some = Du hast { $done } von { $total ->
    [one] { $total } Übung
   *[other] { $total } Übungen
} in { $duration } gemacht.
session-after-eased = { $name } (leichtere Variante)
session-after-not-done = nicht gemacht
session-after-sets-all = { $sets ->
    [one] { $sets } Satz
   *[other] { $sets } Sätze
}
session-after-sets-some = { $done } von { $sets ->
    [one] { $sets } Satz
   *[other] { $sets } Sätzen
}
session-after-with-pain = { $status } · Schmerz { $pain } von 10
session-after-before = Vor dem Start: Schmerz { $pain } von 10
session-after-pain = Wie stark tut dein Rücken jetzt weh?
session-after-feeling = Wie hat es sich angefühlt?
session-after-note = Möchtest du dir etwas merken? (optional)
session-after-note-example = Zum Beispiel: Hüfte war steif, leichter als letzte Woche
session-after-still-here = Deine Einheit ist noch da: Versuch noch einmal zu speichern, oder behalte sie als Datei und importiere sie später.
session-after-download = Diese Einheit herunterladen
session-after-save = Einheit speichern
session-after-dont-save = Nicht speichern
session-after-leave-question = Ohne Speichern verlassen?
session-after-leave-text = Ohne Speichern verlassen? Diese Einheit erscheint dann nicht in deinem Verlauf.
session-after-leave = Ohne Speichern verlassen
session-after-keep = Behalten
session-next-saved = Gespeichert. Gut gemacht!
session-next-title = Wie es weitergeht
session-next-log-walk = Trag deinen Spaziergang ein, wenn du zurück bist
session-next-today = Zu „Heute“
session-next-history = Im Verlauf ansehen

session-figure-view-side = von der Seite gesehen
session-figure-view-front = von vorn gesehen
session-figure-view-above = von oben gesehen
