### Deutsch. Der Bericht für Physiotherapeut oder Physiotherapeutin, Insights mit Diagrammen.
### Der Bericht wird von Fachleuten gelesen: er spricht über „die Person“, nicht mit „du“.

report-date = { $date }
report-range = { $from } bis { $to }

report-title = Übungsbericht
report-from-limber = Aus Limber: allgemeine Übungen zur Selbsthilfe bei Kreuzschmerzen.
report-field-from = Von
report-field-to = Bis
report-include-notes = Meine Notizen aufnehmen
report-include-weight = Mein Gewicht aufnehmen
report-print = Drucken oder als PDF speichern
report-pdf-hint = Für ein PDF: Drucken wählen, dann „Als PDF speichern“ als Drucker.
report-header = Von der Person selbst erfasst · { $from } bis { $to }
report-no-sessions-yet = Noch keine Einheiten erfasst.
report-no-sessions-in-dates = Keine Einheiten in diesem Zeitraum.
report-sessions-from-to = { $count ->
    [one] { $count } Einheit vom { $first } bis { $last }.
   *[other] { $count } Einheiten vom { $first } bis { $last }.
}
report-logged = { $count ->
    [one] Davon ist { $count } ein von Hand eingetragener Spaziergang, Schwimm- oder Radeinheit.
   *[other] Davon sind { $count } von Hand eingetragene Spaziergänge, Schwimm- oder Radeinheiten.
}
report-every-session = Alle Einheiten
report-column-date = Datum
report-column-routine = Programm
report-column-time = Dauer
report-column-next-morning = Am nächsten Morgen
report-column-skipped = Ausgelassen
report-column-eased = Erleichtert
report-logged-activity = { $routine } (eingetragen)
report-logged-distance = { $routine } (eingetragen, { $distance })
report-code-label = QR-Code, der { $routine } in Limber öffnet
report-codes-hint = Mit der Handykamera scannen, um das Programm in Limber zu öffnen.

report-section-started = Ausgangslage und heute
report-section-activities = Eigene Alltagstätigkeiten
report-section-adherence = Einheiten im Vergleich zum Plan
report-section-pain = Schmerz und der nächste Morgen
report-section-flares = Schübe und Warnzeichen
report-section-programme = Das Programm heute
report-section-notes = Notizen

report-start-pain = Zu Beginn ({ $date }) lag der Schmerz bei { $pain } von 10.
report-start-history = Wie lange die Schmerzen schon bestanden: { $duration ->
    [under-six-weeks] weniger als 6 Wochen
    [keeps-coming-back] sie kommen immer wieder
   *[longer] länger als 6 Wochen
}. Wie aktiv die Person war: { $activity ->
    [little] zurzeit kaum
    [active] an den meisten Tagen aktiv
   *[some] etwas Gehen und Alltagsarbeiten
}.
report-start-unanswered = Die Einstiegsfragen wurden auf diesem Gerät nicht beantwortet.
report-latest-check-in = Zuletzt: Schmerz { $pain } von 10 (beim wöchentlichen Check-in am { $date }).
report-latest-session = Zuletzt: Schmerz { $pain } von 10 (vor einer Einheit am { $date }).
report-change-lower = { $points ->
    [one] Das ist { $points } Punkt weniger als zu Beginn.
   *[other] Das sind { $points } Punkte weniger als zu Beginn.
}
report-change-higher = { $points ->
    [one] Das ist { $points } Punkt mehr als zu Beginn.
   *[other] Das sind { $points } Punkte mehr als zu Beginn.
}
report-change-same = Das ist genauso viel wie zu Beginn.
report-no-pain = Seit Beginn kein Schmerzwert erfasst.
report-weight = Körpergewicht: { $trend }
report-weight-too-few = Körpergewicht: zu wenige Einträge in diesem Zeitraum für einen Verlauf.

report-activities-none = Zu Beginn wurden keine Alltagstätigkeiten genannt.
report-activities-scale-only = Bewertet von 0 (geht gar nicht) bis 10 (überhaupt kein Problem) zu Beginn; seitdem kein wöchentlicher Check-in.
report-activities-scale = { $count ->
    [one] Bewertet von 0 (geht gar nicht) bis 10 (überhaupt kein Problem) zu Beginn und bei { $count } wöchentlichen Check-in.
   *[other] Bewertet von 0 (geht gar nicht) bis 10 (überhaupt kein Problem) zu Beginn und bei { $count } wöchentlichen Check-ins.
}
report-activity-change = { $how ->
    [easier] { $name }: { $first } zu Beginn, { $latest } am { $date } (leichter).
    [harder] { $name }: { $first } zu Beginn, { $latest } am { $date } (schwerer).
   *[same] { $name }: { $first } zu Beginn, { $latest } am { $date } (etwa gleich).
}
report-activity-not-again = { $name }: { $first } zu Beginn; nicht erneut bewertet.
report-activity-not-rated = { $name }: nicht bewertet.
report-change-chart-at-start = Zu Beginn
report-change-chart-latest = Zuletzt
report-change-chart-activity = Tätigkeit
report-change-chart-rating = Bewertung

