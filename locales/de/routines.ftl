### Deutsch. Programme: die Texte der eingebauten Programme, eigene Programme und das
### Teilen eines Programms als Link oder Code.

routines-stage-flare-up-about = Langsam, sanft und meist im Liegen – für Tage, an denen dein Rücken wehtut.
routines-stage-building-about = Wenn der Schmerz nachlässt: etwas mehr Kraft und Beweglichkeit.
routines-stage-maintaining-about = Hält einen erholten Rücken kräftig und beweglich.


routines-goal-gentle-start = Drei Übungen im Liegen, die einen steifen, schmerzenden Rücken ohne Anstrengung lockern.
routines-goal-flare-up-relief = Fünf sehr sanfte Minuten auf dem Rücken – für Tage, an denen alles wehtut.
routines-goal-no-floor-needed = Leichte Übungen auf dem Stuhl und im Stehen, wenn dir der Weg auf den Boden zu viel ist.
routines-goal-morning-mobility = Lockert einen steifen Rücken nach der Nacht, vom Liegen bis zum Stehen.
routines-goal-core-basics = Stärkt sanft die Bauch-, Hüft- und Rückenmuskeln, die deine Wirbelsäule stützen.
routines-goal-hips-and-hamstrings = Lockert steife Hüften und Oberschenkel und kräftigt den Po, damit dein Rücken weniger tragen muss.
routines-goal-evening-wind-down = Langsame, leichte Dehnungen auf dem Boden, damit dein Rücken vor dem Schlafen zur Ruhe kommt.
routines-goal-core-builder = Mehr Kraft für den Rumpf und einen stabilen Rücken, wenn dir die Grundlagen leichtfallen.
routines-goal-desk-break = Eine kurze Auffrischung nach langem Sitzen – nur mit Stuhl und Wand.
routines-goal-full-maintenance = Eine vollständige Einheit aus Kraft, Dehnung und Beweglichkeit, die deinen Rücken in Form hält.
routines-goal-easy-walk = Ein kurzer, gemütlicher Spaziergang, der dich in Bewegung hält, auch an schmerzhaften Tagen.
routines-goal-stationary-cycle = Schonendes Radeln, das deine Ausdauer stärkt, ohne deinen Rücken zu erschüttern.
routines-goal-swim = Ruhige Bahnen im Becken, während das Wasser dein Gewicht trägt.
routines-goal-water-workout = Sanfte Wassergymnastik, die deine Ausdauer stärkt und deinen Rücken kaum belastet.

routines-goal-own = Dein eigenes Programm.
routines-goal-from = Von { $from }.
routines-copy-name = { $name } (meine Version)
routines-name-at-level =
    { $level ->
        [easiest] { $name } (leichteste Stufe)
        [easier] { $name } (leichtere Stufe)
        [harder] { $name } (schwerere Stufe)
        [hardest] { $name } (schwerste Stufe)
       *[standard] { $name }
    }

routines-error-no-name = Gib deinem Programm einen Namen.
routines-error-name-too-long = Der Name ist zu lang: höchstens { $max } Zeichen.
routines-error-note-too-long = „Wofür es gut ist“ ist zu lang: höchstens { $max } Zeichen.
routines-error-from-too-long = Der Name der Person, von der es stammt, ist zu lang: höchstens { $max } Zeichen.
routines-error-no-exercises = Füge mindestens eine Übung hinzu.
routines-error-too-many-exercises = Das sind mehr als { $max } Übungen. Teile es in zwei kürzere Programme auf.
routines-error-unknown-exercise = Es enthält eine Übung, die diese Version von Limber nicht kennt („{ $id }“).
routines-error-unknown-routine = Es nennt ein Programm, das diese Version von Limber nicht kennt („{ $id }“).
routines-error-too-long = Das würde etwa { $minutes } Minuten dauern. Bleib bei einem Programm unter { $max } Minuten – kürzere, regelmäßige Einheiten tun dem Rücken besser.

