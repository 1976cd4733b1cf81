### Deutsch: der Coach. Schmerzregeln, akute Schübe, der Plan, Steigerung, Check-ins und die
### Warnzeichen. Siehe locales/de/STYLE.md.

## Warnzeichen. Keine Notrufnummer selbst nennen: sie kommt als $number aus dem Land der Person.

coach-safety-heading-emergency = Hol dir sofort Notfallhilfe, wenn du eines davon hast:
coach-safety-heading-soon = Geh innerhalb von ein bis zwei Tagen zum Arzt oder zur Ärztin, wenn du eines davon hast:
coach-safety-sign-emergency-1 = Taubheit oder Kribbeln im Genitalbereich, am Gesäß oder an der Innenseite der Oberschenkel
coach-safety-sign-emergency-2 = Neue Probleme beim Wasserlassen, oder du kannst Blase oder Darm nicht mehr kontrollieren
coach-safety-sign-emergency-3 = Neue Probleme mit der Sexualfunktion
coach-safety-sign-emergency-4 = Taubheit, Schwäche oder Kribbeln in beiden Beinen, oder ein Bein, das immer schwächer wird
coach-safety-sign-emergency-5 = Rückenschmerzen nach einem schweren Sturz oder Unfall
coach-safety-sign-emergency-6 = Schmerzen in der Brust
coach-safety-sign-soon-1 = Fieber, oder du fühlst dich sehr krank
coach-safety-sign-soon-2 = Gewichtsverlust, den du dir nicht erklären kannst
coach-safety-sign-soon-3 = Krebs, jetzt oder früher
coach-safety-sign-soon-4 = Schmerzen, die ständig da sind, nachts schlimmer werden und weder in Ruhe noch in irgendeiner Haltung nachlassen
coach-safety-sign-soon-5 = Eine Beule oder eine veränderte Form deines Rückens
coach-safety-sign-soon-6 = Schmerzen zwischen den Schulterblättern
coach-safety-sign-soon-7 = Neue Beschwerden oder Beschwerden, die sich verändert haben
coach-safety-question = Trifft eines dieser Warnzeichen gerade auf dich zu?
coach-safety-show-signs = Warnzeichen anzeigen
coach-safety-answer-none = Nein, nichts davon
coach-safety-answer-emergency = Ja, etwas aus der ersten Liste
coach-safety-answer-soon = Ja, etwas aus der zweiten Liste
coach-safety-advice-emergency-title = Bitte hol dir jetzt Notfallhilfe
coach-safety-advice-emergency = Ruf sofort die { $number } an oder geh jetzt in die Notaufnahme. Diese Zeichen müssen noch heute behandelt werden, und die Behandlung wirkt am besten, wenn sie früh beginnt. Bitte mach keine Übungen.
coach-safety-advice-emergency-unknown = Ruf die Notrufnummer dort an, wo du gerade bist (die { $number } funktioniert in vielen Ländern mit dem Handy) oder geh jetzt in die Notaufnahme. Diese Zeichen müssen noch heute behandelt werden, und die Behandlung wirkt am besten, wenn sie früh beginnt. Bitte mach keine Übungen.
coach-safety-advice-soon-title = Bitte lass dich zuerst ärztlich untersuchen
coach-safety-advice-soon = Ruf deine Hausarztpraxis oder den ärztlichen Bereitschaftsdienst an, damit du innerhalb von ein bis zwei Tagen untersucht wirst, bevor du übst. Wenn es schnell schlimmer wird, hol dir früher Hilfe.
coach-safety-call = { $number } anrufen
coach-safety-since = Du hast Limber am { $date } ein Warnzeichen gemeldet. Die Einheiten bleiben pausiert, bis du untersucht worden bist.
coach-safety-checked = Eine Ärztin, ein Arzt oder eine andere medizinische Fachkraft hat mich untersucht und sagt, dass sanfte Übungen in Ordnung sind
coach-safety-continue = Weiter
coach-safety-back-today = Zurück zu Heute

## Die Stufen des Plans.
coach-stage-flare-up = Für schlechte Tage
coach-stage-building = Aufbauen
coach-stage-maintaining = Dranbleiben

## Stufen der Schwierigkeit.
coach-level-easiest = Am leichtesten
coach-level-easier = Leichter
coach-level-standard = Normal
coach-level-harder = Schwerer
coach-level-hardest = Am schwersten

