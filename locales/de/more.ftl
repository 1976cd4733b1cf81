### Deutsch: Einstellungen, deine Daten (Sicherungen, Import, Speicherprobleme), der erste Start.

## Die Liste der Einstellungen

more-settings-title = Einstellungen
more-settings-back = ‹ Einstellungen
more-section-week = Meine Woche
more-section-session = Während einer Einheit
more-section-display = Aussehen und Einheiten
more-section-data = Deine Daten
more-section-install = Zum Startbildschirm
more-section-about = Über Limber
more-summary-exercise-days = Üben: { $days }
more-summary-data =
    { $count ->
        [0] Noch nichts gespeichert
        [one] 1 Einheit auf diesem Gerät
       *[other] { $count } Einheiten auf diesem Gerät
    }
more-summary-install = Öffnet im Vollbild und funktioniert offline
more-summary-about = Allgemeine Hinweise, keine Diagnose
more-about-guidance = Limber gibt allgemeine Übungshinweise bei alltäglichen Kreuzschmerzen. Eine Diagnose kann es nicht stellen. Wenn deine Schmerzen sehr stark sind, schlimmer werden oder mit Taubheit, Schwäche oder Problemen mit Blase oder Darm einhergehen, hol dir sofort ärztliche Hilfe.
more-about-private = Alles, was du festhältst, bleibt auf diesem Gerät. Es gibt kein Konto, und nichts wird irgendwohin gesendet.
more-about-version = Version { $version }

## Die Sprache wählen

more-language = Sprache
more-language-phone = Wie mein Handy
more-language-failed = { $language } konnte gerade nicht geladen werden. Prüfe deine Verbindung und versuch es noch einmal.

## Die Zeile unter „Während einer Einheit“

more-cues-summary =
    { $cues }, { $seconds ->
        [one] 1 Sekunde
       *[other] { $seconds } Sekunden
    } zum Bereitmachen
more-cues-silent = Stumm
more-cues-voice = Stimme an
more-cues-sounds = Töne an
more-cues-vibration = Vibration an
more-cues-voice-sounds = Stimme und Töne an
more-cues-voice-vibration = Stimme und Vibration an
more-cues-sounds-vibration = Töne und Vibration an
more-cues-all = Stimme, Töne und Vibration an

## Die Zeile unter „Aussehen und Einheiten“

more-display-summary =
    { $colours ->
        [light] Hell
        [dark] Dunkel
       *[system] Farben wie das Gerät
    }, { $size ->
        [large] große Schrift
        [largest] sehr große Schrift
       *[standard] normale Schrift
    }, { $units ->
        [imperial] Meilen und Pfund
       *[metric] km und kg
    }

## Während einer Einheit

more-voice = Stimme
more-voice-hint = Sagt jede Übung an, wenn sie beginnt, und bei langem Halten, wenn die Hälfte geschafft ist.
more-voice-says = Was die Stimme sagt
more-count-reps = Wiederholungen mitzählen
more-count-reps-hint = Eine Zahl pro Wiederholung, im Tempo der Übung.
more-count-down = Die letzten Sekunden herunterzählen
more-count-down-hint = „3, 2, 1“, bevor Halten, Pause oder Bereitmachen endet.
more-say-next = Sagen, was als Nächstes kommt
more-say-next-hint = In der Pause, was danach folgt; beim Bereitmachen, wie du in die Ausgangsposition kommst.
more-sounds = Töne
more-sounds-hint = Kurze Töne, wenn ein Schritt beginnt und endet.
more-vibration = Vibration
more-vibration-hint = Ein kurzes Summen bei jedem Schrittwechsel, wenn dein Handy das kann.
more-voice-default = Standard des Geräts
more-voice-option = { $name } ({ $lang })
more-voice-sample = Becken kippen. Zehnmal, langsam.
more-voice-hear = Anhören
more-voice-none = Dieses Gerät hat noch keine deutsche Stimme; du kannst eine in den Einstellungen deines Handys hinzufügen, unter Text-in-Sprache-Ausgabe oder Gesprochene Inhalte.
more-get-ready = Zeit zum Bereitmachen vor jeder Übung
more-seconds =
    { $count ->
        [one] 1 Sekunde
       *[other] { $count } Sekunden
    }