routines-error-dose-reps = Übung { $position }, { $exercise }: Die Wiederholungen müssen zwischen { $min } und { $max } liegen.
routines-error-dose-hold = Übung { $position }, { $exercise }: Das Halten muss zwischen { $min } und { $max } Sekunden dauern.
routines-error-dose-minutes = Übung { $position }, { $exercise }: Die Minuten müssen zwischen { $min } und { $max } liegen.
routines-error-dose-sets = Übung { $position }, { $exercise }: Die Sätze müssen zwischen { $min } und { $max } liegen.
routines-error-dose-rest = Übung { $position }, { $exercise }: Die Pause muss zwischen { $min } und { $max } Sekunden dauern.
routines-error-dose-tempo = Übung { $position }, { $exercise }: Jede Wiederholung muss zwischen { $min } und { $max } Sekunden dauern.
routines-error-dose-wrong-kind = Übung { $position }, { $exercise }: Diese Angabe passt nicht zu der Übung.

routines-shared-empty = In diesem Link steckt kein Programm. Bitte die Person, die ihn geschickt hat, ihn noch einmal zu teilen.
routines-shared-too-long = Dieser Link ist viel länger als jedes Programm, das Limber erstellt, deshalb wurde er nicht geöffnet. Es wurde nichts gespeichert.
routines-shared-newer = Dieses Programm wurde mit einer neueren Version von Limber geteilt. Lade Limber neu, um es zu aktualisieren, und öffne den Link dann noch einmal.
routines-shared-damaged = Dieser Link scheint gekürzt oder verändert zu sein, deshalb kann Limber ihm nicht trauen. Es wurde nichts gespeichert. Lass dir den Link noch einmal schicken und kopiere ihn vollständig.
routines-shared-invalid = { $problem } Es wurde nichts gespeichert. Bitte die Person, die es geschickt hat, es zu prüfen und noch einmal zu teilen.
routines-shared-bad-no-name = Dieses Programm lässt sich nicht verwenden: Es hat keinen Namen.
routines-shared-bad-name-too-long = Dieses Programm lässt sich nicht verwenden: Sein Name ist zu lang.
routines-shared-bad-note-too-long = Dieses Programm lässt sich nicht verwenden: Seine Beschreibung ist zu lang.
routines-shared-bad-from-too-long = Dieses Programm lässt sich nicht verwenden: Der Name der Person, die es geschickt hat, ist zu lang.
routines-shared-bad-no-exercises = Dieses Programm lässt sich nicht verwenden: Es enthält keine Übungen.
routines-shared-bad-too-many-exercises = Dieses Programm lässt sich nicht verwenden: Es hat mehr als { $max } Übungen.
routines-shared-bad-unknown-exercise = Dieses Programm lässt sich nicht verwenden: Es enthält eine Übung, die diese Version von Limber nicht kennt (Limber neu zu laden, kann das beheben).
routines-shared-bad-unknown-routine = Dieses Programm lässt sich nicht verwenden: Es ist ein Limber-Programm, das diese Version nicht kennt (Limber neu zu laden, kann das beheben).
routines-shared-bad-too-long = Dieses Programm lässt sich nicht verwenden: Es würde etwa { $minutes } Minuten dauern, und das ist zu lang für ein Programm.
routines-shared-bad-dose-reps = Dieses Programm lässt sich nicht verwenden: Bei Übung { $position } ({ $exercise }) müssen die Wiederholungen zwischen { $min } und { $max } liegen.
routines-shared-bad-dose-hold = Dieses Programm lässt sich nicht verwenden: Bei Übung { $position } ({ $exercise }) muss das Halten zwischen { $min } und { $max } Sekunden dauern.
routines-shared-bad-dose-minutes = Dieses Programm lässt sich nicht verwenden: Bei Übung { $position } ({ $exercise }) müssen die Minuten zwischen { $min } und { $max } liegen.
routines-shared-bad-dose-sets = Dieses Programm lässt sich nicht verwenden: Bei Übung { $position } ({ $exercise }) müssen die Sätze zwischen { $min } und { $max } liegen.
routines-shared-bad-dose-rest = Dieses Programm lässt sich nicht verwenden: Bei Übung { $position } ({ $exercise }) muss die Pause zwischen { $min } und { $max } Sekunden dauern.
routines-shared-bad-dose-tempo = Dieses Programm lässt sich nicht verwenden: Bei Übung { $position } ({ $exercise }) muss jede Wiederholung zwischen { $min } und { $max } Sekunden dauern.
routines-shared-bad-dose-wrong-kind = Dieses Programm lässt sich nicht verwenden: Bei Übung { $position } ({ $exercise }) passt die Angabe nicht zu der Übung.

