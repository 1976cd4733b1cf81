### Deutsch. Was dich zurückhält: eine kurze Abfrage mit sieben Fragen dazu, was Rückenschmerzen
### oft am Laufen hält (wie sehr der Rücken zu schaffen macht, Angst vor Bewegung, Sorgen,
### Stimmung, Schlaf, Zuversicht, Arbeit und Aufgaben im Alltag), ihr Ergebnis, und Schlaf und
### Stimmung im wöchentlichen Check-in. Nie eine Diagnose und nie alarmierend; keine Punktwerte
### als Zahlen. In eigenen Worten, nicht die eines veröffentlichten Fragebogens.

## Die Abfrage, eine Frage nach der anderen

outlook-title = Was dich zurückhält
outlook-intro = Sieben kurze Fragen dazu, wie sich dein Rücken auf dein Leben auswirkt. Mit deinen Antworten kann Limber dir die passende Unterstützung vorschlagen. Das dauert etwa zwei Minuten, und es gibt keine falschen Antworten.
outlook-private = Deine Antworten bleiben auf diesem Handy.
outlook-start = Fragen starten
outlook-not-now = Nicht jetzt
outlook-back = Zurück
# Über jeder Frage.
# Variables:
#   $number (Number) - welche Frage, ab 1
#   $total (Number) - wie viele Fragen es sind
outlook-progress = Frage { $number } von { $total }
# Hört mittendrin auf; nichts wird gespeichert.
outlook-stop = Hier aufhören
outlook-lead-in = Denk an die letzten zwei Wochen.

# Die Fragen. Jede hat fünf Antworten, von gar keiner Belastung (0) bis zu sehr großer (4).
outlook-q-bother = Wie sehr hat dir dein Rücken zu schaffen gemacht?
outlook-a-bother-0 = Gar nicht
outlook-a-bother-1 = Ein wenig
outlook-a-bother-2 = Mäßig
outlook-a-bother-3 = Stark
outlook-a-bother-4 = Sehr stark
outlook-q-fear = „Bewegung könnte meinem Rücken ernsthaft schaden.“ Wie sehr stimmst du dem zu?
outlook-a-fear-0 = Gar nicht
outlook-a-fear-1 = Ein wenig
outlook-a-fear-2 = Teilweise
outlook-a-fear-3 = Größtenteils
outlook-a-fear-4 = Voll und ganz
outlook-q-worry = „Mein Rücken wird nie mehr besser.“ Wie oft ist dir dieser Gedanke gekommen?
outlook-a-worry-0 = Nie
outlook-a-worry-1 = Ein- oder zweimal
outlook-a-worry-2 = Manchmal
outlook-a-worry-3 = Oft
outlook-a-worry-4 = Fast die ganze Zeit
outlook-q-mood = Wie oft warst du niedergeschlagen oder hattest kaum Interesse an Dingen, die dir sonst Freude machen?
outlook-a-mood-0 = Nie
outlook-a-mood-1 = An einzelnen Tagen
outlook-a-mood-2 = An etwa der Hälfte der Tage
outlook-a-mood-3 = An den meisten Tagen
outlook-a-mood-4 = Fast jeden Tag
outlook-q-sleep = Wie sehr haben dein Rücken oder Sorgen um ihn deinen Schlaf gestört?
outlook-a-sleep-0 = Gar nicht
outlook-a-sleep-1 = Ein wenig
outlook-a-sleep-2 = In manchen Nächten
outlook-a-sleep-3 = In den meisten Nächten
outlook-a-sleep-4 = Fast jede Nacht
outlook-q-confidence = Wie sicher bist du, dass du deinen gewohnten Alltag schaffst, auch wenn es etwas wehtut?
outlook-a-confidence-0 = Ganz sicher
outlook-a-confidence-1 = Ziemlich sicher
outlook-a-confidence-2 = Einigermaßen sicher
outlook-a-confidence-3 = Wenig sicher
outlook-a-confidence-4 = Gar nicht sicher
outlook-q-roles = Wie sehr ist dir dein Rücken bei der Arbeit, bei der Betreuung anderer oder im Haushalt in die Quere gekommen?
outlook-a-roles-0 = Gar nicht
outlook-a-roles-1 = Ein wenig
outlook-a-roles-2 = Mäßig
outlook-a-roles-3 = Stark
outlook-a-roles-4 = Ich schaffe das kaum noch