report-column-week = Woche ab
report-column-sessions = Einheiten gemacht / geplant
report-column-walking = Gehminuten / Ziel
report-week = { $date }
report-week-so-far = { $date } (bisher)
report-cell-sessions = { $done } / { $planned }
report-cell-sessions-unplanned = { $done } / –
report-cell-walking = { $walked } / { $target } Min.
report-cell-walked = { $walked } Min.
report-cell-none = –

report-no-plan = Es wurde kein Plan eingerichtet, also war nichts geplant: { $sessions ->
    [one] { $sessions } Einheit
   *[other] { $sessions } Einheiten
} in { $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
} gemacht.
report-nothing-planned = { $done ->
    [one] In den bereits vergangenen Wochen war nichts geplant: { $done } Einheit gemacht.
   *[other] In den bereits vergangenen Wochen war nichts geplant: { $done } Einheiten gemacht.
}
report-adherence = In { $weeks ->
    [one] der { $weeks } bereits vergangenen Woche
   *[other] den { $weeks } bereits vergangenen Wochen
}: { $done ->
    [one] { $done } Einheit
   *[other] { $done } Einheiten
} gemacht, bei { $planned ->
    [one] { $planned } geplanten Einheit
   *[other] { $planned } geplanten Einheiten
} ({ $percent } %).
report-cardio = { $count ->
    [one] Zusätzlich: { $count } Spaziergang, Schwimm- oder Radeinheit.
   *[other] Zusätzlich: { $count } Spaziergänge, Schwimm- oder Radeinheiten.
}
report-walking-baseline-week = Gehprogramm: in der Ausgangswoche, um eine angenehme Anfangsdauer zu finden.
report-walking-over = Gehen, in den bereits vergangenen Wochen: { $walked ->
    [one] { $walked } Minute
   *[other] { $walked } Minuten
} gegangen, bei einem Ziel von { $target ->
    [one] { $target } Minute
   *[other] { $target } Minuten
} ({ $weeks ->
    [one] { $weeks } Woche
   *[other] { $weeks } Wochen
}).

report-eased-nothing = In diesem Zeitraum wurde nichts erleichtert oder ausgelassen, und jeder bisher geplante Tag hatte seine Einheit.
report-eased-intro = In diesem Zeitraum erleichtert oder ausgelassen:
report-eased-level = { $count ->
    [one] { $routine }: { $count }-mal auf einer leichteren Stufe gemacht.
   *[other] { $routine }: { $count }-mal auf einer leichteren Stufe gemacht.
}
report-eased-exercise = { $count ->
    [one] { $exercise }: { $count }-mal ausgelassen oder erleichtert.
   *[other] { $exercise }: { $count }-mal ausgelassen oder erleichtert.
}
report-eased-early = { $count ->
    [one] Vorzeitig beendet: { $count } Einheit.
   *[other] Vorzeitig beendet: { $count } Einheiten.
}
report-eased-missed = Geplante Tage ohne Einheit: { $days }.

report-pain-average = { $count ->
    [one] Durchschnittlicher Schmerz vor einer Einheit: { $before } von 10; direkt danach: { $after } (über { $count } Einheit mit beiden Angaben).
   *[other] Durchschnittlicher Schmerz vor einer Einheit: { $before } von 10; direkt danach: { $after } (über { $count } Einheiten mit beiden Angaben).
}
report-pain-no-pairs = Keine Einheit in diesem Zeitraum hat Schmerzwerte sowohl davor als auch danach.
report-pain-hurts = { $count ->
    [one] „Das tut weh“ wurde in { $count } Einheit genutzt; der höchste angegebene Schmerz war { $pain } von 10 ({ $exercise }, { $date }).
   *[other] „Das tut weh“ wurde in { $count } Einheiten genutzt; der höchste angegebene Schmerz war { $pain } von 10 ({ $exercise }, { $date }).
}
report-pain-hurts-unused = „Das tut weh“ wurde in diesem Zeitraum während keiner Einheit genutzt.
report-morning-none = Keine Antworten zum nächsten Morgen in diesem Zeitraum.
report-morning = { $total ->
    [one] Am nächsten Morgen, verglichen mit vor der Einheit: { $better } besser, { $same } etwa gleich, { $worse } schlechter ({ $total } Antwort).
   *[other] Am nächsten Morgen, verglichen mit vor der Einheit: { $better } besser, { $same } etwa gleich, { $worse } schlechter ({ $total } Antworten).
}