routines-qr-too-long = Dieses Programm ist zu lang für einen Code. Schick stattdessen den Link.

routines-title = Programme
routines-tabs-label = Durchsuchen
routines-tab-routines = Programme
routines-tab-exercises = Übungen
routines-deleted = „{ $name }“ gelöscht.
routines-undo = Rückgängig
routines-filter-stage = Phase
routines-filter-time = Deine Zeit
routines-all-stages = Alle
routines-any-length = Beliebig lang
routines-length-at-most = Bis { $minutes } Min.
routines-none-match = Kein Programm passt zu dieser Auswahl. Probier eine längere Zeit oder eine andere Phase.
routines-count =
    { $count ->
        [one] { $count } Programm
       *[other] { $count } Programme
    }
routines-own-title = Deine eigenen
routines-own-intro = Stell dir die Übungen zusammen, die dir guttun, oder öffne ein Programm, das dir dein Physiotherapeut oder deine Physiotherapeutin geschickt hat.
routines-make-own = Eigenes Programm erstellen
routines-card-yours = Deins
routines-card-meta =
    { $count ->
        [one] Etwa { $minutes } Min. · { $count } Übung
       *[other] Etwa { $minutes } Min. · { $count } Übungen
    }
routines-card-meta-timed = Etwa { $minutes } Min. · Einheit nach Zeit

routines-back = ‹ Programme
routines-eyebrow-from = Von { $from } · { $stage }
routines-eyebrow-own = Dein Programm · { $stage }
routines-eyebrow-built-in = { $stage } · { $about }
routines-cardio-note = Mach das in gemütlichem Tempo: Du solltest dich dabei noch unterhalten können. Starte die Zeit, wenn du losgehst, oder trag es einfach hinterher im Verlauf ein.
routines-why-level = Warum diese Stufe?
routines-total = Etwa { $minutes } Min.
routines-easier-version = Leichtere Variante
routines-harder-version = Schwerere Variante
routines-change = Ändern
routines-delete = Löschen
routines-make-own-version = Eigene Version erstellen
routines-start = Starten
routines-plan-title = In meinem Plan nutzen
routines-plan-only = Ab { $day } ist das dein einziges Programm im Plan. „Heute“ bietet es dir an deinen Plantagen an.
routines-plan-turns = Ab { $day } wechselt sich dieses Programm mit den anderen Programmen deines Plans ab.
routines-plan-take-out = Aus meinem Plan nehmen
routines-plan-intro = Limber kann dir dieses Programm an deinen Plantagen anbieten – im Wechsel mit den anderen Programmen oder statt ihrer, ab deinem nächsten Plantag.
routines-plan-add = Zu meinem Plan hinzufügen
routines-plan-only-this = Nur dieses Programm nutzen

routines-editor-change = Dein Programm ändern
routines-editor-name = Name
routines-editor-stage = Am besten für
routines-editor-note = Wofür es gut ist
routines-optional = (optional)
routines-editor-exercises = Übungen
routines-editor-none-yet = Noch keine Übungen
routines-editor-estimate =
    { $count ->
        [one] { $count } Übung · etwa { $minutes } Min.
       *[other] { $count } Übungen · etwa { $minutes } Min.
    }