# Kurznamen der Fragen, in Aufzählungen („Angst vor Bewegung und Schlaf“, auch nach „zu“)
# und als Tabellenzeilen. Deshalb Substantive ohne vorangestelltes Adjektiv.
outlook-short-bother = Belastung durch den Rücken
outlook-short-fear = Angst vor Bewegung
outlook-short-worry = Zweifel an einer Besserung
outlook-short-mood = Niedergeschlagenheit
outlook-short-sleep = Schlaf
outlook-short-confidence = Zuversicht im Alltag
outlook-short-roles = Arbeit und Alltagsaufgaben

# Eine Antwort als Wort in einer Tabelle, nie als Zahl: von gar keiner Belastung (0) bis zu sehr großer (4).
# Variables:
#   $score (Number) - die Antwort, 0 bis 4
outlook-cell = { $score ->
    [0] Keine
    [1] Leicht
    [2] Mäßig
    [3] Deutlich
   *[4] Sehr stark
}

## Das Ergebnis

outlook-result-programme-title = Bleib bei deinem Übungsprogramm
outlook-result-extra-title = Etwas zusätzliche Unterstützung könnte helfen
outlook-result-programme-none = In deinen Antworten fällt nichts besonders auf. Rückenschmerzen machen den Alltag oft in kleinen Dingen schwerer, und das ist normal. Dich regelmäßig und Schritt für Schritt zu bewegen, ist das Beste, was du tun kannst, und genau dafür ist dein Übungsprogramm gemacht.
# Variables:
#   $named (String) - was aufgefallen ist, als Aufzählung („Schlaf und Zuversicht im Alltag“)
outlook-result-programme-some = Deine Antworten zu { $named } fallen auf. Die Lektionen dazu stehen jetzt ganz vorn in deinem Kurs. Dich regelmäßig und Schritt für Schritt zu bewegen, ist trotzdem das Beste, was du tun kannst, und genau dafür ist dein Übungsprogramm gemacht.
# Variables:
#   $named (String) - was aufgefallen ist, als Aufzählung („Angst vor Bewegung und Niedergeschlagenheit“)
outlook-result-extra = Deine Antworten zu { $named } fallen auf. Das ist bei Rückenschmerzen häufig und kann dazu beitragen, dass Schmerzen anhalten. Drei Dinge helfen: die Lektionen dazu, die jetzt ganz vorn in deinem Kurs stehen; die Entspannungseinheiten; und eine physiotherapeutische oder ärztliche Beratung zu einem Programm, das Bewegung mit Unterstützung im Umgang mit Gedanken und Gefühlen verbindet. Für viele Menschen macht diese Art von Hilfe einen spürbaren Unterschied.
outlook-result-lessons = Zu den Lektionen
outlook-result-calm = Entspannungseinheit ausprobieren
outlook-result-done = Zurück zu Heute
outlook-result-goal = Setz dir ein eigenes Ziel
# Erscheint, egal was sonst geantwortet wurde, wenn bei der Stimmung „Fast jeden Tag“ gewählt wurde.
# Variables:
#   $number (String) - die Notrufnummer dort, wo die Person ist
outlook-help-now = Du hast gesagt, dass du dich fast jeden Tag niedergeschlagen gefühlt hast. Damit musst du nicht allein zurechtkommen: Bitte sprich bald mit deinem Arzt oder deiner Ärztin, oder noch heute mit einem Menschen, dem du vertraust. Wenn du einmal das Gefühl hast, dass du in Gefahr sein könntest, ruf sofort die { $number } an.
outlook-not-diagnosis = Das ist keine Diagnose. So kann Limber dir zeigen, was dir am ehesten helfen könnte.
outlook-rule-title = So liest Limber deine Antworten
# Die Regel, vollständig auf dem Ergebnisbildschirm und im Bericht.
outlook-rule = So liest Limber die Antworten: Jede Frage hat fünf Antworten, und die beiden, die die meisten Schwierigkeiten ausdrücken, fallen auf. Wenn Angst vor Bewegung, Zweifel an einer Besserung oder Niedergeschlagenheit auffallen, schlägt Limber zusätzliche Unterstützung vor: zuerst die Lektionen dazu, Entspannungseinheiten und eine physiotherapeutische oder ärztliche Beratung zu einem Angebot, das Bewegung und Unterstützung verbindet. Sonst schlägt Limber das Übungsprogramm vor, und die Lektionen zu allem, was aufgefallen ist, kommen zuerst. Die Antwort „Fast jeden Tag“ bei der Frage zur Stimmung bringt immer einen Hinweis, wo es Hilfe gibt.
# Eine Zeile pro Abfrage im Verlauf der Abfragen und im Bericht.
outlook-line-none = Nichts ist aufgefallen. Vorschlag: das Übungsprogramm.
# Variables:
#   $named (String) - was aufgefallen ist, als Aufzählung
outlook-line-programme = Aufgefallen: { $named }. Vorschlag: das Übungsprogramm, mit den Lektionen dazu zuerst.
# Variables:
#   $named (String) - was aufgefallen ist, als Aufzählung
outlook-line-extra = Aufgefallen: { $named }. Vorschlag: zusätzliche Unterstützung, mit den Lektionen dazu zuerst.
outlook-history-title = Deine Antworten im Verlauf
outlook-history-question = Frage
# Variables:
#   $date (Date) - der Tag der letzten Abfrage
#   $next (Date) - der Tag, ab dem sie wieder angeboten wird
outlook-history-next = Zuletzt beantwortet am { $date }. Limber fragt ab { $next } wieder.
outlook-saved-error = Deine Antworten konnten nicht gespeichert werden.