## „Mein Rücken hat einen Schub“: was an schlechten Tagen hilft.
coach-flare-advice-moving-title = In Bewegung bleiben, nur weniger
coach-flare-advice-moving-body = Ein Schub tut weh, aber mehr Schmerz bedeutet selten einen neuen Schaden, und langes Stillliegen macht eher steifer. Kurze, leichte Spaziergänge, oft und wenig, und die sanften Programme für schlechte Tage halten dich in Gang.
coach-flare-advice-positions-title = Entlastende Haltungen finden
coach-flare-advice-positions-body = Leg dich auf den Rücken, die Knie gebeugt über ein oder zwei Kissen, oder auf die Seite mit einem Kissen zwischen den Knien. Wechsle alle 20 bis 30 Minuten die Haltung, statt lange gleich zu liegen.
coach-flare-advice-pacing-title = Teil dir den Tag ein
coach-flare-advice-pacing-body = Teil Aufgaben in kleine Stücke und mach Pause, bevor der Schmerz zunimmt, nicht erst danach. Lass alles weg, was einen stechenden oder ausstrahlenden Schmerz auslöst, und heb größere Aufgaben für einen besseren Tag auf.
coach-flare-advice-warmth-title = Wärme kann helfen
coach-flare-advice-warmth-body = Ein warmes (nicht heißes) Wärmekissen oder eine warme Dusche für 15 bis 20 Minuten kann verspannte Muskeln lockern. Wickel das Kissen in ein Handtuch und schlaf nie darauf ein.
coach-flare-advice-sleep-title = Achte auf deinen Schlaf
coach-flare-advice-sleep-body = Kissen, die eine bequeme Haltung stützen, und deine gewohnte Schlafenszeit. Nach einer schlechten Nacht fühlt sich der Schmerz am nächsten Tag oft stärker an: Das ist normal und geht vorbei.
coach-flare-advice-help-title = Wann du Hilfe holen solltest
coach-flare-advice-help-body = Lass dich ärztlich oder physiotherapeutisch untersuchen, wenn es nach etwa zwei Wochen nicht besser ist oder immer schlimmer wird. Bei den Zeichen unten brauchst du sofort Hilfe, keine Übungen.

## Der Schubplan: wie er beginnt und endet, überall gleich gesagt.
coach-flare-end-rule = Der Schubplan endet von selbst, sobald dein Schmerz zwei Tage hintereinander wieder höchstens etwa einen Punkt über deinem üblichen Wert ({ $usual }) liegt, oder wann immer du ihn beendest.
coach-flare-started = Dein Schubplan ist an. „Heute“ zeigt die Programme für schlechte Tage auf einer sanften Stufe, nichts wird schwerer und dein Spaziergang bleibt gleich. Limber fragt dich jeden Tag, wie es deinem Rücken geht. Der Schubplan endet von selbst, sobald dein Schmerz zwei Tage hintereinander wieder höchstens etwa einen Punkt über deinem üblichen Wert ({ $usual }) liegt, oder wann immer du ihn beendest.
coach-flare-auto-started = { $pain } liegt deutlich über deinem üblichen Wert ({ $usual }), deshalb hat Limber deinen Schubplan eingeschaltet: sanfte Programme für schlechte Tage, und nichts wird schwerer. Der Schubplan endet von selbst, sobald dein Schmerz zwei Tage hintereinander wieder höchstens etwa einen Punkt über deinem üblichen Wert ({ $usual }) liegt, oder wann immer du ihn beendest.
coach-flare-settled = Dein Schmerz ist seit zwei Tagen wieder nah an deinem üblichen Wert ({ $usual }), deshalb ist der Schubplan beendet und du bist zurück bei den Programmen „{ $stage }“. Steigere dich von hier aus behutsam.
coach-flare-near = Danke: { $pain } ist wieder nah an deinem üblichen Wert ({ $usual }). Wenn es morgen auch so bleibt, endet der Schubplan.
coach-flare-still = Danke. Mach behutsam weiter. Der Schubplan endet von selbst, sobald dein Schmerz zwei Tage hintereinander wieder höchstens etwa einen Punkt über deinem üblichen Wert ({ $usual }) liegt, oder wann immer du ihn beendest.
coach-flare-ended = Der Schubplan ist aus: Du bist zurück bei den Programmen „{ $stage }“. Steigere dich behutsam.