more-rests = Pausen zwischen den Sätzen
more-rest-shorter = Kürzer
more-rest-suggested = Wie vorgeschlagen
more-rest-longer = Länger
more-screen-on = Der Bildschirm bleibt während einer Einheit an, sofern dein Browser das erlaubt.

## Aussehen und Einheiten

more-colours = Farben
more-theme-system = Wie mein Gerät
more-theme-light = Hell
more-theme-dark = Dunkel
more-text-size = Schriftgröße
more-size-standard = Normal
more-size-large = Groß
more-size-largest = Sehr groß
more-animations = Animationen
more-motion-system = Wie mein Gerät
more-motion-reduce = Weniger Bewegung
more-motion-full = Animationen zeigen
more-units = Einheiten
more-units-metric = Kilometer und Kilogramm
more-units-imperial = Meilen und Pfund
more-weight-log = Gewicht festhalten
more-weight-log-hint = Zeigt im Überblick eine einfache Gewichtskurve. Ein gesundes Gewicht entlastet deinen Rücken. Aus, bis du es einschaltest.

## Meine Woche

more-week-days = Übungs- und Ruhetage
more-week-days-hint = Ruhetage halten deine Serie am Laufen. Ein Spaziergang oder eine Runde Schwimmen passt an jedem Tag.
more-week-exercise = Üben
more-week-rest = Ruhe
more-week-keep-one = Behalte mindestens einen Übungstag in der Woche.
more-plan = Mein Plan
more-plan-none = Noch kein Plan. Ein paar Fragen finden deinen Startpunkt.
more-plan-start = Los geht’s
more-plan-stage = Startstufe: { $stage }.
more-walking = Gehprogramm
more-walking-hint = Eine Ausgangswoche mit angenehmen Spaziergängen, dann etwa 10 % mehr in jeder Woche, die nach Plan läuft, bis zu 30 Minuten an 5 Tagen.
more-time-of-day = Tageszeit
more-redo = Die ersten Fragen neu beantworten
more-redo-group = Neu beantworten
more-redo-confirm = Deine Einheiten bleiben erhalten, und dieser Plan auch, bis du den neuen speicherst. Wenn du andere Tätigkeiten nennst, beginnen die wöchentlichen Check-ins von vorn.
more-redo-start = Fragen starten
more-cancel = Abbrechen

## Zum Startbildschirm

more-install-why = Dann öffnet es sich im Vollbild wie eine App und funktioniert ohne Internetverbindung.
more-install-backup-first = Speichere zuerst eine Sicherung.
more-install-backup-why = Auf iPhone und iPad hat die App auf dem Startbildschirm ihren eigenen Speicher und startet leer; öffne die Sicherung dort, um deinen Verlauf mitzunehmen.
more-install-download = Sicherung herunterladen
more-install-button = Limber installieren
more-install-ios = iPhone oder iPad: Tippe in Safari auf Teilen, dann auf Zum Home-Bildschirm.
more-install-android = Android: Öffne das Browsermenü, dann App installieren oder Zum Startbildschirm hinzufügen.

## Deine Daten

more-backup-saved = Sicherung gespeichert. Bewahre sie an einem sicheren Ort auf, etwa in deinen E-Mails oder deinem Cloud-Speicher.
more-backup-not-saved = Dein Browser hat die Datei nicht gespeichert.
more-backup-share-title = Limber-Sicherung
more-keep-title = Eine Kopie behalten
more-keep-private = Alles bleibt auf diesem Gerät, in diesem Browser. Es gibt kein Konto, und nichts wird irgendwohin gesendet.
more-saved-count =
    { $count ->
        [0] Hier sind noch keine Einheiten gespeichert.
        [one] Hier ist 1 Einheit gespeichert.
       *[other] Hier sind { $count } Einheiten gespeichert.
    }