## Auf „Heute“

outlook-row-title = Was dich zurückhält
outlook-row-first = 7 Fragen, etwa 2 Minuten
outlook-row-again = 4 Wochen später: wieder 7 Fragen
outlook-row-open = Starten

## Der wöchentliche Check-in: Schlaf und Stimmung, je ein Tippen

checkin-sleep-label = Wie hast du diese Woche geschlafen?
# Variables:
#   $score (Number) - 0 (sehr schlecht) bis 4 (sehr gut)
checkin-sleep = { $score ->
    [0] Sehr schlecht
    [1] Schlecht
    [2] Mittelmäßig
    [3] Gut
   *[4] Sehr gut
}
checkin-mood-label = Wie war deine Stimmung diese Woche?
# Variables:
#   $score (Number) - 0 (sehr gedrückt) bis 4 (sehr gut)
checkin-mood = { $score ->
    [0] Sehr gedrückt
    [1] Gedrückt
    [2] Mittelmäßig
    [3] Gut
   *[4] Sehr gut
}
checkin-optional = Freiwillig: Tipp auf eine Antwort oder lass es weg.

## Überblick: Schlaf und Stimmung neben dem Schmerz

insights-sleep-mood-title = Schlaf, Stimmung und Schmerz
insights-sleep-mood-lead = Was du bei jedem wöchentlichen Check-in angegeben hast, nebeneinander. Das kann dir helfen, Muster zu erkennen; es zeigt aber nicht, was wovon kommt.
insights-sleep-mood-empty = Deine wöchentlichen Check-ins füllen das hier: wie du geschlafen hast und wie deine Stimmung war, neben deinem Schmerz.
insights-sleep-mood-date = Check-in
insights-sleep-mood-pain = Schmerz
insights-sleep-mood-sleep = Schlaf
insights-sleep-mood-mood = Stimmung
# Variables:
#   $pain (Number) - Schmerz beim Check-in, 0 bis 10
insights-sleep-mood-pain-cell = { $pain }/10
insights-sleep-mood-none = keine Angabe

## Der Bericht (spricht über „die Person“, nicht mit „du“)

report-outlook-title = Was die Person zurückhält
report-outlook-none = Die Fragen dazu, was die Person zurückhält, wurden noch nicht beantwortet.
# Answered, but not on a day of the report's dates.
report-outlook-none-in-range = In diesem Zeitraum nicht beantwortet.
# Variables:
#   $count (Number) - wie oft die Fragen beantwortet wurden
report-outlook-count = { $count ->
    [one] Einmal beantwortet. Jede Antwort steht in Worten da, als Belastung von „Keine“ bis „Sehr stark“.
   *[other] { $count }-mal beantwortet. Jede Antwort steht in Worten da, als Belastung von „Keine“ bis „Sehr stark“.
}
report-goals-title = Ziele und Wochenpläne
report-goals-none = Noch keine Ziele festgelegt.