## Die Seite zum Schub.
coach-flare-back = ‹ Heute
coach-flare-title = Mein Rücken hat einen Schub
coach-flare-lead = Schübe sind häufig und klingen meist innerhalb von Tagen bis wenigen Wochen ab. Hier steht, was hilft, und ein Plan, der dich in der Zwischenzeit sanft in Bewegung hält.
coach-flare-pick-pain = Wähl zuerst aus, wie stark es ist, von 0 bis 10.
coach-flare-plan-day = Schubplan · Tag { $day }
coach-flare-checked-in = Heute schon beantwortet
coach-flare-how-today = Wie geht es deinem Rücken heute?
coach-flare-plan-on = Programme für schlechte Tage auf einer sanften Stufe, nichts wird schwerer und dein Spaziergang bleibt gleich. Der Schubplan endet von selbst, sobald dein Schmerz zwei Tage hintereinander wieder höchstens etwa einen Punkt über deinem üblichen Wert ({ $usual }) liegt, oder wann immer du ihn beendest.
coach-flare-pain-today = Dein Schmerz heute (0 bis 10)
coach-flare-update = Heutige Antwort ändern
coach-flare-save = Heutige Antwort speichern
coach-flare-end = Mein Rücken hat sich beruhigt: Schubplan beenden
coach-flare-plan = Schubplan
coach-flare-switch-title = Stell deinen Plan auf schlechte Tage um
coach-flare-switch-why = Bis es sich beruhigt: die Programme für schlechte Tage, nichts wird schwerer, dein Spaziergang bleibt gleich und eine Frage pro Tag.
coach-flare-pain-now = Wie stark ist es gerade? (0 bis 10)
coach-flare-switch = Schubplan einschalten
coach-flare-no-plan-title = Sanfte Programme für schlechte Tage
coach-flare-no-plan-why = Mach zuerst einen Plan, dann kann Limber ihn für dich auf schlechte Tage umstellen. Die Programme für schlechte Tage sind schon bereit.
coach-flare-see-routines = Zu den Programmen

## Die Antworten beim ersten Start und der Plan daraus.
coach-duration-under-six-weeks = Weniger als 6 Wochen
coach-duration-longer = Länger als 6 Wochen
coach-duration-keeps-coming-back = Die Schmerzen kommen immer wieder
coach-activity-little = Im Moment kaum
coach-activity-some = Ein bisschen Gehen und Alltägliches
coach-activity-active = An den meisten Tagen aktiv
coach-answer-pain-range = Wähl deinen Schmerz von 0 bis 10.
coach-answer-no-days = Wähl mindestens einen Tag.
coach-answer-bad-time = Wähl eine Uhrzeit.
coach-answer-too-many-activities = Bitte höchstens drei Tätigkeiten.
coach-answer-activity-name = Gib jeder Tätigkeit einen kurzen Namen (bis zu 60 Zeichen).
coach-answer-activity-score = Bewerte jede Tätigkeit von 0 bis 10.
coach-common-activity-1 = Socken anziehen
coach-common-activity-2 = Länger sitzen
coach-common-activity-3 = Gehen
coach-common-activity-4 = Eine Tasche heben
coach-common-activity-5 = Schlafen
coach-rate-prompt = Bewerte „{ $name }“ von 0 bis 10 oder entferne es.
coach-start-flare-high = Du startest mit den Programmen für schlechte Tage: Bei { $pain } von 10 ist langsame, sanfte Bewegung, meist im Liegen, der richtige erste Schritt.
coach-start-flare-recent = Du startest mit den Programmen für schlechte Tage: Dein Schmerz liegt bei { $pain } von 10 und hat in den letzten sechs Wochen begonnen, deshalb sind die ersten Einheiten langsam und sanft.
coach-start-flare-inactive = Du startest mit den Programmen für schlechte Tage: Bei Schmerz { $pain } von 10 und wenig Bewegung im Moment gewöhnen sanfte Einheiten deinen Rücken erst einmal daran.
coach-start-maintaining = Du startest mit den Programmen „Dranbleiben“: Dein Schmerz ist niedrig ({ $pain } von 10) und du bist schon aktiv, deshalb hält der Plan deinen Rücken kräftig und beweglich.
coach-start-building = Du startest mit den Programmen „Aufbauen“: Bei { $pain } von 10 passen gleichmäßige Einheiten zu dir, die schwerer werden, sobald sie sich gut anfühlen, und der Plan richtet sich danach, wie jede Einheit läuft.
coach-schedule = { $days } um { $time }
coach-days-none = keine Tage
coach-days-every = jeden Tag