more-persist-kept = Dein Browser hat zugesagt, diese Daten auch bei knappem Speicher zu behalten.
more-persist-may-clear = Dein Browser löscht diese Daten vielleicht, wenn der Speicher knapp wird oder nach Wochen ohne Nutzung. Exportiere also ab und zu eine Sicherung.
more-persist-unknown = Browser können Websitedaten nach langer Nichtnutzung löschen. Exportiere also ab und zu eine Sicherung.
more-export = Sicherung exportieren
more-export-csv = CSV exportieren
more-import-title = Eine Sicherung importieren
more-import-hint = Öffne eine Sicherung aus Limber, von diesem oder einem anderen Gerät. Du siehst, was darin ist, bevor sich etwas ändert.
more-delete-title = Alles löschen
more-delete-all = Alle meine Daten löschen
more-delete-group = Löschen bestätigen
more-delete-confirm =
    Damit löschst du { $count ->
        [one] 1 Einheit
       *[other] { $count } Einheiten
    } samt Notizen, deine eigenen Programme und dein Gewichtsprotokoll von diesem Gerät. Dein Plan und deine Einstellungen bleiben. Das lässt sich nicht rückgängig machen. Exportiere vorher eine Sicherung, falls du sie noch brauchen könntest.
more-delete-yes = Ja, alles löschen
more-delete-keep = Meine Daten behalten
more-deleted =
    { $count ->
        [one] 1 Einheit
       *[other] { $count } Einheiten
    } von diesem Gerät gelöscht.
more-delete-partly = Nicht alles wurde gelöscht. { $problem }

## Eine Sicherung importieren

more-import-choose = Sicherungsdatei wählen (.json)
more-import-preview = Vorschau des Imports
more-import-in-file =
    In der Datei: { $total ->
        [one] 1 Einheit
       *[other] { $total } Einheiten
    }, { $new } neu, { $conflicts ->
        [one] 1 Konflikt
       *[other] { $conflicts } Konflikte
    }.
more-import-also = Außerdem darin: { $more }.
more-extras-plan = dein Plan
more-extras-checkins =
    { $count ->
        [one] 1 wöchentlicher Check-in
       *[other] { $count } wöchentliche Check-ins
    }
more-extras-routines =
    { $count ->
        [one] 1 eigenes Programm
       *[other] { $count } eigene Programme
    }
more-extras-weight =
    { $count ->
        [one] 1 Gewichtseintrag
       *[other] { $count } Gewichtseinträge
    }
more-extras-course =
    { $count ->
        [one] 1 gelesene Lektion
       *[other] { $count } gelesene Lektionen
    }
more-extras-calm =
    { $count ->
        [one] 1 Ruhe-Einheit
       *[other] { $count } Ruhe-Einheiten
    }
more-extras-checks =
    { $count ->
        [one] 1 Antwort auf „Was dich zurückhält“
       *[other] { $count } Antworten auf „Was dich zurückhält“
    }
more-extras-goals =
    { $count ->
        [one] 1 Ziel
       *[other] { $count } Ziele
    }
more-extras-settings = deine Einstellungen
more-import-conflicts = Konflikte sind Einheiten mit derselben Kennung, aber anderen Angaben; beim Hinzufügen bleibt von jeder eine Fassung.
more-import-add = Zu meinem Verlauf hinzufügen
more-import-replace = Meinen Verlauf ersetzen
more-import-replace-confirm =
    Damit löschst du { $here ->
        [one] die 1 Einheit
       *[other] die { $here } Einheiten
    } auf diesem Gerät und behältst nur die { $total } aus der Datei.