report-flares-none = Keine Einheit in diesem Zeitraum galt als Schub.
report-flares-count = Schübe nach einer Einheit: { $count } (Schmerz danach mehr als 2 Punkte über dem Schmerz davor oder 8 und mehr; zu anstrengend empfunden; oder schlechter am nächsten Morgen).
report-flare-reason-morning-said = am nächsten Morgen war es schlechter, mit Schmerz { $pain }, vorher { $before }
report-flare-reason-morning-pain = der Schmerz lag am nächsten Morgen bei { $pain }, vorher { $before }
report-flare-reason-morning = am nächsten Morgen war es schlechter
report-flare-reason-rose = der Schmerz stieg von { $before } auf { $after }
report-flare-reason-reached = der Schmerz erreichte { $after }
report-flare-reason-too-hard = es war zu anstrengend
report-flare = { $date }, { $routine }: { $reason }.
report-flare-stepped = { $date }, { $routine }: { $reason }; beim nächsten Mal wurde es auf der Stufe „{ $level ->
    [easiest] am leichtesten
    [easier] leichter
    [harder] schwerer
   *[standard] Standard
}“ gemacht.
report-flare-plan-on = { $days ->
    [one] Schubplan (die sanftesten Programme, bis der Schmerz nachlässt) aktiv seit { $from }, bisher { $days } Tag; üblicher Schmerz etwa { $usual }, höchster { $highest }.
   *[other] Schubplan (die sanftesten Programme, bis der Schmerz nachlässt) aktiv seit { $from }, bisher { $days } Tage; üblicher Schmerz etwa { $usual }, höchster { $highest }.
}
report-flare-plan-ended = { $days ->
    [one] Schubplan (die sanftesten Programme, bis der Schmerz nachlässt) vom { $from } bis { $to }, { $days } Tag; üblicher Schmerz etwa { $usual }, höchster { $highest }.
   *[other] Schubplan (die sanftesten Programme, bis der Schmerz nachlässt) vom { $from } bis { $to }, { $days } Tage; üblicher Schmerz etwa { $usual }, höchster { $highest }.
}
report-red-flags-none = In diesem Zeitraum wurden keine Warnzeichen gemeldet.
report-red-flag-checked-at-start = Zu Beginn gab die Person an, dass ein Warnzeichen zutraf und dass eine medizinische Fachkraft es abgeklärt hat.
report-red-flag-emergency-checked = { $date }: Ja zu einem Warnzeichen, das Notfallhilfe braucht; am { $cleared } angekreuzt, dass eine medizinische Fachkraft es abgeklärt hat.
report-red-flag-emergency-open = { $date }: Ja zu einem Warnzeichen, das Notfallhilfe braucht; noch nicht abgeklärt, daher sind die Einheiten pausiert.
report-red-flag-soon-checked = { $date }: Ja zu einem Warnzeichen, das innerhalb von ein bis zwei Tagen ärztlich abgeklärt werden sollte; am { $cleared } angekreuzt, dass eine medizinische Fachkraft es abgeklärt hat.
report-red-flag-soon-open = { $date }: Ja zu einem Warnzeichen, das innerhalb von ein bis zwei Tagen ärztlich abgeklärt werden sollte; noch nicht abgeklärt, daher sind die Einheiten pausiert.

report-course = Kurs zum Rückenschmerz: gelesene Lektionen, { $read } von { $total }.
report-programme-none = Auf diesem Gerät ist kein Plan eingerichtet.
report-programme-stage = Am { $date }: Phase „{ $stage }“, { $schedule }.
report-flare-plan-active = Der Schubplan ist aktiv: die sanftesten Programme, bis der Schmerz nachlässt.
report-routine-now = { $routine }: Stufe „{ $level ->
    [easiest] am leichtesten
    [easier] leichter
    [harder] schwerer
    [hardest] am schwersten
   *[standard] Standard
}“; { $count }-mal gemacht.
report-walking-baseline = Gehprogramm: Ausgangswoche.
report-walking-plan = Gehprogramm: diese Woche { $walks ->
    [one] { $walks } Spaziergang
   *[other] { $walks } Spaziergänge
} von { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}.

report-note-when = { $date }, { $routine }
report-notes-none = Keine Notizen in diesem Zeitraum.
report-notes-intro = In eigenen Worten, wie nach jeder Einheit notiert.

