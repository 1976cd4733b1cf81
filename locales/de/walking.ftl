### Deutsch: die Sätze des Gehprogramms (die Ausgangswoche und die Wochenziele).

records-walk-baseline-done = Ausgangswoche geschafft: Dein Plan beginnt am { $weekday } mit { $walks ->
        [one] { $walks } Spaziergang
       *[other] { $walks } Spaziergängen
    } à { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }.
records-walk-baseline-waiting = Ausgangswoche: Geh spazieren, in angenehmem Tempo und wann es dir passt, um deinen Startpunkt zu finden.
records-walk-baseline = Ausgangswoche: Geh in angenehmem Tempo spazieren, bis zu { $most ->
        [one] { $most } Mal
       *[other] { $most } Mal
    }, um herauszufinden, was dir guttut ({ $done } von { $most } bisher).
records-walk-first-capped = { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }, { $walks ->
        [one] { $walks } Spaziergang
       *[other] { $walks } Spaziergänge
    } diese Woche: Deine Spaziergänge in der Ausgangswoche dauerten { $base ->
        [one] { $base } Minute
       *[other] { $base } Minuten
    }, und { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } pro Spaziergang sind reichlich.
records-walk-first = { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }, { $walks ->
        [one] { $walks } Spaziergang
       *[other] { $walks } Spaziergänge
    } diese Woche: etwa { $percent } % der { $base ->
        [one] { $base } Minute
       *[other] { $base } Minuten
    }, die deine Spaziergänge in der Ausgangswoche dauerten.
records-walk-stepped-back = Zurück auf { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }, { $walks ->
        [one] { $walks } Spaziergang
       *[other] { $walks } Spaziergänge
    }: Dein Rücken hatte letzte Woche einen Schub, deshalb geht es diese Woche zurück auf deine letzte gute Woche.
records-walk-held-flare = Wie letzte Woche: Dein Rücken hatte letzte Woche einen Schub, deshalb bleibt der Plan vorerst gleich.
records-walk-target = { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } an { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }: Das ist das Ziel. Weiter so!
records-walk-more-walks = { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }, { $walks ->
        [one] { $walks } Spaziergang
       *[other] { $walks } Spaziergänge
    }: ein Spaziergang mehr pro Woche, weil letzte Woche alles nach Plan lief.
records-walk-grown = { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }, { $walks ->
        [one] { $walks } Spaziergang
       *[other] { $walks } Spaziergänge
    }: ein bisschen mehr, weil letzte Woche alles nach Plan lief.
records-walk-held = Wie letzte Woche: Es geht weiter nach oben nach einer Woche mit { $walks ->
        [one] { $walks } Spaziergang
       *[other] { $walks } Spaziergängen
    } à etwa { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }.
records-walk-longer = Deine Spaziergänge waren diese Woche jeweils etwa { $average ->
        [one] { $average } Minute
       *[other] { $average } Minuten
    } lang, länger als die { $planned ->
        [one] { $planned } Minute
       *[other] { $planned } Minuten
    }, die der Plan vorsieht: in Ordnung, wenn es deinem Rücken gut damit geht. Der Plan wächst nach jeder Woche, die nach Plan lief, um etwa { $percent } %, du musst dich also nicht weiter antreiben.
records-walk-progress-all = { $walks ->
        [one] { $walks } Spaziergang
       *[other] { $walks } Spaziergänge
    } diese Woche
records-walk-progress = { $done } von { $walks ->
        [one] { $walks } Spaziergang
       *[other] { $walks } Spaziergängen
    } diese Woche