more-import-replace-also = Durch die Datei ersetzt wird außerdem: { $more }.
more-import-replace-yes = Ja, ersetzen
more-import-partly = Deine Einheiten wurden importiert, aber nicht alles andere. { $problem } Versuch, die Datei noch einmal zu importieren.
more-import-replaced =
    Fertig: Dein Verlauf enthält jetzt { $count ->
        [one] die 1 Einheit
       *[other] die { $count } Einheiten
    } aus der Datei.
more-import-added =
    Fertig: { $count ->
        [one] 1 neue Einheit
       *[other] { $count } neue Einheiten
    } hinzugefügt.
more-import-nothing-changed = Es wurde nichts geändert. { $problem }

## Warum eine Datei nicht importiert werden kann

more-import-wrong-type = Das ist keine Limber-Sicherung. Wähle die .json-Datei, die du mit „Sicherung exportieren“ gespeichert hast.
more-import-too-big = Diese Datei ist { $size } MB groß. Limber-Sicherungen sind viel kleiner, deshalb wurde sie nicht gelesen.
more-import-truncated = Diese Sicherung ist unvollständig, vielleicht beim Kopieren abgeschnitten. Exportiere sie noch einmal und versuch es erneut.
more-import-not-json = Diese Datei lässt sich nicht als Sicherung lesen. Wähle die .json-Datei, die du mit „Sicherung exportieren“ gespeichert hast.
more-import-not-backup = Diese Datei ist keine Limber-Sicherung, deshalb wurde nichts importiert.
more-import-too-new = Diese Sicherung stammt aus einer neueren Version von Limber (Format { $schema }). Lade die App neu, um sie zu aktualisieren, und importiere dann noch einmal.
more-import-checksum = Diese Sicherung wurde nach dem Speichern verändert oder beschädigt, deshalb wurde sie nicht importiert.
more-import-bad-record = Einheit { $number } in der Datei lässt sich nicht lesen ({ $reason }), deshalb wurde nichts importiert.
more-import-bad-part =
    { $part ->
        [plan] Der Plan in der Datei lässt sich nicht lesen ({ $reason }), deshalb wurde nichts importiert.
        [safety] Die Antworten zu den Warnzeichen in der Datei lassen sich nicht lesen ({ $reason }), deshalb wurde nichts importiert.
        [checkins] Die wöchentlichen Check-ins in der Datei lassen sich nicht lesen ({ $reason }), deshalb wurde nichts importiert.
        [routines] Deine eigenen Programme in der Datei lassen sich nicht lesen ({ $reason }), deshalb wurde nichts importiert.
        [weight] Das Gewichtsprotokoll in der Datei lässt sich nicht lesen ({ $reason }), deshalb wurde nichts importiert.
       *[extras] Plan und Einstellungen in der Datei lassen sich nicht lesen ({ $reason }), deshalb wurde nichts importiert.
    }
more-reason-answers = die Antworten liegen außerhalb des gültigen Bereichs
more-reason-date = ein Datum liegt außerhalb des gültigen Bereichs
more-reason-date-rating = ein Datum oder eine Bewertung liegt außerhalb des gültigen Bereichs
more-reason-routine = ein Programm ist beschädigt oder ungültig
more-reason-impossible-date = das Datum ist unmöglich
more-reason-too-long = sie dauert länger als einen Tag
more-reason-id = die Kennung fehlt oder ist zu lang
more-reason-note = die Notiz ist zu lang
more-reason-exercises = sie enthält zu viele Übungen
more-reason-morning = die Antwort vom nächsten Morgen hat ein unmögliches Datum
more-reason-distance = die Strecke ist unmöglich
more-reason-weight-many = es enthält zu viele Gewichtseinträge
more-reason-weight-range = ein Gewichtseintrag liegt außerhalb des gültigen Bereichs

## Speicherprobleme: Speichern