report-streak-unit = { $count ->
    [one] geplante Einheit in Folge
   *[other] geplante Einheiten in Folge
}
report-streak-none = Noch keine Serie: Jede geplante Einheit, die du machst, zählt dazu.
report-streak-broken = { $best ->
    [one] Gerade keine Serie: Deine nächste geplante Einheit startet eine. Bisher am besten: { $best } geplante Einheit in Folge.
   *[other] Gerade keine Serie: Deine nächste geplante Einheit startet eine. Bisher am besten: { $best } geplante Einheiten in Folge.
}
report-streak = { $count ->
    [one] Serie: { $count } geplante Einheit in Folge (Bestwert { $best }).
   *[other] Serie: { $count } geplante Einheiten in Folge (Bestwert { $best }).
}

report-week-line-sessions = { $sessions ->
    [one] { $sessions } Einheit
   *[other] { $sessions } Einheiten
} · { $minutes } Min.
report-week-line-cardio = { $cardio ->
    [one] { $cardio } Spaziergang, Schwimm- oder Radeinheit
   *[other] { $cardio } Spaziergänge, Schwimm- oder Radeinheiten
} · { $minutes } Min.
report-week-line-both = { $sessions ->
    [one] { $sessions } Einheit
   *[other] { $sessions } Einheiten
} · { $cardio ->
    [one] { $cardio } Spaziergang, Schwimm- oder Radeinheit
   *[other] { $cardio } Spaziergänge, Schwimm- oder Radeinheiten
} · { $minutes } Min.

report-eased-whole-session = Die ganze Einheit auf der Stufe „{ $level ->
    [easiest] am leichtesten
   *[easier] leichter
}“
report-eased-smaller = { $exercise }, kleiner gemacht
report-eased-instead = { $exercise } statt { $instead }

report-insights-title = Überblick
report-insights-empty = Hier erscheinen Diagramme nach deiner ersten Einheit.
report-insights-best-streak = beste Serie
report-insights-sessions-unit = { $count ->
    [one] Einheit
   *[other] Einheiten
}
report-insights-streak-hint = Eine Serie zählt deine geplanten Einheiten in Folge. Freie Tage außerhalb deines Plans unterbrechen sie nicht.
report-insights-sessions-per-week = Einheiten pro Woche
report-insights-sessions = Einheiten
report-insights-minutes-per-week = Minuten pro Woche
report-insights-minutes = Minuten
report-insights-walking = Gehprogramm
report-insights-walking-goal = { $minutes ->
    [one] Ziel: { $minutes } Minute pro Woche
   *[other] Ziel: { $minutes } Minuten pro Woche
}
report-insights-walking-caption = { $minutes ->
    [one] Gehminuten pro Programmwoche (Ziel: { $minutes } Minute pro Woche)
   *[other] Gehminuten pro Programmwoche (Ziel: { $minutes } Minuten pro Woche)
}
report-insights-pain = Schmerz davor und danach
report-insights-day-by-day = Tag für Tag
report-insights-days-caption = Tage mit Einheiten, ab { $date }
report-insights-done-most = Am häufigsten gemacht
report-insights-done-most-empty = Noch nichts: Hier erscheinen die Übungen, die du am häufigsten machst.
report-insights-avoided-most = Am häufigsten ausgelassen oder erleichtert
report-insights-avoided-most-empty = Bisher nichts ausgelassen oder erleichtert.
report-insights-times = { " " }· { $count }
report-insights-report-link = Bericht für deine Physio

report-chart-week = Woche
report-chart-date = Datum
report-chart-day = Tag
report-chart-pain = Schmerz
report-chart-sessions = Einheiten
report-chart-ratings = Bewertungen
report-chart-before = Davor
report-chart-after = Danach
report-chart-pain-caption = Schmerz vor und nach jeder Einheit
report-chart-score = { $score }/10
report-chart-no-score = –
report-chart-pain-row = { $before } davor, { $after } danach
report-chart-rating = { $name } { $score }

# Variables:
#   $week (Number) - calm sessions this week
#   $all (Number) - calm sessions in all
#   $minutes (Number) - minutes of calm in all
report-insights-calm = Ruhe-Einheiten: { $week } diese Woche, { $all } insgesamt ({ $minutes } Min.)
# Variables:
#   $count (Number) - calm sessions in these dates
#   $minutes (Number) - their minutes added up
report-calm =
    { $count ->
        [0] Ruhe-Einheiten (Atmung und Entspannung) in diesem Zeitraum: keine.
        [one] Ruhe-Einheiten (Atmung und Entspannung) in diesem Zeitraum: 1, { $minutes } Min.
       *[other] Ruhe-Einheiten (Atmung und Entspannung) in diesem Zeitraum: { $count }, zusammen { $minutes } Min.
    }
