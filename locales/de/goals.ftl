### Deutsch. Eigene Ziele der Person und ihre Wochenpläne: was, an welchen Tagen, wo, wie viel,
### und ein Wenn-dann-Plan für das, was dazwischenkommen könnte. Die eigenen Worte der Person
### werden so, wie sie sie geschrieben hat, in diese Sätze eingesetzt; jeder Satz muss also mit
### jeder Formulierung funktionieren.

## Der Bildschirm mit den Zielen

goals-title = Deine Ziele
goals-lead = Ein eigenes Ziel gibt den Übungen einen Sinn. Such dir etwas aus, das du wieder tun möchtest, und plan jede Woche einen kleinen Schritt.
goals-examples = Zum Beispiel: „Mit meinem Enkel in den Park gehen“, „Eine Stunde im Garten arbeiten“, „Einen ganzen Film lang sitzen“.
goals-new = Neues Ziel
goals-text-label = Dein Ziel, in deinen eigenen Worten
goals-text-placeholder = Mit meinem Enkel in den Park gehen
goals-activity-label = Verknüpft mit (optional)
goals-activity-none = Nichts Bestimmtes
goals-add = Ziel speichern
# Variables:
#   $max (Number) - wie viele Ziele gleichzeitig laufen können (3)
goals-full = Du hast schon { $max } Ziele, mehr gehen nicht gleichzeitig. Markier eins als erreicht oder leg es beiseite, um ein neues hinzuzufügen.
goals-reached = Ich hab’s geschafft
goals-set-aside = Beiseitelegen
# Variables:
#   $date (Date) - der Tag, an dem es erreicht wurde
goals-reached-on = Erreicht am { $date }. Gut gemacht.
# Variables:
#   $date (Date) - der Tag, an dem es beiseitegelegt wurde
goals-set-aside-on = Beiseitegelegt am { $date }.
goals-done-title = Erreicht oder beiseitegelegt
goals-no-plan = Noch kein Plan für diese Woche.
goals-plan-this-week = Diese Woche planen
goals-change-plan = Plan für diese Woche ändern
# Variables:
#   $activity (String) - die Tätigkeit, in den eigenen Worten der Person
goals-linked = Verknüpft mit „{ $activity }“

## Das Formular für den Wochenplan (Ziele und das Gehprogramm)

goals-plan-title = Plan für diese Woche
goals-plan-lead = Klein und sicher ist besser als groß und wackelig: Plan einen Schritt, bei dem du zuversichtlich bist, dass du ihn schaffst.
goals-what-label = Was hast du vor?
goals-what-placeholder = Spazieren gehen
goals-days-label = An welchen Tagen?
goals-place-label = Wo? (optional)
goals-place-placeholder = Eine Runde durch den Park
goals-amount-label = Wie viel jedes Mal?
# The label (for screen readers) of the choice between minutes and times.
goals-unit-label = Gezählt in
goals-unit-minutes = Minuten
goals-unit-times = Mal
goals-if-title = Falls etwas dazwischenkommt (optional)
goals-if-lead = Überleg dir, was dich am ehesten aufhalten könnte, und was du dann stattdessen machst.
goals-if-label = Wenn …
goals-if-placeholder = es regnet
goals-then-label = dann …
goals-then-placeholder = gehe ich im Einkaufszentrum spazieren
goals-plan-save = Plan speichern
# Die Woche des Gehprogramms: Was und wie viel kommen aus dem Programm.
goals-walk-plan-title = Spaziergänge dieser Woche planen
# Variables:
#   $walks (Number) - Spaziergänge diese Woche
#   $minutes (Number) - Minuten pro Spaziergang
goals-walk-plan-fixed = { $walks ->
    [one] Diese Woche: 1 Spaziergang à { $minutes } Min. Wähl den Tag und den Ort.
   *[other] Diese Woche: { $walks } Spaziergänge à { $minutes } Min. Wähl die Tage und den Ort.
}
goals-walk-plan-open = Woche planen
# Unter den Spaziergängen dieser Woche auf „Heute“: die gewählten Tage. Ohne Punkt am Ende,
# weil die Aufzählung auf „Sa.“ enden kann.
# Variables:
#   $days (String) - die Tage, als Aufzählung („Mo., Mi. und Sa.“)
goals-walk-days = Deine Spaziergänge: { $days }
# Variables:
#   $walks (Number) - Spaziergänge, die das Programm diese Woche vorsieht
goals-error-walk-days = { $walks ->
    [one] Wähl 1 Tag für deinen Spaziergang.
   *[other] Wähl { $walks } Tage für deine Spaziergänge.
}

## Sätze aus dem Plan