## Steigerung: wie jede Einheit gezählt hat und warum die Stufe heute so ist.
## Routinennamen stehen in „…“, damit sie nicht dekliniert werden müssen.

coach-flare-why-too-hard = es war zu anstrengend
coach-flare-why-morning = am nächsten Morgen war es schlimmer
coach-flare-why-morning-worse = am nächsten Morgen war es schlimmer, mit Schmerz { $pain } statt vorher { $before }
coach-flare-why-morning-pain = dein Schmerz lag am nächsten Morgen bei { $pain }, vorher bei { $before }
coach-flare-why-rose = dein Schmerz stieg von { $before } auf { $after }
coach-flare-why-reached = dein Schmerz erreichte { $after }

coach-outcome-flare = Als Schub gezählt, denn { $why }.
coach-outcome-good = Als gut gezählt: { $felt ->
    [too-easy] Es war zu leicht
    [about-right] Es war genau richtig
    [too-hard] Es war zu anstrengend
   *[none] Es lief gut
}.
coach-outcome-good-settled = Als gut gezählt: { $felt ->
    [too-easy] Es war zu leicht
    [about-right] Es war genau richtig
    [too-hard] Es war zu anstrengend
   *[none] Es lief gut
}, und am nächsten Morgen hatte es sich beruhigt.
coach-outcome-unanswered = Weder hoch noch runter: Nicht alle Fragen wurden beantwortet.
coach-outcome-stopped = Weder hoch noch runter: Die Einheit wurde vorzeitig beendet.
coach-outcome-steady = Weder hoch noch runter: Es war keine ganz leichte, schmerzfreie Einheit.
coach-outcome-steady-settled = Weder hoch noch runter: Es war keine ganz leichte, schmerzfreie Einheit, aber am nächsten Morgen hatte es sich beruhigt.

coach-progress-towards = { $done } von { $needed ->
    [one] { $needed } guten Einheit
   *[other] { $needed } guten Einheiten
} bis „{ $level }“.

coach-why-first-after-flare = Zum ersten Mal „{ $routine }“, eine Stufe leichter: Dein Rücken hatte { $when ->
    [today] heute
    [yesterday] gestern
   *[recently] vor Kurzem
} einen Schub ({ $why } bei „{ $flared }“).
coach-why-first = Zum ersten Mal „{ $routine }“: Fang auf der normalen Stufe an und schau, wie es sich anfühlt.
coach-why-gentler-last = Heute „{ $routine }“ etwas sanfter: Beim letzten Mal gab es einen Schub ({ $why }).
coach-why-gentler-other = Heute „{ $routine }“ etwas sanfter: Dein Rücken hatte { $when ->
    [today] heute
    [yesterday] gestern
   *[recently] vor Kurzem
} einen Schub ({ $why } bei „{ $flared }“).
coach-why-gentlest-last = „{ $routine }“ wieder auf der sanftesten Stufe: Beim letzten Mal gab es einen Schub ({ $why }). Wenn es immer wieder zu Schüben kommt, lass dich ärztlich oder physiotherapeutisch beraten.
coach-why-gentlest-other = „{ $routine }“ wieder auf der sanftesten Stufe: Dein Rücken hatte { $when ->
    [today] heute
    [yesterday] gestern
   *[recently] vor Kurzem
} einen Schub ({ $why } bei „{ $flared }“). Wenn es immer wieder zu Schüben kommt, lass dich ärztlich oder physiotherapeutisch beraten.
coach-why-top = „{ $routine }“ auf der schwersten Stufe: Bleib dabei und genieß es.
coach-why-same = Gleiche Stufe wie beim letzten Mal: Sie steigt nach { $left ->
    [one] { $left } weiteren Einheit, die sich genau richtig anfühlt,
   *[other] { $left } weiteren Einheiten, die sich genau richtig anfühlen,
} ohne dass der Schmerz steigt (oder nach zwei zu leichten hintereinander).
coach-why-held = Heute gleiche Stufe: Dein Rücken hatte { $when ->
    [today] heute
    [yesterday] gestern
   *[recently] vor Kurzem
} einen Schub ({ $why } bei „{ $flared }“), deshalb wird es erst schwerer, wenn er sich beruhigt hat.
coach-why-harder-easy = Heute „{ $routine }“ etwas schwerer: Deine letzten zwei Einheiten waren zu leicht, ohne dass der Schmerz gestiegen ist.
coach-why-harder = Heute „{ $routine }“ etwas schwerer: Deine letzten drei Einheiten { $felt ->
    [easy] waren leicht
    [right] fühlten sich genau richtig an
   *[mixed] waren leicht oder genau richtig
}, und der Schmerz { $steady ->
    [same] blieb bei { $top }
   *[lower] blieb bei { $top } oder darunter
}.
coach-why-flare-plan = Leichter, solange dein Schubplan läuft: Sanfte Bewegung hilft einem Schub abzuklingen, und bis dahin wird nichts schwerer.

