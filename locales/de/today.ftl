### Deutsch: Heute (der erste Bildschirm) und der Rahmen um jeden Bildschirm.

## Die Leiste unten. Jede Beschriftung höchstens etwa 10 Zeichen.
today-nav-label = Hauptmenü
today-nav-today = Heute
today-nav-routines = Übungen
today-nav-history = Verlauf
today-nav-learn = Wissen
today-nav-settings = Optionen

## Laden, und wenn es nicht klappt.
today-loading = Wird geladen…
today-try-again = Nochmal versuchen
today-piece-failed = Dieser Teil des Bildschirms konnte nicht geladen werden.
today-screen-failed-title = Bildschirm konnte nicht geladen werden
today-screen-failed-text = Limber konnte diesen Teil der App nicht laden. Prüf deine Verbindung und versuch es dann nochmal. Dein Verlauf und deine Einstellungen sind auf diesem Gerät sicher.
today-open-failed-title = Deine Daten ließen sich nicht öffnen
today-open-failed-text = Limber konnte den Teil der App nicht laden, der liest, was auf diesem Gerät gespeichert ist. Dein Verlauf und deine Einstellungen sind hier sicher. Prüf deine Verbindung und versuch es dann nochmal.

## Ein Speicherproblem.
today-problem-details = Details
today-problem-download = Herunterladen
today-problem-dismiss = Schließen

## Eine neue Version.
today-update-ready = Aktualisierung bereit: Eine neue Version von Limber ist da.
today-update-reload = Neu laden

## Unbekannte Adresse.
today-not-found-title = Seite nicht gefunden
today-not-found-text = Unter dieser Adresse gibt es nichts. Vielleicht ist der Link veraltet.
today-not-found-home = Zu Heute

## Heute.
today-title = Heute
today-resume-nearly-saved = Fast gespeichert
today-resume-not-finished = Noch nicht fertig
today-resume-finished = Du hast { $name } geschafft: noch zwei kurze Fragen, dann ist es gespeichert.
today-resume-unfinished = Du hast eine Einheit nicht beendet: { $name }. Mach da weiter, wo du aufgehört hast.
today-resume-finish-button = Fertig speichern
today-resume-continue-button = Weiter
today-restore-title = Hast du Limber schon benutzt?
today-restore-text = Limber auf dem Home-Bildschirm hat einen eigenen Speicher und startet deshalb leer. Alles, was du im Browser gemacht hast, ist dort noch sicher gespeichert.
today-restore-how = Um es mitzunehmen, speichere im Browser eine Sicherung (Einstellungen, Deine Daten) und öffne sie dann hier:
today-restore-new = Ich bin neu hier, ich fange frisch an
today-restore-welcome-back = Willkommen zurück: Dein Verlauf ist da.
today-intro-eyebrow = Willkommen
today-intro-title = Finde deinen Einstieg
today-intro-why = Sanfte, regelmäßige Bewegung gehört zum Besten, was du für einen schmerzenden Rücken tun kannst. Ein paar Fragen, etwa eine Minute, und du hast deinen Einstieg und einen Wochenplan.
today-intro-button = Los geht’s
today-also-label = Auch heute
today-try-now = Oder probier jetzt { $name }
today-try-now-note = Langsam und sanft, und du kannst jederzeit aufhören.
today-start = Start
today-more-label = Mehr
today-no-sessions = Noch keine Einheiten. Deine erste ist nur ein paar Minuten entfernt.
today-last-session-all = Letzte Einheit: { $name } am { $date }, { $total ->
    [one] { $total } Übung
   *[other] { $total } Übungen
} geschafft.
today-last-session-part = Letzte Einheit: { $name } am { $date }, { $done } von { $total ->
    [one] { $total } Übung
   *[other] { $total } Übungen
} geschafft.
today-last-logged = Zuletzt eingetragen: { $kind ->
    [walk] Spaziergang
    [swim] Schwimmen
    [ride] Radfahren
   *[water-aerobics] Wassergymnastik
} am { $date }, { $minutes } min.
today-last-logged-km = Zuletzt eingetragen: { $kind ->
    [walk] Spaziergang
    [swim] Schwimmen
    [ride] Radfahren
   *[water-aerobics] Wassergymnastik
} am { $date }, { $minutes } min · { $distance } km.
today-last-logged-mi = Zuletzt eingetragen: { $kind ->
    [walk] Spaziergang
    [swim] Schwimmen
    [ride] Radfahren
   *[water-aerobics] Wassergymnastik
} am { $date }, { $minutes } min · { $distance } mi.
today-learn-eyebrow = Wissen
today-lesson-next = Lektion für heute
today-lesson-flare = Für deinen Schub
today-lesson-read = Heute gelesen: die nächste Lektion kommt morgen
today-lesson-finished = Du hast den ganzen Kurs gelesen
today-disclaimer = Limber gibt allgemeine Hinweise, keine Diagnose. Wenn sich etwas falsch anfühlt, hör auf und sprich mit einer Ärztin, einem Arzt oder einer anderen Fachperson.

## Speicherprobleme: Speichern
more-store-unavailable = Dieser Browser lässt Limber nichts speichern, deshalb gehen Einheiten verloren, wenn du die Seite schließt. Prüfe, ob Websitedaten erlaubt sind.
more-store-full = Der Speicher deines Browsers für Limber ist voll, deshalb konnte das nicht gespeichert werden.
more-store-other = Der Browser konnte nicht speichern ({ $error }).
more-not-saved =
    { $what ->
        [weight] Dein Gewicht konnte nicht gespeichert werden.
        [routine] Dein Programm konnte nicht gespeichert werden.
        [settings] Deine Einstellungen konnten nicht gespeichert werden.
        [checkin] Dein Check-in konnte nicht gespeichert werden.
        [weight-log] Dein Gewichtsprotokoll konnte nicht gespeichert werden.
        [routines] Deine Programme konnten nicht gespeichert werden.
        [checkins] Deine Check-ins konnten nicht gespeichert werden.
       *[change] Die Änderung konnte nicht gespeichert werden.
    } { $reason }