more-not-saved-unreadable =
    { $what ->
        [weight] Dein Gewicht konnte nicht gespeichert werden, weil die gespeicherte Fassung nicht lesbar war. Sie wurde beiseitegelegt; versuch es noch einmal.
        [routine] Dein Programm konnte nicht gespeichert werden, weil die gespeicherte Fassung nicht lesbar war. Sie wurde beiseitegelegt; versuch es noch einmal.
       *[change] Die Änderung konnte nicht gespeichert werden, weil die gespeicherte Fassung nicht lesbar war. Sie wurde beiseitegelegt; versuch es noch einmal.
    }
more-checkins-unreadable = Deine früheren Check-ins ließen sich nicht lesen; sie wurden beiseitegelegt. Versuch noch einmal zu speichern.
more-plan-not-saved = Dein Plan konnte nicht gespeichert werden. Er gilt vorerst, ist nach einem Neuladen aber vielleicht weg.

## Speicherprobleme: Lesen

more-history-set-aside = Ein Teil deines gespeicherten Verlaufs ließ sich nicht lesen, deshalb hat Limber ihn beiseitegelegt. Es wurde nichts gelöscht.
more-history-too-new = Dein Verlauf wurde von einer neueren Version von Limber gespeichert, die in einem anderen Tab offen ist. Lade diese Seite neu, um sie zu aktualisieren. Es wurde nichts geändert.
more-history-unreadable = Dein gespeicherter Verlauf ließ sich nicht lesen. Er bleibt genau so, wie er war, und neue Einheiten werden nicht darüber gespeichert.
more-plan-unreadable = Dein Plan ließ sich nicht lesen, deshalb stellt Limber die ersten Fragen noch einmal. Die alte Fassung wurde aufbewahrt.
more-checkins-unreadable-start = Deine wöchentlichen Check-ins ließen sich nicht lesen. Die alte Fassung wurde aufbewahrt, und neue werden ab jetzt gespeichert.
more-routines-unreadable = Deine eigenen Programme ließen sich nicht lesen. Die alte Fassung wurde beiseitegelegt.
more-weight-unreadable = Dein Gewichtsprotokoll ließ sich nicht lesen. Die alte Fassung wurde beiseitegelegt.
more-course-unreadable = Dein Fortschritt im Kurs ließ sich nicht lesen. Die alte Fassung wurde beiseitegelegt.
more-recovered =
    { $count ->
        [one] Eine ältere Limber-Version in einem anderen Tab hatte 1 Einheit beiseitegelegt. Sie ist jetzt wieder in deinem Verlauf. Bitte lade alle anderen Limber-Tabs neu.
       *[other] Eine ältere Limber-Version in einem anderen Tab hatte { $count } Einheiten beiseitegelegt. Sie sind jetzt wieder in deinem Verlauf. Bitte lade alle anderen Limber-Tabs neu.
    }

## Die technischen Angaben unter „Details“

more-details-kept = Grund: { $reason }. Aufbewahrt unter dem Schlüssel „{ $key }“.
more-details-reason = Grund: { $reason }.
more-load-not-json = die gespeicherten Daten sind beschädigt oder abgeschnitten ({ $error })
more-load-no-version = die gespeicherten Daten haben keine Versionsnummer
more-load-too-new = die gespeicherten Daten stammen aus einer neueren Version von Limber (Format { $found }, diese Version liest bis { $newest }); lade neu, um die App zu aktualisieren
more-load-unknown-version = die gespeicherten Daten nutzen Format { $version }, das diese Version nicht kennt
more-load-wrong-shape = die gespeicherten Daten haben nicht die erwartete Form ({ $error })

## Notizen

more-note-too-long =
    Deine Notiz ist { $over ->
        [one] 1 Zeichen
       *[other] { $over } Zeichen
    } zu lang. Kürze sie bitte auf höchstens { $max } Zeichen, um sie zu speichern.
more-note-count = { $count } von { $max } Zeichen

## Der erste Start