## Ein Schub vor Kurzem, auf „Heute“.
coach-flare-note = Dein Rücken hatte { $when ->
    [today] heute
    [yesterday] gestern
   *[recently] vor Kurzem
} nach „{ $routine }“ einen Schub ({ $why }). Mach die heutige Einheit sanft, und wenn der Schmerz nach ein bis zwei Tagen nicht abgeklungen ist oder immer schlimmer wird, lass dich ärztlich oder physiotherapeutisch beraten.
coach-flare-note-rest-day = Dein Rücken hatte { $when ->
    [today] heute
    [yesterday] gestern
   *[recently] vor Kurzem
} nach „{ $routine }“ einen Schub ({ $why }). Heute ist ein Ruhetag: Ruh dich aus, und mach einen lockeren Spaziergang, wenn es sich gut anfühlt. Wenn der Schmerz nach ein bis zwei Tagen nicht abgeklungen ist oder immer schlimmer wird, lass dich ärztlich oder physiotherapeutisch beraten. Deine nächste Einheit ist { $next }.

## Der Spaziergang heute, und warum.
coach-walk-flare = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} lockeres Gehen, nicht mehr als letzte Woche, solange sich dein Rücken beruhigt.
coach-walk-first = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} lockeres Gehen, oder Schwimmen oder Radfahren, wenn dir das lieber ist. Langsam ist völlig in Ordnung.
coach-walk-cap = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} Gehen, Schwimmen oder Radfahren: so viel, wie der Plan vorsieht. Gut gemacht.
coach-walk-up = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}: etwas mehr als { $from }, weil du letzte Woche an { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} oder mehr etwa { $from ->
    [one] { $from } Minute
   *[other] { $from } Minuten
} gegangen bist.
coach-walk-not-done = Wieder { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}: Es wird mehr nach einer Woche mit { $needed ->
    [one] { $needed } Spaziergang
   *[other] { $needed } Spaziergängen
} von etwa { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}, und letzte Woche { $walks ->
    [0] war es keiner
    [one] war es { $walks }
   *[other] waren es { $walks }
}.
coach-walk-flared = Wieder { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}: Dein Rücken hatte letzte Woche einen Schub, deshalb bleibt es erst einmal dabei.

## Der wöchentliche Check-in.
coach-checkin-title = Wöchentlicher Check-in
coach-checkin-intro = Eine Minute, um zu sehen, was sich verändert. Nur die Frage zum Schmerz ist nötig; die anderen kannst du überspringen.
coach-checkin-pain-label = Wie stark sind deine Rückenschmerzen heute?
coach-checkin-activity-label = { $activity }: Wie gut klappt das jetzt?
coach-checkin-pick-pain = Wähl zuerst deinen Schmerz von 0 bis 10.
coach-checkin-save = Check-in speichern
coach-checkin-first-later = Dein erster wöchentlicher Check-in kommt eine Woche, nachdem du deinen Plan gemacht hast.
coach-checkin-trend-title = Wöchentliche Check-ins
coach-checkin-pain-series = Schmerz
coach-checkin-chart-caption = Schmerz und deine Tätigkeiten bei jedem Check-in (0 bis 10)
coach-checkin-pain-down = dein Schmerz ist von { $from } auf { $to } gesunken
coach-checkin-pain-up = dein Schmerz ist von { $from } auf { $to } gestiegen
coach-checkin-easier = „{ $activity }“ fällt dir leichter ({ $from } → { $to })
coach-checkin-harder = „{ $activity }“ fällt dir schwerer ({ $from } → { $to })
coach-checkin-no-change = Bisher keine großen Veränderungen seit deinem Start. Gleichbleibend ist in Ordnung: Mach weiter.
coach-checkin-better = Seit deinem Start gilt: { $better }.
coach-checkin-worse = Seit deinem Start gilt: { $worse }. Wenn es immer schlechter wird, lass dich ärztlich oder physiotherapeutisch beraten.
coach-checkin-mixed = Seit deinem Start gilt: { $better }; aber { $worse }.