# Ein Schritt: was, wie viele Minuten jedes Mal, an welchen Tagen. Die Tage stehen in Klammern,
# weil $days auch „jeden Tag“ sein kann und eine Liste auf „Sa.“ endet (kein doppelter Punkt).
# Der Schritt steht auch nach „Diese Woche: “, deshalb kein Doppelpunkt darin.
# Variables:
#   $what (String) - was, in den Worten der Person („Gehen“)
#   $amount (Number) - Minuten jedes Mal
#   $days (String) - die Tage, als Aufzählung („Mo., Mi. und Sa.“)
goals-step-minutes = { $amount ->
    [one] { $what }, je 1 Minute ({ $days }).
   *[other] { $what }, je { $amount } Minuten ({ $days }).
}
# Ein Schritt: was, wie oft, an welchen Tagen.
# Variables:
#   $what (String) - was, in den Worten der Person („Vom Sofa aufstehen“)
#   $amount (Number) - wie oft an jedem dieser Tage
#   $days (String) - die Tage, als Aufzählung („Mo., Mi. und Sa.“)
goals-step-times = { $amount ->
    [one] { $what }, je einmal ({ $days }).
   *[other] { $what }, je { $amount }-mal ({ $days }).
}
# Variables:
#   $place (String) - wo, in den Worten der Person
goals-place = Wo: { $place }.
# Der Wenn-dann-Plan, beide Teile in den eigenen Worten der Person. Die Felder heißen
# „Wenn …“ und „dann …“, so schreibt die Person „es regnet“ und „gehe ich …“.
# Variables:
#   $if (String) - was dazwischenkommen könnte („es regnet“)
#   $then (String) - was die Person dann tut („gehe ich im Einkaufszentrum spazieren“)
goals-if-then = Wenn { $if }, dann { $then }.

## Fehler

goals-error-empty = Schreib dein Ziel in ein paar Worten auf.
# Variables:
#   $max (Number) - die größte erlaubte Länge, in Zeichen
goals-error-long = Bitte höchstens { $max } Zeichen.
goals-error-what = Schreib auf, was du vorhast.
goals-error-days = Wähl mindestens einen Tag.
# Variables:
#   $max (Number) - der größte erlaubte Wert
goals-error-amount = Wie viel: Wähl eine Zahl von 1 bis { $max }.
goals-error-if-then = Füll beide Teile des Wenn-dann-Plans aus oder lass beide leer.
# Variables:
#   $max (Number) - wie viele Ziele gleichzeitig laufen können (3)
goals-error-full = Du hast schon { $max } Ziele. Markier zuerst eins als erreicht oder leg es beiseite.

## Auf „Wissen“: der Weg zu den Fragen und den Zielen

goals-learn-title = Dein Plan, um darüber hinwegzukommen
goals-learn-check = Sieben Fragen dazu, was dich zurückhalten könnte und was helfen kann
goals-learn-goals = Eigene Ziele, mit einem kleinen Schritt pro Woche

## Auf „Heute“

goals-row-none = Ein eigenes Ziel, mit einem kleinen Schritt pro Woche, hält dich in Schwung.
goals-row-set = Ziel setzen
# Variables:
#   $goal (String) - das Ziel, in den Worten der Person
goals-row-today = Dein Schritt heute für „{ $goal }“
# Variables:
#   $goal (String) - das Ziel, in den Worten der Person
goals-row-week = Diese Woche für „{ $goal }“
# Variables:
#   $goal (String) - das Ziel, in den Worten der Person
goals-row-plan = Plan den Schritt dieser Woche für „{ $goal }“
goals-row-open = Öffnen

## Der wöchentliche Check-in: wie der Plan letzte Woche gelaufen ist

# Variables:
#   $goal (String) - das Ziel, in den Worten der Person
goals-review-title = Letzte Woche für „{ $goal }“
# Variables:
#   $how (String) - done, partly oder not
goals-review-how = { $how ->
    [done] Geschafft
    [partly] Teilweise
   *[not] Diesmal nicht
}
goals-review-label = Wie ist es gelaufen?
goals-review-next = Und diese Woche?
# Variables:
#   $step (String) - smaller, same oder bigger
goals-review-step = { $step ->
    [smaller] Ein kleinerer Schritt
    [same] Noch einmal dasselbe
   *[bigger] Ein größerer Schritt
}
# Variables:
#   $step (String) - was der Schritt sein wird, so wie goals-step ihn sagt
goals-review-step-is = Diese Woche: { $step }
goals-review-not-done = Eine verpasste Woche ist eine nützliche Information, kein Versagen: Ein kleinerer Schritt oder ein besserer Wenn-dann-Plan bringt es meistens wieder ins Lot.

## Der Bericht (spricht über „die Person“, nicht mit „du“)

# Variables:
#   $goal (String) - das Ziel, in den Worten der Person
#   $date (Date) - der Tag, an dem es festgelegt wurde
goals-report-goal = „{ $goal }“, festgelegt am { $date }.
# Variables:
#   $date (Date) - der Tag
goals-report-reached = Erreicht am { $date }.
# Variables:
#   $date (Date) - der Tag
goals-report-set-aside = Beiseitegelegt am { $date }.
# Variables:
#   $step (String) - der Plan, so wie goals-step ihn sagt
goals-report-plan = Plan für diese Woche: { $step }
goals-report-no-reviews = Noch keine Woche im Rückblick bewertet.
# Variables:
#   $weeks (Number) - im Rückblick bewertete Wochen
#   $done (Number) - wie geplant geschafft
#   $partly (Number) - teilweise geschafft
#   $not (Number) - nicht geschafft
goals-report-weeks = Im Rückblick bewertete Wochen: { $weeks } ({ $done } geschafft, { $partly } teilweise, { $not } nicht geschafft).