routines-editor-add = + Übung hinzufügen
routines-editor-save = Programm speichern
routines-editor-cancel = Abbrechen
routines-editor-moved = { $name } ist jetzt Nummer { $position } von { $count }.
routines-editor-removed = { $name } entfernt.
routines-editor-added = { $name } hinzugefügt. { $count } im Programm.
routines-editor-reps = Wiederholungen
routines-editor-hold = Halten (Sekunden)
routines-editor-minutes = Minuten
routines-editor-one-bout = Ohne Unterbrechung.
routines-editor-sets = Sätze
routines-editor-rest = Pause (Sekunden)
routines-editor-handle = { $name } verschieben, Nummer { $position } von { $count }. Mit den Pfeiltasten nach oben und unten oder durch Ziehen.
routines-editor-up-label = { $name } nach oben
routines-editor-up = ↑ Hoch
routines-editor-down-label = { $name } nach unten
routines-editor-down = ↓ Runter
routines-editor-remove-label = { $name } entfernen
routines-editor-remove = Entfernen
routines-picker-title = Übungen hinzufügen
routines-picker-search = In allen Übungen suchen
routines-picker-add-label = { $name } hinzufügen
routines-picker-add = Hinzufügen
routines-picker-done = Fertig
routines-picker-done-count =
    { $count ->
        [one] Fertig ({ $count } Übung)
       *[other] Fertig ({ $count } Übungen)
    }

routines-shared-eyebrow = Ein Programm für dich
routines-shared-before = Bevor du es dir ansiehst
routines-shared-intro = Limber begleitet dich durch sanfte Übungen bei alltäglichen Schmerzen im unteren Rücken und speichert alles nur auf diesem Gerät. Es gibt allgemeine Hinweise, keine Diagnose.
routines-shared-next = Weiter
routines-shared-cannot-open = Dieser Link lässt sich nicht öffnen
routines-shared-untouched = Deine eigenen Programme und dein Verlauf sind unverändert.
routines-go-today = Zu „Heute“
routines-shared-by = Geteilt von { $from }
routines-shared-meta =
    { $count ->
        [one] { $stage } · { $count } Übung · etwa { $minutes } Min.
       *[other] { $stage } · { $count } Übungen · etwa { $minutes } Min.
    }
routines-shared-look-first = Sieh es dir an, bevor du es speicherst. Wie bei jedem Programm gilt: Geh es sanft an, und hör auf oder mach weniger, wenn etwas deine Schmerzen verstärkt.
routines-shared-saved-already = Du hast dieses Programm schon gespeichert.
routines-shared-open-it = Öffnen
routines-shared-save = Bei meinen Programmen speichern
routines-shared-not-now = Jetzt nicht
routines-paste-title = Ein geschicktes Programm öffnen
routines-paste-help = Meist öffnet es sich, wenn du auf den Link tippst. Öffnet er sich im Browser statt in dieser App, kopiere den Link und füge ihn hier ein. Du siehst das Programm, bevor etwas gespeichert wird.
routines-paste-label = Link zum Programm
routines-paste-open = Öffnen
routines-paste-not-a-link = Das sieht nicht nach einem Link zu einem Limber-Programm aus. Kopiere den ganzen Link und füge ihn noch einmal ein.

routines-share-title = Dieses Programm teilen
routines-share-intro = Das Programm steckt im Link selbst. Nichts wird irgendwo hochgeladen, und wer den Link öffnet, sieht erst eine Vorschau, bevor etwas gespeichert wird.
routines-share-your-name = Dein Name
routines-share-your-name-hint = (optional, sichtbar für alle, die den Link öffnen)
routines-share-name-too-long = Dein Name ist zu lang für den Link: höchstens { $max } Zeichen.
routines-share-make = Link erstellen
routines-share-link = Link
routines-share-copy = Link kopieren
routines-share-send = Teilen …
routines-share-copied = Link kopiert. Füge ihn in eine Nachricht oder E-Mail ein.
routines-share-copy-failed = Kopieren hat hier nicht geklappt. Halte den Link oben gedrückt, um ihn selbst zu kopieren.
routines-share-text = Ein Rückenprogramm für dich in Limber:
routines-share-qr-label = QR-Code des Links zum Teilen
routines-share-scan = Oder scanne ihn mit der Kamera eines anderen Handys.