## Der Teil des Plans auf „Heute“.
coach-hero-start = Starten
coach-hero-whats-in-it = Was drin ist
coach-hero-why-level = Warum diese Stufe?
coach-hero-rest = Ausruhen, und ein Spaziergang, wenn du magst
coach-hero-rest-walk = Ausruhen, und ein lockerer Spaziergang von { $minutes } Minuten
coach-hero-log-walk = Spaziergang eintragen
coach-hero-second = Oder eine Einheit, wenn dir danach ist: „{ $routine }“, etwa { $minutes } Min.
coach-hero-today = Heute
coach-hero-history = Dein Verlauf
coach-plan-when = Dein Plan: { $schedule }.
coach-plan-reminders = Erinnerungen in meinen Kalender
coach-plan-reminders-saved = Öffne die Datei, um die Erinnerungen in deinen Kalender zu übernehmen.
coach-plan-reminders-failed = Dein Browser wollte die Datei nicht speichern.
coach-reminder-title = Limber: ein paar Minuten für deinen Rücken
coach-reminder-description = Zeit für dein sanftes Rückenprogramm. Öffne Limber, um zu starten.
coach-also-today = Außerdem heute
coach-checkin-prompt = Eine Minute, um zu sehen, was sich verändert.
coach-checkin-open = Check-in
coach-checkin-saved = Check-in gespeichert.
coach-checkin-see-changes = Sieh dir an, was sich verändert
coach-not-now = Nicht jetzt
coach-walk-title = { $minutes ->
    [one] Ein Spaziergang von { $minutes } Minute
   *[other] Ein Spaziergang von { $minutes } Minuten
}
coach-walk-none-this-week = Diese Woche noch kein Ausdauertraining eingetragen.
coach-walk-this-week = Diese Woche bisher: { $minutes } Min. Gehen, Schwimmen oder Radfahren.
coach-log-it = Eintragen
coach-flare-row-thanks = Danke, dass du heute geantwortet hast. Mach langsam.
coach-flare-row-above = Deine Antwort auf die Frage oben zählt für heute.
coach-flare-row-open = Öffnen
coach-flare-row-settled = Dein Rücken hat sich beruhigt: zurück zu den Programmen „{ $stage }“.
coach-flare-row-calm = Ein ruhiger Plan für schlechte Tage

## „Warum diese Stufe“.
coach-why-title = Warum diese Stufe
coach-why-last-sessions = Deine letzten Einheiten
coach-why-your-walking = Dein Gehen
coach-why-no-sessions = Noch keine Einheiten: Deine erste beginnt auf der normalen Stufe.
coach-why-next-morning = Am nächsten Morgen: { $compared ->
    [better] besser
    [worse] schlechter
   *[same] etwa gleich
}.
coach-why-session-head = { $date } · „{ $routine }“ · { $level }
coach-why-next-up = Als Nächstes · { $stage }
coach-why-routine-level = { $routine }: { $level }
coach-why-flare-on = Dein Schubplan läuft (Tag { $day }): die Programme für schlechte Tage, und nichts wird schwerer, bis es sich beruhigt hat.
coach-why-how-it-works = So funktioniert es: Jedes Programm wird schwerer nach { $steps ->
    [one] { $steps } Einheit
   *[other] { $steps } Einheiten
} hintereinander, die sich genau richtig oder leicht angefühlt haben, ohne dass der Schmerz gestiegen ist (oder nach { $easy ->
    [one] { $easy } Einheit
   *[other] { $easy } Einheiten
} hintereinander, die zu leicht waren), und nach einem Schub wird die nächste Einheit leichter. Der nächste Morgen hat das letzte Wort: schlechter heißt Schub, beruhigt heißt, es lief gut.