more-welcome-title = Willkommen bei Limber
more-welcome-lead = Kurze, angeleitete Programme, damit sich ein schmerzender unterer Rücken leichter bewegt, in einem Tempo, das zu dir passt.
more-welcome-about = Limber gibt allgemeine Übungshinweise bei alltäglichen Rückenschmerzen. Es ist keine Diagnose und ersetzt keine Fachleute aus dem Gesundheitswesen. Alles bleibt auf diesem Gerät.
more-welcome-questions = Zuerst ein paar Fragen. Sie dauern etwa eine Minute, und du kannst jede Antwort später ändern.
more-welcome-start = Los geht’s
more-safety-title = Zuerst ein Sicherheitscheck
more-safety-intro = Bei einigen Warnzeichen sollte ein schmerzender Rücken ärztlich untersucht werden, bevor du übst.
more-next = Weiter
more-back = Zurück
more-where-title = Wo du gerade stehst
more-pain-now = Wie stark sind deine Rückenschmerzen gerade?
more-how-long = Wie lange hast du sie schon?
more-how-much = Wie viel bewegst du dich zurzeit?
more-answer-all = Beantworte alle drei, um weiterzumachen.
more-hard-title = Was fällt dir gerade schwer?
more-hard-intro = Wähle bis zu drei alltägliche Dinge, die dir dein Rücken schwer macht. Limber fragt ab und zu wieder danach, damit du siehst, wie sie leichter werden. Du kannst das auch überspringen.
more-hard-common = Häufige
more-hard-other = Etwas anderes
more-hard-placeholder = z. B. aus dem Auto steigen
more-hard-add = Hinzufügen
more-hard-remove = Entfernen
more-hard-remove-named = { $name }: Entfernen
more-hard-how-well = Wie gut klappt es jetzt?
more-when-title = Wann passt es dir?
more-when-intro = Wähle die Tage, an denen du üben möchtest. Drei pro Woche sind ein guter Anfang; Ruhetage gehören zum Plan.
more-when-days = Übungstage
more-when-time = Eine Tageszeit
more-welcome-walking-hint = Gehen ist einer der besten Wege, damit Rückenschmerzen nicht wiederkommen. Eine Ausgangswoche findet dein Tempo, dann steigert es sich auf 30 Minuten an 5 Tagen.
more-make-plan = Meinen Plan erstellen
more-ready-title = Dein Plan ist fertig
more-your-days = Deine Tage
more-first-routine = Erstes Programm
more-first-routine-value = { $routine }, etwa { $minutes } Min.
more-walking-label = Gehen
more-walk-start = { $minutes } Minuten zum Start; es wird mehr, wenn deine Spaziergänge gut laufen
more-if-it-hurts = Wenn es wehtut
more-ready-note = Jede Einheit passt die nächste daran an, wie es lief. Du kannst jede Antwort in den Einstellungen ändern.
more-first-session = Jetzt die erste Einheit machen ({ $minutes } Min.)
more-go-today = Zu Heute

## Die Tabelle der Einheiten (CSV): ihre Spaltenköpfe

more-csv-date = Datum
more-csv-time = Uhrzeit
more-csv-routine = Programm
more-csv-level = Stufe
more-csv-minutes = Minuten
more-csv-exercises-done = Übungen gemacht
more-csv-exercises-planned = Übungen geplant
more-csv-skipped = ausgelassen
more-csv-easier = leichtere Variante
more-csv-pain-before = Schmerz vorher
more-csv-pain-after = Schmerz nachher
more-csv-felt = Gefühl
more-csv-note = Notiz
more-csv-distance = Strecke (km)
more-csv-next-morning = nächster Morgen
more-csv-pain-next-morning = Schmerz am nächsten Morgen

## The course and calm as CSV

more-export-course-csv = Kurs und Ruhe als CSV exportieren
more-csv-kind = Art
more-csv-kind-lesson = Lektion
more-csv-kind-calm = Ruhe
more-csv-kind-check = was dich zurückhält
more-csv-kind-goal = Ziel
more-csv-kind-review = Wochenplan
more-csv-kind-walk-plan = Gehplan
more-csv-title = Titel
more-csv-answer = Antwort
