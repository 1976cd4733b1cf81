### Français : les phrases du programme de marche (la semaine de départ et les objectifs de la semaine).

records-walk-baseline-done = Semaine de départ terminée : votre programme commence { $weekday } avec { $walks ->
        [one] { $walks } marche
       *[other] { $walks } marches
    } de { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
records-walk-baseline-waiting = Semaine de départ : marchez à un rythme confortable, quand cela vous convient, pour trouver votre point de départ.
records-walk-baseline = Semaine de départ : marchez à un rythme confortable, jusqu’à { $most ->
        [one] { $most } marche
       *[other] { $most } marches
    }, pour voir ce qui vous convient ({ $done } sur { $most } pour l’instant).
records-walk-first-capped = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $walks ->
        [one] { $walks } marche
       *[other] { $walks } marches
    } cette semaine : vos marches de départ duraient { $base ->
        [one] { $base } minute
       *[other] { $base } minutes
    }, et { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } par marche, c’est largement suffisant.
records-walk-first = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $walks ->
        [one] { $walks } marche
       *[other] { $walks } marches
    } cette semaine : environ { $percent } % des { $base ->
        [one] { $base } minute
       *[other] { $base } minutes
    } de vos marches de départ.
records-walk-stepped-back = Retour à { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $walks ->
        [one] { $walks } marche
       *[other] { $walks } marches
    } : votre dos a fait une crise la semaine dernière, alors cette semaine revient à votre dernière bonne semaine.
records-walk-held-flare = Comme la semaine dernière : votre dos a fait une crise la semaine dernière, alors le programme reste le même pour l’instant.
records-walk-target = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } sur { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } : c’est l’objectif. Continuez ainsi !
records-walk-more-walks = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $walks ->
        [one] { $walks } marche
       *[other] { $walks } marches
    } : une marche de plus par semaine, car la semaine dernière s’est passée comme prévu.
records-walk-grown = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, { $walks ->
        [one] { $walks } marche
       *[other] { $walks } marches
    } : un peu plus, car la semaine dernière s’est passée comme prévu.
records-walk-held = Comme la semaine dernière : le programme augmente après une semaine de { $walks ->
        [one] { $walks } marche
       *[other] { $walks } marches
    } d’environ { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
records-walk-longer = Cette semaine, vos marches ont duré environ { $average ->
        [one] { $average } minute
       *[other] { $average } minutes
    } chacune, plus que les { $planned ->
        [one] { $planned } minute
       *[other] { $planned } minutes
    } prévues : c’est très bien si votre dos le supporte. Le programme augmente d’environ { $percent } % après chaque semaine faite comme prévu, inutile donc d’en faire plus.
records-walk-progress-all = { $walks ->
        [one] { $walks } marche
       *[other] { $walks } marches
    } cette semaine
records-walk-progress = { $done } sur { $walks ->
        [one] { $walks } marche
       *[other] { $walks } marches
    } cette semaine
